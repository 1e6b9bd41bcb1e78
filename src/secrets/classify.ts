/**
 * Is this string a secret? Provider formats first (one literal-indexed scan, then a sticky regex
 * and checksum at each candidate: see format-scan.ts), generic high-entropy values last and only
 * in token-ish places.
 *
 * Performance: this runs on every string literal in the editor. Strings shorter than the shortest
 * format return at once, and generic values longer than any credential are not measured. Nothing
 * here is worse than linear in the length of the text.
 */
import { isHighEntropy, MIN_ENTROPY_LENGTH, type Charset } from './entropy.js';
import { scanFormats, type FormatFinding } from './format-scan.js';
import { TOKEN_FORMATS } from './formats.js';
import { splitWords } from './names.js';
import { isPlaceholderPassword, nonSecretReason } from './placeholders.js';

/**
 * Where a string sits: anywhere (only provider formats count), or a token-ish place where a
 * generic high-entropy value counts too (a token-ish name, an Authorization-like header, a
 * credential option of a known API).
 */
export type SecretPlace = 'anywhere' | 'token-name' | 'auth-header' | 'credential-option';

export interface SecretFinding {
  /** Human name, e.g. 'GitHub personal access token' or 'high-entropy secret'. */
  readonly kind: string;
  /** Catalog id, 'generic', 'basic-auth' or 'custom' (an additional pattern). */
  readonly formatId: string;
  /** Environment variable name to suggest. */
  readonly envName: string;
  /** Offsets into the input: value === text.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

export interface ClassifyOptions {
  /** Exact values that are never reported (matched against the finding and the whole text). */
  readonly allowedValues?: readonly string[];
  /** Patterns whose matches are never reported (tested against the finding and the whole text). */
  readonly allowedPatterns?: readonly RegExp[];
  /** Extra formats, reported anywhere with formatId 'custom'. */
  readonly additionalPatterns?: readonly { name: string; pattern: RegExp }[];
  /** Per-charset entropy thresholds for generic values (see DEFAULT_MIN_ENTROPY). */
  readonly minEntropy?: Partial<Record<Charset, number>>;
}

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
      findings.push({ kind: name, formatId: 'custom', envName, start: match.index, end: match.index + match[0].length, value: match[0], container: false });
    }
  }
  return findings;
}

/** `Bearer `, `Basic `, `token ` (GitHub's scheme) before a header value. */
const AUTH_SCHEME = /(bearer|basic|token)[\t ]+/iy;
const BASE64_VALUE = /^[\d+/A-Z]+={0,2}$/i;

/** A generic secret in a token-ish place: a Basic credential, or one high-entropy word. */
/**
 * No single credential is longer than this (the longest provider tokens are a few hundred
 * characters): a longer value is data, and checking it as a secret would only cost time.
 */
const MAX_GENERIC_LENGTH = 1024;

/** The character string shapes use for a part that is unknown until run time. */
const UNKNOWN_PART = '\uFFFC';

function findGeneric(text: string, options: ClassifyOptions): SecretFinding | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  AUTH_SCHEME.lastIndex = start;
  const scheme = AUTH_SCHEME.exec(text);
  if (scheme !== null && AUTH_SCHEME.lastIndex < end) {
    start = AUTH_SCHEME.lastIndex;
    if (scheme[1]?.toLowerCase() === 'basic') {
      const value = text.slice(start, end);
      const basic = basicPassword(value);
      if (basic === 'placeholder') return undefined;
      if (basic === 'real') return { kind: 'HTTP Basic credentials', formatId: 'basic-auth', envName: 'BASIC_AUTH_CREDENTIALS', start, end, value };
    }
  }
  if (end - start < MIN_ENTROPY_LENGTH || end - start > MAX_GENERIC_LENGTH) return undefined;
  const value = text.slice(start, end);
  // U+FFFC stands for a value the code computes at run time: such a string is not one literal secret.
  if (value.includes(UNKNOWN_PART)) return undefined;
  // A bare hex digest (32/40/64 hex) is excluded anywhere, but under a token-ish name it is a
  // key: many providers issue hex API keys, and a git SHA is not stored in a variable named apiKey.
  const reason = nonSecretReason(value) ?? nonSecretReason(trimPunctuation(value));
  if (reason !== undefined && reason !== 'hex-digest') return undefined;
  if (!isHighEntropy(value, options.minEntropy)) return undefined;
  return { kind: 'high-entropy secret', formatId: 'generic', envName: 'API_TOKEN', start, end, value };
}

/**
 * 'real' when the base64 value decodes to `user:password` with a real password, 'placeholder'
 * when the password is a placeholder or default, undefined when it is no Basic pair.
 */
function basicPassword(value: string): 'real' | 'placeholder' | undefined {
  if (!BASE64_VALUE.test(value) || value.length % 4 !== 0) return undefined;
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return password !== '' && password !== user && !isPlaceholderPassword(password) ? 'real' : 'placeholder';
}

/** `?ExpressionBraceEnd` → `ExpressionBraceEnd`: punctuation around a word does not make it random. */
function trimPunctuation(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && !isAlphanumericCode(value.charCodeAt(start))) start++;
  while (end > start && !isAlphanumericCode(value.charCodeAt(end - 1))) end--;
  return value.slice(start, end);
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
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
 * checksummed formats only with a valid checksum), plus matches of `additionalPatterns`. When
 * there are none and `place` is token-ish, the whole trimmed value (after an auth scheme such as
 * `Bearer `) is checked as a generic secret: a Basic `user:password`, or one high-entropy word
 * that is not a placeholder, identifier, URL, path, UUID or hash. Allowed values and patterns
 * suppress findings.
 */
export function findSecrets(text: string, place: SecretPlace, options: ClassifyOptions = {}): SecretFinding[] {
  const raw = text.length < MIN_FORMAT_LENGTH ? [] : scanFormats(text);
  if (options.additionalPatterns !== undefined && options.additionalPatterns.length > 0) {
    raw.push(...scanAdditional(text, options.additionalPatterns));
    raw.sort((a, b) => a.start - b.start);
  }
  // One loop, not map + filter: most strings have no candidate, and this runs for each of them.
  const findings: SecretFinding[] = [];
  for (const { kind, formatId, envName, start, end, value } of raw) {
    const finding = { kind, formatId, envName, start, end, value };
    if (!isAllowed(finding, text, options)) findings.push(finding);
  }
  if (findings.length > 0 || raw.length > 0 || place === 'anywhere') return findings;
  const generic = findGeneric(text, options);
  return generic === undefined || isAllowed(generic, text, options) ? [] : [generic];
}

/** True when `text` contains a provider-format token anywhere (for rules that only need a yes/no). */
export function isTokenLike(text: string, options: ClassifyOptions = {}): boolean {
  return findSecrets(text, 'anywhere', options).length > 0;
}
