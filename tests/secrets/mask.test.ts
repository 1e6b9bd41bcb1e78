import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeSecret, maskSecret, maskSecretsIn } from '../../src/secrets/mask.js';
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

describe('maskSecretsIn', () => {
  it('masks a provider token and a random word inside a path, keeping the rest', () => {
    const token = fakeToken('github-classic-pat');
    const random = 'q8Zr2LmN4pX7vB1kT9wY3hJ6';
    const masked = maskSecretsIn(`./secrets/${token}/${random}.txt`);
    expect(masked).toBe(`./secrets/${maskSecret(token)}/${maskSecret(random)}.txt`);
  });

  it('leaves ordinary paths alone and cuts very long texts to their end', () => {
    expect(maskSecretsIn('./config/api-token.txt')).toBe('./config/api-token.txt');
    const long = `${'folder/'.repeat(100)}api-token.txt`;
    expect(maskSecretsIn(long, 40)).toBe(`…${long.slice(-40)}`);
  });
});

describe('maskSecretsIn with PEM blocks', () => {
  it('masks a whole PEM block and the tail of one whose BEGIN line is cut off', () => {
    const body = 'MIIEpAIBAAKCAQEAq8Zr2LmN4pX7vB1kT9wY3hJ6';
    const block = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    expect(maskSecretsIn(`${block}.txt`)).toBe(`${maskSecret(block)}.txt`);
    const tail = `${body.slice(10)}\n-----END RSA PRIVATE KEY-----`;
    expect(maskSecretsIn(`${tail}.txt`)).toBe(`${maskSecret(tail)}.txt`);
  });
});
