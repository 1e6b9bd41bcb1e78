import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { getReadValueUse, type ReadValueUse } from '../../src/ast/read-value-use.js';
import { runProbe } from './probe.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The use of the value of the `read(...)` call in `code`. */
function useOf(code: string): ReadValueUse | undefined {
  let result: { value: ReadValueUse | undefined } | undefined;
  runProbe(code, (context: Context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'read') {
        result = { value: getReadValueUse(call, context.sourceCode) };
      }
    },
  }));
  if (!result) throw new Error('no read(...) call in the code');
  return result.value;
}

describe('getReadValueUse: decryption', () => {
  it.each([
    ["crypto.privateDecrypt(read('private.pem'), payload);"],
    ["decipher.update(read('token.txt', 'utf8'), 'base64', 'utf8');"],
    ["crypto.createDecipheriv('aes-256-gcm', read('key.bin'), iv);"],
    ["await sops.decrypt(read('secrets.json'));"],
    ["decryptConfig(JSON.parse(read('secrets.json', 'utf8')), key);"],
    ["safeStorage.decryptString(Buffer.from(read('token.bin')));"],
    ["const sealed = await read('secrets.json');\nconst plain = aesDecrypt(sealed.toString().trim());"],
    ["import { privateDecrypt as open } from 'node:crypto';\nopen(read('private.pem'), payload);"],
  ])('sees a decryption in %s', (code) => {
    expect(useOf(code)).toBe('decryption');
  });

  it.each([
    ["send(read('token.txt'));"],
    ["const token = read('token.txt');\ndecrypt(token);\nsend(token);"],
    ["const token = read('token.txt');"],
    ["read('token.txt');"],
    ["JSON.stringify(read('token.txt'));"],
    ["decrypted.push(read('token.txt'));"],
    ["let token = read('token.txt');\ntoken = other;\ndecrypt(token);"],
  ])('sees no decryption in %s', (code) => {
    expect(useOf(code)).toBeUndefined();
  });
});

describe('getReadValueUse: certificate credentials', () => {
  it('sees a key and certificate pair anywhere', () => {
    expect(useOf("connect({ key: read('client.key'), cert });")).toBe('certificate-credential');
    expect(useOf("const options = { privateKey: read('client.key'), certificate: pem };")).toBe('certificate-credential');
    expect(useOf("start({ pfx: read('client.key'), passphrase });")).toBe('certificate-credential');
  });

  it('sees a single option passed to a tracked TLS or credential API', () => {
    expect(useOf("import https from 'https';\nnew https.Agent({ key: read('client.key') });")).toBe('certificate-credential');
    expect(useOf("import tls from 'node:tls';\ntls.createSecureContext({ key: read('client.key') });")).toBe('certificate-credential');
    expect(useOf("import { ClientCertificateCredential } from '@azure/identity';\nnew ClientCertificateCredential(t, c, { certificate: read('vault.pem') });")).toBe('certificate-credential');
    expect(useOf("import { Agent } from 'undici';\nnew Agent({ connect: { key: read('client.key') } });")).toBe('certificate-credential');
  });

  it('follows a constant key and a constant options object', () => {
    expect(useOf("import tls from 'tls';\nconst key = read('client.key');\ntls.connect({ key, cert });")).toBe('certificate-credential');
    expect(useOf("import https from 'https';\nconst options = { key: read('client.key') };\nhttps.request(url, options);")).toBe('certificate-credential');
  });

  it('sees no certificate use elsewhere', () => {
    expect(useOf("cache.set({ key: read('api.key') });")).toBeUndefined();
    expect(useOf("configure({ apiKey: read('api.key'), cert });")).toBeUndefined();
    expect(useOf("import https from 'https';\nnew https.Agent({ passphrase: read('passphrase.txt') });")).toBeUndefined();
    expect(useOf("function f(https) { new https.Agent({ key: read('client.key') }); }")).toBeUndefined();
  });
});
