import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { getScopeAt } from '../../src/ast/scope-at.js';

/**
 * For every node of `code`: the scope getScopeAt finds from each of the file's scopes, and
 * the scope ESLint's own `sourceCode.getScope` gives (the reference: the innermost scope
 * around the node, the inner one of a named function expression's two; for the Program
 * itself the innermost of its scopes, the module's or CommonJS's function scope).
 */
function compareScopes(code: string, filename: string, parser?: Linter.Parser): { nodes: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let nodes = 0;
  const rule = {
    meta: { type: 'problem' as const, schema: [] },
    create(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>): TSESLint.RuleListener {
      const { sourceCode } = context;
      return {
        '*'(node: TSESTree.Node): void {
          nodes++;
          // ESLint gives the global scope for the Program itself; getScopeAt the innermost (module) one.
          const expected = node.type === AST_NODE_TYPES.Program ? sourceCode.scopeManager?.acquire(node, true) : sourceCode.getScope(node);
          for (const from of sourceCode.scopeManager?.scopes ?? []) {
            const found = getScopeAt(from, node);
            if (found !== expected) {
              mismatches.push(`${node.type} at ${node.loc.start.line}:${node.loc.start.column} from a ${from.type} scope: ${found.type}, not ${expected?.type ?? 'none'}`);
            }
          }
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.*'],
        plugins: { probe: { rules: { scopes: rule as never } } },
        languageOptions: { ...(parser ? { parser } : {}), globals: {}, parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: { 'probe/scopes': 'error' },
      },
    ],
    { filename },
  );
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`could not parse: ${fatal.message}`);
  return { nodes, mismatches };
}

const JAVASCRIPT = `
const base = process.env.API_BASE;
function outer(a, b = () => a) {
  const inner = function named(x) { return named.length + x; };
  for (let i = 0; i < 3; i++) { try { inner(i); } catch (error) { console.log(error); } }
  switch (a) { case 1: { let c = 2; break; } default: }
  return (y) => y + b();
}
class Client extends Base {
  static #count = 0;
  token = process.env.TOKEN;
  field = () => this.token;
  static { Client.#count += 1; }
  constructor(http) { super(); this.http = http; }
  get(path) { return this.http.get(\`\${base}\${path}?t=\${this.token}\`); }
}
const Klass = class Named { m() { return Named; } };
label: for (const key in {}) { if (key) continue label; }
for (const value of []) value;
with (Math) { max(1, 2); }
new Client(outer)(<div onClick={() => 1}>{base}</div>);
() => {}
`;

const TYPESCRIPT = `
import type { Agent } from 'node:http';
enum Kind { A = 1, B = A + 1 }
namespace Config { export const url = 'https://example.test'; }
type Pick2<T, K extends keyof T> = { [P in K]: T[P] };
type Cond<T> = T extends (infer U)[] ? U : never;
interface Options { token: string; agent?: Agent }
abstract class Service<T> {
  constructor(private readonly options: Options, protected value?: T) {}
  abstract run(input: T): Promise<void>;
  @decorated method<U>(input: U): U { return input; }
  call = async (path: string): Promise<string> => { const url = \`\${Config.url}/\${path}\`; return url; };
}
function generic<T extends { id: string }>(item: T): T['id'] { return item.id; }
declare function declared(token: string): void;
export default function (options: Options) { return new (class extends Service<number> { run() { return Promise.resolve(); } })(options); }
`;

describe('getScopeAt', () => {
  it('gives the scope ESLint gives, for every node, from every scope of a JavaScript file (espree)', () => {
    const { nodes, mismatches } = compareScopes(JAVASCRIPT.replace('with (Math) { max(1, 2); }', ''), 'scopes.jsx');
    expect(nodes).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  });

  it('gives the scope ESLint gives in a CommonJS script, `with` statement included (espree)', () => {
    // Without the class (strict code) and the JSX.
    const script = JAVASCRIPT.slice(0, JAVASCRIPT.indexOf('class Client')) + JAVASCRIPT.slice(JAVASCRIPT.indexOf('const Klass')).replace('new Client(outer)(<div onClick={() => 1}>{base}</div>);', '');
    const { nodes, mismatches } = compareScopes(script, 'script.cjs');
    expect(script).toContain('with (Math)');
    expect(nodes).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
  });

  it('gives the scope ESLint gives for the same JavaScript with the TypeScript parser', () => {
    const { nodes, mismatches } = compareScopes(JAVASCRIPT.replace('with (Math) { max(1, 2); }', ''), 'scopes.tsx', tsParser);
    expect(nodes).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  });

  it('gives the scope ESLint gives in TypeScript (enums, namespaces, type scopes, parameter properties, decorators)', () => {
    const { nodes, mismatches } = compareScopes(TYPESCRIPT, 'scopes.ts', tsParser);
    expect(nodes).toBeGreaterThan(150);
    expect(mismatches).toEqual([]);
  });
});
