import rule from '../../rules/no-hardcoded-token.js';
import { envVariableName } from '../../src/secrets/env-name.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { ALPHABETS, brokenChecksumToken, createRandom, fakeToken, PARTIAL_MATCH_IDS, randomChars, randomUuid } from '../helpers/tokens.js';
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
    { name: 'ignores the OpenAPI example UUID under a key name', code: "const apiKey = '3fa85f64-5717-4562-b3fc-2c963f66afa6';" },
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

// Secrets inside other text: config snippets, command lines, connection strings, manifests.
const passphrase = 'Xq7' + randomChars(createRandom(81), ALPHABETS.base62, 8) + '=?^' + randomChars(createRandom(82), ALPHABETS.base62, 6) + '*!';
const randomValue = randomChars(createRandom(83), ALPHABETS.base62, 40);
const otherValue = randomChars(createRandom(84), ALPHABETS.base62, 40);
const uuid = randomUuid(createRandom(85));

/** 1-based line and column of the first `value` in `code`, and where it ends (on one line). */
function at(code: string, value: string): { line: number; column: number; endLine: number; endColumn: number } {
  const index = code.indexOf(value);
  if (index < 0) throw new Error('value not in code');
  const before = code.slice(0, index).split('\n');
  const line = before.length;
  const column = (before.at(-1) ?? '').length + 1;
  return { line, column, endLine: line, endColumn: column + value.length };
}

const curlClass = `class BuildNotifier {\n  private readonly command = 'curl -u ci-bot:${passphrase} https://ci.example.com/api/notify';\n}`;
const databaseModule = `export const database = {\n  host: 'db.internal',\n  connectionString: 'Server=db.internal;Database=orders;User Id=orders;Password=${passphrase};',\n};`;
const npmrcScript = `import { writeFileSync } from 'node:fs';\n\nwriteFileSync('.npmrc', '//registry.npmjs.org/:_authToken=${uuid}');`;
const manifest = `const manifest = \`\napiVersion: v1\nkind: Secret\nmetadata:\n  name: signing\nstringData:\n  signing: ${passphrase}\n\`;`;
const nugetScript = `const nugetConfig = '<add key="ClearTextPassword" value="${passphrase}" />';`;
const dockerLogin = `execSync('docker login -u ci -p ${passphrase} registry.example.com');`;
const envWriter = `function envFile() {\n  return ['cloudflare=${randomValue}', 'bot_token1=${otherValue}'].join('\\n');\n}`;
const flyClient = `const client = new FlyClient({ headers: { Authorization: 'FlyV1 ${fakeToken('flyio-macaroon-token')}' } });`;
const sonarScanner = `scanner({ serverUrl: 'https://sonar.example.com', options: { 'sonar.login': '${fakeToken('sonarqube-token')}' } });`;

