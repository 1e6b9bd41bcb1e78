/**
 * Is this whole value a secret, given that it sits in a token-ish place? The value carries no
 * provider format (those are found anywhere, see format-scan.ts), so it is judged by its shape: a
 * Basic `user:password` pair, a random-looking word (entropy by character set), a UUID used as a
 * key, or a passphrase that mixes letters, digits and punctuation. Placeholders, identifiers,
 * URLs, paths, hashes and prose are not secrets.
 *
 * Performance: values longer than any credential are not measured, and nothing here is worse than
 * linear in the length of the value.
 */
import { isHighEntropy, MIN_ENTROPY_LENGTH, shannonEntropy } from './entropy.js';
import type { ClassifyOptions, SecretFinding, SecretPlace } from './finding.js';
import { isPlaceholderPassword, nonSecretReason } from './placeholders.js';

/**
 * No single credential is longer than this (the longest provider tokens are a few hundred
 * characters): a longer value is data, and checking it as a secret would only cost time.
 */
const MAX_GENERIC_LENGTH = 1024;

/** The character string shapes use for a part that is unknown until run time. */
export const UNKNOWN_PART = '\uFFFC';

/** `Bearer `, `Basic `, `token ` (GitHub's scheme), `FlyV1 ` before a header value. */
const AUTH_SCHEME = /(bearer|basic|token|flyv1)[\t ]+/iy;
const BASE64_VALUE = /^[\d+/A-Z]+={0,2}$/i;
const PRINTABLE_ASCII = /^[\x20-\x7E]+$/;

/** Passphrases: 16 to 64 characters mixing letters, digits and punctuation. */
const PASSPHRASE_MIN_LENGTH = 16;
const PASSPHRASE_MAX_LENGTH = 64;
/** Punctuation that marks a passphrase; `-`, `_`, `.` and `/` also join the words of identifiers and paths. */
const PASSPHRASE_PUNCTUATION = '!#$%&()*+,:;<=>?@[]^{|}~';
/**
 * 1 at the code of each passphrase punctuation character (all ASCII): the loops below read one
 * array entry per character of a value, where iterating the string would make a string per
 * character.
 */
const IS_PASSPHRASE_PUNCTUATION = new Uint8Array(128);
for (let index = 0; index < PASSPHRASE_PUNCTUATION.length; index++) IS_PASSPHRASE_PUNCTUATION[PASSPHRASE_PUNCTUATION.charCodeAt(index)] = 1;

function isPassphrasePunctuation(code: number): boolean {
  return code < 128 && IS_PASSPHRASE_PUNCTUATION[code] === 1;
}
/** Bits per hex digit a UUID used as a key must reach (random UUIDs average 3.6; sequential fillers stay below). */
const UUID_MIN_HEX_ENTROPY = 3.0;

/**
 * The generic secret in `text` (a token-ish place's whole value, after an auth scheme such as
 * `Bearer `), or undefined when the value is no secret. In a `credential-option` place (the
 * key of a cipher, the password of a key derivation, an SDK credential, an openssl `-pass`)
 * a passphrase counts without the entropy of a random token: words joined by punctuation
 * such as `=`, `?`, `^`, `*`, `!` are a chosen password there, not prose or code.
 */
