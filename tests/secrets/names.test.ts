import { describe, expect, it } from 'vitest';
import { KEYWORD_FORMATS } from '../../src/secrets/keyword-formats.js';
import { isProviderKey, isSecretMetadataName, isTokenHeaderName, isTokenName, keywordFormatsFor, mayNameCredential, namesNonTextValue, placeOfName, splitWords } from '../../src/secrets/names.js';

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

describe('isSecretMetadataName', () => {
  it.each(['credentialsPath', 'apiKeyFile', 'tokenUrl', 'secretName', 'ACCESS_TOKEN_TTL', 'passwordLength'])('takes %s for a name about a secret', (name) => {
    expect(isSecretMetadataName(name)).toBe(true);
  });

  it.each(['credentials', 'apiKey', 'authHeader', 'tokenHeader', 'apiKeyInput', 'userPath', 'filePath'])('does not take %s for one', (name) => {
    expect(isSecretMetadataName(name)).toBe(false);
  });
});

describe('namesNonTextValue', () => {
  it.each(['correlationId', 'requestIds', 'retryCount', 'contentType', 'CACHE_TTL', 'bodyLength', 'schemaVersion', 'tenant_guid', 'expires'])(
    'takes %s for the name of a value that is no token text',
    (name) => {
      expect(namesNonTextValue(name)).toBe(true);
    },
  );

  it.each(['requestUrl', 'headerName', 'message', 'accessToken', 'apiKey', 'credentialsPath', 'identity', 'typeset', 'counter'])('does not take %s for one', (name) => {
    expect(namesNonTextValue(name)).toBe(false);
  });

  it('leaves a name that tokenNames makes token-ish', () => {
    expect(namesNonTextValue('sessionId', ['sessionId'])).toBe(false);
    expect(namesNonTextValue('sessionId')).toBe(true);
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

describe('numbered and provider-named keys', () => {
  it.each(['bot_token1', 'ACCESS_TOKEN_2', 'apiKey3', 'token2', 'DB_PASSWORD_1', 'oauth2Token', 'AccountKey', 'SharedAccessKey', 'DEPLOY_KEY'])('reads %s as token-ish', (name) => {
    expect(isTokenName(name)).toBe(true);
  });

  it.each(['NEXT_PUBLIC_API_KEY', 'publicApiKey', 'STRIPE_PUBLISHABLE_KEY', 'apiKeyUuid', 'SharedAccessKeyName', 'token2Type'])('does not read %s as token-ish', (name) => {
    expect(isTokenName(name)).toBe(false);
  });

  it.each(['cloudflare', 'sendgrid', 'SENDGRID_2', 'CLOUDFLARE_API', 'huggingFace', 'sumo_logic', 'okta'])('places a value under the provider key %s', (name) => {
    expect(isProviderKey(name)).toBe(true);
    expect(placeOfName(name)).toBe('token-name');
  });

  it.each(['docker', 'google', 'age', 'url', 'cloudflare_zone', 'slackChannel', 'github_org', 'heroku_app_name'])('does not place a value under %s', (name) => {
    expect(isProviderKey(name)).toBe(false);
    expect(placeOfName(name)).toBe('anywhere');
  });
});

describe('keywordFormatsFor', () => {
  it.each([
    ['OKTA_API_TOKEN', 'okta-api-token'],
    ['herokuApiKey', 'heroku-api-key-uuid'],
    ['SUMOLOGIC_ACCESS_KEY', 'sumologic-access-key'],
    ['sumo_logic_key', 'sumologic-access-key'],
    ['MESSAGE_BIRD_KEY', 'messagebird-api-key'],
    ['LOOKERSDK_CLIENT_SECRET', 'looker-client-secret'],
    ['cloudflare', 'cloudflare-api-key-legacy'],
  ])('gives %s the format %s', (name, id) => {
    expect(keywordFormatsFor(name).map((format) => format.id)).toContain(id);
  });

  it.each(['okta_domain', 'heroku_app_id', 'OKTA_ORG_URL', 'snyk_org', 'DATADOG_SITE', 'ALGOLIA_PUBLIC_KEY', 'cacheKey'])('gives %s no format', (name) => {
    expect(keywordFormatsFor(name)).toEqual([]);
  });
});

describe('mayNameCredential', () => {
  const inRange = (name: string): boolean => mayNameCredential(`  ${name}  `, 2, 2 + name.length);

  it('holds for every name that some reading accepts', () => {
    const names = [
      'token', 'apiKey', 'x-api-key', 'Authorization', 'DB_PASSWORD', 'pwd', 'pat', 'sas', 'clientSecret', 'bot_token1',
      'cloudflare', 'SENDGRID_2', 'OKTA_API_TOKEN', 'sumo_logic_key', 'LOOKERSDK_CLIENT_SECRET', 'BUNDLE_GEMS__CONTRIBSYS__COM',
      ...KEYWORD_FORMATS.flatMap((format) => format.keywords.map((keyword) => keyword.replaceAll(' ', '_'))),
    ];
    for (const name of names) {
      const accepted = placeOfName(name) !== 'anywhere' || keywordFormatsFor(name).length > 0;
      if (accepted) expect(inRange(name), name).toBe(true);
    }
  });

  // A necessary condition only: `type` passes (the start of `typeform`), and is then judged in full.
  it('turns away names that share no start of a credential or provider word', () => {
    const ordinary = ['name', 'width', 'height', 'Error', 'https', 'color', 'n', 'e', 'length', 'index', 'count', 'label', 'title'];
    expect(ordinary.filter(inRange)).toEqual([]);
  });

  it('reads only its range', () => {
    expect(mayNameCredential('token=1', 6, 7)).toBe(false);
    expect(mayNameCredential('xx token', 3, 8)).toBe(true);
  });
});
