import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSecrets, type SecretPlace } from '../../src/secrets/classify.js';
import { findGenericSecret, mayHoldGenericSecret } from '../../src/secrets/generic.js';
import { ALPHABETS, createRandom, fakeToken, randomChars, randomUuid } from '../helpers/tokens.js';

/**
 * `findSecrets` may be given a function for the place, asked only when the place decides. These
 * tests hold the lazy form to the eager one: same findings for every place, and the place asked
 * only for a text that may be a generic secret. Fixed seeds, synthetic values.
 */

const PLACES: readonly SecretPlace[] = ['anywhere', 'token-name', 'auth-header', 'credential-option'];

function random(seed: number, alphabet: string, length: number): string {
  return randomChars(createRandom(seed), alphabet, length);
}

/** Strings of every kind the lazy form must judge as the eager one does. */
const SAMPLES: readonly string[] = [
  '',
  'application/json',
  '../util/logging.js',
  '@scope/package/sub',
  'Expected a string but received undefined',
  'Bearer ' + random(1, ALPHABETS.base62, 40),
  'Basic ' + btoa('deploy:' + random(2, ALPHABETS.base62, 20)),
  btoa('svc:' + random(3, ALPHABETS.base62, 18)),
  random(4, ALPHABETS.base62, 32),
  random(5, ALPHABETS.hex, 40),
  randomUuid(createRandom(6)),
  `${randomUuid(createRandom(24))}.`,
  `(${randomUuid(createRandom(25))})`,
  `-${randomUuid(createRandom(26))}`,
  'Xq7' + random(7, ALPHABETS.base62, 9) + '=?^' + random(8, ALPHABETS.base62, 6),
  `  ${random(9, ALPHABETS.base64, 28)}  `,
  `${random(10, ALPHABETS.base62, 12)} ${random(11, ALPHABETS.base62, 12)}`,
  `${random(12, ALPHABETS.base62, 12)}\u00a0${random(13, ALPHABETS.base62, 12)}`,
  'token ' + random(14, ALPHABETS.base62, 36),
  fakeToken('github-classic-pat'),
  `api_key=${random(15, ALPHABETS.base62, 32)}`,
  'x'.repeat(2000),
  random(16, ALPHABETS.base62, 1500),
];

describe('findSecrets with a place to find out', () => {
  it.each(SAMPLES.map((text, index) => [index, text] as const))('finds what the eager place finds in sample %i', (_index, text) => {
    for (const place of PLACES) {
      let asked = 0;
      const lazy = findSecrets(text, () => {
        asked++;
        return place;
      });
      expect(lazy).toEqual(findSecrets(text, place));
      expect(asked).toBeLessThanOrEqual(1);
    }
  });

  it('does not ask for the place of prose, paths, provider tokens or labelled secrets', () => {
    const never = (): SecretPlace => {
      throw new Error('the place was asked for');
    };
    for (const text of ['Expected a string but received undefined', 'a b c d e f g h i j k l m n o p', fakeToken('github-classic-pat'), `api_key=${random(17, ALPHABETS.base62, 32)}`]) {
      expect(() => findSecrets(text, never)).not.toThrow();
    }
  });

  it('asks for the place of a random value, and counts it only where the place says', () => {
    const value = random(18, ALPHABETS.base62, 32);
    let asked = 0;
    expect(findSecrets(value, () => (asked++, 'anywhere'))).toEqual([]);
    expect(asked).toBe(1);
    expect(findSecrets(value, () => 'token-name').map((finding) => finding.formatId)).toEqual(['generic']);
  });

  it('agrees with the eager place on generated strings', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.stringMatching(/^[\w!#$%&*+./:=?@^~-]{10,70}$/u),
      fc.tuple(fc.constantFrom('Bearer ', 'Basic ', 'token ', ' ', '\t'), fc.stringMatching(/^[\w+/=-]{8,60}$/u)).map(([head, tail]) => head + tail),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...PLACES), (value, place) => {
        expect(findSecrets(value, () => place)).toEqual(findSecrets(value, place));
      }),
      { seed: 20261204, numRuns: 3000 },
    );
  });
});

describe('mayHoldGenericSecret', () => {
  it('never turns down what the widest place counts as a generic secret', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.stringMatching(/^[\s\w!#$%&*+./:=?@^~-]{10,70}$/u),
      fc.stringMatching(/^[\dA-Za-z]{14,40}$/u),
      fc.stringMatching(/^[\da-f]{30,66}$/u),
      fc.tuple(fc.stringMatching(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/u), fc.constantFrom('', '.', '-', '_', '/', '"'), fc.constantFrom('', '.', ',', '-', '_'))
        .map(([uuid, before, after]) => before + uuid + after),
      fc.tuple(fc.stringMatching(/^[a-z]{2,8}$/u), fc.stringMatching(/^[\w!#%*?^]{6,30}$/u)).map(([user, password]) => btoa(`${user}:${password}`)),
    );
    const options = fc.constantFrom({}, { minEntropy: { base62: 3.0, hex: 2.5, other: 3.0 } }, { minEntropy: { base62: 5.5, base64: 5.5 } });
    fc.assert(
      fc.property(text, options, (value, classify) => {
        if (!mayHoldGenericSecret(value, classify)) expect(findGenericSecret(value, classify, 'credential-option')).toBeUndefined();
      }),
      { seed: 4, numRuns: 8000 },
    );
    for (const value of SAMPLES) {
      if (findGenericSecret(value, {}, 'credential-option') !== undefined) expect(mayHoldGenericSecret(value)).toBe(true);
    }
  });

  it.each([
    ['prose', 'Expected a string but received undefined'],
    ['a short value', random(19, ALPHABETS.base62, 15)],
    ['a value longer than any credential', random(20, ALPHABETS.base62, 1025)],
    ['an empty string', ''],
  ])('turns down %s on sight', (_title, value) => {
    expect(mayHoldGenericSecret(value)).toBe(false);
  });

  it.each([
    ['a random value', random(21, ALPHABETS.base62, 32)],
    ['a value after an auth scheme', 'Bearer ' + random(22, ALPHABETS.base62, 12)],
    ['a padded value', `  ${random(23, ALPHABETS.base64, 24)}\n`],
  ])('keeps %s', (_title, value) => {
    expect(mayHoldGenericSecret(value)).toBe(true);
  });
});
