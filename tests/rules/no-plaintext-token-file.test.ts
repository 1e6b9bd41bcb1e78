import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../rules/no-plaintext-token-file.js';
import rule from '../../rules/no-plaintext-token-file.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

interface Case {
  readonly name: string;
  readonly code: string;
  /** The reported source text (the path expression); its n-th occurrence when `occurrence` is set. */
  readonly at: string | readonly string[];
  /** Look for `at` only after this text. */
  readonly after?: string;
  readonly file?: string;
  readonly description?: string;
  readonly options?: Options;
  readonly filename?: string;
  /** For a file judged by the credential key the code takes from it. */
  readonly key?: string;
}

/** Line, column and end column of the `occurrence`-th `text` in `code` (1-based, as ESLint reports). */
function positionOf(code: string, text: string, from = 0): { line: number; column: number; endColumn: number; end: number } {
  const start = code.indexOf(text, from);
  if (start === -1) throw new Error(`"${text}" is not in the test code`);
  const before = code.slice(0, start).split('\n');
  const column = (before.at(-1)?.length ?? 0) + 1;
  if (text.includes('\n')) throw new Error('a reported range must sit on one line in these tests');
  return { line: before.length, column, endColumn: column + text.length, end: start + text.length };
}

function invalid(test: Case): InvalidTestCase<MessageIds, Options> {
  const targets = typeof test.at === 'string' ? [test.at] : test.at;
  let from = test.after === undefined ? 0 : test.code.indexOf(test.after) + test.after.length;
  const errors = targets.map((target) => {
    const { line, column, endColumn, end } = positionOf(test.code, target, from);
    from = end;
    if (test.key !== undefined) {
      const data = test.file === undefined ? undefined : { key: test.key, file: test.file };
      return { messageId: 'credentialKeyInFile' as const, line, column, endColumn, ...(data ? { data } : {}) };
    }
    const data = test.file === undefined ? undefined : { file: test.file, description: test.description ?? 'a plaintext token file' };
    return { messageId: 'plaintextTokenFile' as const, line, column, endColumn, ...(data ? { data } : {}) };
  });
  return {
    name: test.name,
    code: test.code,
    errors,
    ...(test.options ? { options: test.options } : {}),
    ...(test.filename ? { filename: test.filename } : {}),
  };
}

