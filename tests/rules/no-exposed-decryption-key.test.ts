import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-exposed-decryption-key.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

// Random-looking values that belong to nothing; the test names never show them.
const HEX_KEY = 'a3f1c9e27b4d8e6f0a1b2c3d4e5f6a7b';
const PASSPHRASE = 'N7xpQ2vL9sR4tW8k';
const B64_KEY = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2';

const WORD_CHAR = /\w/u;

/** Does `snippet` appear at `index` as a whole word (for identifiers) or anyhow (for other text)? */
function isWholeAt(code: string, snippet: string, index: number): boolean {
  if (!/^\w+$/u.test(snippet)) return true;
  return !WORD_CHAR.test(code[index - 1] ?? ' ') && !WORD_CHAR.test(code[index + snippet.length] ?? ' ');
}

/**
 * Line and columns (1-based, end exclusive) of the `occurrence`-th appearance of `snippet`
 * in `code`; an identifier snippet counts only as a whole word.
 */
function at(code: string, snippet: string, occurrence = 1): { line: number; column: number; endColumn: number } {
  let index = -1;
  for (let seen = 0; seen < occurrence; ) {
    index = code.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`snippet not found: ${snippet}`);
    if (isWholeAt(code, snippet, index)) seen += 1;
  }
  const before = code.slice(0, index);
  const line = before.split('\n').length;
  const column = index - before.lastIndexOf('\n');
  return { line, column, endColumn: column + snippet.length };
}

interface InvalidInput {
  readonly name: string;
  readonly code: string;
  /** The reported key expressions, in order. */
  readonly keys: readonly (string | { readonly snippet: string; readonly occurrence: number })[];
  readonly api?: string;
  readonly source?: string;
  readonly options?: Options;
}

function invalid(input: InvalidInput): InvalidTestCase<MessageIds, Options> {
  return {
    name: input.name,
    code: input.code,
    ...(input.options ? { options: input.options } : {}),
    errors: input.keys.map((key, index) => {
      const position = typeof key === 'string' ? at(input.code, key) : at(input.code, key.snippet, key.occurrence);
      const data = index === 0 && input.api !== undefined && input.source !== undefined ? { data: { api: input.api, source: input.source } } : {};
      return { messageId: 'exposedDecryptionKey' as const, ...position, ...data };
    }),
  };
}

const CRYPTO = "import { createCipheriv, createDecipheriv, createHash, hkdfSync, pbkdf2Sync, privateDecrypt, publicDecrypt, scrypt, scryptSync } from 'node:crypto';\n";

