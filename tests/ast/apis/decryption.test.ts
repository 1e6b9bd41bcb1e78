import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { splitShellCommand, type CommandShape } from '../../../src/ast/apis/child-process.js';
import {
  DECRYPTION_APIS,
  DECRYPTION_SPECS,
  decryptionApiName,
  findOpensslKeyArguments,
  getArgumentAt,
  getCiphertextArgument,
  getDecryptionApis,
  getKeyArgument,
} from '../../../src/ast/apis/decryption.js';
import { iterateTrackedCalls } from '../../../src/ast/calls.js';
import { shapeText } from '../../../src/ast/static-string.js';
import { probeProgram } from '../probe.js';

const NODE = { type: AST_NODE_TYPES.Literal } as TSESTree.Node;

function command(text: string): CommandShape {
  const [first] = splitShellCommand({ parts: [{ kind: 'text', value: text, node: NODE }] });
  if (!first) throw new Error('no command');
  return first;
}

function secrets(text: string): string[] {
  return findOpensslKeyArguments(command(text)).map((found) => `${found.option} ${found.form} ${shapeText(found.shape).slice(found.start)}`);
}

interface FoundCall {
  readonly api: string;
  readonly name: string;
  readonly key: string | undefined;
  readonly ciphertext: string | undefined;
}

function decryptionCalls(code: string, apis = getDecryptionApis()): FoundCall[] {
  return probeProgram(code, (context) =>
    [...iterateTrackedCalls(context.sourceCode, apis.group)].map((call) => {
      const spec = apis.specs.get(call.api);
      const scope = context.sourceCode.getScope(call.node);
      const key = spec ? getKeyArgument(call, spec, scope) : undefined;
      const ciphertext = spec ? getCiphertextArgument(call, spec, scope) : undefined;
      return {
        api: call.api,
        name: decryptionApiName(call.path),
        key: key ? context.sourceCode.getText(key) : undefined,
        ciphertext: ciphertext ? context.sourceCode.getText(ciphertext) : undefined,
      };
    }),
  );
}

describe('DECRYPTION_SPECS', () => {
  it('declares each API once, with a key location', () => {
    const ids = DECRYPTION_SPECS.map((spec) => spec.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of DECRYPTION_SPECS) expect(spec.key.argument).toBeGreaterThanOrEqual(0);
  });

  it('lists no encryption-only or public-key API', () => {
    const paths = DECRYPTION_SPECS.map((spec) => [spec.module, ...spec.path].join('.'));
    for (const path of paths) expect(path).not.toMatch(/createCipher|\.encrypt$|publicDecrypt|publicEncrypt/u);
  });

  it('starts from the modules and globals it names', () => {
    expect(DECRYPTION_APIS.roots).toEqual(expect.arrayContaining(['crypto', 'crypto-js', 'jose', 'node-forge', 'aes-js', 'tweetnacl', 'openpgp']));
  });
});

