import rule from '../../../rules/no-hardcoded-token.js';
import { describeSecret } from '../../../src/secrets/mask.js';
import { ALPHABETS, brokenChecksumToken, createRandom, fakeKeywordValue, fakeToken, randomChars, randomUuid } from '../../helpers/tokens.js';
import { createLanguageRuleTester } from '../../language-rule-tester.js';

// no-hardcoded-token on JSON, JSONC and JSON5 files (@eslint/json, under the plugin's namespace).
// Tokens are generated at run time; test names never carry a value.
const ghp = fakeToken('github-classic-pat');
const stripe = fakeToken('stripe-live-secret-key');
const slack = fakeToken('slack-bot-token');
const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
const rule_ = rule as never;

/** 1-based column of the first character of `value` inside `line`. */
function columnOf(line: string, value: string): number {
  const index = line.indexOf(value);
  if (index < 0) throw new Error('value not in line');
  return index + 1;
}

const error = (line: number, text: string, value: string) => ({
  messageId: 'hardcodedTokenInJson',
  line,
  column: columnOf(text, value),
  endLine: line,
  endColumn: columnOf(text, value) + value.length,
});

const nested = `  "github": { "token": "${ghp}" }`;
const arrayLine = `  "apiKeys": ["${generic}"]`;

createLanguageRuleTester('jsonc', { allowTrailingCommas: true }).run('no-hardcoded-token (JSONC)', rule_, {
  valid: [
    { name: 'ignores ordinary config', code: '{ "name": "app", "version": "1.2.3", "port": 8080, "debug": false }' },
    { name: 'ignores a random value under an ordinary key', code: `{ "cacheKey": "${generic}" }` },
    { name: 'ignores a random value in an array under an ordinary key', code: `{ "ids": ["${generic}"] }` },
    { name: 'ignores a placeholder under a token key', code: '{ "apiKey": "your-api-key-here", "clientSecret": "<client-secret>" }' },
    { name: 'ignores an environment reference under a token key', code: '{ "token": "${GITHUB_TOKEN}", "password": "$DB_PASSWORD" }' },
    { name: 'ignores integrity hashes', code: '{ "integrity": "sha512-7SFqpS6hoNSZgjxMiGqEN4k8DkUqTjK4TQrP8YcQ5kZsM1QkVHcj2kOv0Y8Bv1jz6PmqqXkqfUxGrEqP3l7dHw==" }' },
    { name: 'ignores a look-alike with a broken checksum', code: `{ "description": "${brokenChecksumToken('github-classic-pat')}" }` },
    { name: 'ignores short values under token keys', code: '{ "token": "abc", "secret": "" }' },
    { name: 'ignores URLs and UUID ids under token-ish keys', code: '{ "tokenUrl": "https://auth.example.com/oauth/token", "apiKeyId": "3f1c2b7e-9a4d-4c1e-8f2a-6b5d4c3e2a10", "requestId": "9c4e1b7a-3f6d-4a2e-8b5c-d7e0f1a29384" }' },
    { name: 'ignores the OpenAPI example UUID under a key name', code: '{ "apiKey": "3fa85f64-5717-4562-b3fc-2c963f66afa6" }' },
    { name: 'ignores numbers and booleans', code: '{ "token": 1234567890123456789, "secret": true, "password": null }' },
    { name: 'ignores a token word as a key with an ordinary value', code: '{ "tokenType": "Bearer", "authority": "https://login.microsoftonline.com/common" }' },
    { name: 'reads JSONC comments without reporting them', code: '// settings\n{ /* none */ "editor.tabSize": 2, }' },
  ],
  invalid: [
    {
      name: 'reports a provider token under an ordinary key, at the value',
      code: `{\n${nested}\n}`,
      errors: [error(2, nested, ghp)],
    },
    {
      name: 'reports a provider token anywhere, even under a non-token key',
      code: `{ "description": "${stripe}" }`,
      errors: [error(1, `{ "description": "${stripe}" }`, stripe)],
    },
    {
      name: 'reports a generic secret under a token-ish key',
      code: `{ "clientSecret": "${generic}" }`,
      errors: [error(1, `{ "clientSecret": "${generic}" }`, generic)],
    },
    {
      name: 'reports a generic secret in an array under a token-ish key',
      code: `{\n${arrayLine}\n}`,
      errors: [error(2, arrayLine, generic)],
    },
    {
      name: 'reports a Bearer value under an Authorization header',
      code: `{ "headers": { "Authorization": "Bearer ${generic}" } }`,
      errors: [error(1, `{ "headers": { "Authorization": "Bearer ${generic}" } }`, generic)],
    },
    {
      name: 'reports a token used as a member name',
      code: `{ "${slack}": true }`,
      errors: [error(1, `{ "${slack}": true }`, slack)],
    },
    {
      name: 'reports a VS Code settings file with comments and trailing commas',
      code: `{\n  // GitHub access for the extension\n  "github.token": "${ghp}",\n}`,
      filename: '.vscode/settings.json',
      errors: [error(3, `  "github.token": "${ghp}",`, ghp)],
    },
    {
      name: 'reports on the whole string when it is written with escapes',
      code: `{ "token": "\\u0067${ghp.slice(1)}" }`,
      errors: [{ messageId: 'hardcodedTokenInJson', line: 1, column: 12, endColumn: 12 + ghp.length + 7 }],
    },
    {
      name: 'reports at the right line in a CRLF file',
      code: `{\r\n  "name": "svc",\r\n  "apiToken": "${generic}"\r\n}`,
      errors: [error(3, `  "apiToken": "${generic}"`, generic)],
    },
    {
      name: 'reports every token of a file, in order',
      code: `{ "a": "${ghp}", "b": { "password": "${generic}" } }`,
      errors: [
        error(1, `{ "a": "${ghp}", "b": { "password": "${generic}" } }`, ghp),
        error(1, `{ "a": "${ghp}", "b": { "password": "${generic}" } }`, generic),
      ],
    },
    {
      name: 'honours allowedValues',
      code: `{ "token": "${ghp}", "secret": "${generic}" }`,
      options: [{ allowedValues: [ghp] }],
      errors: [error(1, `{ "token": "${ghp}", "secret": "${generic}" }`, generic)],
    },
    {
      name: 'honours tokenNames',
      code: `{ "licenseKey": "${generic}" }`,
      options: [{ tokenNames: ['licenseKey'] }],
      errors: [error(1, `{ "licenseKey": "${generic}" }`, generic)],
    },
  ],
});

