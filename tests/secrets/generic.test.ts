import { describe, expect, it } from 'vitest';
import { findGenericSecret, mayHoldGenericSecret } from '../../src/secrets/generic.js';
import { ALPHABETS, createRandom, randomChars, randomUuid } from '../helpers/tokens.js';

const kindOf = (value: string): string | undefined => findGenericSecret(value)?.kind;

describe('findGenericSecret: UUIDs used as keys', () => {
  it('takes a random UUID in a token-ish place for a secret', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(kindOf(randomUuid(createRandom(seed)))).toBe('UUID-shaped secret');
  });

  it.each([
    ['the OpenAPI example', '3fa85f64-5717-4562-b3fc-2c963f66afa6'],
    ['the RFC example', '123e4567-e89b-12d3-a456-426614174000'],
    ['the nil UUID', '00000000-0000-0000-0000-000000000000'],
    ['a sequential filler', '12345678-1234-1234-1234-123456789012'],
    ['a mask', 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx'],
  ])('leaves %s alone', (_title, value) => {
    expect(findGenericSecret(value)).toBeUndefined();
  });
});

describe('findGenericSecret: passphrases', () => {
  const random = (seed: number, alphabet: string, length: number): string => randomChars(createRandom(seed), alphabet, length);

  it.each([
    ['`=`, `?`, `^` inside', 'Xq7' + random(1, ALPHABETS.base62, 9) + '=?^' + random(2, ALPHABETS.base62, 6)],
    ['`*` and `!` at the end', 'm4K' + random(3, ALPHABETS.base62, 14) + '*!'],
    ['a 32-character mix', random(4, ALPHABETS.base62, 12) + '#' + random(5, ALPHABETS.base62, 10) + '%&' + random(6, ALPHABETS.base62, 8)],
    ['brackets and a semicolon', 'Zp' + random(7, ALPHABETS.base62, 8) + '[;]' + random(8, ALPHABETS.base62, 8)],
  ])('takes a 16–32 character value with %s for a secret', (_title, value) => {
    expect(kindOf(value)).toBe('high-entropy secret');
  });

  it.each([
    ['a dotted identifier', 'my-app_v2.config.production'],
    ['a query string of words', 'grant_type=client_credentials&scope=api'],
    ['a format string', 'token=%s&expires=%d'],
    ['a template', '${SECRET_PREFIX}-${SECRET_SUFFIX}'],
    ['an assignment of words', 'password=changeme!now'],
    ['a regular expression', '^(?:[a-z]+)=([^&]+)$'],
    ['a short mixed value', 'Ab1!Cd2?'],
  ])('leaves %s alone', (_title, value) => {
    expect(findGenericSecret(value)).toBeUndefined();
  });
});

describe('findGenericSecret: Basic credentials without a scheme', () => {
  it('takes base64 of user:password with a real password for Basic credentials', () => {
    const value = btoa(`ci-bot:${randomChars(createRandom(9), ALPHABETS.base62, 20)}`);
    expect(findGenericSecret(value)).toMatchObject({ formatId: 'basic-auth', value });
  });

  it.each(['ci-bot:changeme', 'admin:admin', 'user:password', 'deploy:${PASSWORD}'])('leaves base64 of %s alone', (pair) => {
    expect(findGenericSecret(btoa(pair))).toBeUndefined();
  });
});

describe('findGenericSecret: passphrases where a secret goes', () => {
  const digits = randomChars(createRandom(31), ALPHABETS.digits, 2);
  const withDigits = `Lantern${digits}-Orchid^Granite*Harbor`;
  const wordsAndMarks = 'Lantern^Orchid*Granite!Harbor';

  it('takes words joined by two kinds of marks for a passphrase in a credential place only', () => {
    expect(findGenericSecret(wordsAndMarks, {}, 'credential-option')?.kind).toBe('passphrase');
    expect(findGenericSecret(wordsAndMarks, {}, 'token-name')).toBeUndefined();
    expect(findGenericSecret(wordsAndMarks)).toBeUndefined();
  });

  it('takes words, digits and marks for a secret in a credential place', () => {
    expect(findGenericSecret(withDigits, {}, 'credential-option')).toBeDefined();
  });

  it.each([
    ['one kind of mark and no digit', 'Lantern!Orchid!Granite!Harbor'],
    ['a placeholder', 'your^passphrase*here!please'],
    ['prose', 'correct horse battery staple!'],
    ['too short', 'Ab^c*d!'],
    ['a template', '${BACKUP_PASSPHRASE}'],
  ])('leaves %s alone in a credential place', (_title, value) => {
    expect(findGenericSecret(value, {}, 'credential-option')).toBeUndefined();
  });
});

describe('mayHoldGenericSecret: passphrase punctuation', () => {
  // Low entropy, no UUID's length, no base64: only a passphrase mark can keep such a value in.
  const around = (mark: string): string => `aaaaaaaa${mark}bbbbbbbb`;

  it.each(Array.from('!#$%&()*+,:;<=>?@[]^{|}~'))('keeps a value with `%s` for the place check', (mark) => {
    expect(mayHoldGenericSecret(around(mark))).toBe(true);
  });

  it.each(['-', '_', '.', '/', '"', "'", '`', '\\', '\u00a1', '\u{1F511}'])('turns down a value with `%s` and nothing else of note', (mark) => {
    expect(mayHoldGenericSecret(around(mark))).toBe(false);
  });
});

describe('findGenericSecret: a passphrase is read by its characters', () => {
  // Too little entropy for a random value: only the passphrase reading can take these.
  const words = 'aaaaa^bbbbb*ccccc!ddddd';

  it('counts two kinds of marks wherever they sit', () => {
    expect(findGenericSecret(words, {}, 'credential-option')?.kind).toBe('passphrase');
    expect(findGenericSecret('aaaaa^bbbbb^ccccc^ddddd~', {}, 'credential-option')?.kind).toBe('passphrase');
    expect(findGenericSecret('~aaaaa^bbbbb^ccccc^ddddd', {}, 'credential-option')?.kind).toBe('passphrase');
    expect(findGenericSecret('aaaaa^bbbbb^ccccc^ddddd', {}, 'credential-option')).toBeUndefined();
  });

  it.each([
    ['a character outside the BMP', `${words}\u{1F511}`],
    ['a letter outside ASCII', `${words}\u00f6`],
    ['a quote', `${words}"`],
  ])('leaves words and marks with %s alone', (_title, value) => {
    expect(findGenericSecret(value, {}, 'credential-option')).toBeUndefined();
  });
});