ruleTester.run('no-hardcoded-token (secrets inside strings)', rule, {
  valid: [
    { name: 'ignores a UUID under an id name', code: `const correlationId = '${uuid}';\nconst requestId = '${uuid}';\nconst uuid = '${uuid}';` },
    { name: 'ignores a UUID in a request-id header', code: `fetch(url, { headers: { 'X-Request-Id': '${uuid}' } });` },
    { name: 'ignores a usage text with placeholders', code: "const usage = 'Usage: deploy --token <token> --region <region>';" },
    { name: 'ignores a curl command built from variables', code: 'execSync(`curl -u ${user}:${password} https://ci.example.com/api/notify`);' },
    { name: 'ignores a docker login that reads stdin', code: "execSync('docker login -u ci --password-stdin registry.example.com');" },
    { name: 'ignores a password rule in a message', code: "const help = 'Password: at least 12 characters, one digit and one symbol.';" },
    { name: 'ignores a shell test of a variable', code: `const check = 'if [ "$TOKEN" != "" ]; then deploy; fi';` },
    { name: 'ignores a ConfigMap manifest', code: "const manifest = 'kind: ConfigMap\\ndata:\\n  app-name: orders';" },
    { name: 'ignores a .env template with a placeholder', code: "const template = 'API_TOKEN=<your-token-here>\\nPORT=8080';" },
    { name: 'ignores a connection string without a password', code: "const connectionString = 'Server=db.internal;Database=orders;Integrated Security=true;';" },
    { name: 'ignores a Mapbox public token', code: `mapboxgl.accessToken = 'pk.eyJ1IjoiYWNtZSIsImEiOiJjbGFiYyJ9.${randomChars(createRandom(86), ALPHABETS.base64url, 22)}';` },
    { name: 'ignores a key named public', code: `const config = { publicApiKey: '${randomValue}' };` },
    { name: 'ignores the API key of a Firebase web config written into a page', code: `const page = \`<script>firebase.initializeApp({ apiKey: "${fakeToken('google-api-key')}", authDomain: "acme-app.firebaseapp.com" });</script>\`;` },
    { name: 'ignores a key of an ordinary setting in a config snippet', code: `const ini = 'cacheKey=${randomValue}';` },
  ],
  invalid: [
    {
      name: 'reports the credentials of a curl command held in a class field',
      code: curlClass,
      errors: [{ messageId: 'hardcodedToken', ...at(curlClass, `ci-bot:${passphrase}`) }],
    },
    {
      name: 'reports the password of a connection string in a config module',
      code: databaseModule,
      errors: [{ messageId: 'hardcodedToken', ...at(databaseModule, passphrase) }],
    },
    {
      name: 'reports the token of an .npmrc line written by a setup script',
      code: npmrcScript,
      errors: [{ messageId: 'hardcodedToken', ...at(npmrcScript, uuid) }],
    },
    {
      name: 'reports a Kubernetes Secret value in a manifest template',
      code: manifest,
      errors: [{ messageId: 'hardcodedToken', ...at(manifest, passphrase) }],
    },
    {
      name: 'reports a NuGet ClearTextPassword attribute',
      code: nugetScript,
      errors: [{ messageId: 'hardcodedToken', ...at(nugetScript, passphrase) }],
    },
    {
      name: 'reports the password of docker login -p',
      code: dockerLogin,
      errors: [{ messageId: 'hardcodedToken', ...at(dockerLogin, passphrase) }],
    },
    {
      name: 'reports provider-named and numbered keys of a generated .env file',
      code: envWriter,
      errors: [
        { messageId: 'hardcodedToken', ...at(envWriter, randomValue) },
        { messageId: 'hardcodedToken', ...at(envWriter, otherValue) },
      ],
    },
    {
      name: 'reports a UUID under a key name and names it in the message',
      code: `const heroku = { apiKey: '${uuid}' };`,
      errors: [{ messageId: 'hardcodedToken', ...at(`const heroku = { apiKey: '${uuid}' };`, uuid), suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'API_KEY' }, output: 'const heroku = { apiKey: process.env.API_KEY };' },
      ] }],
    },
    {
      name: 'reports a passphrase with mixed punctuation under a password option',
      code: `const pool = new Pool({ host: 'db.internal', password: '${passphrase}' });`,
      errors: [{ messageId: 'hardcodedToken', ...at(`const pool = new Pool({ host: 'db.internal', password: '${passphrase}' });`, passphrase), suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'PASSWORD' }, output: "const pool = new Pool({ host: 'db.internal', password: process.env.PASSWORD });" },
      ] }],
    },
    {
      name: 'reports a Fly.io token after its FlyV1 scheme',
      code: flyClient,
      errors: [{ messageId: 'hardcodedToken', ...at(flyClient, fakeToken('flyio-macaroon-token')) }],
    },
    {
      name: 'reports a SonarQube token in scanner options',
      code: sonarScanner,
      errors: [{ messageId: 'hardcodedToken', ...at(sonarScanner, fakeToken('sonarqube-token')), suggestions: [
        { messageId: 'readFromEnvironment', data: { envName: 'SONAR_TOKEN' }, output: sonarScanner.replace(`'${fakeToken('sonarqube-token')}'`, 'process.env.SONAR_TOKEN') },
      ] }],
    },
  ],
});

// Passwords written where a secret goes: passphrases (words joined by punctuation, with or
// without digits) are built here from words and a seeded random choice of digits and marks.
const passphraseRandom = createRandom(417);
const mark = (): string => randomChars(passphraseRandom, '!#$%^*=?~', 1);
const wordsAndDigits = `Lantern${randomChars(passphraseRandom, ALPHABETS.digits, 2)}-Orchid${mark()}Granite${mark()}Harbor`;
const wordsAndMarks = `Lantern^Orchid*Granite!Harbor`;
const opensslPassword = randomChars(passphraseRandom, ALPHABETS.base62, 20);
const passphraseError = (line: number) => ({ messageId: 'hardcodedToken' as const, line });

