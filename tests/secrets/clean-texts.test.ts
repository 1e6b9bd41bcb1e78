import { describe, expect, it } from 'vitest';
import type { ClassifyOptions, SecretPlace } from '../../src/secrets/classify.js';
import { findSecrets, isTokenLike } from '../../src/secrets/classify.js';
import { heapKeptBy, nameCutFromLargeSource } from '../helpers/retained-heap.js';
import { ALPHABETS, createRandom, fakeToken, randomChars } from '../helpers/tokens.js';

/**
 * findSecrets remembers the texts it found nothing in, per options. These tests ask the same
 * text again in every order that could go wrong: a later place that calls for a generic value,
 * other options, a text that does hold a token, a remembered text cut from a large source.
 * Fixed seeds, synthetic values.
 */

function random(seed: number, alphabet: string, length: number): string {
  return randomChars(createRandom(seed), alphabet, length);
}

/** A place function that counts how often it was asked. */
function counted(place: SecretPlace): { readonly placeOf: () => SecretPlace; readonly asked: () => number } {
  let asked = 0;
  return {
    placeOf: () => {
      asked++;
      return place;
    },
    asked: () => asked,
  };
}

describe('findSecrets asked the same text again', () => {
  it('still finds a generic value in a token-ish place after the text was clean anywhere', () => {
    const value = random(101, ALPHABETS.base62, 32);
    expect(findSecrets(value, 'anywhere')).toEqual([]);
    expect(findSecrets(value, () => 'anywhere')).toEqual([]);
    const [finding] = findSecrets(value, () => 'token-name');
    expect(finding?.value).toBe(value);
    expect(findSecrets(value, 'token-name')).toEqual(findSecrets(value, () => 'token-name'));
  });

  it('asks the place of a remembered text only when a generic value may hide in it, every time', () => {
    const value = random(102, ALPHABETS.base62, 36);
    const prose = 'Expected the configuration file to hold a list of plugins';
    for (let round = 0; round < 3; round++) {
      const forValue = counted('anywhere');
      findSecrets(value, forValue.placeOf);
      expect(forValue.asked()).toBe(1);
      const forProse = counted('token-name');
      expect(findSecrets(prose, forProse.placeOf)).toEqual([]);
      expect(forProse.asked()).toBe(0);
    }
  });

  it('finds a provider token every time it is asked, at the same offsets', () => {
    const token = fakeToken('github-classic-pat', 103);
    const text = `token: ${token} (rotated)`;
    const first = findSecrets(text, 'anywhere');
    expect(first.map((finding) => finding.value)).toEqual([token]);
    expect(findSecrets(text, 'anywhere')).toEqual(first);
    expect(isTokenLike(text)).toBe(true);
    expect(isTokenLike(text)).toBe(true);
  });

  it('keeps what one set of options found apart from another', () => {
    const value = `acme-${random(104, ALPHABETS.base62, 24)}`;
    const custom: ClassifyOptions = { additionalPatterns: [{ name: 'Acme key', pattern: /acme-[A-Za-z0-9]{24}/u }] };
    expect(findSecrets(value, 'anywhere')).toEqual([]);
    expect(findSecrets(value, 'anywhere', custom).map((finding) => finding.kind)).toEqual(['Acme key']);
    expect(findSecrets(value, 'anywhere')).toEqual([]);

    const token = fakeToken('github-classic-pat', 105);
    const allowing: ClassifyOptions = { allowedValues: [token] };
    expect(findSecrets(token, 'anywhere', allowing)).toEqual([]);
    expect(findSecrets(token, 'anywhere').map((finding) => finding.value)).toEqual([token]);
    expect(findSecrets(token, 'anywhere', allowing)).toEqual([]);
  });

  it('finds a token in a text longer than any it remembers, each time it is asked', () => {
    const token = fakeToken('github-classic-pat', 106);
    const text = `${'lorem ipsum '.repeat(40)}${token}`;
    expect(findSecrets(text, 'anywhere').map((finding) => finding.value)).toEqual([token]);
    expect(findSecrets(text, 'anywhere').map((finding) => finding.value)).toEqual([token]);
  });

  it('stays right past the number of texts it remembers', () => {
    const value = random(107, ALPHABETS.base62, 32);
    const options: ClassifyOptions = {};
    expect(findSecrets(value, () => 'anywhere', options)).toEqual([]);
    for (let index = 0; index < 5_000; index++) findSecrets(`message number ${index} of the run`, 'anywhere', options);
    expect(findSecrets(value, () => 'token-name', options).map((finding) => finding.value)).toEqual([value]);
  });

  it('keeps no source alive that a remembered text was cut from', () => {
    // Sixteen texts, each cut out of its own 2 MB source: kept as cut, they would hold 32 MB.
    const kept = heapKeptBy((index) => {
      findSecrets(nameCutFromLargeSource(`Expected a plugin at position ${index} of the list`), () => 'token-name');
    });
    expect(kept).toBeLessThan(8_000_000);
  });
});
