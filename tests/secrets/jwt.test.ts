import { describe, expect, it } from 'vitest';
import { decodeBase64Url, hasJwtHeader } from '../../src/secrets/jwt.js';

const b64url = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

describe('hasJwtHeader', () => {
  it.each([
    ['an HS256 header', { alg: 'HS256', typ: 'JWT' }],
    ['an RS256 header with a key id', { kid: 'k1', alg: 'RS256' }],
    ['an unsecured header', { alg: 'none' }],
  ])('accepts %s', (_title, header) => {
    expect(hasJwtHeader(`${b64url(header)}.${b64url({ sub: '1' })}.sig`)).toBe(true);
  });

  it.each([
    ['a header without alg', b64url({ typ: 'JWT' })],
    ['a non-string alg', b64url({ alg: 256 })],
    ['a JSON array', b64url(['alg'])],
    ['text that is not JSON', b64url('{"alg": HS256')],
    ['invalid base64url', 'eyJ*bad*'],
    ['an impossible base64 length', 'eyJhb'],
  ])('rejects %s', (_title, header) => {
    expect(hasJwtHeader(`${header}.payload.signature`)).toBe(false);
  });
});

describe('decodeBase64Url', () => {
  it('decodes unpadded base64url', () => {
    expect(decodeBase64Url(b64url('{"a":"?>"}'))).toBe('{"a":"?>"}');
  });

  it.each(['a+b', 'abc=', 'a'])('returns undefined for %j', (segment) => {
    expect(decodeBase64Url(segment)).toBeUndefined();
  });
});
