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