ruleTester.run('no-plaintext-token-file', rule, {
  valid: [
    // Ordinary files whose names only look related.
    { name: 'ignores an ordinary JSON config', code: "import fs from 'node:fs';\nconst config = JSON.parse(fs.readFileSync('config.json', 'utf8'));" },
    { name: 'ignores a README', code: "import { readFile } from 'node:fs/promises';\nconst readme = await readFile('README.md', 'utf8');" },
    { name: 'ignores a data file', code: "import fs from 'fs';\nimport path from 'path';\nconst rows = fs.readFileSync(path.join(__dirname, 'data.csv'), 'utf8');" },
    { name: 'ignores a tokenizer vocabulary', code: "import fs from 'fs';\nconst vocab = JSON.parse(fs.readFileSync('./models/tokenizer.json', 'utf8'));" },
    { name: 'ignores a style sheet of design tokens', code: "import fs from 'fs';\nconst css = fs.readFileSync('src/styles/tokens.css', 'utf8');" },
    { name: 'ignores design tokens imported as JSON', code: "import designTokens from './design-tokens.json' with { type: 'json' };" },
    { name: 'ignores a token list', code: "const tokenList = require('./token-list.json');" },
    { name: 'ignores package.json', code: "const { version } = require('../package.json');" },
    // Public material.
    { name: 'ignores an SSH public key', code: "import fs from 'fs';\nimport os from 'os';\nimport path from 'path';\nconst publicKey = fs.readFileSync(path.join(os.homedir(), '.ssh', 'id_rsa.pub'), 'utf8');" },
    { name: 'ignores a certificate in PEM', code: "import fs from 'fs';\nconst ca = fs.readFileSync('certs/cert.pem');" },
    { name: 'ignores a CA bundle', code: "import fs from 'fs';\nconst ca = fs.readFileSync('/etc/ssl/certs/ca.crt');" },
    { name: 'ignores a public key in PEM', code: "import fs from 'fs';\nconst key = fs.readFileSync('keys/public-key.pem');" },
    // Encrypted forms.
    { name: 'ignores a gpg-encrypted token', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('api-token.txt.gpg');" },
    { name: 'ignores an .enc secrets file', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('secrets.enc.json');" },
    { name: 'ignores a pgp-encrypted token', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('token.pgp');" },
    { name: 'ignores an age-encrypted credentials file', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('credentials.json.age');" },
    { name: 'ignores an armored token', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('token.asc');" },
    { name: 'ignores a sops file', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('secrets.sops.yaml', 'utf8');" },
    { name: 'ignores an ansible vault file', code: "import fs from 'fs';\nconst sealed = fs.readFileSync('secrets.vault');" },
    { name: 'ignores a KeePass database', code: "import fs from 'fs';\nconst database = fs.readFileSync('credentials.kdbx');" },
    { name: 'ignores a p12 client certificate', code: "import fs from 'fs';\nconst pfx = fs.readFileSync('client-credentials.p12');" },
    { name: 'ignores a pfx client certificate', code: "import fs from 'fs';\nconst pfx = fs.readFileSync('vault-auth.pfx');" },
    { name: 'ignores an encrypted token required as JSON', code: "const sealed = require('./secrets.enc.json');" },
    // Module specifiers that resolve to code or packages.
    { name: 'ignores a module named token without an extension', code: "const token = require('./token');" },
    { name: 'ignores an import of a secrets module', code: "import { loadSecrets } from './secrets';" },
    { name: 'ignores a token module in TypeScript', code: "import { readToken } from './token.ts';" },
    { name: 'ignores a package named like a secret', code: "import secrets from 'secrets';\nconst credentials = require('credentials');" },
    { name: 'ignores a type-only import', code: "import type Credentials from './credentials.json';" },
    { name: 'ignores a dynamic import of a code module', code: "const { token } = await import('./auth');" },
    // Not the global require, not fs.
    { name: 'ignores a shadowed require', code: "function load(require) {\n  return require('./secrets.json');\n}" },
    { name: 'ignores a local readFileSync', code: "function readFileSync(name) { return cache.get(name); }\nreadFileSync('api-token.txt');" },
    { name: 'ignores readFileSync of a module that is not fs', code: "import { readFileSync } from './virtual-fs';\nreadFileSync('api-token.txt');" },
    { name: 'ignores a local Bun', code: "function load(Bun) {\n  return Bun.file('token.txt').text();\n}" },
    // Paths the code does not know, and writes.
    { name: 'ignores a path from the environment', code: "import fs from 'fs';\nconst token = fs.readFileSync(process.env.OWN_TOKEN_FILE, 'utf8');" },
    { name: 'ignores a path from a parameter', code: "import fs from 'fs';\nexport function load(file) { return fs.readFileSync(file, 'utf8'); }" },
    { name: 'ignores a file name chosen at run time', code: "import fs from 'fs';\nconst data = fs.readFileSync(`${dir}/${name}`, 'utf8');" },
    { name: 'ignores a conditional between ordinary files', code: "import fs from 'fs';\nconst config = fs.readFileSync(production ? 'config.json' : 'config.dev.json', 'utf8');" },
    { name: 'ignores an environment path whose fallback is ordinary', code: "import fs from 'fs';\nconst config = fs.readFileSync(process.env.CONFIG_FILE || 'settings.json', 'utf8');" },
    { name: 'ignores a write to a token file', code: "import fs from 'fs';\nfs.writeFileSync('api-token.txt', token);" },
    { name: 'ignores a Bun.file handle that is only written', code: "await Bun.write(Bun.file('token.txt'), token);" },
    { name: 'ignores existsSync on a token file', code: "import fs from 'fs';\nif (fs.existsSync('token.txt')) warn();" },
    // dotenv files are the deployment's environment, not named token files.
    { name: 'ignores dotenv without a path', code: "import dotenv from 'dotenv';\ndotenv.config();" },
    { name: 'ignores dotenv with a per-mode file', code: "import dotenv from 'dotenv';\ndotenv.config({ path: '.env.production' });" },
    { name: 'ignores dotenv/config', code: "import 'dotenv/config';" },
    { name: 'ignores an encrypted dotenv file', code: "import { config } from '@dotenvx/dotenvx';\nconfig({ path: 'secrets.env.enc' });" },
    // G2: the content goes straight into a decryption.
    {
      name: 'ignores a token file decrypted as it is read',
      code: "import fs from 'fs';\nimport crypto from 'crypto';\nconst decipher = crypto.createDecipheriv('aes-256-gcm', key, iv);\nconst token = decipher.update(fs.readFileSync('token.txt', 'utf8'), 'base64', 'utf8');",
    },
    {
      name: 'ignores a secrets file whose constant only feeds a decryption',
      code: "import { readFile } from 'fs/promises';\nconst sealed = await readFile('secrets.json');\nconst secrets = JSON.parse(await decryptConfig(sealed, process.env.CONFIG_KEY));",
    },
    {
      name: 'ignores a required file passed to a decryption',
      code: "const token = sops.decrypt(require('./secrets.json'));",
    },
    {
      name: 'ignores a private key that decrypts (the key rule covers it)',
      code: "import fs from 'fs';\nimport crypto from 'crypto';\nconst plain = crypto.privateDecrypt(fs.readFileSync('private.pem'), payload);",
    },
    // G1: a client certificate and its key authenticate the application.
    {
      name: 'ignores a client key and certificate of an https agent',
      code: "import fs from 'fs';\nimport https from 'https';\nconst agent = new https.Agent({ key: fs.readFileSync('client.key'), cert: fs.readFileSync('client.crt') });",
    },
    {
      name: 'ignores a client key held in a constant and passed to tls.connect',
      code: "import { readFileSync } from 'node:fs';\nimport tls from 'node:tls';\nconst key = readFileSync('client-key.pem');\nconst socket = tls.connect({ host, port, key, cert });",
    },
    {
      name: 'ignores a certificate credential for Azure Key Vault',
      code: "import { readFileSync } from 'fs';\nimport { ClientCertificateCredential } from '@azure/identity';\nconst credential = new ClientCertificateCredential(tenantId, clientId, { certificate: readFileSync('vault-client-key.pem', 'utf8') });",
    },
    {
      name: 'ignores a key in the options constant of a certificate credential',
      code: "import { readFileSync } from 'fs';\nimport { ClientCertificateCredential } from '@azure/identity';\nconst options = { certificate: readFileSync('vault.key', 'utf8') };\nconst credential = new ClientCertificateCredential(tenantId, clientId, options);",
    },
    {
      name: 'ignores a key and certificate pair in nested client options',
      code: "import fs from 'fs';\nconst response = await got(url, { https: { key: fs.readFileSync('client.key'), certificate: fs.readFileSync('client.crt') } });",
    },
    {
      name: 'ignores a key under undici connect options',
      code: "import fs from 'fs';\nimport { Agent } from 'undici';\nconst dispatcher = new Agent({ connect: { key: fs.readFileSync('client.key') } });",
    },
    {
      name: 'ignores the vault client of the example app',
      code: "import { ClientCertificateCredential } from '@azure/identity';\nimport { SecretClient } from '@azure/keyvault-secrets';\nconst credential = new ClientCertificateCredential(process.env.AZURE_TENANT_ID, process.env.AZURE_CLIENT_ID, { certificatePath: process.env.AZURE_CLIENT_CERTIFICATE_PATH });\nconst secret = await new SecretClient(process.env.KEY_VAULT_URL, credential).getSecret('own-api-token');",
    },
    // Options.
    {
      name: 'allows files listed in allowedFiles by folder',
      code: "import fs from 'fs';\nconst token = fs.readFileSync('test/fixtures/api-token.txt', 'utf8');",
      options: [{ allowedFiles: ['fixtures/**'] }],
    },
    {
      name: 'allows files listed in allowedFiles by name',
      code: "const credentials = require('./credentials.json');",
      options: [{ allowedFiles: ['credentials.json'] }],
    },
    {
      name: 'treats encryptedExtensions as encrypted',
      code: "import fs from 'fs';\nconst sealed = fs.readFileSync('api-token.txt.sealed');",
      options: [{ encryptedExtensions: ['.sealed'] }],
    },
    // Secret folders: public material, media, encrypted files and names built at run time that a key folder does not decide.
    {
      name: 'ignores a path builder that reads a public certificate from keys/',
      code: "import fs from 'node:fs';\nimport path from 'node:path';\nconst KEYS_DIR = path.join(__dirname, 'keys');\nfunction certificatePath(name) {\n  return path.join(KEYS_DIR, `${name}.crt`);\n}\nconst serverCert = fs.readFileSync(certificatePath('server'));\nconst publicKey = fs.readFileSync(path.join(KEYS_DIR, 'public.pem'));",
    },
    { name: 'ignores a CA certificate in a secrets folder', code: "import fs from 'fs';\nconst ca = fs.readFileSync('secrets/ca.crt');\nconst chain = fs.readFileSync('./secrets/fullchain.pem');" },
    { name: 'ignores images in a private folder', code: "import fs from 'fs';\nimport path from 'path';\nconst logo = fs.readFileSync(path.join(__dirname, 'private', 'images', 'logo.png'));" },
    { name: 'ignores an encrypted file per stage in a secrets folder', code: "import fs from 'fs';\nconst sealed = fs.readFileSync(`secrets/${stage}.json.enc`);\nconst secrets = JSON.parse(await decryptSecrets(sealed, process.env.SECRETS_KEY));" },
    { name: 'ignores a sops file in a secrets folder', code: "import { readFile } from 'node:fs/promises';\nconst sealed = await readFile('./secrets/prod.sops.yaml', 'utf8');" },
    { name: 'ignores a file chosen at run time in a private folder', code: "import path from 'node:path';\nexport function download(req, res) {\n  res.sendFile(path.join(__dirname, 'private', req.params.file));\n  return fs.createReadStream(path.join(__dirname, 'private', req.params.file));\n}" },
    { name: 'ignores a code module in a secrets folder', code: "import { loadSecrets } from './secrets/index.js';\nconst secrets = require('./secrets/loader.js');" },
    {
      name: 'ignores secrets mounted by Docker and Kubernetes',
      code: "import { readFileSync } from 'node:fs';\n\nconst dbPassword = readFileSync('/run/secrets/db_password', 'utf8').trim();\nconst serviceAccountToken = readFileSync('/var/run/secrets/kubernetes.io/serviceaccount/token', 'utf8');\nconst stripe = JSON.parse(readFileSync(`/run/secrets/${name}.json`, 'utf8'));\nconst app = JSON.parse(readFileSync('/run/secrets/app.json', 'utf8'));\nconnect(app.password);",
    },
    // One file at a time: a path or a read in another module is not followed.
    { name: 'does not follow a read done by an imported helper', code: "import { readSecret } from './secret-store.js';\n\nconst token = readSecret('github');\nconst client = new Octokit({ auth: token });" },
    { name: 'does not follow a parsed config returned by an imported loader', code: "import { readConfig } from './config-loader.js';\n\nconst config = readConfig('production');\nclient.auth(config.apiKey);" },
    { name: 'ignores a loader module that takes no key', code: "import fs from 'node:fs';\nimport path from 'node:path';\n\nexport function readConfig(name) {\n  const file = path.join(process.cwd(), 'config', `${name}.json`);\n  return JSON.parse(fs.readFileSync(file, 'utf8'));\n}" },
    // Keys taken from a file that are not credentials.
    { name: 'ignores package.json read for its version', code: "import { readFileSync } from 'node:fs';\nconst pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));\nexport const version = pkg.version;" },
    { name: 'ignores tsconfig.json read for its compiler options', code: "const tsconfig = require('./tsconfig.json');\nconst { compilerOptions } = tsconfig;\nconst paths = compilerOptions.paths;" },
    {
      name: 'ignores a config read for its port, tokenizer and token limits',
      code: "import fs from 'node:fs';\nconst config = JSON.parse(fs.readFileSync('config.json', 'utf8'));\napp.listen(config.port);\nconst tokenizer = loadTokenizer(config.tokenizer);\nconst limit = config.maxTokens ?? config.max_tokens;\nconst { tokenUrl, tokenType, passwordField, privateKeyPath } = config;",
    },
    { name: 'ignores model settings that count tokens', code: "import { readFile } from 'node:fs/promises';\nconst settings = JSON.parse(await readFile('./model.json', 'utf8'));\nconst { temperature, maxTokens, inputTokens, stopTokens } = settings;" },
    { name: 'ignores paging tokens kept in a state file', code: "import fs from 'fs';\nconst state = JSON.parse(fs.readFileSync('sync-state.json', 'utf8'));\nconst next = await list({ pageToken: state.nextPageToken, syncToken: state.syncToken });" },
    { name: 'ignores a key whose value is decrypted', code: "import fs from 'fs';\nconst config = JSON.parse(fs.readFileSync('config.json', 'utf8'));\nconst apiKey = decryptValue(config.apiKey, process.env.CONFIG_KEY);" },
    { name: 'ignores a key written back to a file', code: "import fs from 'fs';\nconst state = JSON.parse(fs.readFileSync('state.json', 'utf8'));\nstate.token = undefined;\nfs.writeFileSync('state.json', JSON.stringify(state));" },
    { name: 'ignores a credential imported from a code module', code: "const { token } = require('./auth');\nimport { apiKey } from './config.js';" },
    { name: 'ignores a plain dotenv file parsed for a key', code: "import fs from 'fs';\nimport dotenv from 'dotenv';\nconst env = dotenv.parse(fs.readFileSync('.env'));\nconst key = env.API_KEY;" },
    { name: 'ignores a key of an encrypted file', code: "const sealed = require('./secrets.enc.json');\nconst apiKey = await kms.decrypt(sealed.apiKey);\nconst raw = sealed.apiKey;" },
    { name: 'ignores a password label of a translation', code: "import en from './locales/en.json';\nimport de from './de-DE.json';\nconst labels = { password: en.password, token: de.token };" },
    { name: 'ignores a token property of a schema or an example', code: "import schema from './schema.json';\nconst example = require('./config.example.json');\nconst field = schema.properties.token;\nconst sample = example.apiKey;" },
    { name: 'ignores the security schemes of an OpenAPI document', code: "import fs from 'node:fs';\nconst spec = JSON.parse(fs.readFileSync('openapi.json', 'utf8'));\nconst scheme = spec.components.securitySchemes.bearerAuth;" },
    { name: 'ignores a key set of public keys in a keys folder', code: "const { keys } = require('./keys/jwks.json');\nconst signingKey = keys.find((key) => key.kid === kid);" },
    { name: 'ignores a file listed in allowedFiles whatever keys it gives', code: "const fixture = require('./fixtures/session.json');\nlogin(fixture.accessToken);", options: [{ allowedFiles: ['fixtures/**'] }] },
    { name: 'does not crash on a read without arguments', code: "import fs from 'fs';\nfs.readFileSync();\nfs.readFileSync(...args);\nrequire();\nrequire(...names);" },
  ],
  invalid: [
    // Every read API.
    invalid({ name: 'reports fs.readFileSync', code: "import fs from 'fs';\nconst token = fs.readFileSync('api-token.txt', 'utf8');", at: "'api-token.txt'", file: 'api-token.txt' }),
    invalid({ name: 'reports readFileSync from node:fs', code: "import { readFileSync } from 'node:fs';\nconst token = readFileSync('token', 'utf8').trim();", at: "'token'", file: 'token' }),
    invalid({ name: 'reports fs.readFile with a callback', code: "const fs = require('fs');\nfs.readFile('.token', 'utf8', (error, token) => use(token));", at: "'.token'", file: '.token' }),
    invalid({ name: 'reports fs.createReadStream', code: "import * as fs from 'node:fs';\nconst stream = fs.createReadStream('api_key.txt');", at: "'api_key.txt'", file: 'api_key.txt', description: 'a plaintext API key file' }),
    invalid({ name: 'reports fs.openSync', code: "import { openSync } from 'fs';\nconst fd = openSync('secrets.json', 'r');", at: "'secrets.json'", file: 'secrets.json', description: 'a plaintext secret file' }),
    invalid({ name: 'reports fs.promises.readFile', code: "import fs from 'fs';\nconst token = await fs.promises.readFile('secret.txt', 'utf8');", at: "'secret.txt'", file: 'secret.txt', description: 'a plaintext secret file' }),
    invalid({ name: 'reports readFile from fs/promises', code: "import { readFile } from 'fs/promises';\nconst credentials = JSON.parse(await readFile('credentials.json', 'utf8'));", at: "'credentials.json'", file: 'credentials.json', description: 'a plaintext credentials file' }),
    invalid({ name: 'reports readFile from node:fs/promises under an alias', code: "import { readFile as load } from 'node:fs/promises';\nconst auth = await load('auth.json');", at: "'auth.json'", file: 'auth.json', description: 'a plaintext credentials file' }),
    invalid({ name: 'reports a destructured require of fs', code: "const { readFileSync } = require('node:fs');\nconst token = readFileSync('api-token.txt', 'utf8');", at: "'api-token.txt'" }),
    invalid({ name: 'reports require(fs).readFileSync inline', code: "const token = require('fs').readFileSync('api-token.txt', 'utf8');", at: "'api-token.txt'" }),
    invalid({ name: 'reports fs-extra readJson', code: "import fse from 'fs-extra';\nconst account = await fse.readJson('./service-account.json');", at: "'./service-account.json'", file: 'service-account.json', description: 'a service account key file' }),
    invalid({ name: 'reports fs-extra readJsonSync', code: "const { readJsonSync } = require('fs-extra');\nconst credentials = readJsonSync('credentials.json');", at: "'credentials.json'" }),
    invalid({ name: 'reports fs-extra readFile', code: "import fse from 'fs-extra';\nconst token = await fse.readFile('api-token.txt', 'utf8');", at: "'api-token.txt'" }),
    invalid({ name: 'reports jsonfile readFileSync', code: "import jsonfile from 'jsonfile';\nconst credentials = jsonfile.readFileSync('credentials.json');", at: "'credentials.json'" }),
    invalid({ name: 'reports jsonfile readFile', code: "const jsonfile = require('jsonfile');\njsonfile.readFile('secrets.json', (error, secrets) => start(secrets));", at: "'secrets.json'" }),
    invalid({ name: 'reports require of a secrets JSON file', code: "const secrets = require('./secrets.json');", at: "'./secrets.json'", file: 'secrets.json', description: 'a plaintext secret file' }),
    invalid({ name: 'reports a static import of a token JSON file', code: "import apiToken from './api-token.json';", at: "'./api-token.json'", file: 'api-token.json' }),
    invalid({ name: 'reports a static import with import attributes', code: "import apiToken from './api-token.json' with { type: 'json' };", at: "'./api-token.json'" }),
    invalid({ name: 'reports a raw text import', code: "import token from '../.token?raw';", at: "'../.token?raw'", file: '.token' }),
    invalid({ name: 'reports a re-export of a credentials file', code: "export { default as credentials } from './credentials.json';", at: "'./credentials.json'" }),
    invalid({ name: 'reports an import-equals require', code: "import secrets = require('./secrets.json');", at: "'./secrets.json'" }),
    invalid({ name: 'reports a dynamic import', code: "const { default: credentials } = await import('./credentials.json', { with: { type: 'json' } });", at: "'./credentials.json'" }),
    invalid({ name: 'reports a dynamic import of a per-environment token file', code: "const token = await import(`./config/${env}.token.json`);", at: '`./config/${env}.token.json`', file: '….token.json' }),
    invalid({ name: 'reports Bun.file().text()', code: "const token = (await Bun.file('token.txt').text()).trim();", at: "'token.txt'", file: 'token.txt' }),
    invalid({ name: 'reports Bun.file().json() through a variable', code: "const file = Bun.file('./auth.json');\nconst auth = await file.json();", at: "'./auth.json'" }),
    invalid({ name: 'reports a Bun file read twice once', code: "const file = Bun.file('secrets.json');\nconst text = await file.text();\nconst json = await file.json();", at: "'secrets.json'" }),
    invalid({ name: 'reports Deno.readTextFile', code: "const token = await Deno.readTextFile('./.token');", at: "'./.token'" }),
    invalid({ name: 'reports Deno.readTextFileSync', code: "const token = Deno.readTextFileSync('api-token.txt');", at: "'api-token.txt'" }),
    invalid({ name: 'reports Deno.readFile', code: "const key = await Deno.readFile('signing.key');", at: "'signing.key'", file: 'signing.key', description: 'a key file' }),
    invalid({ name: 'reports dotenv.config with a token file', code: "import dotenv from 'dotenv';\ndotenv.config({ path: './api-token.env' });", at: "'./api-token.env'", file: 'api-token.env' }),
    invalid({ name: 'reports dotenv config in a list of paths', code: "require('dotenv').config({ path: ['.env', 'config/secrets.env'] });", at: "'config/secrets.env'", file: 'secrets.env', description: 'a plaintext secret file' }),
    invalid({ name: 'reports dotenv config through an options constant', code: "import { config } from 'dotenv';\nconst options = { path: 'credentials.json', override: true };\nconfig(options);", at: "'credentials.json'" }),
    invalid({ name: 'reports a dotenv file named in fileNames', code: "import dotenv from 'dotenv';\ndotenv.config({ path: '.env.production' });", at: "'.env.production'", options: [{ fileNames: ['.env.production'] }] }),
    // Every path form.
    invalid({ name: 'reports a template literal path', code: "import fs from 'fs';\nconst token = fs.readFileSync(`${__dirname}/api-token.txt`, 'utf8');", at: '`${__dirname}/api-token.txt`', file: 'api-token.txt' }),
    invalid({ name: 'reports a concatenated path', code: "import fs from 'fs';\nconst auth = fs.readFileSync(__dirname + '/auth.json', 'utf8');", at: "__dirname + '/auth.json'", file: 'auth.json', description: 'a plaintext credentials file' }),
    invalid({ name: 'reports path.join with __dirname', code: "import fs from 'fs';\nimport path from 'path';\nconst token = fs.readFileSync(path.join(__dirname, 'config', 'token'), 'utf8');", at: "path.join(__dirname, 'config', 'token')", file: 'token' }),
    invalid({ name: 'reports path.resolve with __dirname', code: "const path = require('node:path');\nconst secrets = require('fs').readFileSync(path.resolve(__dirname, '..', 'secrets.json'));", at: "path.resolve(__dirname, '..', 'secrets.json')" }),
    invalid({ name: 'reports a path joined to import.meta.dirname', code: "import { readFileSync } from 'node:fs';\nimport path from 'node:path';\nconst token = readFileSync(path.join(import.meta.dirname, '..', 'api-token.txt'), 'utf8').trim();", at: "path.join(import.meta.dirname, '..', 'api-token.txt')" }),
    invalid({ name: 'reports a URL relative to import.meta.url', code: "import { readFileSync } from 'node:fs';\nconst token = readFileSync(new URL('./token.txt', import.meta.url), 'utf8');", at: "new URL('./token.txt', import.meta.url)", file: 'token.txt' }),
    invalid({ name: 'reports fileURLToPath of a relative URL', code: "import { readFileSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\nconst token = readFileSync(fileURLToPath(new URL('../.token', import.meta.url)), 'utf8');", at: "fileURLToPath(new URL('../.token', import.meta.url))", file: '.token' }),
    invalid({ name: 'reports a constant holding fileURLToPath of a URL', code: "import { readFileSync } from 'node:fs';\nimport url from 'node:url';\nconst TOKEN_PATH = url.fileURLToPath(new URL('./api-token.txt', import.meta.url));\nconst token = readFileSync(TOKEN_PATH, 'utf8');", at: 'TOKEN_PATH', after: 'readFileSync(', file: 'api-token.txt' }),
    invalid({ name: 'reports os.homedir() joins', code: "import os from 'node:os';\nimport path from 'node:path';\nimport fs from 'node:fs';\nconst npmrc = fs.readFileSync(path.join(os.homedir(), '.npmrc'), 'utf8');", at: "path.join(os.homedir(), '.npmrc')", file: '.npmrc', description: 'a package registry credentials file' }),
    invalid({ name: 'reports a named homedir join', code: "import { homedir } from 'os';\nimport { join } from 'path';\nimport { readFile } from 'fs/promises';\nconst netrc = await readFile(join(homedir(), '.netrc'), 'utf8');", at: "join(homedir(), '.netrc')", file: '.netrc', description: 'a netrc credentials file' }),
    invalid({ name: 'reports a constant path in the file', code: "import fs from 'fs';\nconst TOKEN_FILE = 'api_key.txt';\nexport function loadToken() {\n  return fs.readFileSync(TOKEN_FILE, 'utf8');\n}", at: 'TOKEN_FILE', after: 'readFileSync(', file: 'api_key.txt', description: 'a plaintext API key file' }),
    invalid({ name: 'reports a path in a constant object', code: "import fs from 'fs';\nconst PATHS = { token: '.secrets/api-token.txt', data: 'data.csv' };\nconst token = fs.readFileSync(PATHS.token, 'utf8');", at: 'PATHS.token' }),
    invalid({ name: 'reports a require resolved through require.resolve', code: "const fs = require('fs');\nconst pypirc = fs.readFileSync(require.resolve('./.pypirc'), 'utf8');", at: "require.resolve('./.pypirc')", file: '.pypirc', description: 'a package registry credentials file' }),
    invalid({ name: 'reports the default of a path from the environment', code: "import fs from 'fs';\nconst token = fs.readFileSync(process.env.OWN_TOKEN_FILE ?? 'api-token.txt', 'utf8');", at: "process.env.OWN_TOKEN_FILE ?? 'api-token.txt'", file: 'api-token.txt' }),
    invalid({ name: 'reports either branch of a conditional path held in a constant', code: "import fs from 'fs';\nconst file = production ? '/etc/app/config.json' : './dev-secrets.json';\nconst config = fs.readFileSync(file, 'utf8');", at: 'file', after: 'readFileSync(', file: 'dev-secrets.json', description: 'a plaintext secret file' }),
    // Every kind of name.
    invalid({ name: 'reports an id_rsa private key', code: "import fs from 'fs';\nimport os from 'os';\nimport path from 'path';\nconst key = fs.readFileSync(path.join(os.homedir(), '.ssh/id_rsa'));", at: "path.join(os.homedir(), '.ssh/id_rsa')", file: 'id_rsa', description: 'a private key file' }),
    invalid({ name: 'reports a private key in PEM', code: "import fs from 'fs';\nconst signingKey = fs.readFileSync('keys/private-key.pem');", at: "'keys/private-key.pem'", file: 'private-key.pem', description: 'a private key file' }),
    invalid({ name: 'reports a .key file', code: "import fs from 'fs';\nconst key = fs.readFileSync('server.key');", at: "'server.key'", file: 'server.key', description: 'a key file' }),
    invalid({ name: 'reports a Google service account file', code: "const account = require('./service-account-prod.json');", at: "'./service-account-prod.json'", description: 'a service account key file', file: 'service-account-prod.json' }),
    invalid({ name: 'reports a secret held in a secrets folder', code: "import fs from 'fs';\nconst secret = fs.readFileSync('./config/secrets.yaml', 'utf8');", at: "'./config/secrets.yaml'" }),
    // Paths built from roots the code cannot know: the secret folder decides.
    invalid({
      name: 'reports a secrets folder under a root taken from the environment',
      code: "import fs from 'node:fs';\nimport path from 'node:path';\n\nconst ROOT = process.env.APP_ROOT ?? process.cwd();\n\nexport function loadStageSecrets(stage) {\n  const raw = fs.readFileSync(path.join(ROOT, 'secrets', `${stage}.json`), 'utf8');\n  return JSON.parse(raw);\n}",
      at: "path.join(ROOT, 'secrets', `${stage}.json`)",
      file: 'secrets/….json',
      description: 'a plaintext file in a secrets folder',
    }),
    invalid({ name: 'reports a credentials folder under process.cwd()', code: "import { readFileSync } from 'fs';\nimport { join } from 'path';\nconst google = JSON.parse(readFileSync(join(process.cwd(), 'credentials', 'google.json'), 'utf8'));", at: "join(process.cwd(), 'credentials', 'google.json')", file: 'credentials/google.json', description: 'a plaintext file in a credentials folder' }),
    invalid({ name: 'reports a .secrets folder next to the module', code: "const fs = require('fs');\nconst path = require('path');\nconst stripeKey = fs.readFileSync(path.join(__dirname, '.secrets', 'stripe.txt'), 'utf8').trim();", at: "path.join(__dirname, '.secrets', 'stripe.txt')", file: '.secrets/stripe.txt', description: 'a plaintext file in a secrets folder' }),
    invalid({ name: 'reports a secrets folder under import.meta.dir with Bun', code: "const openaiKey = (await Bun.file(`${import.meta.dir}/secrets/openai`).text()).trim();", at: '`${import.meta.dir}/secrets/openai`', file: 'secrets/openai', description: 'a plaintext file in a secrets folder' }),
    invalid({ name: 'reports a secrets folder under import.meta.dirname', code: "import { readFile } from 'node:fs/promises';\nimport path from 'node:path';\nconst secrets = JSON.parse(await readFile(path.join(import.meta.dirname, '..', 'secrets', 'prod.json'), 'utf8'));", at: "path.join(import.meta.dirname, '..', 'secrets', 'prod.json')", file: 'secrets/prod.json', description: 'a plaintext file in a secrets folder' }),
    invalid({ name: 'reports a keys folder in the home directory', code: "import os from 'os';\nimport path from 'path';\nimport fs from 'fs/promises';\nconst deployKey = await fs.readFile(path.join(os.homedir(), '.config', 'app', 'keys', 'deploy'), 'utf8');", at: "path.join(os.homedir(), '.config', 'app', 'keys', 'deploy')", file: 'keys/deploy', description: 'a plaintext file in a keys folder' }),
    invalid({
      name: 'reports a path returned by a local function and a module constant',
      code: "import { readFileSync } from 'node:fs';\nimport path from 'node:path';\n\nconst ROOT = path.resolve(import.meta.dirname, '..');\n\nfunction secretFile(name) {\n  return path.join(ROOT, 'secrets', `${name}.json`);\n}\n\nconst stage = process.env.STAGE ?? 'dev';\nconst secrets = JSON.parse(readFileSync(secretFile(stage), 'utf8'));\nawait connect(secrets.databaseUrl);",
      at: 'secretFile(stage)',
      file: 'secrets/….json',
      description: 'a plaintext file in a secrets folder',
    }),
    invalid({ name: 'reports a templated name in a constant that points at a private folder', code: "import fs from 'fs';\nconst SECRETS_DIR = './private';\nconst file = `${SECRETS_DIR}/${process.env.NODE_ENV}.json`;\nconst settings = JSON.parse(fs.readFileSync(file, 'utf8'));", at: 'file', after: 'readFileSync(', file: 'private/….json', description: 'a plaintext file in a private folder' }),
    invalid({
      name: 'reports a secret store class that reads from its secrets folder',
      code: "import fs from 'node:fs/promises';\nimport path from 'node:path';\n\nexport class SecretStore {\n  constructor(root) {\n    this.dir = path.join(root, 'secrets');\n    this.cache = new Map();\n  }\n\n  async get(name) {\n    if (this.cache.has(name)) return this.cache.get(name);\n    const value = (await fs.readFile(path.join(this.dir, `${name}.txt`), 'utf8')).trim();\n    this.cache.set(name, value);\n    return value;\n  }\n\n  async names() {\n    return fs.readdir(this.dir);\n  }\n\n  clear() {\n    this.cache.clear();\n  }\n}",
      at: 'path.join(this.dir, `${name}.txt`)',
      file: 'secrets/….txt',
      description: 'a plaintext file in a secrets folder',
    }),
    invalid({
      name: 'reports a helper module that reads from its own secrets folder',
      code: "import { readFileSync } from 'node:fs';\nimport path from 'node:path';\n\nexport const SECRETS_DIR = path.join(process.cwd(), '.secrets');\n\nexport function readSecret(name) {\n  return readFileSync(path.join(SECRETS_DIR, `${name}.txt`), 'utf8').trim();\n}",
      at: 'path.join(SECRETS_DIR, `${name}.txt`)',
      file: '.secrets/….txt',
      description: 'a plaintext file in a secrets folder',
    }),
    // Every read API in the shapes applications use.
    invalid({ name: 'reports Bun.file().json() through a variable in a secrets folder', code: "const file = Bun.file(`./secrets/${env}.json`);\nconst secrets = await file.json();", at: '`./secrets/${env}.json`', file: 'secrets/….json', description: 'a plaintext file in a secrets folder' }),
    invalid({ name: 'reports Deno.readFile in a credentials folder', code: "const raw = await Deno.readFile('./credentials/service.json');\nconst account = JSON.parse(new TextDecoder().decode(raw));", at: "'./credentials/service.json'" }),
    invalid({ name: 'reports readline over a read stream of a token file', code: "import fs from 'node:fs';\nimport readline from 'node:readline';\nconst lines = readline.createInterface({ input: fs.createReadStream('./secrets/tokens.txt') });\nfor await (const line of lines) tokens.push(line);", at: "'./secrets/tokens.txt'", file: 'secrets/tokens.txt', description: 'a plaintext file in a secrets folder' }),
    invalid({ name: 'reports a dynamic JSON import per environment', code: "const env = process.env.NODE_ENV ?? 'development';\nconst { default: secrets } = await import(`./secrets.${env}.json`, { with: { type: 'json' } });", at: '`./secrets.${env}.json`', file: 'secrets.….json', description: 'a plaintext secret file' }),
    invalid({ name: 'reports readFile from node:fs/promises in a secrets folder', code: "import { readFile } from 'node:fs/promises';\nconst jwtSecret = await readFile('./secrets/jwt.txt', 'utf8');", at: "'./secrets/jwt.txt'" }),
    invalid({ name: 'reports a read through util.promisify', code: "import fs from 'fs';\nimport util from 'util';\n\nconst readFileAsync = util.promisify(fs.readFile);\n\nexport async function loadToken() {\n  return (await readFileAsync('api-token.txt', 'utf8')).trim();\n}", at: "'api-token.txt'" }),
    invalid({ name: 'reports a read through a destructured promisify', code: "const { promisify } = require('util');\nconst { readFile } = require('fs');\nconst read = promisify(readFile);\nread('./credentials.json', 'utf8').then(JSON.parse).then(start);", at: "'./credentials.json'" }),
    // Evidence from use: the code takes a credential key from the content.
    invalid({ name: 'reports a config read for its apiKey', code: "import { readFile } from 'node:fs/promises';\nconst cfg = JSON.parse(await readFile('config.json', 'utf8'));\nclient.auth(cfg.apiKey);", at: "'config.json'", key: 'apiKey', file: 'config.json' }),
    invalid({ name: 'reports a destructured token from a required JSON file', code: "const { token } = require('./settings.json');\nbot.login(token);", at: "'./settings.json'", key: 'token', file: 'settings.json' }),
    invalid({ name: 'reports a client_secret taken from fs-extra readJson of a parameter', code: "import fs from 'fs-extra';\n\nexport async function createClient(p) {\n  const creds = await fs.readJson(p);\n  return new OAuth2Client(creds.client_id, creds.client_secret);\n}", at: 'p', after: 'readJson(', key: 'client_secret', file: 'p' }),
    invalid({ name: 'reports a nested token', code: "import fs from 'fs';\nconst config = JSON.parse(fs.readFileSync('./config/app.json', 'utf8'));\nconst octokit = new Octokit({ auth: config.github.token });", at: "'./config/app.json'", key: 'token', file: 'app.json' }),
    invalid({ name: 'reports a key of the entry chosen by environment', code: "const all = require('./config/settings.json');\nconst settings = all[process.env.NODE_ENV];\nconst stripe = new Stripe(settings.stripeSecretKey);", at: "'./config/settings.json'", key: 'stripeSecretKey' }),
    invalid({ name: 'reports a YAML config read for a password', code: "import fs from 'node:fs';\nimport YAML from 'yaml';\nconst conf = YAML.parse(fs.readFileSync('./app.yaml', 'utf8'));\nawait connect({ host: conf.db.host, password: conf.db.password });", at: "'./app.yaml'", key: 'password' }),
    invalid({
      name: 'reports a client class that keeps the config and reads its token in a method',
      code: "import fs from 'node:fs';\n\nexport class ApiClient {\n  constructor(configPath) {\n    this.config = JSON.parse(fs.readFileSync(configPath, 'utf8'));\n  }\n\n  headers() {\n    return { Authorization: `Bearer ${this.config.accessToken}` };\n  }\n\n  baseUrl() {\n    return this.config.baseUrl;\n  }\n\n  timeout() {\n    return this.config.timeout ?? 5000;\n  }\n}",
      at: 'configPath',
      after: 'readFileSync(',
      key: 'accessToken',
      file: 'configPath',
    }),
    invalid({ name: 'reports a local loader whose result is read for a token', code: "import { readFileSync } from 'node:fs';\n\nfunction loadConfig() {\n  return JSON.parse(readFileSync('config.json', 'utf8'));\n}\n\nconst config = loadConfig();\nclient.login(config.discordToken);", at: "'config.json'", key: 'discordToken' }),
    invalid({ name: 'reports a default JSON import read for a token', code: "import settings from './settings.json' with { type: 'json' };\nconst bot = new Bot(settings.botToken);", at: "'./settings.json'", key: 'botToken', file: 'settings.json' }),
    invalid({ name: 'reports a named import of an API key from JSON', code: "import { apiKey } from './config.json';\nexport const client = createClient({ apiKey });", at: "'./config.json'", key: 'apiKey' }),
    invalid({ name: 'reports a dynamic JSON import read for a client secret', code: "const { default: creds } = await import('./google.json', { with: { type: 'json' } });\nauth.fromJSON({ client_secret: creds.installed.client_secret });", at: "'./google.json'", key: 'client_secret' }),
    invalid({ name: 'reports Bun.file().json() read for a key', code: "const cfg = await Bun.file('./config.json').json();\nconst openai = new OpenAI({ apiKey: cfg.openai_api_key });", at: "'./config.json'", key: 'openai_api_key' }),
    invalid({ name: 'reports a key taken in a readFile callback', code: "const fs = require('fs');\nfs.readFile('./config.json', 'utf8', (error, data) => {\n  const { slackToken } = JSON.parse(data);\n  start(slackToken);\n});", at: "'./config.json'", key: 'slackToken' }),
    invalid({ name: 'reports a Deno text read parsed for a key', code: "const cfg = JSON.parse(await Deno.readTextFile('./config.json'));\nconst key = cfg.API_KEY;", at: "'./config.json'", key: 'API_KEY' }),
    invalid({ name: 'reports a jsonfile read for a password', code: "import jsonfile from 'jsonfile';\nconst creds = jsonfile.readFileSync(file);\nlogin(creds.username, creds.password);", at: 'file', after: 'readFileSync(', key: 'password' }),
    invalid({ name: 'reports a config parsed into a let in a try block', code: "import fs from 'fs';\nlet config;\ntry {\n  config = JSON.parse(fs.readFileSync('./config.json', 'utf8'));\n} catch {\n  config = {};\n}\nconst secret = config.jwtSecret;", at: "'./config.json'", key: 'jwtSecret' }),
    invalid({ name: 'reports a promisified read parsed in a function', code: "const util = require('util');\nconst fs = require('fs');\nconst readFile = util.promisify(fs.readFile);\n\nasync function main() {\n  const raw = await readFile('settings.json', 'utf8');\n  const settings = JSON.parse(raw);\n  return settings.password;\n}", at: "'settings.json'", key: 'password' }),
    invalid({ name: 'does not echo a long value pasted into the path', code: "const cfg = require('./d41d8cd98f00b204e9800998ecf8427e-0123456789.json');\nlogin(cfg.password);", at: "'./d41d8cd98f00b204e9800998ecf8427e-0123456789.json'", key: 'password', file: '….json' }),
    // Near misses of the good practices that still read a plain token.
    invalid({ name: 'reports a token read into a constant that is also sent elsewhere', code: "import fs from 'fs';\nconst token = fs.readFileSync('token.txt', 'utf8');\nconst plain = decrypt(token);\nsend(token);", at: "'token.txt'" }),
    invalid({ name: 'reports a key option outside a TLS setup', code: "import fs from 'fs';\ncache.set({ key: fs.readFileSync('api.key', 'utf8') });", at: "'api.key'" }),
    invalid({ name: 'reports a token passed to a function that does not decrypt', code: "import fs from 'fs';\nconst client = createClient(fs.readFileSync('api-token.txt', 'utf8'));", at: "'api-token.txt'" }),
    invalid({ name: 'reports one finding per read', code: "import fs from 'fs';\nconst a = fs.readFileSync('token.txt');\nconst b = require('./secrets.json');\nimport c from './credentials.json';", at: ["'token.txt'", "'./secrets.json'", "'./credentials.json'"] }),
    // Options.
    invalid({ name: 'reports files named in fileNames', code: "import fs from 'fs';\nconst token = fs.readFileSync('config/own-api.cfg', 'utf8');", at: "'config/own-api.cfg'", file: 'own-api.cfg', options: [{ fileNames: ['own-api.cfg'] }] }),
    invalid({ name: 'reports files matching a fileNames glob with folders', code: "import fs from 'fs';\nconst token = fs.readFileSync('conf/ci/deploy.tok', 'utf8');", at: "'conf/ci/deploy.tok'", options: [{ fileNames: ['conf/**/*.tok'] }] }),
    invalid({ name: 'still reports files outside allowedFiles', code: "import fs from 'fs';\nconst token = fs.readFileSync('config/api-token.txt', 'utf8');", at: "'config/api-token.txt'", options: [{ allowedFiles: ['fixtures/**'] }] }),
    invalid({ name: 'still reports extensions not in encryptedExtensions', code: "import fs from 'fs';\nconst token = fs.readFileSync('api-token.txt.bak');", at: "'api-token.txt.bak'", options: [{ encryptedExtensions: ['.sealed'] }] }),
    invalid({ name: 'reports in CommonJS files', code: "'use strict';\nconst fs = require('fs');\nmodule.exports = () => fs.readFileSync('api-token.txt', 'utf8');", at: "'api-token.txt'", filename: 'token-store.cjs' }),
  ],
});
