import rule from '../../rules/no-hardcoded-token.js';
import { envVariableName } from '../../src/secrets/env-name.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { brokenChecksumToken, fakeToken, PARTIAL_MATCH_IDS } from '../helpers/tokens.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

// Tokens are built at run time; test names carry the format id, never the value.
const ghp = fakeToken('github-classic-pat');
const stripe = fakeToken('stripe-live-secret-key');
const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
const hexKey = 'd8d2498775c469d1d3185ec205f7957a'; // random 32 hex
const gitSha = 'd8d2498775c469d1d3185ec205f7957a951015b6';
const sha256 = 'd8d2498775c469d1d3185ec205f7957a951015b65717a94d391d4ceba4ef3232';

/** The source text of a JS string literal holding `value`, and whether its source maps 1:1. */
function literal(value: string): { text: string; exact: boolean } {
  const text = JSON.stringify(value).replace(/^"|"$/gu, '').replace(/'/gu, "\\'");
  return { text: `'${text}'`, exact: text === value };
}

const catalogCases = TOKEN_FORMATS.map((format) => {
  const token = fakeToken(format.id);
  const { text, exact } = literal(token);
  const code = `const value = ${text};`;
  const column = "const value = '".length + 1;
  const located = exact && !PARTIAL_MATCH_IDS.has(format.id);
  const envName = envVariableName(undefined, format.envName);
  const suggestions = PARTIAL_MATCH_IDS.has(format.id)
    ? []
    : [{ messageId: 'readFromEnvironment' as const, data: { envName }, output: `const value = process.env.${envName};` }];
  return {
    name: `reports a ${format.id} token in a plain string`,
    code,
    errors: [
      located
        ? { messageId: 'hardcodedToken' as const, line: 1, column, endColumn: column + token.length, suggestions }
        : { messageId: 'hardcodedToken' as const, line: 1, suggestions },
    ],
  };
});

ruleTester.run('no-hardcoded-token', rule, {
  valid: [
    {
      name: 'ignores an IV, an algorithm, a salt and keys read from the environment beside cipher and MAC calls',
      code: `import crypto from 'node:crypto';
const iv = crypto.randomBytes(16);
const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY, 'hex'), iv);
const salt = 'application-salt-v1';
const derived = crypto.scryptSync(process.env.PASSPHRASE, salt, 32);
const mac = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET);`,
    },
    // Look-alikes whose checksum fails are not that provider, and not token-ish anywhere else.
    { name: 'ignores a ghp_ look-alike with a broken checksum', code: `const value = '${brokenChecksumToken('github-classic-pat')}';` },
    { name: 'ignores an npm_ look-alike with a broken checksum', code: `const value = '${brokenChecksumToken('npm-access-token')}';` },
    // Generic random values count only in token-ish places.
    { name: 'ignores a random value under an ordinary name', code: `const cacheKey = '${generic}';` },
    { name: 'ignores a random value under a tokenizer name', code: `const tokenizer = '${generic}';` },
    { name: 'ignores a random value under tokenType', code: `const config = { tokenType: '${generic}' };` },
    { name: 'ignores a random value under passwordField', code: `const passwordField = '${generic}';` },
    { name: 'ignores a random value under secretary', code: `const secretary = '${generic}';` },
    // Values that are never secrets, even under token-ish names.
    { name: 'ignores a header name held in a TOKEN_HEADER constant', code: "const TOKEN_HEADER = 'x-api-token';" },
    { name: 'ignores an angle-bracket placeholder', code: "const apiToken = '<your-api-token>';" },
    { name: 'ignores an upper-case placeholder', code: "const apiKey = 'YOUR_API_KEY_HERE';" },
    { name: 'ignores an environment read', code: 'const apiToken = process.env.OWN_API_TOKEN;' },
    { name: 'ignores an environment variable name', code: "const secretName = 'OWN_API_TOKEN';" },
    { name: 'ignores prose', code: "const password = 'correct horse battery staple';" },
    { name: 'ignores a template placeholder', code: "const authToken = '${AUTH_TOKEN}';" },
    { name: 'ignores a repeated-character dummy', code: "const apiKey = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';" },
    { name: 'ignores a sequential dummy', code: "const sessionSecret = '0123456789abcdef0123456789abcdef';" },
    { name: 'ignores a git commit hash under an ordinary name', code: `const commit = '${gitSha}';` },
    { name: 'ignores an sha512 integrity string', code: `const integrity = 'sha512-${Buffer.from(sha256, 'hex').toString('base64')}';` },
    { name: 'ignores a UUID under a key name', code: "const apiKey = '3fa85f64-5717-4562-b3fc-2c963f66afa6';" },
    { name: 'ignores a token endpoint URL', code: "const tokenUrl = 'https://login.example.com/oauth2/v2.0/token';" },
    { name: 'ignores a path to a token file', code: "const secretPath = '/var/run/secrets/kubernetes.io/serviceaccount/token';" },
    { name: 'ignores a data URI', code: "const accessToken = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk';" },
    { name: 'ignores an identifier', code: "const authTokenKey = 'buildBookingMatchWhereClause';" },
    { name: 'ignores module specifiers', code: "import token from './a-very-long-module-name-that-is-fine.js';" },
    { name: 'ignores directives', code: "'use strict';" },
    { name: 'ignores random values in ordinary arguments of a known API', code: `jwt.sign({ sub: '${generic}' }, key);` },
    // Headers that do not carry credentials.
    { name: 'ignores a random value in a non-credential header', code: `fetch(url, { headers: { 'Content-Type': '${generic}' } });` },
    // Allow-listing options.
    { name: 'allows values listed in allowedValues', code: `const apiKey = '${generic}';`, options: [{ allowedValues: [generic] }] },
    { name: 'allows values matching allowedPatterns', code: `const apiKey = '${generic}';`, options: [{ allowedPatterns: ['^AINpv'] }] },
    { name: 'allows a provider token by pattern', code: `const value = '${stripe}';`, options: [{ allowedPatterns: ['^sk_live_'] }] },
    // Entropy thresholds can be raised.
    { name: 'follows a raised minEntropy', code: `const apiKey = '${generic}';`, options: [{ minEntropy: { base62: 7 } }] },
    // Comments are only checked when asked.
    { name: 'ignores tokens in comments by default', code: `// old: ${ghp}\nconst a = 1;` },
  ],
  invalid: [
    ...catalogCases,
    {
      name: 'reports a random value bound to a token-ish name and suggests an environment variable',
      code: `const ownApiToken = '${generic}';`,
      errors: [
        {
          messageId: 'hardcodedToken',
          line: 1,
          column: 22,
          endColumn: 62,
          suggestions: [
            { messageId: 'readFromEnvironment', data: { envName: 'OWN_API_TOKEN' }, output: 'const ownApiToken = process.env.OWN_API_TOKEN;' },
          ],
        },
      ],
    },
    {
      name: 'reports a random hex key under a secret name',
      code: `const clientSecret = '${hexKey}';`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 23, endColumn: 55, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'CLIENT_SECRET' }, output: 'const clientSecret = process.env.CLIENT_SECRET;' },
      ] }],
    },
    {
      name: 'reports a ghp_ token in a class field',
      code: `class GitHubClient {\n  private token = '${ghp}';\n}`,
      errors: [{ messageId: 'hardcodedToken', line: 2, column: 20, endColumn: 60, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'TOKEN' }, output: 'class GitHubClient {\n  private token = process.env.TOKEN;\n}' },
      ] }],
    },
    {
      name: 'reports a random value as a parameter default',
      code: `function connect(apiKey = '${generic}') { return apiKey; }`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 28, endColumn: 68, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'API_KEY' }, output: 'function connect(apiKey = process.env.API_KEY) { return apiKey; }' },
      ] }],
    },
    {
      name: 'reports the literal fallback of an environment variable and suggests dropping it',
      code: `const token = process.env.OWN_API_TOKEN ?? '${generic}';`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 45, endColumn: 85, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'OWN_API_TOKEN' }, output: 'const token = process.env.OWN_API_TOKEN;' },
      ] }],
    },
    {
      name: 'reports a bearer value in an Authorization header, without a suggestion',
      code: `fetch(url, { headers: { Authorization: 'Bearer ${generic}' } });`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 48, endColumn: 88, suggestions: [] }],
    },
    {
      name: 'reports an X-Api-Key header set through headers.set',
      code: `headers.set('X-Api-Key', '${generic}');`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 27, endColumn: 67, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'X_API_KEY' }, output: "headers.set('X-Api-Key', process.env.X_API_KEY);" },
      ] }],
    },
    {
      name: 'reports a Stripe key inside a template literal',
      code: `const auth = \`Basic \${btoa('${stripe}:')}\`;\nconst other = \`${stripe}\`;`,
      errors: [
        { messageId: 'hardcodedToken', line: 1, column: 29, endColumn: 29 + stripe.length },
        { messageId: 'hardcodedToken', line: 2, column: 16, endColumn: 16 + stripe.length, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'STRIPE_SECRET_KEY' }, output: 'const auth = `Basic ${btoa(\'' + stripe + ':\')}`;\nconst other = process.env.STRIPE_SECRET_KEY;' },
        ] },
      ],
    },
    {
      name: 'reports a token assembled from constant pieces on the expression',
      code: `const prefix = 'sk_' + 'live_';\nconst key = prefix + '${stripe.slice(8)}';`,
      errors: [{ messageId: 'hardcodedToken', line: 2, column: 13, endColumn: 24 + stripe.length - 8, suggestions: [] }],
    },
    {
      name: 'reports a JSX attribute string and suggests an expression container',
      code: `const el = <Widget apiKey="${generic}" />;`,
      filename: 'widget.tsx',
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 28, endColumn: 68, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'API_KEY' }, output: 'const el = <Widget apiKey={process.env.API_KEY} />;' },
      ] }],
    },
    {
      name: 'sees through TypeScript assertions',
      code: `const config = { apiToken: '${generic}' as string } satisfies object;`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 29, endColumn: 69, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: 'const config = { apiToken: process.env.API_TOKEN as string } satisfies object;' },
      ] }],
    },
    {
      name: 'reports a token given by unicode escapes on the whole literal',
      code: `const value = '\\u0067${ghp.slice(1)}';`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 15, endColumn: 15 + ghp.length + 7, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'GITHUB_TOKEN' }, output: 'const value = process.env.GITHUB_TOKEN;' },
      ] }],
    },
    {
      name: 'reports a random secret passed as the credential argument of a known API',
      code: `import Stripe from 'stripe';\nimport jwt from 'jsonwebtoken';\nconst stripe = new Stripe('${generic}');\nconst signed = jwt.sign(payload, '${generic}');`,
      errors: [
        { messageId: 'hardcodedToken', line: 3, column: 28, endColumn: 68, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: `import Stripe from 'stripe';\nimport jwt from 'jsonwebtoken';\nconst stripe = new Stripe(process.env.API_TOKEN);\nconst signed = jwt.sign(payload, '${generic}');` },
        ] },
        { messageId: 'hardcodedToken', line: 4, column: 35, endColumn: 75, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: `import Stripe from 'stripe';\nimport jwt from 'jsonwebtoken';\nconst stripe = new Stripe('${generic}');\nconst signed = jwt.sign(payload, process.env.API_TOKEN);` },
        ] },
      ],
    },
    {
      name: 'reports keys written for a cipher and a MAC, through a constant and an encoding, in a class',
      code: `import crypto from 'node:crypto';

const KEY = Buffer.from('${hexKey}${hexKey}', 'hex');

export class Vault {
  encrypt(text, iv) {
    const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
    return Buffer.concat([cipher.update(text), cipher.final()]);
  }

  sign(body) {
    return crypto.createHmac('sha256', '${generic}').update(body).digest('hex');
  }

  verify(body, mac) {
    return crypto.timingSafeEqual(Buffer.from(this.sign(body)), Buffer.from(mac));
  }
}`,
      errors: [
        { messageId: 'hardcodedToken', line: 3, column: 26, endColumn: 90, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: `import crypto from 'node:crypto';

const KEY = Buffer.from(process.env.API_TOKEN, 'hex');

export class Vault {
  encrypt(text, iv) {
    const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
    return Buffer.concat([cipher.update(text), cipher.final()]);
  }

  sign(body) {
    return crypto.createHmac('sha256', '${generic}').update(body).digest('hex');
  }

  verify(body, mac) {
    return crypto.timingSafeEqual(Buffer.from(this.sign(body)), Buffer.from(mac));
  }
}` },
        ] },
        { messageId: 'hardcodedToken', line: 12, column: 41, endColumn: 81, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: `import crypto from 'node:crypto';

const KEY = Buffer.from('${hexKey}${hexKey}', 'hex');

export class Vault {
  encrypt(text, iv) {
    const cipher = crypto.createCipheriv('aes-256-cbc', KEY, iv);
    return Buffer.concat([cipher.update(text), cipher.final()]);
  }

  sign(body) {
    return crypto.createHmac('sha256', process.env.API_TOKEN).update(body).digest('hex');
  }

  verify(body, mac) {
    return crypto.timingSafeEqual(Buffer.from(this.sign(body)), Buffer.from(mac));
  }
}` },
        ] },
      ],
    },
    {
      name: 'reports the secret member of a JSON Web Key, not its public members',
      code: `const jwk = { kty: 'oct', alg: 'HS256', k: '${generic}xyz' };
const key = await crypto.subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const publicKey = { kty: 'EC', crv: 'P-256', x: '${generic}abc', y: '${generic}def' };`,
      errors: [
        { messageId: 'hardcodedToken', line: 1, column: 45, endColumn: 88, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: `const jwk = { kty: 'oct', alg: 'HS256', k: process.env.API_TOKEN };
const key = await crypto.subtle.importKey('jwk', jwk, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
const publicKey = { kty: 'EC', crv: 'P-256', x: '${generic}abc', y: '${generic}def' };` },
        ] },
      ],
    },
    {
      name: 'reports an account key given to a storage credential',
      code: `import { StorageSharedKeyCredential } from '@azure/storage-blob';\nexport const shared = new StorageSharedKeyCredential('ownaccount', '${generic}${generic}==');`,
      errors: [
        { messageId: 'hardcodedToken', line: 2, column: 69, endColumn: 151, suggestions: [
          { messageId: 'readFromEnvironment', data: { envName: 'API_TOKEN' }, output: `import { StorageSharedKeyCredential } from '@azure/storage-blob';\nexport const shared = new StorageSharedKeyCredential('ownaccount', process.env.API_TOKEN);` },
        ] },
      ],
    },
    {
      name: 'reports names from the tokenNames option',
      code: `const serviceTicket = '${generic}';`,
      options: [{ tokenNames: ['ticket'] }],
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 24, endColumn: 64, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'SERVICE_TICKET' }, output: 'const serviceTicket = process.env.SERVICE_TICKET;' },
      ] }],
    },
    {
      name: 'reports additional patterns anywhere',
      code: "const defaults = { seed: 'own_MD5vSJcqqfs5qO5GCEVtej7WDXusFGGs' };",
      options: [{ additionalPatterns: [{ name: 'Own API token', pattern: 'own_[A-Za-z0-9]{32}' }] }],
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 27, endColumn: 63, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'OWN_API_TOKEN' }, output: 'const defaults = { seed: process.env.OWN_API_TOKEN };' },
      ] }],
    },
    {
      name: 'reports additional patterns on short strings too',
      code: "const pin = 'own_qzkw';",
      options: [{ additionalPatterns: [{ name: 'Own PIN', pattern: 'own_[a-z]{4}' }] }],
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 14, endColumn: 22, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'OWN_PIN' }, output: 'const pin = process.env.OWN_PIN;' },
      ] }],
    },
    {
      name: 'reports lower-entropy values when minEntropy is lowered',
      code: "const sessionSecret = 'abcabcabcabcabcabcabcXYZ';",
      options: [{ minEntropy: { base62: 1 } }],
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 24, endColumn: 48, suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'SESSION_SECRET' }, output: 'const sessionSecret = process.env.SESSION_SECRET;' },
      ] }],
    },
    {
      name: 'reports tokens in comments when checkComments is on',
      code: `// old key: ${ghp}\nconst a = 1;`,
      options: [{ checkComments: true }],
      errors: [{ messageId: 'hardcodedTokenInComment', line: 1, column: 13, endColumn: 53 }],
    },
  ],
});
