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
import { detached } from './name-memo.js';
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
 * Texts already read with the same options (or options that read texts alike: see
 * cleanTextsFor) that hold no provider token, no match of `additionalPatterns` and no labelled
 * secret (nearly every string of a program), and what is known of whether each may hold a
 * generic value. A file writes the same message, key or URL again and again, a project writes
 * it in many files, and an editor lints the same file at every change: each such text is
 * scanned once. Only texts from the shortest format's length to 256 characters; bounded, and
 * the texts are copied before they are kept (see `detached`), so no file's source stays in
 * memory through them.
 */
const MAX_REMEMBERED_LENGTH = 256;
/** Shorter texts are not kept: no format fits them, and their scan only looks for a separator. */
const MIN_REMEMBERED_LENGTH = MIN_FORMAT_LENGTH;
const MAX_REMEMBERED_TEXTS = 1_024;
/** A clean text's entry: whether a generic value may hide in it, or not asked yet. */
type Clean = typeof UNASKED | typeof NO_GENERIC_VALUE | typeof MAY_HOLD_GENERIC_VALUE;
const UNASKED = 0;
const NO_GENERIC_VALUE = 1;
const MAY_HOLD_GENERIC_VALUE = 2;
const cleanTexts = new WeakMap<ClassifyOptions, Map<string, Clean>>();
/** The options of a caller that gives none: one object, so its texts are remembered too. */
const NO_OPTIONS: ClassifyOptions = Object.freeze({});

/**
 * The memory of clean texts for `options`. What is remembered of a text depends on the additional
 * patterns (the scan) and the entropy thresholds (whether a generic value may hide in it), never on
 * the allow lists (a text with findings is not remembered, allowed or not). So options without
 * additional patterns and with the default thresholds share the memory of no options at all: a
 * `new Error('…')` argument read by no-unmasked-token is not scanned again when no-hardcoded-token
 * (which compiles its own options) reaches the same literal.
 */
function cleanTextsFor(options: ClassifyOptions): Map<string, Clean> {
  let texts = cleanTexts.get(options);
  if (texts === undefined) {
    texts = options !== NO_OPTIONS && scansAsDefaults(options) ? cleanTextsFor(NO_OPTIONS) : new Map();
    cleanTexts.set(options, texts);
  }
  return texts;
}

/** Do these options scan a text and judge its generic values as no options do? */
function scansAsDefaults(options: ClassifyOptions): boolean {
  const { additionalPatterns, minEntropy } = options;
  return (additionalPatterns === undefined || additionalPatterns.length === 0) && (minEntropy === undefined || Object.keys(minEntropy).length === 0);
}

/** Formats, additional patterns and labelled secrets in `text`, before the options' allow lists. */
function scanText(text: string, options: ClassifyOptions): { raw: FormatFinding[]; labelled: SecretFinding[] } {
  const raw = text.length < MIN_FORMAT_LENGTH ? [] : scanFormats(text);
  if (options.additionalPatterns !== undefined && options.additionalPatterns.length > 0) {
    raw.push(...scanAdditional(text, options.additionalPatterns));
    raw.sort((a, b) => a.start - b.start);
  }
  const embedded = findEmbeddedSecrets(text, options);
  // Most strings hold neither: no copy of an empty list, nor of one nothing overlaps.
  const labelled = embedded.length === 0 || raw.length === 0 ? embedded : embedded.filter((finding) => !raw.some((f) => f.start < finding.end && finding.start < f.end));
  return { raw, labelled };
}

/** mayHoldGenericSecret, remembered for a clean text (`known`: its entry, undefined when it is not kept). */
function mayHoldGeneric(text: string, options: ClassifyOptions, texts: Map<string, Clean> | undefined, known: Clean | undefined): boolean {
  if (known === NO_GENERIC_VALUE || known === MAY_HOLD_GENERIC_VALUE) return known === MAY_HOLD_GENERIC_VALUE;
  const may = mayHoldGenericSecret(text, options);
  // The text is a key already (a copy): setting an existing key keeps that copy.
  if (known === UNASKED) texts?.set(text, may ? MAY_HOLD_GENERIC_VALUE : NO_GENERIC_VALUE);
  return may;
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
export function findSecrets(text: string, placeOf: SecretPlaceOf, options: ClassifyOptions = NO_OPTIONS, name?: string): SecretFinding[] {
  const texts = text.length >= MIN_REMEMBERED_LENGTH && text.length <= MAX_REMEMBERED_LENGTH ? cleanTextsFor(options) : undefined;
  // One lookup serves both questions: is the text known clean, and what is known of it.
  let known = texts?.get(text);
  if (known === undefined) {
    const { raw, labelled } = scanText(text, options);
    if (raw.length > 0 || labelled.length > 0) return reportable(text, raw, labelled, options, name);
    if (texts !== undefined) {
      if (texts.size >= MAX_REMEMBERED_TEXTS) texts.clear();
      texts.set(detached(text), UNASKED);
      known = UNASKED;
    }
  }
  const named = name === undefined ? undefined : findNamedFormat(text, name);
  if (named !== undefined) return isAllowed(named, text, options) ? [] : [named];
  const place = typeof placeOf === 'string' ? placeOf : mayHoldGeneric(text, options, texts, known) ? placeOf() : 'anywhere';
  if (place === 'anywhere') return [];
  const generic = findGenericSecret(text, options, place);
  return generic === undefined || isAllowed(generic, text, options) ? [] : [generic];
}

/** The provider tokens and labelled secrets found in `text` that are to be reported. */
function reportable(text: string, raw: readonly FormatFinding[], labelled: readonly SecretFinding[], options: ClassifyOptions, name: string | undefined): SecretFinding[] {
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

/** True when `text` contains a provider-format token anywhere (for rules that only need a yes/no). */
export function isTokenLike(text: string, options: ClassifyOptions = NO_OPTIONS): boolean {
  return findSecrets(text, 'anywhere', options).length > 0;
}
