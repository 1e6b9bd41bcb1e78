import rule from '../../rules/no-plaintext-token-in-file.js';
import { describeSecret } from '../../src/secrets/mask.js';
import { ALPHABETS, brokenChecksumToken, createRandom, fakeKeywordValue, fakeToken, randomChars, randomUuid } from '../helpers/tokens.js';
import { createLanguageRuleTester } from '../language-rule-tester.js';

// Tokens are generated at run time; test names never carry a value.
const ghp = fakeToken('github-classic-pat');
const npm = fakeToken('npm-access-token');
const pypi = fakeToken('pypi-upload-token');
const slack = fakeToken('slack-bot-token');
const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
const tester = createLanguageRuleTester('key-value');
const rule_ = rule as never;

/** 1-based column of `value` in `line`. */
function columnOf(line: string, value: string): number {
  const index = line.indexOf(value);
  if (index < 0) throw new Error('value not in line');
  return index + 1;
}

/** An error at `value` on line `line` (whose text is `text`). */
function at(line: number, text: string, value: string, extra: Record<string, unknown> = {}) {
  const column = columnOf(text, value);
  return { messageId: 'plaintextTokenInFile', line, column, endLine: line, endColumn: column + value.length, ...extra };
}

const noSuggestions = { suggestions: [] };

