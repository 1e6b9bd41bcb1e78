import { describe, expect, it, vi } from 'vitest';
import type { ClassifyOptions, SecretPlaceOf } from '../../src/secrets/classify.js';
import { findSecrets } from '../../src/secrets/classify.js';
import { compileSecretOptions } from '../../src/secret-options.js';
import { ALPHABETS, createRandom, fakeToken, randomChars } from '../helpers/tokens.js';

/**
 * The memory of clean texts is shared by options that read a text alike: a text one rule found
 * clean is not scanned again by another rule enabled without options. The provider-format scan is
 * counted here (this file alone replaces it with a counting copy) to see when a text is read.
 */
const scans = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/secrets/format-scan.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/secrets/format-scan.js')>();
  return {
    ...original,
    scanFormats: (text: string) => {
      scans.count++;
      return original.scanFormats(text);
    },
  };
});

/** What findSecrets answers, and how many times it scanned for provider formats to answer it. */
function read(text: string, place: SecretPlaceOf, options?: ClassifyOptions): { readonly found: string[]; readonly scans: number } {
  const before = scans.count;
  const found = findSecrets(text, place, options).map((finding) => finding.value);
  return { found, scans: scans.count - before };
}

let seed = 200;
/** A clean message no other test scans: the memory is shared by the whole file. */
function freshMessage(): string {
  seed++;
  return `Expected the plugin list to hold entry ${seed} before the rules`;
}

function random(alphabet: string, length: number): string {
  seed++;
  return randomChars(createRandom(seed), alphabet, length);
}

describe('findSecrets with options that read texts alike', () => {
  it('scans a clean text once for the options of rules enabled without options and for none', () => {
    const hardcoded = compileSecretOptions('no-hardcoded-token', {}).classify;
    const plaintext = compileSecretOptions('no-plaintext-token-in-file', { allowedValues: ['example'] }).classify;
    const text = freshMessage();
    expect(read(text, 'anywhere')).toEqual({ found: [], scans: 1 });
    expect(read(text, 'anywhere', hardcoded)).toEqual({ found: [], scans: 0 });
    expect(read(text, 'anywhere', plaintext)).toEqual({ found: [], scans: 0 });

    const other = freshMessage();
    expect(read(other, 'anywhere', plaintext)).toEqual({ found: [], scans: 1 });
    expect(read(other, 'anywhere')).toEqual({ found: [], scans: 0 });
    expect(read(other, 'anywhere', { minEntropy: {} })).toEqual({ found: [], scans: 0 });
  });

  it('scans again for options with additional patterns or their own entropy thresholds, and answers for them', () => {
    const value = `acme-${random(ALPHABETS.base62, 24)}`;
    const custom: ClassifyOptions = { additionalPatterns: [{ name: 'Acme key', pattern: /acme-[A-Za-z0-9]{24}/u }] };
    expect(read(value, 'anywhere')).toEqual({ found: [], scans: 1 });
    expect(read(value, 'anywhere', custom)).toEqual({ found: [value], scans: 1 });
    expect(findSecrets(value, 'anywhere', custom).map((finding) => finding.kind)).toEqual(['Acme key']);

    // A random value may be a generic secret under the default thresholds, and is not under a stricter one.
    const generic = random(ALPHABETS.base62, 32);
    const strict = compileSecretOptions('no-hardcoded-token', { minEntropy: { base62: 7 } }).classify;
    expect(read(generic, () => 'token-name')).toEqual({ found: [generic], scans: 1 });
    expect(read(generic, () => 'token-name', strict)).toEqual({ found: [], scans: 1 });
    expect(read(generic, () => 'token-name', strict)).toEqual({ found: [], scans: 0 });
    expect(read(generic, () => 'token-name')).toEqual({ found: [generic], scans: 0 });
  });

  it('keeps each options’ allow lists apart', () => {
    const token = fakeToken('github-classic-pat', 210);
    const allowing = compileSecretOptions('no-hardcoded-token', { allowedValues: [token] }).classify;
    const plain = compileSecretOptions('no-hardcoded-token', {}).classify;
    expect(findSecrets(token, 'anywhere', allowing)).toEqual([]);
    expect(findSecrets(token, 'anywhere', plain).map((finding) => finding.value)).toEqual([token]);
    expect(findSecrets(token, 'anywhere').map((finding) => finding.value)).toEqual([token]);
    expect(findSecrets(token, 'anywhere', allowing)).toEqual([]);
  });
});
