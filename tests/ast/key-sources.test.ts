import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import type { KeySourceKind } from '../../src/ast/key-sources.js';
import { compileAllowedKeyFiles, getCommandSecretSource, getKeySource, isExposedKeySource } from '../../src/ast/key-sources.js';
import { probeProgram } from './probe.js';

const KEY = 'a3f1c9e27b4d8e6f0a1b2c3d4e5f6a7b';

interface Classified {
  readonly kind: KeySourceKind;
  readonly description: string;
  readonly reported: string;
}

/**
 * Classifies the first argument of the last `use(key, ciphertext?)` call in `code`; the
 * second argument, when present, is the ciphertext of the same decryption.
 */
function classify(code: string, allowedKeyFiles: readonly string[] = []): Classified {
  return probeProgram(code, (context, program) => {
    let found: TSESTree.CallExpression | undefined;
    const visit = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'use') found = node;
      for (const value of Object.values(node)) {
        if (value && typeof value === 'object' && value !== node.parent) {
          for (const child of Array.isArray(value) ? value : [value]) {
            if (child && typeof (child as { type?: unknown }).type === 'string') visit(child as TSESTree.Node);
          }
        }
      }
    };
    visit(program);
    const [key, ciphertext] = found?.arguments ?? [];
    if (!key) throw new Error('no use(key) call in the code');
    const result = getKeySource(key, context.sourceCode, { ciphertext, isAllowedFile: compileAllowedKeyFiles(allowedKeyFiles) });
    return { kind: result.kind, description: result.description, reported: context.sourceCode.getText(result.node) };
  });
}

describe('getKeySource', () => {
  it.each<[string, string, KeySourceKind]>([
    ['a string literal', `use('${KEY}');`, 'literal'],
    ['a template without expressions', `use(\`${KEY}\`);`, 'literal'],
    ['Buffer.from of a hex literal', `use(Buffer.from('${KEY}', 'hex'));`, 'literal'],
    ['a const built by concatenation', `const K = '${KEY.slice(0, 10)}' + '${KEY.slice(10)}';\nuse(K);`, 'literal'],
    ['a member of a literal object', `const settings = { key: Buffer.from('${KEY}') };\nuse(settings.key);`, 'literal'],
    ['a byte array', 'use(new Uint8Array([1, 2, 3, 4]));', 'literal'],
    ['TextEncoder output', `use(new TextEncoder().encode('${KEY}'));`, 'literal'],
    ['a key imported with subtle.importKey', `const k = await crypto.subtle.importKey('raw', Buffer.from('${KEY}'), 'AES-GCM', false, ['decrypt']);\nuse(k);`, 'literal'],
    ['a JWK with a literal k', `use({ kty: 'oct', k: '${KEY}' });`, 'literal'],
    ['a literal fallback of an environment read', `use(process.env.KEY || '${KEY}');`, 'literal'],
    ['a literal branch of a conditional', `use(isDev ? '${KEY}' : process.env.KEY);`, 'literal'],
    ['scryptSync of a literal', `import { scryptSync } from 'crypto';\nuse(scryptSync('${KEY}', 'salt', 32));`, 'derived'],
    ['an aliased pbkdf2Sync of a literal', `import { pbkdf2Sync as stretch } from 'node:crypto';\nuse(stretch('${KEY}', salt, 1000, 32, 'sha256'));`, 'derived'],
    ['a hash of a literal', `import crypto from 'crypto';\nuse(crypto.createHash('sha256').update('${KEY}').digest());`, 'derived'],
    ['a plain key file in the project', "import { readFileSync } from 'fs';\nuse(readFileSync('./secret.key'));", 'project-file'],
    ['a key file beside the module', "import fs from 'fs';\nimport path from 'path';\nuse(fs.readFileSync(path.join(__dirname, 'keys', 'aes.key')));", 'project-file'],
    ['a key file next to an ES module', "import { readFileSync } from 'fs';\nuse(readFileSync(new URL('./aes.key', import.meta.url)));", 'project-file'],
    ['a JSON key file loaded with require', "const keys = require('./keys.json');\nuse(keys.aes);", 'project-file'],
    ['a JSON key file imported', "import keys from './keys.json';\nuse(keys.aes);", 'project-file'],
    ['the file of the ciphertext', "import { readFileSync } from 'fs';\nconst cfg = JSON.parse(readFileSync('config.json', 'utf8'));\nuse(cfg.key, cfg.data);", 'ciphertext-file'],
    ['two reads of the same file', "import { readFileSync } from 'fs';\nuse(JSON.parse(readFileSync('config.json', 'utf8')).key, JSON.parse(readFileSync('config.json', 'utf8')).data);", 'ciphertext-file'],
    ['an environment variable', 'use(process.env.CONFIG_KEY);', 'environment'],
    ['a destructured environment variable', 'const { CONFIG_KEY } = process.env;\nuse(CONFIG_KEY);', 'environment'],
    ['a derivation of an environment password', "import { scryptSync } from 'crypto';\nuse(scryptSync(process.env.PASSWORD, salt, 32));", 'environment'],
    ['a vault secret', "const secret = await client.getSecret('key');\nuse(secret.value);", 'vault'],
    ['a KMS decrypt result (AWS SDK v2)', 'const result = await kms.decrypt({ CiphertextBlob: wrapped }).promise();\nuse(result.Plaintext);', 'kms'],
    ['a KMS command result', 'const { Plaintext } = await kms.send(new DecryptCommand({ CiphertextBlob: wrapped }));\nuse(Plaintext);', 'kms'],
    ['a keychain password', "import keytar from 'keytar';\nuse(await keytar.getPassword('svc', 'acct'));", 'keychain'],
    ['a parameter', 'function open(key) { use(key); }', 'parameter'],
    ['a key file outside the project', "import { readFileSync } from 'fs';\nuse(readFileSync('/etc/app/secret.key'));", 'unknown'],
    ['a key file under the home folder', "import { readFileSync } from 'fs';\nimport os from 'os';\nimport path from 'path';\nuse(readFileSync(path.join(os.homedir(), '.app', 'secret.key')));", 'unknown'],
    ['an encrypted key file', "import { readFileSync } from 'fs';\nuse(readFileSync('./secret.key.gpg'));", 'unknown'],
    ['an empty string', "use('');", 'unknown'],
    ['an unknown call', 'use(loadKey());', 'unknown'],
    ['an import', "import { key } from './key-provider.js';\nuse(key);", 'unknown'],
    ['a variable written twice', `let k = '${KEY}';\nk = process.env.KEY;\nuse(k);`, 'unknown'],
  ])('classifies %s', (_title, code, kind) => {
    expect(classify(code).kind).toBe(kind);
  });

  it('reports a member of an object given as the key, and the key expression otherwise', () => {
    expect(classify(`use({ key: pem, passphrase: '${KEY}' });`).reported).toBe(`'${KEY}'`);
    expect(classify(`const k = Buffer.from('${KEY}');\nuse(k);`).reported).toBe('k');
  });

  it('describes where the key comes from, without its value', () => {
    const derived = classify(`import { scryptSync } from 'crypto';\nuse(scryptSync('${KEY}', 'salt', 32));`);
    expect(derived.description).toBe('derived by scryptSync from a password written in the code');
    expect(derived.description).not.toContain(KEY);
    expect(classify("import { readFileSync } from 'fs';\nuse(readFileSync('./config/secret.key'));").description).toBe(
      "read from 'secret.key', a plain file in the project",
    );
  });

  it('accepts key files that allowedKeyFiles names', () => {
    const code = "import { readFileSync } from 'fs';\nuse(readFileSync('./test/fixtures/aes.key'));";
    expect(classify(code).kind).toBe('project-file');
    expect(classify(code, ['fixtures/**']).kind).toBe('unknown');
    expect(classify(code, ['aes.key']).kind).toBe('unknown');
    expect(classify(code, ['/fixtures/**']).kind).toBe('project-file');
  });

  it('survives cycles between constants', () => {
    expect(classify('const a = b;\nconst b = a;\nuse(a);').kind).toBe('unknown');
  });
});