createLanguageRuleTester('json').run('no-hardcoded-token (JSON)', rule_, {
  valid: [{ name: 'ignores plain data', code: '[1, 2, "three", { "four": null }]' }],
  invalid: [
    {
      name: 'reports an appsettings.json API key nested in sections',
      code: `{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "OwnApi": { "BaseUrl": "https://api.own.example", "ApiKey": "${generic}" }\n}`,
      filename: 'appsettings.json',
      errors: [error(3, `  "OwnApi": { "BaseUrl": "https://api.own.example", "ApiKey": "${generic}" }`, generic)],
    },
    {
      name: 'reports a credentials.json client secret',
      code: `{ "installed": { "client_id": "12345.apps.example.com", "client_secret": "${generic}" } }`,
      filename: 'credentials.json',
      errors: [error(1, `{ "installed": { "client_id": "12345.apps.example.com", "client_secret": "${generic}" } }`, generic)],
    },
  ],
});

createLanguageRuleTester('json5').run('no-hardcoded-token (JSON5)', rule_, {
  valid: [{ name: 'ignores unquoted keys with ordinary values', code: "{ name: 'app', retries: 3 }" }],
  invalid: [
    {
      name: 'reads single-quoted strings under unquoted keys',
      code: `{ apiKey: '${generic}' }`,
      errors: [error(1, `{ apiKey: '${generic}' }`, generic)],
    },
  ],
});

