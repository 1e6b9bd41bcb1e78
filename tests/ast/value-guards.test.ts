import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { findTokenValue } from '../../src/ast/token-values.js';
import { isGuardedAsNonToken } from '../../src/ast/value-guards.js';
import { runProbe } from './probe.js';

/** Whether the first argument of the `probe(...)` call in `code` is read where a guard says it is no token. */
function guarded(code: string): boolean {
  let result: boolean | undefined;
  runProbe(code, () => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) result = isGuardedAsNonToken(argument);
    },
  }));
  if (result === undefined) throw new Error('no probe(...) call in the code');
  return result;
}

describe('isGuardedAsNonToken', () => {
  it.each([
    ['typeof … !== "string" || !…', "if (typeof token !== 'string' || !token) { probe(token); }"],
    ['!…', 'if (!token) probe(token);'],
    ['… == null', 'if (token == null) probe(token);'],
    ['null === …', 'if (null === token) probe(token);'],
    ['… === undefined', 'if (token === undefined) probe(token);'],
    ["… === ''", "if (token === '') probe(token);"],
    ['… === void 0', 'if (token === void 0) probe(token);'],
    ["typeof … === 'undefined'", "if (typeof token === 'undefined') probe(token);"],
    ["typeof … === 'object' && …", "if (typeof token === 'object' && token.size > 0) probe(token);"],
    ["else of typeof … === 'string'", "if (typeof token === 'string') use(token); else probe(token);"],
    ['else of …', 'if (token) use(token); else { probe(token); }'],
    ['else of … && typeof … === "string"', "if (token && typeof token === 'string') use(token); else probe(token);"],
    ['? : alternate', 'const shown = token ? mask(token) : probe(token);'],
    ['? : consequent of !…', 'const shown = !token ? probe(token) : mask(token);'],
    ['&& right side', 'const shown = !token && probe(token);'],
    ['|| right side', 'const shown = token || probe(token);'],
    ['this member', "class C { m() { if (typeof this.apiKey !== 'string') throw probe(this.apiKey); } }"],
    ['member chain', 'if (!config.auth.token) probe(config.auth.token);'],
    ['optional chain', 'if (!config?.token) probe(config?.token);'],
    ['TypeScript wrappers', 'if (!config!.token) probe(config.token as string);'],
    ['!(typeof … === "string")', "if (!(typeof token === 'string')) probe(token);"],
    ['!(… && typeof … === "string")', "if (!(token && typeof token === 'string')) probe(token);"],
    ['nested block', "if (typeof token !== 'string') { if (ready) { log(); probe(token); } }"],
  ])('%s: guarded', (_name, code) => {
    expect(guarded(code)).toBe(true);
  });

  it.each([
    ['no guard', 'probe(token);'],
    ["typeof … === 'string'", "if (typeof token === 'string') probe(token);"],
    ['truthy test', 'if (token) probe(token);'],
    ["… !== ''", "if (token !== '') probe(token);"],
    ['… != null', 'if (token != null) probe(token);'],
    ['another name', 'if (!other) probe(token);'],
    ['another member', 'if (!this.other) probe(this.token);'],
    ['the same member of another object', 'if (!other.auth.token) probe(config.auth.token);'],
    ['a shorter chain', 'if (!config.auth) probe(config.auth.token);'],
    ['a longer chain', 'if (!config.auth.token.value) probe(config.auth.token);'],
    ['this against a variable', 'if (!token) probe(this.token);'],
    ['a key with a dot against a member chain', "if (!config['auth.token']) probe(config.auth.token);"],
    ['the test itself', 'if (probe(token)) use();'],
    ['|| with one side only', "if (typeof token !== 'string' || other) probe(token);"],
    ['else of a negative test', 'if (!token) use(); else probe(token);'],
    ['? : consequent of …', 'const shown = token ? probe(token) : none();'],
    ['&& right side of …', 'const shown = token && probe(token);'],
    ['|| right side of !…', 'const shown = !token || probe(token);'],
    ['guard outside the function', 'if (!token) { const later = () => probe(token); }'],
    ['comparison with a variable', 'if (token === fallback) probe(token);'],
    ['computed member', 'if (!config[name]) probe(config[name]);'],
    ['a call', 'if (!token) probe(getToken());'],
    ["typeof compared to a variable", 'if (typeof token !== kind) probe(token);'],
  ])('%s: not guarded', (_name, code) => {
    expect(guarded(code)).toBe(false);
  });
});

describe('token values behind a guard', () => {
  /** The source text of the token value found in the first argument of `probe(...)`, or undefined. */
  function found(code: string): string | undefined {
    let result: { value: string | undefined } | undefined;
    runProbe(code, (context) => ({
      CallExpression: (call: TSESTree.CallExpression) => {
        const [argument] = call.arguments;
        if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
          const value = findTokenValue(argument, context.sourceCode.getScope(call));
          result = { value: value === undefined ? undefined : context.sourceCode.getText(value.node) };
        }
      },
    }));
    return result?.value;
  }

  it('a token name read where it is known not to be a string is no token value', () => {
    expect(found("async function f(apiKey) { const token = await apiKey(); if (typeof token !== 'string' || !token) probe(`got ${token}`); }")).toBeUndefined();
    expect(found("class C { m() { if (!this.apiKey) probe(`missing ${this.apiKey}`); } }")).toBeUndefined();
  });

  it('the same read without the guard, or with a guard on something else, is one', () => {
    expect(found('async function f(apiKey) { const token = await apiKey(); probe(`got ${token}`); }')).toBe('token');
    expect(found("async function f(apiKey) { const token = await apiKey(); if (typeof token === 'string') probe(`got ${token}`); }")).toBe('token');
    expect(found('class C { m() { if (!this.ready) probe(`key ${this.apiKey}`); } }')).toBe('this.apiKey');
  });
});
