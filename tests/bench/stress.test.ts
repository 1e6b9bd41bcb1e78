import { describe, expect, it } from 'vitest';
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';
import { countLines } from '../../bench/lib/lines.mjs';
import { bigStringLiteral, helperCalls, manyShortStrings, minifiedBundle, mixedCalls, seededRandom, stressPlan, stressSource } from '../../bench/lib/stress.mjs';

const parseModule = (code: string) => parse(code, { sourceType: 'module', ecmaVersion: 'latest', tokens: true });

describe('stress generators', () => {
  it('draws the same numbers from the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('writes one string literal of the asked length', () => {
    const code = bigStringLiteral(5000);
    const literal = parseModule(code).body[0];
    expect(literal?.type).toBe('ExportNamedDeclaration');
    expect(/'([^']*)'/u.exec(code)?.[1]).toHaveLength(5000);
    expect(bigStringLiteral(5000)).toBe(code);
  });

  it('writes the asked number of short string literals, ten to a line', () => {
    const code = manyShortStrings(1005);
    const program = parseModule(code);
    expect(program.body).toHaveLength(1);
    expect(program.tokens.filter((token) => token.type === AST_TOKEN_TYPES.String)).toHaveLength(1005);
  });

  it('writes exactly the asked number of lines of valid mixed client code', () => {
    for (const lines of [200, 1003]) {
      const code = mixedCalls(lines);
      expect(countLines(code)).toBe(lines);
      expect(() => parseModule(code)).not.toThrow();
      expect(code).toMatch(/fetch\(|axios\.get\(|readFileSync\(|createDecipheriv\(|console\.log\(/u);
    }
  });

  it('writes the asked number of helpers, each called by another top-level function of the module', () => {
    const count = 23;
    const code = helperCalls(count);
    const program = parseModule(code);
    const declared = new Set<string>();
    const called = new Set<string>();
    for (const statement of program.body) {
      // The helpers are the module's own functions and classes; their callers are exported.
      if ((statement.type === AST_NODE_TYPES.FunctionDeclaration || statement.type === AST_NODE_TYPES.ClassDeclaration)) {
        declared.add(statement.id.name);
      }
    }
    const visit = (node: unknown): void => {
      if (typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        for (const item of node) visit(item);
        return;
      }
      const record = node as Record<string, unknown>;
      const callee = record.callee as { type?: string; name?: string } | undefined;
      if ((record.type === 'CallExpression' || record.type === 'NewExpression') && callee?.type === 'Identifier') called.add(callee.name ?? '');
      for (const [key, value] of Object.entries(record)) if (key !== 'parent') visit(value);
    };
    visit(program.body);
    expect(declared.size).toBe(count);
    for (const name of declared) expect(called).toContain(name);
    expect(code).toMatch(/this\.http\.get\(/u);
    expect(code).toMatch(/path\.join\(root,/u);
    expect(helperCalls(count)).toBe(code);
  });

  it('wraps each copy of a bundle in its own function and drops its source map comment', () => {
    const bundle = 'var a=1;function b(){return a}b();\n//# sourceMappingURL=forge.min.js.map\n';
    const twice = minifiedBundle(bundle, 2);
    expect(twice).not.toContain('sourceMappingURL');
    expect(() => parseModule(twice)).not.toThrow();
    expect(twice.split('var a=1').length).toBe(3);
  });

  it('plans every kind at 1x and 2x, and the 2x file is about twice the 1x one', () => {
    const plan = stressPlan(0.01);
    expect(plan.map((item) => item.name)).toHaveLength(10);
    for (const kind of ['big-string', 'short-strings', 'mixed-calls', 'minified', 'helpers']) {
      const [one, two] = [1, 2].map((size) => plan.find((item) => item.kind === kind && item.size === size));
      if (one === undefined || two === undefined) throw new Error(`no ${kind}`);
      const oneLength = stressSource(one, 0.01, 'var x=1;\n').length;
      const twoLength = stressSource(two, 0.01, 'var x=1;\n').length;
      expect(twoLength / oneLength).toBeGreaterThan(1.8);
      expect(twoLength / oneLength).toBeLessThan(2.2);
    }
  });
});