ruleTester.run('no-hardcoded-token (passwords where a secret goes)', rule, {
  valid: [
    {
      name: 'ignores key-derivation and cipher passwords from the environment or a parameter',
      code: `import crypto from 'node:crypto';
export function keyFor(passphrase) {
  return crypto.scryptSync(passphrase, 'salt', 32);
}
const fromEnv = crypto.pbkdf2Sync(process.env.BACKUP_PASSPHRASE, 'salt', 100000, 32, 'sha256');`,
    },
    {
      name: 'ignores a placeholder password given to a key derivation',
      code: `import crypto from 'node:crypto';\ncrypto.scryptSync('your-passphrase-here', 'salt', 32);`,
    },
    {
      name: 'ignores punctuated words that are not given where a secret goes',
      code: `const banner = '${wordsAndMarks}';\nconst label = '${wordsAndDigits}';`,
    },
    {
      name: 'ignores openssl passwords taken from the environment, a file descriptor or the terminal',
      code: `import { execSync } from 'node:child_process';
execSync('openssl enc -aes-256-cbc -in a.txt -out a.enc -pass env:BACKUP_KEY');
execSync('openssl enc -d -aes-256-cbc -in a.enc -pass fd:3');
execSync('openssl enc -aes-256-cbc -in a.txt -out a.enc -pass pass:$BACKUP_KEY');
execSync('openssl enc -aes-256-cbc -in a.txt -out a.enc');`,
    },
    {
      name: 'ignores -k outside a cipher subcommand',
      code: `import { execSync } from 'node:child_process';\nexecSync('openssl s_client -connect example.com:443 -k ${opensslPassword}');`,
    },
  ],
  invalid: [
    {
      name: 'reports a passphrase with digits given to scryptSync',
      code: `import crypto from 'node:crypto';\nconst key = crypto.scryptSync('${wordsAndDigits}', 'salt', 32);`,
      errors: [
        {
          ...passphraseError(2),
          suggestions: [
            {
              messageId: 'readFromEnvironment',
              data: { envName: 'API_TOKEN' },
              output: `import crypto from 'node:crypto';\nconst key = crypto.scryptSync(process.env.API_TOKEN, 'salt', 32);`,
            },
          ],
        },
      ],
    },
    {
      name: 'reports a passphrase of words and marks given to pbkdf2 through a constant, in a class',
      code: `import crypto from 'node:crypto';
const BACKUP_PASSPHRASE = '${wordsAndMarks}';
export class BackupVault {
  constructor(salt) {
    this.salt = salt;
  }
  key() {
    return crypto.pbkdf2Sync(BACKUP_PASSPHRASE, this.salt, 100000, 32, 'sha256');
  }
  seal(data) {
    return crypto.createCipheriv('aes-256-gcm', this.key(), crypto.randomBytes(12)).update(data);
  }
}`,
      errors: [
        {
          ...passphraseError(2),
          suggestions: [{ messageId: 'readFromEnvironment', data: { envName: 'BACKUP_PASSPHRASE' }, output: `import crypto from 'node:crypto';
const BACKUP_PASSPHRASE = process.env.BACKUP_PASSPHRASE;
export class BackupVault {
  constructor(salt) {
    this.salt = salt;
  }
  key() {
    return crypto.pbkdf2Sync(BACKUP_PASSPHRASE, this.salt, 100000, 32, 'sha256');
  }
  seal(data) {
    return crypto.createCipheriv('aes-256-gcm', this.key(), crypto.randomBytes(12)).update(data);
  }
}` }],
        },
      ],
    },
    {
      name: 'reports an openssl -pass pass: password in a command run from a helper',
      code: `import { execSync } from 'node:child_process';
function encrypt(file) {
  return execSync(\`openssl enc -aes-256-cbc -salt -in \${file} -out \${file}.enc -pass pass:${opensslPassword}\`);
}
encrypt('backup.tar');`,
      errors: [passphraseError(3)],
    },
    {
      name: 'reports an openssl -k password in a command built over several statements',
      code: `import { spawnSync } from 'node:child_process';
const args = ['enc', '-d', '-aes-256-cbc', '-in', 'secrets.enc'];
args.push('-k', '${opensslPassword}');
spawnSync('openssl', args);`,
      errors: [passphraseError(3)],
    },
    {
      name: 'reports an openssl password in a class whose method requires child_process itself',
      code: `class Backup {
  constructor(dir) {
    this.dir = dir;
  }
  seal(file) {
    const { execFileSync } = require('child_process');
    return execFileSync('openssl', ['enc', '-aes-256-cbc', '-in', file, '-out', file + '.enc', '-pass', 'pass:${opensslPassword}']);
  }
}
module.exports = Backup;`,
      errors: [passphraseError(7)],
    },
    {
      name: 'reports a passphrase openssl takes with -passout',
      code: `import { exec } from 'node:child_process';\nexec('openssl genrsa -aes256 -passout pass:${wordsAndDigits} -out key.pem 4096');`,
      errors: [passphraseError(2)],
    },
  ],
});

// `require('x')` names a module, as an import does: its one string is not read for secrets.
const requireModule = `const config = require('./config');
const plugin = require('${ghp}');
module.exports = function load(name) {
  return require(name);
};`;

/** The error on line 2 of a GitHub token, with its suggestion to read it from the environment. */
const githubTokenError = (output: string) => ({
  messageId: 'hardcodedToken' as const,
  line: 2,
  suggestions: [{ messageId: 'readFromEnvironment' as const, data: { envName: 'GITHUB_TOKEN' }, output }],
});

ruleTester.run('no-hardcoded-token (module names)', rule, {
  valid: [{ name: 'ignores the module names of require calls in a loader module', code: requireModule }],
  invalid: [
    {
      name: 'reports the same string given to another call',
      code: requireModule.replace(`require('${ghp}')`, `loadPlugin('${ghp}')`),
      errors: [githubTokenError(requireModule.replace(`require('${ghp}')`, 'loadPlugin(process.env.GITHUB_TOKEN)'))],
    },
    {
      name: 'reports a string given to a local function named require with more than one argument',
      code: `function require(name, key) { return [name, key]; }\nrequire('plugin', '${ghp}');`,
      errors: [githubTokenError(`function require(name, key) { return [name, key]; }\nrequire('plugin', process.env.GITHUB_TOKEN);`)],
    },
  ],
});
