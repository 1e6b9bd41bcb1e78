import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { findCredentialImport, findCredentialKeyRead, isCredentialKey } from '../../src/ast/content-keys.js';
import { probeProgram } from './probe.js';

/** The credential key taken from the value of the first `read(...)` call, or from the first import. */
function keyTaken(code: string): string | undefined {
  return probeProgram(code, (context, program) => {
    const declaration = program.body.find((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
    if (declaration) return findCredentialImport(declaration, context.sourceCode)?.key;
    let read: TSESTree.CallExpression | undefined;
    const pending: TSESTree.Node[] = [program];
    while (pending.length > 0 && !read) {
      const node = pending.shift() as TSESTree.Node;
      if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'read') read = node;
      for (const [key, value] of Object.entries(node)) {
        if (key === 'parent') continue;
        for (const child of Array.isArray(value) ? value : [value]) {
          if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') pending.push(child as TSESTree.Node);
        }
      }
    }
    if (!read) throw new Error('no read(...) in the code');
    return findCredentialKeyRead(read, context.sourceCode)?.key;
  });
}

describe('isCredentialKey', () => {
  it.each(['token', 'apiKey', 'api_key', 'API_KEY', 'secret', 'password', 'client_secret', 'accessToken', 'auth', 'jwtSecret', 'stripeSecretKey'])('%s names a credential', (name) => {
    expect(isCredentialKey(name)).toBe(true);
  });

  it.each(['version', 'port', 'tokenizer', 'tokens', 'maxTokens', 'max_tokens', 'inputTokens', 'tokenType', 'tokenUrl', 'passwordField', 'privateKeyPath', 'nextPageToken', 'csrfToken', 'key'])(
    '%s does not',
    (name) => {
      expect(isCredentialKey(name)).toBe(false);
    },
  );
});

describe('findCredentialKeyRead', () => {
  it.each<[string, string]>([
    ['JSON.parse(read()).apiKey;', 'apiKey'],
    ['const cfg = JSON.parse(String(read()));\nuse(cfg.token);', 'token'],
    ['const { password } = JSON.parse(read().toString());', 'password'],
    ['const { db: { password: dbPassword } } = JSON.parse(read());', 'password'],
    ['const cfg = JSON.parse(read());\nconst gh = cfg.github;\nuse(gh.token);', 'token'],
    ['const cfg = JSON.parse(read());\nconst { github } = cfg;\nuse(github.accessToken);', 'accessToken'],
    ["const cfg = yaml.parse(read());\nuse(cfg['client_secret']);", 'client_secret'],
    ['const cfg = parseToml(read());\nuse(cfg.apiKey);', 'apiKey'],
    ['const raw = await read();\nconst cfg = JSON.parse(raw);\nuse(cfg?.secret);', 'secret'],
    ['const all = JSON.parse(read());\nuse(all[stage].apiKey);', 'apiKey'],
    ['const mod = await read();\nuse(mod.default.token);', 'token'],
    ['let cfg;\ncfg = JSON.parse(read());\nuse(cfg.password);', 'password'],
    ['class A {\n  constructor() { this.cfg = JSON.parse(read()); }\n  h() { return this.cfg.apiKey; }\n}', 'apiKey'],
    ['class A {\n  #cfg = null;\n  load() { this.#cfg = JSON.parse(read()); }\n  h() { return this.#cfg.token; }\n}', 'token'],
    ['function load() {\n  return JSON.parse(read());\n}\nuse(load().apiKey);', 'apiKey'],
    ['const load = () => JSON.parse(read());\nconst cfg = load();\nuse(cfg.secret);', 'secret'],
    ["read('c.json', 'utf8', (error, text) => use(JSON.parse(text).token));", 'token'],
  ])('finds the key in %s', (code, key) => {
    expect(keyTaken(code)).toBe(key);
  });

  it.each([
    'JSON.parse(read()).version;',
    'const cfg = JSON.parse(read());\nuse(cfg.port, cfg.maxTokens, cfg.tokenizer);',
    'const cfg = JSON.parse(read());\ncfg.token = fresh;',
    'const cfg = JSON.parse(read());\nuse(decrypt(cfg.apiKey, key));',
    'const lines = read().split("\\n");\nuse(lines.token);',
    'const cfg = JSON.parse(read());\nuse(cfg.keys());',
    'function load() {\n  return JSON.parse(read());\n}\nexport { load };',
    'const users = JSON.parse(read());\nconst user = users.find((u) => u.name === name);\nuse(user.password);',
    'const cfg = JSON.parse(read());\nconst { tokenLimit, passwordPolicy } = cfg.limits;',
  ])('takes no credential key in %s', (code) => {
    expect(keyTaken(code)).toBeUndefined();
  });

  it('follows a chain of bindings only so far', () => {
    const chain = 'const a = JSON.parse(read());\nconst b = a;\nconst c = b;\nconst d = c;\nconst e = d;\nconst f = e;\nuse(f.token);';
    expect(keyTaken(chain)).toBeUndefined();
    expect(keyTaken('const a = JSON.parse(read());\nconst b = a;\nuse(b.token);')).toBe('token');
  });
});

describe('findCredentialImport', () => {
  it.each<[string, string | undefined]>([
    ["import { apiKey } from './c.json';", 'apiKey'],
    ["import settings from './c.json';\nuse(settings.botToken);", 'botToken'],
    ["import * as settings from './c.json';\nuse(settings.default.password);", 'password'],
    ["import { default as settings } from './c.json';\nuse(settings.secret);", 'secret'],
    ["import settings from './c.json';\nuse(settings.version);", undefined],
    ["import { version } from './c.json';", undefined],
  ])('%s takes %s', (code, key) => {
    expect(keyTaken(code)).toBe(key);
  });
});
