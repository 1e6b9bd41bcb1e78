/**
 * The leak check shared by every reliability test: a report (message, suggestion
 * descriptions, a whole SARIF file) must not carry 7 or more consecutive characters of a
 * secret the linted code contains. `maskSecret` shows at most 4 consecutive characters.
 *
 * Only the *random* part of a generated token counts as secret: a token's fixed parts
 * (`github_pat_`, `https://hooks.slack.com/services/`, the `sv=2022-11-02&ss=b` of a SAS
 * query) are public knowledge and may be named by a message. They are found by
 * generating the same format with other seeds and dropping every run the variants share.
 */
import { createRandom, fakeToken, FORMAT_IDS, randomChars, ALPHABETS } from '../helpers/tokens.js';

/** Runs of this many characters of a secret count as a leak (the issue allows 6). */
export const LEAK_RUN = 7;

function runsOf(text: string): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + LEAK_RUN <= text.length; i++) runs.add(text.slice(i, i + LEAK_RUN));
  return runs;
}

/** A set of secrets, indexed by their 7-character runs. */
export class SecretIndex {
  private readonly owners = new Map<string, string>();

  /** Adds every run of `secret` that is not also a run of one of the `publicVariants`. */
  add(secret: string, publicVariants: readonly string[] = []): this {
    const shared = new Set<string>();
    for (const variant of publicVariants) for (const run of runsOf(variant)) shared.add(run);
    for (const run of runsOf(secret)) if (!shared.has(run)) this.owners.set(run, secret);
    return this;
  }

  get size(): number {
    return this.owners.size;
  }

  /**
   * One line per secret that `text` quotes 7 or more characters of, with the number of such
   * runs and where the first starts in `text`. No character of the secret itself: the failure
   * output of a leak test must not leak.
   */
  leaksIn(text: string): string[] {
    const perSecret = new Map<string, { runs: number; at: number }>();
    for (let i = 0; i + LEAK_RUN <= text.length; i++) {
      const owner = this.owners.get(text.slice(i, i + LEAK_RUN));
      if (owner === undefined) continue;
      const seen = perSecret.get(owner);
      if (seen === undefined) perSecret.set(owner, { runs: 1, at: i });
      else seen.runs += 1;
    }
    return [...perSecret.entries()].map(
      ([owner, { runs, at }]) => `${String(runs)} run(s) of a ${String(owner.length)}-char secret, from offset ${String(at)}`,
    );
  }
}

/** The random part of `fakeToken(id, seed)`: the token, minus what two other seeds share with it. */
export function addFakeToken(index: SecretIndex, formatId: string, seed: number): string {
  const token = fakeToken(formatId, seed);
  index.add(token, [fakeToken(formatId, seed + 1000), fakeToken(formatId, seed + 2000)]);
  return token;
}

/** A random-looking 40-character value without a provider format (found only by entropy). */
export function genericSecret(seed: number): string {
  return randomChars(createRandom(seed * 104_729), ALPHABETS.base62, 40);
}

/** One token of every catalog format (seed 1) and a few generic high-entropy values, indexed. */
export function buildSecretPool(): { readonly tokens: ReadonlyMap<string, string>; readonly generic: readonly string[]; readonly index: SecretIndex } {
  const index = new SecretIndex();
  const tokens = new Map<string, string>();
  for (const id of FORMAT_IDS) tokens.set(id, addFakeToken(index, id, 1));
  const generic = [1, 2, 3].map((seed) => {
    const value = genericSecret(seed);
    index.add(value);
    return value;
  });
  return { tokens, generic, index };
}

/** What a user sees of a finding (a `Linter.LintMessage` of ESLint 9 or 10). */
export interface ReportLike {
  readonly ruleId: string | null;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly suggestions?: readonly { readonly desc: string }[] | undefined;
}

/** The texts of a lint message a user sees: the message and each suggestion's description. */
export function reportTexts(message: ReportLike): string[] {
  return [message.message, ...(message.suggestions ?? []).map((suggestion) => suggestion.desc)];
}

/** Every leak in the messages, labelled with rule and position (no secret text). */
export function findLeaks(messages: readonly ReportLike[], index: SecretIndex): string[] {
  return messages.flatMap((message) =>
    reportTexts(message).flatMap((text) =>
      index.leaksIn(text).map((leak) => `${message.ruleId ?? 'fatal'} ${String(message.line)}:${String(message.column)} ${leak}`),
    ),
  );
}
