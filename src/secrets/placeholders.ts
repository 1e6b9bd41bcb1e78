/**
 * Values that look like data but are not secrets: placeholders, templates, environment variable
 * names, identifiers, hashes, URLs without credentials, paths, prose. Every check is linear in
 * the length of the value.
 */
import { splitWords } from './words.js';

/** Why a value is not a secret (for tests and for callers that weigh reasons differently). */
export type NonSecretReason =
  | 'empty'
  | 'prose'
  | 'template'
  | 'placeholder'
  | 'repeated'
  | 'sequential'
  | 'env-name'
  | 'uuid'
  | 'hex-digest'
  | 'hash'
  | 'public-id'
  | 'data-uri'
  | 'url'
  | 'email'
  | 'path'
  | 'version'
  | 'number'
  | 'code'
  | 'identifier';

/** Words that mark a value as a placeholder wherever they appear as a whole word in it. */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  'your',
  'yours',
  'changeme',
  'replace',
  'replaceme',
  'todo',
  'fixme',
  'tbd',
  'dummy',
  'example',
  'examples',
  'sample',
  'fake',
  'redacted',
  'placeholder',
  'insert',
  'lorem',
  'ipsum',
]);

/**
 * Words that mark a placeholder only in a short value (`test`, `mock-key`): inside a long value
 * they are part of real tokens (a Stripe `sk_test_` key is a secret of a test account).
 */
const SHORT_PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(['test', 'testing', 'mock', 'demo', 'here', 'foo', 'bar', 'baz', 'none', 'null', 'undefined']);
const SHORT_PLACEHOLDER_MAX_LENGTH = 16;

/** Whole passwords that are placeholders or defaults, compared in lowercase without separators. */
const PLACEHOLDER_PASSWORDS: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'pass',
  'pwd',
  'pw',
  'secret',
  'changeme',
  'mypassword',
  'yourpassword',
  'dbpassword',
  'userpassword',
  'pass123',
  'password123',
  'test',
  'token',
  'apikey',
  'xxx',
]);

const UUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i;
/**
 * UUIDs that documentation prints as examples: the OpenAPI/Swagger UI default, the RFC 4122 /
 * Wikipedia sample and its version-4 variant, and the RFC 9562 example.
 */
const EXAMPLE_UUIDS: ReadonlySet<string> = new Set([
  '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  '123e4567-e89b-12d3-a456-426614174000',
  '123e4567-e89b-42d3-a456-426614174000',
  '123e4567-e89b-12d3-a456-426655440000',
  '550e8400-e29b-41d4-a716-446655440000',
  'f81d4fae-7dec-11d0-a765-00a0c91e6bf6',
]);
const LOWER_HEX = /^[\da-f]+$/;
const UPPER_HEX = /^[\dA-F]+$/;
const HEX_DIGEST_LENGTHS: ReadonlySet<number> = new Set([32, 40, 56, 64, 96, 128]);
const INTEGRITY = /^(?:sha(?:1|224|256|384|512)|md5|blake2b?)[-:]/i;
const CRYPT_HASH = /^\$(?:2[aby]?|argon2(?:id|i|d)|[156])\$/;
/**
 * Provider values that are public by design: Stripe publishable keys, Mapbox public tokens, AWS
 * IAM unique ids other than access keys.
 */