tester.run('no-plaintext-token-in-file', rule_, {
  valid: [
    // dotenv
    { name: 'ignores ordinary settings in .env', filename: '.env', code: 'NODE_ENV=production\nPORT=8080\nAPI_URL=https://api.example.com/v1\n' },
    { name: 'ignores a random value under an ordinary key', filename: '.env', code: `CACHE_KEY=${generic}\n` },
    { name: 'ignores empty and placeholder values', filename: '.env', code: 'API_TOKEN=\nCLIENT_SECRET=changeme\nPASSWORD=<your-password>\nGITHUB_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx\n' },
    { name: 'ignores references to other variables', filename: '.env.production', code: 'API_TOKEN=${VAULT_API_TOKEN}\nSECRET=$OTHER_SECRET\n' },
    { name: 'ignores a token in a comment line', filename: '.env', code: `# see the vault for the value\n# API_TOKEN=\nPORT=1\n` },
    { name: 'ignores a template full of placeholders', filename: '.env.example', code: 'API_TOKEN=your-api-token-here\nDB_PASSWORD=password\nSTRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\n' },
    { name: 'ignores a .env.sample of placeholders', filename: '.env.sample', code: 'OWN_API_TOKEN=<token from the vault>\nNPM_TOKEN=\n' },
    { name: 'ignores a .env.template of placeholders', filename: 'config/.env.template', code: 'export OWN_API_TOKEN="replace-me"\nSECRET_KEY=${SECRET_KEY}\n' },
    { name: 'ignores a look-alike with a broken checksum', filename: '.env', code: `DESCRIPTION=${brokenChecksumToken('github-classic-pat')}\n` },
    { name: 'ignores URLs and UUIDs under token-ish keys', filename: '.env', code: 'TOKEN_URL=https://login.example.com/oauth2/token\nAPI_KEY_ID=3f1c2b7e-9a4d-4c1e-8f2a-6b5d4c3e2a10\n' },
    // npmrc
    { name: 'ignores an npmrc auth token taken from the environment', filename: '.npmrc', code: 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true\n' },
    // ini
    { name: 'ignores a pypirc without passwords', filename: '.pypirc', code: '[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\n' },
    // properties
    { name: 'ignores ordinary properties', filename: 'application.properties', code: 'server.port=8080\nspring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=${DB_PASSWORD}\n' },
    // netrc
    { name: 'ignores a netrc login without a password', filename: '.netrc', code: 'machine api.example.com login deploy\n' },
    // text
    { name: 'ignores prose in a token-named text file', filename: 'token-rotation.txt', code: 'Rotate the token every 90 days.\nAsk the platform team for access.\n' },
    { name: 'ignores a random line in a text file whose name is not token-ish', filename: 'changelog.txt', code: `${generic}\n` },
    // options
    { name: 'honours allowedValues', filename: '.env', code: `API_TOKEN=${generic}\n`, options: [{ allowedValues: [generic] }] },
    { name: 'honours allowedPatterns', filename: '.env', code: `API_TOKEN=${generic}\n`, options: [{ allowedPatterns: ['^AINpv'] }] },
    { name: 'honours a disable comment in the file\'s own syntax', filename: '.env', code: `# eslint-disable-next-line rule-to-test/no-plaintext-token-in-file -- fake token for tests\nAPI_TOKEN=${generic}\n` },
  ],
  invalid: [
    {
      name: 'reports a generic secret under a token key in .env, at the value',
      filename: '.env',
      code: `API_URL=https://api.example.com\nOWN_API_TOKEN=${generic}\n`,
      errors: [at(2, `OWN_API_TOKEN=${generic}`, generic, noSuggestions)],
    },
    {
      name: 'names the file and the key in the message, the value masked',
      filename: 'deploy/.env',
      code: `OWN_API_TOKEN=${generic}\n`,
      errors: [at(1, `OWN_API_TOKEN=${generic}`, generic, { data: { secret: describeSecret('high-entropy secret', generic), file: '.env', key: ' under OWN_API_TOKEN' } })],
    },
    {
      name: 'does not quote a key that holds part of a token',
      filename: '.pypirc',
      code: `[bot]\n${fakeToken('telegram-bot-token')}\n`,
      errors: [{ messageId: 'plaintextTokenInFile', line: 2, data: { secret: describeSecret('Telegram bot token', fakeToken('telegram-bot-token')), file: '.pypirc', key: '' } }],
    },
    {
      name: 'reports a provider token under any key',
      filename: '.env.local',
      code: `SETTING=${ghp}\n`,
      errors: [at(1, `SETTING=${ghp}`, ghp, noSuggestions)],
    },
    {
      name: 'reads export, quotes and inline comments',
      filename: '.env',
      code: `export API_TOKEN="${generic}" # from the vendor console\nSLACK='${slack}'\n`,
      errors: [at(1, `export API_TOKEN="${generic}" # from the vendor console`, generic), at(2, `SLACK='${slack}'`, slack)],
    },
    {
      name: 'reports in a CRLF file with a BOM at the right line and column',
      filename: '.env',
      code: `\uFEFFPORT=1\r\nAPI_TOKEN=${generic}\r\n`,
      errors: [at(2, `API_TOKEN=${generic}`, generic)],
    },
    {
      name: 'reports a token inside a multi-line double-quoted value at its own line',
      filename: '.env',
      code: `CONFIG="first line\n  token ${ghp}\nlast"\n`,
      errors: [at(2, `  token ${ghp}`, ghp)],
    },
    {
      name: 'reports a multi-line value with escapes as a whole',
      filename: '.env',
      code: `CONFIG="first\\tline\n  token ${ghp}\nlast"\n`,
      errors: [{ messageId: 'plaintextTokenInFile', line: 1, column: 8, endLine: 3, endColumn: 6 }],
    },
    {
      name: 'offers an empty value in a template file that holds a real-looking token',
      filename: '.env.example',
      code: `API_TOKEN=${generic}\n`,
      errors: [
        at(1, `API_TOKEN=${generic}`, generic, {
          suggestions: [{ messageId: 'useExamplePlaceholder', output: 'API_TOKEN=\n' }],
        }),
      ],
    },
    {
      name: 'reports a real-looking token in a .env.sample and a .env.template',
      filename: '.env.sample',
      code: `OWN_API_TOKEN=${ghp}\n`,
      errors: [at(1, `OWN_API_TOKEN=${ghp}`, ghp, { suggestions: [{ messageId: 'useExamplePlaceholder', output: 'OWN_API_TOKEN=\n' }] })],
    },
    {
      name: 'offers to empty a quoted value in a template, quotes included',
      filename: '.env.template',
      code: `export OWN_API_TOKEN="${generic}"\n`,
      errors: [at(1, `export OWN_API_TOKEN="${generic}"`, generic, { suggestions: [{ messageId: 'useExamplePlaceholder', output: 'export OWN_API_TOKEN=\n' }] })],
    },
    {
      name: 'reports an npm token in .npmrc under a key containing a colon',
      filename: '.npmrc',
      code: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npm}\n`,
      errors: [at(2, `//registry.npmjs.org/:_authToken=${npm}`, npm)],
    },
    {
      name: 'reports a generic npm _auth value',
      filename: '.npmrc',
      code: `_auth=${generic}\n`,
      errors: [at(1, `_auth=${generic}`, generic)],
    },
    {
      name: 'reports a PyPI token in .pypirc, in its section',
      filename: '.pypirc',
      code: `[pypi]\nusername = __token__\npassword = ${pypi}\n`,
      errors: [at(3, `password = ${pypi}`, pypi)],
    },
    {
      name: 'reports a password in a properties file',
      filename: 'src/main/resources/application.properties',
      code: `server.port=8080\nspring.datasource.password=${generic}\n`,
      errors: [at(2, `spring.datasource.password=${generic}`, generic)],
    },
    {
      name: 'reports a properties value with a colon separator and a continuation',
      filename: 'app.properties',
      code: `api.key: ${generic}\nnote = first \\\n  second\n`,
      errors: [at(1, `api.key: ${generic}`, generic)],
    },
    {
      name: 'reports a netrc password',
      filename: '.netrc',
      code: `machine api.example.com\n  login deploy\n  password ${generic}\n`,
      errors: [at(3, `  password ${generic}`, generic)],
    },
    {
      name: 'reports a token alone in a token text file',
      filename: 'secrets/api-token.txt',
      code: `${generic}\n`,
      errors: [at(1, generic, generic)],
    },
    {
      name: 'reports a provider token in any text file the config reads',
      filename: 'credentials-backup.txt',
      code: `github: ${ghp}\n`,
      errors: [at(1, `github: ${ghp}`, ghp)],
    },
    {
      name: 'takes the dialect from languageOptions',
      filename: 'deploy.conf',
      languageOptions: { dialect: 'dotenv' },
      code: `API_TOKEN=${generic}\n`,
      errors: [at(1, `API_TOKEN=${generic}`, generic)],
    },
    {
      name: 'honours tokenNames',
      filename: '.env',
      code: `LICENSE_TICKET=${generic}\n`,
      options: [{ tokenNames: ['ticket'] }],
      errors: [at(1, `LICENSE_TICKET=${generic}`, generic)],
    },
    {
      name: 'honours additionalPatterns under any key',
      filename: '.env',
      code: 'SYNC=own_q7Vd2LxR9tKpZ4mWc8NfYh3JsB6gTe1A\n',
      options: [{ additionalPatterns: [{ name: 'Own API token', pattern: 'own_[A-Za-z0-9]{32}' }] }],
      errors: [{ messageId: 'plaintextTokenInFile', line: 1, column: 6 }],
    },
  ],
});

