/**
 * Is this string a secret? Provider formats first (one literal-indexed scan, then a sticky regex
 * and checksum at each candidate: see format-scan.ts), then the secrets the text labels itself
 * (key=value pairs, command lines: embedded-secrets.ts), generic values last and only in token-ish
 * places (generic.ts).
 *
 * Performance: this runs on every string literal in the editor. Strings shorter than the shortest
 * format return at once, and generic values longer than any credential are not measured. Nothing
 * here is worse than linear in the length of the text.
 */
import { findEmbeddedSecrets } from './embedded-secrets.js';
import type { ClassifyOptions, SecretFinding, SecretPlaceOf } from './finding.js';
import { scanFormats, type FormatFinding } from './format-scan.js';
import { TOKEN_FORMATS } from './formats.js';
import { findGenericSecret, mayHoldGenericSecret } from './generic.js';
import { keywordFormatsFor } from './names.js';
import { fitKeywordFormat } from './keyword-formats.js';
import { splitWords } from './words.js';

export type { ClassifyOptions, SecretFinding, SecretPlace, SecretPlaceOf } from './finding.js';

/** No provider token is shorter than this. */
const MIN_FORMAT_LENGTH = Math.min(...TOKEN_FORMATS.map((f) => f.minLength));

const globalCopies = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (copy === undefined) {
    copy = new RegExp(pattern.source, `${pattern.flags.replaceAll(/[gy]/g, '')}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}

function scanAdditional(text: string, additional: readonly { name: string; pattern: RegExp }[]): FormatFinding[] {
  const findings: FormatFinding[] = [];
  for (const { name, pattern } of additional) {
    const regex = globalCopy(pattern);
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      if (match[0] === '') {
        regex.lastIndex++;
        continue;
      }
      const envName = splitWords(name).join('_').toUpperCase() || 'API_TOKEN';
      findings.push({ kind: name, formatId: 'custom', envName, start: match.index, end: match.index + match[0].length, value: match[0], container: false, shipsToClients: false });
    }
  }
  return findings;
}

/** Formats that ship to clients by design under some key names (a Firebase config's API key), by id. */
const PUBLIC_WHEN_NAMED: ReadonlyMap<string, readonly string[]> = new Map(
  TOKEN_FORMATS.flatMap((format) => (format.publicWhenNamed === undefined ? [] : [[format.id, format.publicWhenNamed] as const])),
);

/** Is a `formatId` token under the key `name` a value designed to ship (`FIREBASE_API_KEY`)? */
function isPublicUnder(formatId: string, name: string): boolean {
  const words = PUBLIC_WHEN_NAMED.get(formatId);
  return words !== undefined && splitWords(name).some((word) => words.includes(word));
}

/** The provider format a key name calls for (`okta_token`, `HEROKU_API_KEY`) that the whole value fits. */
function findNamedFormat(text: string, name: string): SecretFinding | undefined {
  const formats = keywordFormatsFor(name);
  if (formats.length === 0) return undefined;
  const value = text.trim();
  const start = text.indexOf(value);
  const format = fitKeywordFormat(formats, value);
  return format === undefined ? undefined : { kind: format.name, formatId: format.id, envName: format.envName, start, end: start + value.length, value };
}

function isAllowed(finding: SecretFinding, text: string, options: ClassifyOptions): boolean {
  const { allowedValues = [], allowedPatterns = [] } = options;
  const whole = text.trim();
  if (allowedValues.includes(finding.value) || allowedValues.includes(whole)) return true;
  return allowedPatterns.some((pattern) => {
    pattern.lastIndex = 0;
    const hit = pattern.test(finding.value);
    pattern.lastIndex = 0;
    return hit || pattern.test(whole);
  });
}

/**
 * Secrets in `text`: every provider-format token anywhere in it (all occurrences, with offsets;
 * checksummed formats only with a valid checksum), matches of `additionalPatterns`, and the
 * secrets the text labels itself (a config snippet, a command line, a connection string: see
 * embedded-secrets.ts). When there are none, the whole trimmed value is checked against the
 * provider formats its `name` calls for (`okta_token`, `HEROKU_API_KEY`), and, when `place` is
 * token-ish, as a generic secret (after an auth scheme such as `Bearer `): a Basic
 * `user:password`, a random word, a UUID key or a passphrase that is not a placeholder,
 * identifier, URL, path or hash. A place given as a function is asked only then, and only for a
 * text that may be such a value. Allowed values and patterns suppress findings.
 */
export function findSecrets(text: string, placeOf: SecretPlaceOf, options: ClassifyOptions = {}, name?: string): SecretFinding[] {
  const raw = text.length < MIN_FORMAT_LENGTH ? [] : scanFormats(text);
  if (options.additionalPatterns !== undefined && options.additionalPatterns.length > 0) {
    raw.push(...scanAdditional(text, options.additionalPatterns));
    raw.sort((a, b) => a.start - b.start);
  }
  const embedded = findEmbeddedSecrets(text, options);
  // Most strings hold neither: no copy of an empty list, nor of one nothing overlaps.
  const labelled = embedded.length === 0 || raw.length === 0 ? embedded : embedded.filter((finding) => !raw.some((f) => f.start < finding.end && finding.start < f.end));
  if (raw.length > 0 || labelled.length > 0) {
    // A token designed to ship (a Firebase web config's API key) is found, so no generic or
    // labelled reading claims it, and not reported. One loop, not map + filter: this runs
    // for every string that holds a candidate.
    const all: SecretFinding[] = [];
    for (const { kind, formatId, envName, start, end, value, shipsToClients } of raw) {
      if (shipsToClients || (name !== undefined && isPublicUnder(formatId, name))) continue;
      const finding = { kind, formatId, envName, start, end, value };
      if (!isAllowed(finding, text, options)) all.push(finding);
    }
    for (const finding of labelled) if (!isAllowed(finding, text, options)) all.push(finding);
    if (raw.length > 0 && labelled.length > 0) all.sort((a, b) => a.start - b.start);
    return all;
  }
  const named = name === undefined ? undefined : findNamedFormat(text, name);
  if (named !== undefined) return isAllowed(named, text, options) ? [] : [named];
  const place = typeof placeOf === 'string' ? placeOf : mayHoldGenericSecret(text, options) ? placeOf() : 'anywhere';
  if (place === 'anywhere') return [];
  const generic = findGenericSecret(text, options, place);
  return generic === undefined || isAllowed(generic, text, options) ? [] : [generic];
}

/** True when `text` contains a provider-format token anywhere (for rules that only need a yes/no). */
export function isTokenLike(text: string, options: ClassifyOptions = {}): boolean {
  return findSecrets(text, 'anywhere', options).length > 0;
}