// Package manifests, and secrets inside the strings of JSON files.
const passphrase = 'Xq7' + randomChars(createRandom(91), ALPHABETS.base62, 8) + '=?^' + randomChars(createRandom(92), ALPHABETS.base62, 6) + '*!';
const uuid = randomUuid(createRandom(93));
const okta = fakeKeywordValue('okta-api-token');

const dependencies = `{
  "name": "@acme/orders",
  "dependencies": {
    "auth-token": "github:acme/auth-token#semver:^2.1.0",
    "secret-sauce": "github:acme/secret-sauce#v1.2.3",
    "api-token": "file:vendor/api-token-2.3.1.tgz",
    "secret-store": "npm:@acme/secret-store@^3.2.1"
  },
  "devDependencies": { "client-secret-mock": "git+https://github.com/acme/client-secret-mock.git#9f8e7d6" },
  "overrides": { "token-cache": { "secret-parser": "github:acme/secret-parser#v2.0.1" } }
}`;
const connectionLine = `    "Orders": "Server=db.internal;Database=orders;User Id=orders;Password=${passphrase};"`;
const scriptLine = `    "notify": "curl -u ci-bot:${passphrase} https://ci.example.com/api/notify"`;
const herokuLine = `  "herokuApiKey": "${uuid}",`;
const oktaLine = `  "oktaApiToken": "${okta}"`;

createLanguageRuleTester('json').run('no-hardcoded-token (package manifests and embedded secrets)', rule_, {
  valid: [
    { name: 'ignores token-named packages whose versions are git, github, file and npm specifiers', code: dependencies, filename: 'package.json' },
    { name: 'ignores a UUID under an id key', code: `{ "requestId": "${uuid}", "tenantId": "${uuid}" }` },
    { name: 'ignores a Mapbox public token', code: `{ "mapboxToken": "pk.eyJ1IjoiYWNtZSIsImEiOiJjbGFiYyJ9.${randomChars(createRandom(94), ALPHABETS.base64url, 22)}" }` },
    { name: 'ignores a connection string without a password', code: '{ "ConnectionStrings": { "Orders": "Server=db.internal;Database=orders;Integrated Security=true;" } }' },
  ],
  invalid: [
    {
      name: 'still reports a token pasted into a dependency specifier',
      code: `{ "dependencies": { "internal-lib": "git+https://ci:${fakeToken('github-classic-pat')}@github.com/acme/internal-lib.git" } }`,
      filename: 'package.json',
      errors: [error(1, `{ "dependencies": { "internal-lib": "git+https://ci:${fakeToken('github-classic-pat')}@github.com/acme/internal-lib.git" } }`, fakeToken('github-classic-pat'))],
    },
    {
      name: 'reports the password of a connection string in appsettings.json',
      code: `{\n  "ConnectionStrings": {\n${connectionLine}\n  }\n}`,
      filename: 'appsettings.json',
      errors: [error(3, connectionLine, passphrase)],
    },
    {
      name: 'reports the credentials of a curl command in package.json scripts',
      code: `{\n  "scripts": {\n${scriptLine}\n  }\n}`,
      filename: 'package.json',
      errors: [error(3, scriptLine, `ci-bot:${passphrase}`)],
    },
    {
      name: 'reports a UUID under a provider key and names the provider',
      code: `{\n${herokuLine}\n  "region": "eu"\n}`,
      errors: [{ ...error(2, herokuLine, uuid), data: { secret: describeSecret('Heroku API key', uuid) } }],
    },
    {
      name: 'reports an Okta API token under a key naming Okta',
      code: `{\n${oktaLine}\n}`,
      errors: [{ ...error(2, oktaLine, okta), data: { secret: describeSecret('Okta API token', okta) } }],
    },
  ],
});