// Keys with numbers and provider names, UUID keys, provider shapes, and secrets inside values.
const botToken = randomChars(createRandom(101), ALPHABETS.base62, 40);
const accessToken = randomChars(createRandom(102), ALPHABETS.base62, 40);
const cloudflareKey = randomChars(createRandom(103), ALPHABETS.base64url, 40);
const sendgridKey = randomChars(createRandom(104), ALPHABETS.base62, 40);
const passphrase = 'Xq7' + randomChars(createRandom(105), ALPHABETS.base62, 8) + '=?^' + randomChars(createRandom(106), ALPHABETS.base62, 6) + '*!';
const uuid = randomUuid(createRandom(107));
const sidekiq = fakeKeywordValue('sidekiq-credentials');
const okta = fakeKeywordValue('okta-api-token');

const dotenv = `# integrations\nbot_token1=${botToken}\nACCESS_TOKEN_2=${accessToken}\ncloudflare=${cloudflareKey}\n`;
const herokuLine = `HEROKU_API_KEY=${uuid}`;
const bundlerLine = `BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${sidekiq}`;
const oktaLine = `okta=${okta}`;
const connectionLine = `ORDERS_DB=Server=db.internal;Database=orders;User Id=orders;Password=${passphrase};`;

tester.run('no-plaintext-token-in-file (keys and embedded secrets)', rule_, {
  valid: [
    { name: 'ignores a UUID under an id key', filename: '.env', code: `REQUEST_ID=${uuid}\nHEROKU_APP_ID=${uuid}\n` },
    { name: 'ignores a browser-exposed public key', filename: '.env', code: `NEXT_PUBLIC_API_KEY=${botToken}\n` },
    { name: 'ignores a provider key about an account, not a credential', filename: '.env', code: `cloudflare_zone=${cloudflareKey}\nOKTA_DOMAIN=dev-1234567.okta.com\n` },
    { name: 'ignores a connection string without a password', filename: '.env', code: 'ORDERS_DB=Server=db.internal;Database=orders;Integrated Security=true;\n' },
    { name: 'ignores bundler credentials taken from the environment', filename: '.env', code: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}\n' },
    { name: 'ignores the Firebase web API key of a front end', filename: '.env.production', code: `NEXT_PUBLIC_FIREBASE_API_KEY=${fakeToken('google-api-key')}\nNEXT_PUBLIC_FIREBASE_AUTH_DOMAIN=acme-app.firebaseapp.com\n` },
  ],
  invalid: [
    {
      name: 'reports keys with numbers and a key that is a provider name',
      filename: '.env',
      code: dotenv,
      errors: [
        at(2, `bot_token1=${botToken}`, botToken),
        at(3, `ACCESS_TOKEN_2=${accessToken}`, accessToken),
        at(4, `cloudflare=${cloudflareKey}`, cloudflareKey),
      ],
    },
    {
      name: 'reports a provider name as a properties key with a colon',
      filename: 'integrations.properties',
      code: `sendgrid: ${sendgridKey}\n`,
      errors: [at(1, `sendgrid: ${sendgridKey}`, sendgridKey)],
    },
    {
      name: 'reports a UUID under a provider key and names the provider',
      filename: '.env',
      code: `${herokuLine}\n`,
      errors: [at(1, herokuLine, uuid, { data: { secret: describeSecret('Heroku API key', uuid), file: '.env', key: ' under HEROKU_API_KEY' } })],
    },
    {
      name: 'reports an Okta token under the bare provider key',
      filename: '.env',
      code: `${oktaLine}\n`,
      errors: [at(1, oktaLine, okta, { data: { secret: describeSecret('Okta API token', okta), file: '.env', key: ' under okta' } })],
    },
    {
      name: 'reports Sidekiq Enterprise credentials in a bundler variable',
      filename: '.env',
      code: `${bundlerLine}\n`,
      errors: [at(1, bundlerLine, sidekiq)],
    },
    {
      name: 'reports the password inside a connection string value',
      filename: '.env',
      code: `${connectionLine}\n`,
      errors: [at(1, connectionLine, passphrase)],
    },
    {
      name: 'reads the lines dotenv cannot parse the way code reads them',
      filename: '.env',
      code: `slackToken := "${botToken}"\n"apiToken" => "${accessToken}"\nvar deployToken string = "${sendgridKey}"\n`,
      errors: [
        at(1, `slackToken := "${botToken}"`, botToken),
        at(2, `"apiToken" => "${accessToken}"`, accessToken),
        at(3, `var deployToken string = "${sendgridKey}"`, sendgridKey),
      ],
    },
    {
      name: 'reports a UUID npm token in .npmrc',
      filename: '.npmrc',
      code: `//registry.npmjs.org/:_authToken=${uuid}\n`,
      errors: [at(1, `//registry.npmjs.org/:_authToken=${uuid}`, uuid)],
    },
    {
      name: 'reports base64 user:password in an .npmrc _auth line',
      filename: '.npmrc',
      code: `//npm.pkg.github.com/:_auth=${btoa(`ci-bot:${passphrase}`)}\n`,
      errors: [at(1, `//npm.pkg.github.com/:_auth=${btoa(`ci-bot:${passphrase}`)}`, btoa(`ci-bot:${passphrase}`))],
    },
  ],
});