const PUBLIC_ID = /^(?:pk_(?:live|test)_|pk\.eyJ|(?:AIDA|AROA|AIPA|ANPA|ANVA|AGPA|APKA|ASCA)[2-7A-Z]{16}$)/;
const DATA_URI = /^data:[\w.+/-]*[;,]/i;
const SCHEME = /^[a-z][\d+.a-z-]*:\/\//i;
const OTHER_URI = /^(?:mailto|urn|tel|about|javascript|blob):/i;
const ENV_NAME = /^[A-Z][\dA-Z]*(?:_[\dA-Z]+)+$/;
const VERSION = /^v?\d+(?:\.\d+)+(?:[-+][\w.-]+)?$/;
const NUMBER = /^[-+]?[\d.,_]+$/;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const PATH_START = /^(?:\.{1,2}[/\\]|~\/|[A-Z]:\\|\\\\|\/[\w.@-]+\/)/i;
const FILE_EXTENSION = /\.[\da-z]{1,6}$/;
const PATH_CHARS = /^[\w./@-]+$/;
const TEMPLATE = /\$\{|\{\{|%[sd]|%\(|^\$[A-Z_a-z]|^<[^<>]*>$|^\[[^[\]]*\]$|^:[a-z]/;
const MASK_RUN = /x{3,}|X{3,}|\*{3,}|\.{3,}|…|#{3,}|_{3,}|-{3,}/;
const CODE_CHARS = /[\s"'(),;<>[\\\]`{|}]|^[#^]|\$$/;
/** `name=value` (a query string, an assignment); base64 padding `=` only ever ends a value. */
const ASSIGNMENT = /^[A-Z_][\w.-]{0,40}=[^=]/i;
const IDENTIFIER_CHARS = /^[A-Z][\w./:-]*$/i;
const WORD = /^[a-z]+\d{0,3}$/;
const VOWELS = /[aeiouy]/;
const CONSONANT_RUN = /[b-df-hj-np-tv-xz]{5}/;

/** The reason `value` is not a secret, or undefined when it may be one. */
export function nonSecretReason(value: string): NonSecretReason | undefined {
  const v = value.trim();
  if (v === '') return 'empty';
  if (/\s/.test(v)) return 'prose';
  if (TEMPLATE.test(v)) return 'template';
  if (DATA_URI.test(v)) return 'data-uri';
  if (SCHEME.test(v)) return hasRealUrlPassword(v) ? undefined : 'url';
  if (OTHER_URI.test(v)) return 'url';
  if (EMAIL.test(v)) return 'email';
  if (MASK_RUN.test(v) || hasPlaceholderWord(v)) return 'placeholder';
  if (hasFewDistinctChars(v, 4)) return 'repeated';
  if (hasRepeatedRun(v, 6)) return 'repeated';
  if (hasSequentialRun(v, 6)) return 'sequential';
  if (ENV_NAME.test(v)) return 'env-name';
  if (UUID.test(v)) return EXAMPLE_UUIDS.has(v.toLowerCase()) ? 'placeholder' : 'uuid';
  if (HEX_DIGEST_LENGTHS.has(v.length) && (LOWER_HEX.test(v) || UPPER_HEX.test(v))) return 'hex-digest';
  if (INTEGRITY.test(v) || CRYPT_HASH.test(v)) return 'hash';
  if (PUBLIC_ID.test(v)) return 'public-id';
  if (isPathLike(v)) return 'path';
  if (VERSION.test(v)) return 'version';
  if (NUMBER.test(v)) return 'number';
  if (CODE_CHARS.test(v) || ASSIGNMENT.test(v)) return 'code';
  if (isDictionaryIdentifier(v)) return 'identifier';
  return undefined;
}

/**
 * True for placeholders (`your-token-here`, `<token>`, `${TOKEN}`, `{{token}}`, `xxx…`, `***`,
 * `changeme`), environment variable names, UUIDs, hashes and integrity strings, data URIs, URLs
 * without credentials, file paths, version strings, numbers, code/CSS/regex-like text, prose, and
 * identifiers made of ordinary words (`buildBookingMatchWhereClause`).
 */
export function isNonSecretValue(value: string): boolean {
  return nonSecretReason(value) !== undefined;
}

/**
 * True when a provider-shaped match is evidently a dummy: it contains a placeholder word
 * (`EXAMPLE`, `your`, `fake`, ...), a masking run (`xxxx`, `****`), a long repeated or sequential
 * run (`000000`, `abcdef`), or too few distinct characters. Only for formats without a checksum.
 */
export function looksLikeDummyToken(token: string): boolean {
  const lower = token.toLowerCase();
  return (
    /xxxx|\*{3}|…|example|your|sample|dummy|fake|placeholder|redacted|changeme|replace/.test(lower) ||
    hasRepeatedRun(token, 6) ||
    hasSequentialRun(token, 6) ||
    hasFewDistinctChars(token, 8)
  );
}

/** True when a password found in a URL or Basic credentials is a placeholder or a default. */
export function isPlaceholderPassword(password: string): boolean {
  const compact = password.toLowerCase().replaceAll(/[-_.]/g, '');
  if (PLACEHOLDER_PASSWORDS.has(compact)) return true;
  if (/^[$%*<[{]/.test(password)) return true;
  const reason = nonSecretReason(password);
  return reason === 'template' || reason === 'placeholder' || reason === 'repeated' || reason === 'env-name' || reason === 'empty';
}

/** A URL whose userinfo carries a password that is neither a placeholder nor the user name again. */
function hasRealUrlPassword(url: string): boolean {
  const authorityStart = url.indexOf('://') + 3;
  const slash = url.indexOf('/', authorityStart);
  const authority = url.slice(authorityStart, slash === -1 ? undefined : slash);
  const at = authority.lastIndexOf('@');
  const colon = authority.indexOf(':');
  if (at <= 0 || colon < 0 || colon > at) return false;
  const user = authority.slice(0, colon);
  const password = authority.slice(colon + 1, at);
  return password !== '' && password !== user && !isPlaceholderPassword(password);
}

function hasPlaceholderWord(value: string): boolean {
  if (value.length > 256) return false;
  const short = value.length <= SHORT_PLACEHOLDER_MAX_LENGTH;
  return splitWords(value).some((word) => PLACEHOLDER_WORDS.has(word) || (short && SHORT_PLACEHOLDER_WORDS.has(word)));
}

function hasFewDistinctChars(value: string, minDistinct: number): boolean {
  const seen = new Set<string>();
  for (const ch of value) {
    seen.add(ch);
    if (seen.size >= minDistinct) return false;
  }
  return true;
}

function hasRepeatedRun(value: string, runLength: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= runLength) return true;
  }
  return false;
}

/** An ascending or descending run of consecutive letters or digits (`abcdef`, `123456`, `987654`). */
function hasSequentialRun(value: string, runLength: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    const alnum = isAlphanumericCode(value.charCodeAt(i)) && isAlphanumericCode(value.charCodeAt(i - 1));
    up = alnum && step === 1 ? up + 1 : 1;
    down = alnum && step === -1 ? down + 1 : 1;
    if (up >= runLength || down >= runLength) return true;
  }
  return false;
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isPathLike(value: string): boolean {
  if (PATH_START.test(value)) return true;
  return (value.includes('/') || value.includes('\\')) && FILE_EXTENSION.test(value) && PATH_CHARS.test(value.replaceAll('\\', '/'));
}

/**
 * Identifiers made of ordinary words: camelCase, snake_case, kebab-case, dotted, letters with at
 * most a few digits. Random strings fail: they carry digits, one-letter "words" from case flips,
 * words without vowels, or long consonant runs.
 */
function isDictionaryIdentifier(value: string): boolean {
  if (value.length > 256 || !IDENTIFIER_CHARS.test(value)) return false;
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  if (digits > 4) return false;
  const words = splitWords(value);
  if (words.length === 0) return false;
  // An error code or key in one case with separators (`token_claims_cnf_required_for_signedjwt`)
  // may carry an abbreviation or two; a random string never comes out as such a phrase.
  const phrase = words.length >= 4 && isSingleCaseWithSeparators(value);
  let short = 0;
  let odd = 0;
  for (const word of words) {
    if (!WORD.test(word)) return false;
    const letters = word.replaceAll(/\d/g, '');
    if (letters.length <= 2) {
      short++;
      continue;
    }
    if (!VOWELS.test(letters) || CONSONANT_RUN.test(letters) || letters.length > 20) {
      if (!phrase) return false;
      odd++;
    }
  }
  return short * 2 <= words.length && odd * 3 <= words.length;
}

/** `token_refresh_required`, `TOKEN-REFRESH-REQUIRED`: one letter case, words joined by `_` or `-`. */
function isSingleCaseWithSeparators(value: string): boolean {
  let separators = 0;
  let lower = false;
  let upper = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 95 || code === 45) separators++;
    else if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
  }
  return separators >= 2 && lower !== upper;
}
