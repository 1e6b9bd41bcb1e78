/**
 * Shannon entropy by character set. Random hex and base32 strings carry far fewer bits per
 * character than base62/base64 ones, so one global threshold cannot work: each charset has its
 * own (see the calibration table in token-formats.md and the comment on DEFAULT_MIN_ENTROPY).
 */

export type Charset = 'hex' | 'base32' | 'base62' | 'base64' | 'other';

/** Values shorter than this are never judged high-entropy. */
export const MIN_ENTROPY_LENGTH = 16;

/**
 * Bits per character a value must reach, for values at least REFERENCE_LENGTH long. Measured on
 * uniform random strings (4,000 each): hex p5 is 3.05 at 20 chars and 3.38 at 32 (mean 32/64 hex:
 * 3.61/3.82); base32 p5 3.67 at 24; base62/base64 p5 ~4.0 at 24 and 4.55 at 40. Ordinary
 * identifiers reach 3.4–4.2 (`buildBookingMatchWhereClause` 4.21), which is why identifiers are
 * also excluded by shape (placeholders.ts), not by entropy alone.
 */
export const DEFAULT_MIN_ENTROPY: Readonly<Record<Charset, number>> = Object.freeze({
  hex: 3.0,
  base32: 3.5,
  base62: 4.0,
  base64: 4.0,
  other: 4.0,
});

/**
 * The length at which a charset's threshold applies in full. A random string cannot have more
 * than log2(length) bits per character, so below this length the threshold is scaled by
 * log2(length) / log2(reference): a random 16-char base62 string (mean 3.77) still passes.
 */
const REFERENCE_LENGTH: Readonly<Record<Charset, number>> = Object.freeze({
  hex: 20,
  base32: 24,
  base62: 24,
  base64: 24,
  other: 24,
});

/** Shannon entropy in bits per character (log2), over UTF-16 code units. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  // One table for every call (this runs for many strings of a file): counted, then read and
  // zeroed character by character, so it is clean for the next call.
  const counts = ASCII_COUNTS;
  let other: Map<number, number> | undefined;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      counts[code] = (counts[code] ?? 0) + 1;
    } else {
      other ??= new Map<number, number>();
      other.set(code, (other.get(code) ?? 0) + 1);
    }
  }
  let entropy = 0;
  const length = s.length;
  for (let i = 0; i < length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 128) continue;
    const count = counts[code] ?? 0;
    if (count === 0) continue;
    counts[code] = 0;
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  if (other !== undefined) {
    for (const count of other.values()) {
      const p = count / length;
      entropy -= p * Math.log2(p);
    }
  }
  return entropy;
}

const ASCII_COUNTS = new Uint32Array(128);

const HEX = /^[\dA-F]+$/i;
const BASE32 = /^(?:[2-7A-Z]+|[2-7a-z]+)=*$/;
const BASE62 = /^[\dA-Z]+$/i;
const BASE64 = /^(?:[\d+/A-Z]+|[\w-]+)=*$/i;

/**
 * The smallest character set `s` fits: hex (`0-9a-f`, either case), base32 (`A-Z2-7` in one
 * case, optional `=` padding), base62 (`0-9A-Za-z`), base64 (standard or URL-safe, optional
 * padding), else other.
 */
export function charsetOf(s: string): Charset {
  if (HEX.test(s)) return 'hex';
  if (BASE32.test(s)) return 'base32';
  if (BASE62.test(s)) return 'base62';
  if (BASE64.test(s)) return 'base64';
  return 'other';
}

/** The entropy threshold for a value of this charset and length. */
export function minEntropyFor(charset: Charset, length: number, minEntropy: Partial<Record<Charset, number>> = {}): number {
  const base = minEntropy[charset] ?? DEFAULT_MIN_ENTROPY[charset];
  const reference = REFERENCE_LENGTH[charset];
  return length >= reference ? base : (base * Math.log2(length)) / Math.log2(reference);
}

/**
 * True when `s` is at least MIN_ENTROPY_LENGTH characters and its entropy reaches the threshold
 * of its charset (DEFAULT_MIN_ENTROPY, overridable per charset, scaled down below the reference
 * length).
 */
export function isHighEntropy(s: string, minEntropy: Partial<Record<Charset, number>> = {}): boolean {
  if (s.length < MIN_ENTROPY_LENGTH) return false;
  return shannonEntropy(s) >= minEntropyFor(charsetOf(s), s.length, minEntropy);
}