ruleTester.run('no-exposed-decryption-key', rule, {
  valid: [
    {
      name: 'accepts a key from the environment (the good practice of the examples app)',
      code: `${CRYPTO}const key = Buffer.from(process.env.CONFIG_KEY ?? '', 'base64');\nconst decipher = createDecipheriv('aes-256-gcm', key, iv);`,
    },
    {
      name: 'accepts a key fetched from Azure Key Vault',
      code: `${CRYPTO}const secret = await vault.getSecret('config-key');\ncreateDecipheriv('aes-256-gcm', Buffer.from(secret.value!, 'base64'), iv);`,
    },
    {
      name: 'accepts a key from AWS Secrets Manager',
      code: `${CRYPTO}const { SecretString } = await secrets.send(new GetSecretValueCommand({ SecretId: 'config-key' }));\ncreateDecipheriv('aes-256-gcm', Buffer.from(SecretString!, 'hex'), iv);`,
    },
    {
      name: 'accepts a key from GCP Secret Manager',
      code: `${CRYPTO}const [version] = await client.accessSecretVersion({ name: secretName });\nconst key = version.payload.data;\ncreateDecipheriv('aes-256-gcm', key, iv);`,
    },
    {
      name: 'accepts a data key unwrapped by a KMS',
      code: `${CRYPTO}const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob: wrappedKey }));\ncreateDecipheriv('aes-256-gcm', Plaintext, iv);`,
    },
    {
      name: 'accepts a passphrase from the OS keychain',
      code: `import CryptoJS from 'crypto-js';\nimport keytar from 'keytar';\nconst passphrase = await keytar.getPassword('own-sync', 'config');\nCryptoJS.AES.decrypt(ciphertext, passphrase);`,
    },
    {
      name: 'accepts a key that arrives as a function parameter',
      code: `${CRYPTO}export function open(data: string, key: Buffer, iv: Buffer) {\n  return createDecipheriv('aes-256-gcm', key, iv).update(data, 'base64', 'utf8');\n}`,
    },
    {
      name: 'accepts a key derived from a password in the environment',
      code: `${CRYPTO}const key = scryptSync(process.env.CONFIG_PASSWORD!, salt, 32);\ncreateDecipheriv('aes-256-cbc', key, iv);`,
    },
    {
      name: 'ignores encryption with a literal key (encryption-only call)',
      code: `${CRYPTO}createCipheriv('aes-256-gcm', Buffer.from('${HEX_KEY}', 'hex'), iv);`,
    },
    {
      name: 'ignores crypto-js encryption with a literal passphrase',
      code: `import CryptoJS from 'crypto-js';\nCryptoJS.AES.encrypt(token, '${PASSPHRASE}').toString();`,
    },
    {
      name: 'ignores aes-js encryption with a literal key',
      code: `import aesjs from 'aes-js';\nconst ctr = new aesjs.ModeOfOperation.ctr(aesjs.utils.hex.toBytes('${HEX_KEY}'));\nctr.encrypt(bytes);`,
    },
    {
      name: 'ignores a public key given to publicDecrypt',
      code: `${CRYPTO}publicDecrypt('-----BEGIN PUBLIC KEY-----\\nMIIBIjANBg\\n-----END PUBLIC KEY-----', signature);`,
    },
    {
      name: 'ignores the public key of nacl.box.open and checks only the secret key',
      code: `import nacl from 'tweetnacl';\nimport naclUtil from 'tweetnacl-util';\nexport function open(box: Uint8Array, nonce: Uint8Array, mySecretKey: Uint8Array) {\n  return nacl.box.open(box, nonce, naclUtil.decodeBase64('${B64_KEY}='), mySecretKey);\n}`,
    },
    {
      name: 'accepts a key file outside the project',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\ncreateDecipheriv('aes-256-gcm', readFileSync('/etc/own-sync/config.key'), iv);`,
    },
    {
      name: 'accepts a key file named in allowedKeyFiles',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\ncreateDecipheriv('aes-256-gcm', readFileSync('./test/fixtures/aes.key'), iv);`,
      options: [{ allowedKeyFiles: ['fixtures/**'] }],
    },
    {
      name: 'accepts a key file named in allowedKeyFiles by its base name',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\ncreateDecipheriv('aes-256-gcm', readFileSync('./dev.key'), iv);`,
      options: [{ allowedKeyFiles: ['dev.key'] }],
    },
    {
      name: 'ignores a local function that shadows createDecipheriv',
      code: `function createDecipheriv(algorithm: string, key: string) { return { algorithm, key }; }\ncreateDecipheriv('aes-256-gcm', '${HEX_KEY}');`,
    },
    {
      name: 'accepts a private key with a passphrase from the environment',
      code: `${CRYPTO}privateDecrypt({ key: privateKeyPem, passphrase: process.env.KEY_PASSPHRASE }, encrypted);`,
    },
    {
      name: 'accepts OpenPGP passwords from the environment',
      code: `import * as openpgp from 'openpgp';\nawait openpgp.decrypt({ message, passwords: [process.env.PGP_PASSWORD!] });`,
    },
    {
      name: 'accepts a jose key imported from the environment',
      code: `import { compactDecrypt, importPKCS8 } from 'jose';\nconst privateKey = await importPKCS8(process.env.JWE_PRIVATE_KEY!, 'RSA-OAEP-256');\nawait compactDecrypt(jwe, privateKey);`,
    },
    {
      name: 'accepts ciphertext from the config file with the key from the environment',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\nconst cfg = JSON.parse(readFileSync('config.json', 'utf8'));\ncreateDecipheriv('aes-256-gcm', Buffer.from(process.env.CONFIG_KEY!, 'hex'), cfg.iv).update(cfg.data, 'base64', 'utf8');`,
    },
    {
      name: 'ignores openssl encryption with a literal password',
      code: `import { execSync } from 'node:child_process';\nexecSync('openssl enc -aes-256-cbc -in token.txt -out token.enc -pass pass:${PASSPHRASE}');`,
    },
    {
      name: 'accepts openssl decryption with the password from the environment',
      code: "import { execSync } from 'node:child_process';\nexecSync('openssl enc -d -aes-256-cbc -in token.enc -pass env:CONFIG_PASS');\nexecSync('openssl enc -d -aes-256-cbc -in token.enc -pass pass:$CONFIG_PASS');",
    },
    {
      name: 'accepts a custom decryption function whose key comes from the environment',
      code: `import { openSealed } from '@acme/sealed-config';\nopenSealed(blob, process.env.SEAL_KEY);`,
      options: [{ additionalDecryptFunctions: [{ module: '@acme/sealed-config', path: ['openSealed'], keyArgument: 1 }] }],
    },
    {
      name: 'ignores a custom decryption function unless it is configured',
      code: `import { openSealed } from '@acme/sealed-config';\nopenSealed(blob, '${PASSPHRASE}');`,
    },
    {
      name: 'survives odd code: spreads, missing arguments, computed members',
      code: `${CRYPTO}createDecipheriv(...args);\ncreateDecipheriv('aes-256-gcm');\nconst k = keys[index];\ncreateDecipheriv('aes-256-gcm', k, iv);\ncreateDecipheriv('aes-256-gcm', '', iv);`,
    },
  ],
  invalid: [
    // Node crypto
    invalid({
      name: 'reports a literal key in Buffer.from given to createDecipheriv',
      code: `${CRYPTO}const decipher = createDecipheriv('aes-256-gcm', Buffer.from('${HEX_KEY}', 'utf8'), iv);`,
      keys: [`Buffer.from('${HEX_KEY}', 'utf8')`],
      api: 'crypto.createDecipheriv',
      source: 'written in the code',
    }),
    invalid({
      name: 'reports a const key built from literals (flowed)',
      code: `${CRYPTO}const KEY_HEX = '${HEX_KEY.slice(0, 16)}' + '${HEX_KEY.slice(16)}';\nconst key = Buffer.from(KEY_HEX, 'hex');\ncreateDecipheriv('aes-256-cbc', key, iv);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    invalid({
      name: 'reports the literal fallback of an environment key',
      code: `${CRYPTO}createDecipheriv('aes-256-cbc', process.env.CONFIG_KEY ?? '${HEX_KEY}', iv);`,
      keys: [`process.env.CONFIG_KEY ?? '${HEX_KEY}'`],
    }),
    invalid({
      name: 'reports a literal password given to createDecipher',
      code: `import crypto from 'crypto';\nconst decipher = crypto.createDecipher('aes192', '${PASSPHRASE}');`,
      keys: [`'${PASSPHRASE}'`],
      api: 'crypto.createDecipher',
      source: 'written in the code',
    }),
    invalid({
      name: 'reports a literal passphrase of the private key given to privateDecrypt',
      code: `${CRYPTO}privateDecrypt({ key: privateKeyPem, passphrase: '${PASSPHRASE}' }, encrypted);`,
      keys: [`'${PASSPHRASE}'`],
      api: 'crypto.privateDecrypt',
    }),
    invalid({
      name: 'reports a private key read from a plain file in the project',
      code: `${CRYPTO}import fs from 'node:fs';\nprivateDecrypt(fs.readFileSync('./keys/private.pem'), encrypted);`,
      keys: ["fs.readFileSync('./keys/private.pem')"],
      api: 'crypto.privateDecrypt',
      source: "read from 'private.pem', a plain file in the project",
    }),
    invalid({
      name: 'reports a key read from secret.key in the project',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\ncreateDecipheriv('aes-256-gcm', readFileSync('./secret.key'), iv);`,
      keys: ["readFileSync('./secret.key')"],
      source: "read from 'secret.key', a plain file in the project",
    }),
    invalid({
      name: 'reports a key file next to the module, read through a constant path (flowed)',
      code: `${CRYPTO}import fs from 'node:fs';\nimport path from 'node:path';\nconst KEY_FILE = path.join(__dirname, 'config.key');\nconst key = fs.readFileSync(KEY_FILE);\ncreateDecipheriv('aes-256-gcm', key, iv);`,
      keys: [{ snippet: 'key', occurrence: 3 }],
    }),
    invalid({
      name: 'reports a key kept in the same config file as the ciphertext',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\nconst cfg = JSON.parse(readFileSync('config.json', 'utf8'));\ncreateDecipheriv('aes-256-gcm', Buffer.from(cfg.key, 'hex'), cfg.iv).update(cfg.data, 'base64', 'utf8');`,
      keys: ["Buffer.from(cfg.key, 'hex')"],
      source: "read from 'config.json' that also holds the ciphertext",
    }),
    invalid({
      name: 'reports a key destructured from the same file as the ciphertext, whatever its path',
      code: `${CRYPTO}import { readFile } from 'node:fs/promises';\nexport async function load(file: string) {\n  const { key, iv, data } = JSON.parse(await readFile(file, 'utf8'));\n  const decipher = createDecipheriv('aes-256-cbc', Buffer.from(key, 'base64'), iv);\n  return decipher.update(data, 'base64', 'utf8') + decipher.final('utf8');\n}`,
      keys: ["Buffer.from(key, 'base64')"],
      source: 'read from the file that also holds the ciphertext',
    }),
    invalid({
      name: 'reports a key derived by scryptSync from a literal password',
      code: `${CRYPTO}createDecipheriv('aes-256-cbc', scryptSync('${PASSPHRASE}', 'salt', 32), iv);`,
      keys: [`scryptSync('${PASSPHRASE}', 'salt', 32)`],
      source: 'derived by scryptSync from a password written in the code',
    }),
    invalid({
      name: 'reports a key derived by pbkdf2Sync from a constant password (flowed)',
      code: `${CRYPTO}const PASSWORD = '${PASSPHRASE}';\nconst derived = pbkdf2Sync(PASSWORD, salt, 100000, 32, 'sha256');\ncreateDecipheriv('aes-256-cbc', derived, iv);`,
      keys: [{ snippet: 'derived', occurrence: 2 }],
    }),
    invalid({
      name: 'reports a key derived by hkdfSync from a literal secret',
      code: `${CRYPTO}const key = Buffer.from(hkdfSync('sha256', '${PASSPHRASE}', salt, 'config', 32));\ncreateDecipheriv('aes-256-gcm', key, iv);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    invalid({
      name: 'reports a key from the scrypt callback with a literal password',
      code: `${CRYPTO}scrypt('${PASSPHRASE}', salt, 32, (error, key) => {\n  createDecipheriv('aes-256-cbc', key, iv);\n});`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    invalid({
      name: 'reports a key from a promisified pbkdf2 with a literal password',
      code: `import { pbkdf2, createDecipheriv } from 'node:crypto';\nimport { promisify } from 'node:util';\nconst derive = promisify(pbkdf2);\nconst key = await derive('${PASSPHRASE}', salt, 100000, 32, 'sha256');\ncreateDecipheriv('aes-256-cbc', key, iv);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    invalid({
      name: 'reports a key hashed from a literal password',
      code: `${CRYPTO}const key = createHash('sha256').update('${PASSPHRASE}').digest();\ncreateDecipheriv('aes-256-cbc', key, iv);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    // WebCrypto
    invalid({
      name: 'reports a literal key imported with subtle.importKey and used by subtle.decrypt',
      code: `const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('${HEX_KEY}'), 'AES-GCM', false, ['decrypt']);\nconst plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
      api: 'crypto.subtle.decrypt',
      source: 'written in the code',
    }),
    invalid({
      name: "reports a literal key given to node:crypto's webcrypto.subtle.decrypt",
      code: `import { webcrypto } from 'node:crypto';\nconst { subtle } = webcrypto;\nconst key = await subtle.importKey('raw', Buffer.from('${HEX_KEY}', 'hex'), 'AES-CBC', false, ['decrypt']);\nawait subtle.decrypt({ name: 'AES-CBC', iv }, key, data);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    invalid({
      name: 'reports a key derived by subtle.deriveKey from a literal password',
      code: `const base = await crypto.subtle.importKey('raw', new TextEncoder().encode('${PASSPHRASE}'), 'PBKDF2', false, ['deriveKey']);\nconst key = await crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations: 100000, hash: 'SHA-256' }, base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);\nawait crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
    }),
    // crypto-js
    invalid({
      name: 'reports a literal passphrase given to CryptoJS.AES.decrypt',
      code: `import CryptoJS from 'crypto-js';\nCryptoJS.AES.decrypt(ciphertext, '${PASSPHRASE}').toString(CryptoJS.enc.Utf8);`,
      keys: [`'${PASSPHRASE}'`],
      api: 'crypto-js.AES.decrypt',
    }),
    invalid({
      name: 'reports a literal key parsed with CryptoJS.enc.Hex.parse (key form)',
      code: `import CryptoJS from 'crypto-js';\nCryptoJS.AES.decrypt(ciphertext, CryptoJS.enc.Hex.parse('${HEX_KEY}'), { iv });`,
      keys: [`CryptoJS.enc.Hex.parse('${HEX_KEY}')`],
    }),
    invalid({
      name: 'reports literal passphrases given to TripleDES, Rabbit and RC4',
      code: `const CryptoJS = require('crypto-js');\nconst SECRET = '${PASSPHRASE}';\nCryptoJS.TripleDES.decrypt(a, SECRET);\nCryptoJS.Rabbit.decrypt(b, SECRET);\nCryptoJS.RC4.decrypt(c, SECRET);`,
      keys: [
        { snippet: 'SECRET', occurrence: 2 },
        { snippet: 'SECRET', occurrence: 3 },
        { snippet: 'SECRET', occurrence: 4 },
      ],
    }),
    invalid({
      name: 'reports a literal passphrase given to the crypto-js/aes submodule',
      code: `import AES from 'crypto-js/aes';\nAES.decrypt(ciphertext, '${PASSPHRASE}');`,
      keys: [`'${PASSPHRASE}'`],
      api: 'crypto-js/aes.decrypt',
    }),
    // jose
    invalid({
      name: 'reports a literal secret given to jose compactDecrypt',
      code: `import { compactDecrypt } from 'jose';\nawait compactDecrypt(jwe, new TextEncoder().encode('${B64_KEY}'));`,
      keys: [`new TextEncoder().encode('${B64_KEY}')`],
      api: 'jose.compactDecrypt',
    }),
    invalid({
      name: 'reports a literal secret given to jose jwtDecrypt through a constant (flowed)',
      code: `import * as jose from 'jose';\nconst secret = jose.base64url.decode('${B64_KEY}');\nawait jose.jwtDecrypt(jwt, secret);`,
      keys: [{ snippet: 'secret', occurrence: 2 }],
      api: 'jose.jwtDecrypt',
    }),
    // node-forge
    invalid({
      name: 'reports a literal key given to forge.cipher.createDecipher',
      code: `import forge from 'node-forge';\nconst decipher = forge.cipher.createDecipher('AES-CBC', forge.util.hexToBytes('${HEX_KEY}'));\ndecipher.start({ iv });`,
      keys: [`forge.util.hexToBytes('${HEX_KEY}')`],
      api: 'node-forge.cipher.createDecipher',
    }),
    // aes-js
    invalid({
      name: 'reports a literal key of an aes-js mode used to decrypt',
      code: `import aesjs from 'aes-js';\nconst key = aesjs.utils.utf8.toBytes('${HEX_KEY}');\nconst ctr = new aesjs.ModeOfOperation.ctr(key, new aesjs.Counter(5));\nconst plain = ctr.decrypt(encryptedBytes);`,
      keys: [{ snippet: 'key', occurrence: 2 }],
      api: 'aes-js.ModeOfOperation.ctr.decrypt',
    }),
    invalid({
      name: 'reports a literal key of a chained aes-js decryption',
      code: `const aesjs = require('aes-js');\nnew aesjs.ModeOfOperation.cbc(aesjs.utils.hex.toBytes('${HEX_KEY}'), iv).decrypt(bytes);`,
      keys: [`aesjs.utils.hex.toBytes('${HEX_KEY}')`],
    }),
    // tweetnacl and libsodium
    invalid({
      name: 'reports a literal key given to nacl.secretbox.open',
      code: `import nacl from 'tweetnacl';\nimport naclUtil from 'tweetnacl-util';\nnacl.secretbox.open(box, nonce, naclUtil.decodeBase64('${B64_KEY}='));`,
      keys: [`naclUtil.decodeBase64('${B64_KEY}=')`],
      api: 'tweetnacl.secretbox.open',
    }),
    invalid({
      name: 'reports a key written as a byte array',
      code: `import nacl from 'tweetnacl';\nconst KEY = new Uint8Array([${Array.from({ length: 32 }, (_, index) => (index * 37 + 11) % 256).join(', ')}]);\nnacl.secretbox.open(box, nonce, KEY);`,
      keys: [{ snippet: 'KEY', occurrence: 2 }],
    }),
    invalid({
      name: 'reports a literal key given to libsodium crypto_secretbox_open_easy',
      code: `import sodium from 'libsodium-wrappers';\nawait sodium.ready;\nsodium.crypto_secretbox_open_easy(ciphertext, nonce, sodium.from_hex('${HEX_KEY}${HEX_KEY}'));`,
      keys: [`sodium.from_hex('${HEX_KEY}${HEX_KEY}')`],
      api: 'libsodium-wrappers.crypto_secretbox_open_easy',
    }),
    // OpenPGP.js
    invalid({
      name: 'reports a literal password given to openpgp.decrypt',
      code: `import * as openpgp from 'openpgp';\nconst message = await openpgp.readMessage({ armoredMessage });\nawait openpgp.decrypt({ message, passwords: ['${PASSPHRASE}'], format: 'binary' });`,
      keys: [`'${PASSPHRASE}'`],
      api: 'openpgp.decrypt',
    }),
    invalid({
      name: 'reports a literal passphrase given to openpgp.decryptKey',
      code: `import * as openpgp from 'openpgp';\nconst privateKey = await openpgp.decryptKey({ privateKey: locked, passphrase: '${PASSPHRASE}' });`,
      keys: [`'${PASSPHRASE}'`],
    }),
    // openssl through child_process
    invalid({
      name: 'reports openssl -pass pass:<literal> in a shell command',
      code: `import { execSync } from 'node:child_process';\nconst token = execSync('openssl enc -d -aes-256-cbc -pbkdf2 -in token.enc -pass pass:${PASSPHRASE}').toString();`,
      keys: [PASSPHRASE],
      api: 'openssl -pass',
      source: 'written in the code',
    }),
    invalid({
      name: 'reports openssl -k <literal> in an argument array',
      code: `import { spawnSync } from 'node:child_process';\nspawnSync('openssl', ['aes-256-cbc', '-d', '-in', 'token.enc', '-k', '${PASSPHRASE}']);`,
      keys: [PASSPHRASE],
      api: 'openssl -k',
    }),
    invalid({
      name: 'reports openssl -pass file: naming a plain file in the project',
      code: "import { exec } from 'node:child_process';\nexec('openssl enc -d -aes-256-cbc -in token.enc -pass file:./config/openssl.pass', done);",
      keys: ['./config/openssl.pass'],
      source: "read from 'openssl.pass', a plain file in the project",
    }),
    invalid({
      name: 'reports openssl -passin pass:<literal> unlocking a private key',
      code: `const { execFileSync } = require('child_process');\nexecFileSync('openssl', ['pkcs12', '-in', 'client.p12', '-nodes', '-passin', 'pass:${PASSPHRASE}']);`,
      keys: [PASSPHRASE],
      api: 'openssl -passin',
    }),
    // Options
    invalid({
      name: 'reports a literal key given to a function named in additionalDecryptFunctions',
      code: `import { openSealed } from '@acme/sealed-config';\nopenSealed(blob, '${PASSPHRASE}');`,
      options: [{ additionalDecryptFunctions: [{ module: '@acme/sealed-config', path: ['openSealed'], keyArgument: 1 }] }],
      keys: [`'${PASSPHRASE}'`],
      api: '@acme/sealed-config.openSealed',
    }),
    invalid({
      name: 'reports a literal key given to a global function named in additionalDecryptFunctions',
      code: `/* global unsealConfig */\nunsealConfig('${PASSPHRASE}', sealed);`,
      options: [{ additionalDecryptFunctions: [{ path: ['unsealConfig'], keyArgument: 0 }] }],
      keys: [`'${PASSPHRASE}'`],
    }),
    invalid({
      name: 'still reports key files that allowedKeyFiles does not match',
      code: `${CRYPTO}import { readFileSync } from 'node:fs';\ncreateDecipheriv('aes-256-gcm', readFileSync('./config/prod.key'), iv);`,
      options: [{ allowedKeyFiles: ['fixtures/**'] }],
      keys: ["readFileSync('./config/prod.key')"],
    }),
  ],
});
