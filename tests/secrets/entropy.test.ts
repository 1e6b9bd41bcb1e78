import { describe, expect, it } from 'vitest';
import { charsetOf, DEFAULT_MIN_ENTROPY, isHighEntropy, MIN_ENTROPY_LENGTH, minEntropyFor, shannonEntropy } from '../../src/secrets/entropy.js';
import { ALPHABETS, createRandom } from '../helpers/tokens.js';

/** Plain uniform random strings (repeats allowed), for calibration. */
function uniform(seed: number, alphabet: string, length: number): string {
  const random = createRandom(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

describe('shannonEntropy', () => {
  it.each([
    ['', 0],
    ['aaaa', 0],
    ['ab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
    ['éé', 0],
    ['aé', 1],
  ])('gives %j %d bits per character', (s, expected) => {
    expect(shannonEntropy(s)).toBeCloseTo(expected, 10);
  });
});

describe('charsetOf', () => {
  it.each([
    ['0123456789abcdef', 'hex'],
    ['DEADBEEF0042', 'hex'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 'base32'],
    ['mfrggzdfmztwq2lk', 'base32'],
    ['JBSWY3DPEHPK3PXP====', 'base32'],
    ['aZ09bY18cX27', 'base62'],
    ['aZ09+/bY18==', 'base64'],
    ['aZ09-_bY18', 'base64'],
    ['abc.def', 'other'],
    ['abc~def', 'other'],
    ['a b', 'other'],
    ['a+b-c', 'other'],
  ])('puts %j in %s', (s, expected) => {
    expect(charsetOf(s)).toBe(expected);
  });
});

describe('DEFAULT_MIN_ENTROPY', () => {
  it('is frozen and gives hex and base32 lower thresholds than base62 and base64', () => {
    expect(Object.isFrozen(DEFAULT_MIN_ENTROPY)).toBe(true);
    expect(DEFAULT_MIN_ENTROPY.hex).toBeLessThan(DEFAULT_MIN_ENTROPY.base32);
    expect(DEFAULT_MIN_ENTROPY.base32).toBeLessThan(DEFAULT_MIN_ENTROPY.base62);
    expect(DEFAULT_MIN_ENTROPY.base62).toBe(DEFAULT_MIN_ENTROPY.base64);
  });

  it('scales the threshold down for short values and keeps it from the reference length on', () => {
    expect(minEntropyFor('hex', 40)).toBe(DEFAULT_MIN_ENTROPY.hex);
    expect(minEntropyFor('base62', 24)).toBe(DEFAULT_MIN_ENTROPY.base62);
    expect(minEntropyFor('base62', 16)).toBeCloseTo((4 * 4) / Math.log2(24), 10);
    expect(minEntropyFor('base62', 16, { base62: 3 })).toBeCloseTo((3 * 4) / Math.log2(24), 10);
  });
});

describe('isHighEntropy', () => {
  it('never reports a value below the length floor', () => {
    expect(MIN_ENTROPY_LENGTH).toBe(16);
    expect(isHighEntropy('aZ09bY18cX27dW3')).toBe(false);
    expect(isHighEntropy('aZ09bY18cX27dW3e')).toBe(true);
  });

  it('counts a value exactly at the threshold as high entropy, and one just below as not', () => {
    // 16 distinct mixed-case letters twice each: base62, 32 chars, exactly 4.0 bits per char.
    const atThreshold = 'GHIJKLMNopqrstuv'.repeat(2);
    expect(charsetOf(atThreshold)).toBe('base62');
    expect(shannonEntropy(atThreshold)).toBeCloseTo(4, 10);
    expect(isHighEntropy(atThreshold)).toBe(true);
    const below = atThreshold.slice(0, -1) + 'G';
    expect(shannonEntropy(below)).toBeLessThan(4);
    expect(isHighEntropy(below)).toBe(false);
  });

  it('uses the hex threshold for hex values: 8 distinct digits (3 bits) pass at 24 chars', () => {
    expect(isHighEntropy('01234567'.repeat(3))).toBe(true);
    expect(isHighEntropy('0123456'.repeat(3) + '012')).toBe(false);
  });

  it('accepts per-charset overrides', () => {
    const value = 'GHIJKLMNopqrstuv'.repeat(2);
    expect(isHighEntropy(value, { base62: 4.5 })).toBe(false);
    expect(isHighEntropy(value, { hex: 5 })).toBe(true);
  });

  it.each([
    ['32-char hex', ALPHABETS.hex, 32, 0.99],
    ['64-char hex', ALPHABETS.hex, 64, 0.99],
    ['40-char base64 (AWS secret shape)', ALPHABETS.base64, 40, 0.98],
    ['36-char base62 (GitHub body shape)', ALPHABETS.base62, 36, 0.98],
    ['24-char base62', ALPHABETS.base62, 24, 0.9],
    ['20-char base62', ALPHABETS.base62, 20, 0.85],
    ['32-char base32', ALPHABETS.base32, 32, 0.98],
  ])('reports most random %s values (calibration)', (_title, alphabet, length, share) => {
    let hits = 0;
    for (let seed = 1; seed <= 500; seed++) if (isHighEntropy(uniform(seed, alphabet, length))) hits++;
    expect(hits / 500).toBeGreaterThanOrEqual(share);
  });
});

describe('shannonEntropy: calls do not share counts', () => {
  it('gives each string its own figure, whatever was measured before', () => {
    const fresh = [shannonEntropy('aab'), shannonEntropy('abcdefgh'), shannonEntropy('ééa'), shannonEntropy('zzzz')];
    const again = ['aab', 'abcdefgh', 'ééa', 'zzzz'].map((s) => shannonEntropy(s));
    expect(again).toEqual(fresh);
    expect(fresh[0]).toBeCloseTo(0.9183, 4);
    expect(fresh[1]).toBeCloseTo(3, 10);
    expect(fresh[2]).toBeCloseTo(0.9183, 4);
    expect(fresh[3]).toBe(0);
  });
});
