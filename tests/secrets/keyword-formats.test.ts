import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/secrets/classify.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { fitKeywordFormat, KEYWORD_FORMATS } from '../../src/secrets/keyword-formats.js';
import { keywordFormatsFor, placeOfName } from '../../src/secrets/names.js';
import { fakeKeywordValue, KEYWORD_GENERATOR_IDS, keywordKey } from '../helpers/tokens.js';

const IDS = KEYWORD_FORMATS.map((format) => format.id);
const byId = (id: string) => {
  const format = KEYWORD_FORMATS.find((f) => f.id === id);
  if (format === undefined) throw new Error(id);
  return format;
};

describe('KEYWORD_FORMATS catalog', () => {
  it('has unique kebab-case ids, none shared with the anywhere catalog', () => {
    expect(new Set(IDS).size).toBe(IDS.length);
    const anywhere = new Set(TOKEN_FORMATS.map((format) => format.id));
    for (const id of IDS) {
      expect(id).toMatch(/^[\da-z]+(?:-[\da-z]+)*$/);
      expect(anywhere.has(id), id).toBe(false);
    }
  });

  it('has a value generator for every entry, and none for an entry that is gone', () => {
    expect([...KEYWORD_GENERATOR_IDS].sort()).toEqual([...IDS].sort());
  });

  it.each(IDS)('%s is frozen, anchored, and names its source and keywords', (id) => {
    const format = byId(id);
    expect(Object.isFrozen(format)).toBe(true);
    expect(format.value.source.startsWith('^')).toBe(true);
    expect(format.value.source.endsWith('$')).toBe(true);
    expect(format.source.length).toBeGreaterThan(10);
    expect(format.keywords.length).toBeGreaterThan(0);
    for (const keyword of format.keywords) expect(keyword).toMatch(/^[\da-z]+(?: [\da-z]+)?$/);
    expect(format.envName).toMatch(/^[A-Z][\dA-Z]*(?:_+[\dA-Z]+)*$/);
  });

  it.each(IDS)('a generated %s value fits its own shape', (id) => {
    for (const seed of [1, 2, 3]) expect(fitKeywordFormat([byId(id)], fakeKeywordValue(id, seed))?.id, `seed ${seed}`).toBe(id);
  });

  it.each(IDS)('%s is found under a key that names its provider, as a value and in a .env line', (id) => {
    const key = keywordKey(id);
    const value = fakeKeywordValue(id);
    expect(keywordFormatsFor(key).map((format) => format.id)).toContain(id);
    expect(findSecrets(value, placeOfName(key), {}, key).map((f) => f.formatId)).toEqual([id]);
    const line = `${key}=${value}`;
    const findings = findSecrets(line, 'anywhere');
    expect(findings.map((f) => [f.formatId, f.start, f.end])).toEqual([[id, key.length + 1, line.length]]);
  });

  it.each(IDS)('%s is not read under a key about the provider account (…_DOMAIN, …_APP_ID)', (id) => {
    const provider = (byId(id).keywords[0] ?? '').replaceAll(' ', '_').toUpperCase();
    const value = fakeKeywordValue(id);
    for (const key of [`${provider}_DOMAIN`, `${provider}_APP_ID`, `${provider}_REGION`]) {
      expect(findSecrets(value, 'anywhere', {}, key).map((f) => f.formatId), key).not.toContain(id);
      expect(findSecrets(`${key}=${value}`, 'anywhere').map((f) => f.formatId), key).not.toContain(id);
    }
  });

  it.each(IDS)('%s is not read under a key that names no provider', (id) => {
    const value = fakeKeywordValue(id);
    expect(findSecrets(`CACHE_VALUE=${value}`, 'anywhere').map((f) => f.formatId)).not.toContain(id);
    expect(findSecrets(value, 'anywhere', {}, 'cacheValue').map((f) => f.formatId)).not.toContain(id);
  });

  it.each(IDS.filter((id) => !['twitter-bearer-token'].includes(id)))('does not take a run of one character for a %s value', (id) => {
    const value = fakeKeywordValue(id);
    const filler = value.replaceAll(/[\dA-Za-z]/g, 'x');
    expect(fitKeywordFormat([byId(id)], filler)).toBeUndefined();
  });

  it('reads a Twitter bearer token past its run of A', () => {
    const value = fakeKeywordValue('twitter-bearer-token');
    expect(findSecrets(value, 'token-name', {}, 'TWITTER_BEARER_TOKEN').map((f) => f.formatId)).toEqual(['twitter-bearer-token']);
    expect(fitKeywordFormat([byId('twitter-bearer-token')], 'A'.repeat(22) + 'x'.repeat(90))).toBeUndefined();
  });

  it('leaves a public key quiet even under a provider key', () => {
    const value = fakeKeywordValue('algolia-admin-key');
    expect(findSecrets(value, 'anywhere', {}, 'ALGOLIA_PUBLIC_KEY')).toEqual([]);
  });
});
