import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, hasCloudflareChecksum, hasGithubChecksum, toBase62 } from '../../src/secrets/checksum.js';
import { brokenChecksumToken, fakeToken } from '../helpers/tokens.js';

const GITHUB_SCHEME_IDS = ['github-classic-pat', 'github-oauth-token', 'github-app-user-token', 'github-app-installation-token', 'github-refresh-token', 'npm-access-token'];
const CLOUDFLARE_IDS = ['cloudflare-global-key', 'cloudflare-user-token', 'cloudflare-account-token'];

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('computes the IEEE CRC-32 of %j', (text, expected) => {
    expect(crc32(text)).toBe(expected);
  });

  it.each(['a', 'token-hygiene', 'é ü 漢字 🙂', 'x'.repeat(1000)])('agrees with zlib on the UTF-8 bytes of %j', (text) => {
    expect(crc32(text)).toBe(zlibCrc32(Buffer.from(text, 'utf8')));
  });
});

describe('toBase62', () => {
  it.each([
    [0, 6, '000000'],
    [61, 1, 'z'],
    [62, 2, '10'],
    [3843, 2, 'zz'],
    [0xffffffff, 6, '4gfFC3'],
    [10, 0, 'A'],
  ])('writes %i with width %i as %s', (n, width, expected) => {
    expect(toBase62(n, width)).toBe(expected);
  });
});

describe('hasGithubChecksum', () => {
  it.each(GITHUB_SCHEME_IDS)('accepts a generated %s token', (id) => {
    expect(hasGithubChecksum(fakeToken(id))).toBe(true);
  });

  it.each(GITHUB_SCHEME_IDS)('rejects a %s token with one body character changed', (id) => {
    expect(hasGithubChecksum(brokenChecksumToken(id))).toBe(false);
  });

  it('rejects a valid body under an unknown prefix, or with the wrong length', () => {
    const token = fakeToken('github-classic-pat');
    expect(hasGithubChecksum('ghx_' + token.slice(4))).toBe(false);
    expect(hasGithubChecksum(token + 'a')).toBe(false);
    expect(hasGithubChecksum(token.slice(0, 39))).toBe(false);
  });
});

describe('hasCloudflareChecksum', () => {
  it.each(CLOUDFLARE_IDS)('accepts a generated %s token', (id) => {
    expect(hasCloudflareChecksum(fakeToken(id))).toBe(true);
  });

  it.each(CLOUDFLARE_IDS)('rejects a %s token with one body character changed', (id) => {
    expect(hasCloudflareChecksum(brokenChecksumToken(id))).toBe(false);
  });

  it('rejects an uppercase checksum tail', () => {
    const token = fakeToken('cloudflare-user-token');
    expect(hasCloudflareChecksum(token.slice(0, -8) + token.slice(-8).toUpperCase())).toBe(/^\d{8}$/.test(token.slice(-8)));
  });
});
