import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSecret, maskSecret } from '../../src/secrets/mask.js';
import { fakeToken } from '../helpers/tokens.js';

describe('maskSecret', () => {
  it.each([
    ['a 40-char token', 'ghp_' + 'a1B2c3D4e5'.repeat(3) + 'Zq9Xw7x9', 'ghp_…x9'],
    ['exactly 12 chars', 'abcdefghijkl', 'abcd…kl'],
    ['11 chars', 'abcdefghijk', 'ab…'],
    ['8 chars', 'abcdefgh', 'ab…'],
    ['7 chars', 'abcdefg', 'a…'],
    ['4 chars', 'abcd', 'a…'],
    ['3 chars', 'abc', '…'],
    ['empty', '', '…'],
    ['astral characters', '🙂🙂🙂🙂abcdefgh🙂🙂', '🙂🙂🙂🙂…🙂🙂'],
  ])('masks %s', (_title, value, expected) => {
    expect(maskSecret(value)).toBe(expected);
  });

  it('never shows more than 6 characters of the input, nor more than 4 in a row', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
        const masked = maskSecret(value);
        const shown = Array.from(masked).filter((ch) => ch !== '…');
        const parts = masked.split('…');
        const input = Array.from(value);
        expect(masked).toContain('…');
        expect(shown.length).toBeLessThanOrEqual(Math.min(6, input.length));
        expect(parts).toHaveLength(2);
        for (const part of parts) expect(Array.from(part).length).toBeLessThanOrEqual(4);
        expect(value.startsWith(parts[0] ?? '\u0000')).toBe(true);
        expect(value.endsWith(parts[1] ?? '\u0000')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not reveal a generated token', () => {
    const token = fakeToken('stripe-live-secret-key');
    const masked = maskSecret(token);
    expect(masked).toBe(`${token.slice(0, 4)}…${token.slice(-2)}`);
    expect(token.includes(masked.replace('…', ''))).toBe(false);
  });
});

describe('describeSecret', () => {
  it('puts the kind before the quoted masked value', () => {
    expect(describeSecret('GitHub personal access token', 'ghp_' + 'Zq9Xw7'.repeat(6))).toBe('GitHub personal access token "ghp_…w7"');
  });
});