export function findGenericSecret(text: string, options: ClassifyOptions = {}, place?: SecretPlace): SecretFinding | undefined {
  const bounds = genericValueBounds(text);
  const { scheme, end } = bounds;
  let start = bounds.start;
  if (scheme !== undefined) {
    start = scheme.end;
    if (scheme.name === 'basic') {
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
  const reason = nonSecretReason(value) ?? nonSecretReason(trimPunctuation(value));
  if (reason === 'uuid') {
    return isRandomUuid(value) ? { kind: 'UUID-shaped secret', formatId: 'generic', envName: 'API_TOKEN', start, end, value } : undefined;
  }
  // Base64 of `user:password` (npm's `_auth`, a Basic value stored without its scheme).
  const basic = basicPassword(value);
  if (basic === 'placeholder') return undefined;
  if (basic === 'real') return { kind: 'HTTP Basic credentials', formatId: 'basic-auth', envName: 'BASIC_AUTH_CREDENTIALS', start, end, value };
  // A bare hex digest (32/40/64 hex) is excluded anywhere, but under a token-ish name it is a
  // key: many providers issue hex API keys, and a git SHA is not stored in a variable named apiKey.
  // Punctuation that reads as code in a free-standing string reads as a passphrase here.
  const shapedAsPassphrase = (reason === undefined || reason === 'code' || reason === 'identifier') && passphraseShape(value);
  const judged = reason === 'hex-digest' || reason === undefined || ((reason === 'code' || reason === 'identifier') && shapedAsPassphrase === 'mixed');
  if (judged && isHighEntropy(value, options.minEntropy)) {
    return { kind: 'high-entropy secret', formatId: 'generic', envName: 'API_TOKEN', start, end, value };
  }
  if (place === 'credential-option' && shapedAsPassphrase !== false) {
    return { kind: 'passphrase', formatId: 'generic', envName: 'PASSPHRASE', start, end, value };
  }
  return undefined;
}

/** Where the value of `text` starts and ends (spaces trimmed), and the auth scheme before it if any. */
function genericValueBounds(text: string): { start: number; end: number; scheme: { name: string; end: number } | undefined } {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  AUTH_SCHEME.lastIndex = start;
  const match = AUTH_SCHEME.exec(text);
  const scheme = match !== null && AUTH_SCHEME.lastIndex < end ? { name: (match[1] ?? '').toLowerCase(), end: AUTH_SCHEME.lastIndex } : undefined;
  return { start, end, scheme };
}

/**
 * Could `text` be a generic secret in some token-ish place? False for what findGenericSecret
 * turns down whatever the place, by the cheap tests: without an auth scheme, a value too short,
 * too long or with a space inside (prose), or one that is no Basic pair, has no UUID's length
 * (punctuation around it aside), no passphrase punctuation and too little entropy. Asked before
 * finding out where a string sits, which costs more.
 */
export function mayHoldGenericSecret(text: string, options: ClassifyOptions = {}): boolean {
  const { start, end, scheme } = genericValueBounds(text);
  if (scheme !== undefined) return true;
  if (end - start < MIN_ENTROPY_LENGTH || end - start > MAX_GENERIC_LENGTH) return false;
  const value = text.slice(start, end);
  const trimmed = value.trim();
  if (INNER_SPACE.test(trimmed)) return false;
  return (
    trimmed.length === UUID_LENGTH ||
    trimPunctuation(value).length === UUID_LENGTH ||
    hasPassphrasePunctuation(value) ||
    basicPassword(value) !== undefined ||
    isHighEntropy(value, options.minEntropy)
  );
}

const UUID_LENGTH = 36;

function hasPassphrasePunctuation(value: string): boolean {
  for (let index = 0; index < value.length; index++) if (isPassphrasePunctuation(value.charCodeAt(index))) return true;
  return false;
}

/** A space of any kind: a value holding one is prose to nonSecretReason, and base64 has none. */
const INNER_SPACE = /\s/u;

/**
 * 'real' when the base64 value decodes to printable `user:password` with a real password,
 * 'placeholder' when the password is a placeholder or default, undefined when it is no Basic pair.
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
  if (colon < 0 || !PRINTABLE_ASCII.test(decoded)) return undefined;
  const user = decoded.slice(0, colon);
  const password = decoded.slice(colon + 1);
  return password !== '' && password !== user && !isPlaceholderPassword(password) ? 'real' : 'placeholder';
}

/**
 * 16 to 64 printable characters, no space or quote, with letters and passphrase punctuation:
 * `'mixed'` when digits are there too, `'words'` when two kinds of punctuation join letters
 * alone (`Correct^Horse*Battery!`), false for anything else.
 */
function passphraseShape(value: string): 'mixed' | 'words' | false {
  if (value.length < PASSPHRASE_MIN_LENGTH || value.length > PASSPHRASE_MAX_LENGTH) return false;
  let letters = false;
  let digits = false;
  let first = -1;
  let kinds = 0;
  // Code units, not characters: a character outside the BMP starts with a surrogate, which is
  // none of the accepted characters, so the value is turned down as it was read whole.
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) letters = true;
    else if (code >= 48 && code <= 57) digits = true;
    else if (isPassphrasePunctuation(code)) {
      if (first === -1) {
        first = code;
        kinds = 1;
      } else if (code !== first) kinds = 2;
    } else if (code !== 45 && code !== 95 && code !== 46 && code !== 47) return false; // - _ . /
  }
  if (!letters || kinds === 0) return false;
  if (digits) return 'mixed';
  return kinds >= 2 ? 'words' : false;
}

/** A UUID whose hex digits look random: no documented example, no filler (those are placeholders). */
function isRandomUuid(value: string): boolean {
  return shannonEntropy(value.replaceAll('-', '').toLowerCase()) >= UUID_MIN_HEX_ENTROPY;
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