describe('isExposedKeySource', () => {
  it.each<[KeySourceKind, boolean]>([
    ['literal', true],
    ['derived', true],
    ['project-file', true],
    ['ciphertext-file', true],
    ['environment', false],
    ['vault', false],
    ['kms', false],
    ['keychain', false],
    ['parameter', false],
    ['unknown', false],
  ])('%s is exposed: %s', (kind, exposed) => {
    const node = { type: AST_NODE_TYPES.Literal } as TSESTree.Node;
    expect(isExposedKeySource({ kind, node, description: '' })).toBe(exposed);
  });
});

describe('compileAllowedKeyFiles', () => {
  it('matches base names, paths at any depth, and anchored paths', () => {
    const allowed = compileAllowedKeyFiles(['dev.key', 'fixtures/**', '/keys/test-*.pem']);
    expect(allowed('./config/dev.key')).toBe(true);
    expect(allowed('test/fixtures/a/b.key')).toBe(true);
    expect(allowed('./keys/test-rsa.pem')).toBe(true);
    expect(allowed('src/keys/test-rsa.pem')).toBe(false);
    expect(allowed('./prod.key')).toBe(false);
  });

  it('allows nothing without globs', () => {
    expect(compileAllowedKeyFiles([])('./dev.key')).toBe(false);
    expect(compileAllowedKeyFiles(['', ' '])('./dev.key')).toBe(false);
  });
});

describe('getCommandSecretSource', () => {
  const node = { type: AST_NODE_TYPES.Literal } as TSESTree.Node;
  it.each<[string, 'literal' | 'file', KeySourceKind]>([
    ['hunter2', 'literal', 'literal'],
    ['$CONFIG_PASS', 'literal', 'environment'],
    ['%CONFIG_PASS%', 'literal', 'environment'],
    ['', 'literal', 'unknown'],
    ['./config/openssl.pass', 'file', 'project-file'],
    ['/etc/app/openssl.pass', 'file', 'unknown'],
    ['secrets/pass.txt.gpg', 'file', 'unknown'],
  ])('classifies %j given as %s', (value, form, kind) => {
    expect(getCommandSecretSource(value, form, node).kind).toBe(kind);
  });

  it('honours allowed files', () => {
    expect(getCommandSecretSource('./fixtures/pass.txt', 'file', node, { isAllowedFile: compileAllowedKeyFiles(['fixtures/**']) }).kind).toBe('unknown');
  });
});
