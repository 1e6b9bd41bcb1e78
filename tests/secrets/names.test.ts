import { describe, expect, it } from 'vitest';
import { isTokenHeaderName, isTokenName, splitWords } from '../../src/secrets/names.js';

describe('splitWords', () => {
  it.each([
    ['apiKey', ['api', 'key']],
    ['APIKey', ['api', 'key']],
    ['apiKEY', ['api', 'key']],
    ['ApiKey', ['api', 'key']],
    ['api_key', ['api', 'key']],
    ['API_KEY', ['api', 'key']],
    ['x-api-key', ['x', 'api', 'key']],
    ['config.auth.token', ['config', 'auth', 'token']],
    ['XMLHttpRequest', ['xml', 'http', 'request']],
    ['oauth2Token', ['oauth2', 'token']],
    ['AWS_SECRET_ACCESS_KEY', ['aws', 'secret', 'access', 'key']],
    ['__proto__', ['proto']],
    ['', []],
  ])('splits %j into %j', (name, words) => {
    expect(splitWords(name)).toEqual(words);
  });
});

describe('isTokenName', () => {
  it.each([
    'token',
    'accessToken',
    'GITHUB_TOKEN',
    'refresh_token',
    'secret',
    'clientSecret',
    'client_secret',
    'webhookSecret',
    'password',
    'dbPassword',
    'confirmPassword',
    'passwd',
    'pwd',
    'passphrase',
    'apiKey',
    'APIKey',
    'apikey',
    'x-api-key',
    'accessKey',
    'AWS_SECRET_ACCESS_KEY',
    'privateKey',
    'signingKey',
    'sessionKey',
    'auth',
    'authToken',
    'authKey',
    'authHeader',
    'basicAuth',
    'authorization',
    'bearer',
    'bearerToken',
    'credential',
    'credentials',
    'GITHUB_PAT',
    'sasToken',
    'sasSignature',
    'accessTokens',
    'apiKeys',
  ])('treats %s as token-ish', (name) => {
    expect(isTokenName(name)).toBe(true);
  });

  it.each([
    'tokenizer',
    'tokenize',
    'tokens',
    'tokenType',
    'tokenKind',
    'tokenCount',
    'tokenUrl',
    'tokenEndpoint',
    'tokenHeader',
    'TOKEN_HEADER',
    'tokenExpiry',
    'tokenPath',
    'tokenFile',
    'tokenId',
    'passwordField',
    'passwordLabel',
    'passwordPlaceholder',
    'passwordRegex',
    'passwordMinLength',
    'secretary',
    'secretName',
    'secretPath',
    'authUrl',
    'authorName',
    'authority',
    'authProvider',
    'keyboard',
    'monkey',
    'publicKey',
    'keyName',
    'key',
    'signature',
    'sig',
    'isTokenValid',
    'getToken',
    'hasPassword',
    'pattern',
    '',
  ])('does not treat %s as token-ish', (name) => {
    expect(isTokenName(name)).toBe(false);
  });

  it('accepts extra words and phrases from options', () => {
    expect(isTokenName('licenseKey')).toBe(false);
    expect(isTokenName('licenseKey', ['licenseKey'])).toBe(true);
    expect(isTokenName('LICENSE_KEY', ['license key'])).toBe(true);
    expect(isTokenName('licensePlate', ['licenseKey'])).toBe(false);
  });
});

describe('isTokenHeaderName', () => {
  it.each([
    'Authorization',
    'authorization',
    'Proxy-Authorization',
    'X-API-Key',
    'api-key',
    'X-Auth-Token',
    'x-access-token',
    'PRIVATE-TOKEN',
    'X-Goog-Api-Key',
    'X-Shopify-Access-Token',
    'Ocp-Apim-Subscription-Key',
  ])('treats the %s header as carrying a credential', (name) => {
    expect(isTokenHeaderName(name)).toBe(true);
  });

  it.each(['Content-Type', 'Accept', 'X-CSRF-Token', 'X-XSRF-TOKEN', 'Idempotency-Key', 'X-Idempotency-Key', 'X-Request-Id', 'x-token-type', 'X-Key'])(
    'does not treat the %s header as carrying a credential',
    (name) => {
      expect(isTokenHeaderName(name)).toBe(false);
    },
  );
});