describe('tracking decryption calls', () => {
  it('finds Node decipher keys and the data given to update()', () => {
    const found = decryptionCalls(
      "import { createDecipheriv } from 'node:crypto';\nconst d = createDecipheriv('aes-256-gcm', k, iv);\nd.update(cfg.data, 'base64', 'utf8');",
    );
    expect(found).toEqual([{ api: 'crypto.createDecipheriv', name: 'crypto.createDecipheriv', key: 'k', ciphertext: 'cfg.data' }]);
  });

  it('finds the data of a chained update()', () => {
    const [found] = decryptionCalls("const crypto = require('crypto');\ncrypto.createDecipheriv(alg, k, iv).update(blob);");
    expect(found?.ciphertext).toBe('blob');
  });

  it('takes the key of an instance method from its factory', () => {
    const found = decryptionCalls("import aesjs from 'aes-js';\nconst cbc = new aesjs.ModeOfOperation.cbc(k, iv);\ncbc.decrypt(bytes);\ncbc.encrypt(other);");
    expect(found).toEqual([{ api: 'aes-js.ModeOfOperation.cbc.decrypt', name: 'aes-js.ModeOfOperation.cbc.decrypt', key: 'k', ciphertext: 'bytes' }]);
  });

  it('reads a key from an options property', () => {
    const found = decryptionCalls("import * as openpgp from 'openpgp';\nconst options = { message, passwords: [pw] };\nawait openpgp.decrypt(options);");
    expect(found.map((call) => [call.key, call.ciphertext])).toEqual([['[pw]', 'message']]);
  });

  it('finds WebCrypto as a global and from node:crypto', () => {
    const found = decryptionCalls("import { subtle } from 'node:crypto';\nawait crypto.subtle.decrypt(alg, k1, data);\nawait subtle.decrypt(alg, k2, data);");
    expect(found.map((call) => `${call.api} ${call.key ?? ''}`)).toEqual(['global.crypto.subtle.decrypt k1', 'crypto.subtle.decrypt k2']);
  });

  it('adds functions from the options, once per distinct value', () => {
    const option = [{ module: 'node:@acme/x', path: ['open'], keyArgument: 2 }];
    const apis = getDecryptionApis(option);
    expect(getDecryptionApis([{ module: 'node:@acme/x', path: ['open'], keyArgument: 2 }])).toBe(apis);
    expect(getDecryptionApis()).toBe(getDecryptionApis([]));
    const found = decryptionCalls("import { open } from '@acme/x';\nopen(a, b, k);", apis);
    expect(found.map((call) => call.key)).toEqual(['k']);
  });

  it('skips option entries that name nothing', () => {
    const apis = getDecryptionApis([{ path: [], keyArgument: 0 }, { path: ['x'], keyArgument: -1 }]);
    expect(apis.specs.size).toBe(DECRYPTION_SPECS.length);
  });

  it('gives undefined for spread or missing arguments', () => {
    const [found] = decryptionCalls("import { createDecipheriv } from 'crypto';\ncreateDecipheriv(...args);");
    expect(found?.key).toBeUndefined();
    const call = probeProgram('f(...xs);', (_context, program) => (program.body[0] as TSESTree.ExpressionStatement).expression as TSESTree.CallExpression);
    expect(getArgumentAt(call, { argument: 0 }, undefined as never)).toBeUndefined();
  });
});

describe('findOpensslKeyArguments', () => {
  it('finds the password of openssl enc -d', () => {
    expect(secrets('openssl enc -d -aes-256-cbc -in t.enc -pass pass:hunter2')).toEqual(['-pass literal hunter2']);
    expect(secrets('openssl aes-256-cbc -d -in t.enc -k hunter2')).toEqual(['-k literal hunter2']);
    expect(secrets('openssl enc -d -aes-256-cbc -K 00ff -iv 01 -in t.enc')).toEqual(['-K literal 00ff']);
    expect(secrets('openssl enc -d -aes-256-cbc -in t.enc -kfile ./k.txt')).toEqual(['-kfile file ./k.txt']);
    expect(secrets('openssl enc -d -aes-256-cbc -in t.enc -pass file:./k.txt')).toEqual(['-pass file ./k.txt']);
    expect(secrets('openssl enc -d -aes-256-cbc -in t.enc -pass env:PASS')).toEqual(['-pass other env:PASS']);
  });

  it('finds -passin on any subcommand and -pass on -decrypt subcommands', () => {
    expect(secrets('openssl pkcs12 -in c.p12 -nodes -passin pass:hunter2')).toEqual(['-passin literal hunter2']);
    expect(secrets('openssl cms -decrypt -in m.p7 -inkey k.pem -pass pass:x')).toEqual(['-pass literal x']);
    expect(secrets('openssl cms -encrypt -in m -pass pass:x')).toEqual([]);
    expect(secrets('openssl smime -decrypt -in m -passin pass:x')).toEqual(['-passin literal x']);
  });

  it('ignores encryption and other programs', () => {
    expect(secrets('openssl enc -aes-256-cbc -in t.txt -pass pass:hunter2')).toEqual([]);
    expect(secrets('gpg --batch --passphrase hunter2 -d t.gpg')).toEqual([]);
    expect(secrets('openssl enc -d -pass')).toEqual([]);
  });
});
