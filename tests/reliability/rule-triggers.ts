/**
 * One triggering snippet per rule, keyed by rule name: the poor practice each rule exists for,
 * written the way an app would (the same cases as examples/). A snippet is a `line` that the
 * rule must report, with the lines around it that make it real code. Tokens and keys are built
 * at run time. Rules that are not registered yet are skipped by the tests; a registered rule
 * without a row here fails the directive test, so a new rule cannot slip past it.
 */
import { ALPHABETS, createRandom, fakeToken, randomChars } from '../helpers/tokens.js';

export interface RuleTrigger {
  readonly before: readonly string[];
  readonly line: string;
  readonly after: readonly string[];
  /** The file the snippet is linted as (`snippet.ts` when omitted). */
  readonly filename?: string;
  /** How the file's language starts a line comment (`//` when omitted). */
  readonly comment?: string;
}

const hexKey = randomChars(createRandom(64), ALPHABETS.hex, 64);
const envToken = randomChars(createRandom(65), ALPHABETS.base62, 40);

export const RULE_TRIGGERS: Readonly<Record<string, RuleTrigger>> = {
  'no-hardcoded-token': {
    before: ['// Settings for the nightly export job.'],
    line: `export const githubToken = '${fakeToken('github-classic-pat')}';`,
    after: [],
  },
  'no-token-in-url': {
    before: ['export async function fetchRecords(token: string, page: number): Promise<Response> {'],
    line: '  return fetch(`https://api.own.example/v1/records?page=${String(page)}&api_token=${token}`);',
    after: ['}'],
  },
  'no-plaintext-token-file': {
    before: ["import { readFileSync } from 'node:fs';"],
    line: "export const apiToken = readFileSync('./config/api-token.txt', 'utf8').trim();",
    after: [],
  },
  'no-exposed-decryption-key': {
    before: ["import { createDecipheriv } from 'node:crypto';", 'export function decrypt(iv: Buffer, data: Buffer): Buffer {'],
    line: `  const decipher = createDecipheriv('aes-256-cbc', Buffer.from('${hexKey}', 'hex'), iv);`,
    after: ['  return Buffer.concat([decipher.update(data), decipher.final()]);', '}'],
  },
  'no-plaintext-token-in-file': {
    filename: '.env',
    comment: '#',
    before: ['# Environment of the nightly export job.', 'OWN_API_URL=https://api.own.example/v1'],
    line: `OWN_API_TOKEN=${envToken}`,
    after: ['PAGE_SIZE=200'],
  },
  'no-unmasked-token': {
    before: ['export function logOutgoingCall(endpoint: string, apiToken: string): void {'],
    line: '  console.info(`calling ${endpoint} with token ${apiToken}`);',
    after: ['}'],
  },
};

/** The values in the snippets that must never be echoed. */
export const TRIGGER_SECRETS: readonly string[] = [fakeToken('github-classic-pat'), hexKey, envToken];

/** The snippet's code, with `directive` (if any) on the line above the triggering line. */
export function triggerCode(trigger: RuleTrigger, directive?: string): { code: string; line: number } {
  const lines = [...trigger.before, ...(directive === undefined ? [] : [directive]), trigger.line, ...trigger.after];
  return { code: `${lines.join('\n')}\n`, line: trigger.before.length + (directive === undefined ? 1 : 2) };
}
