import { createRequire } from 'node:module';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { inlineTypeEnums, TYPE_ENUMS } from '../../scripts/inline-type-enums.mjs';

// The build step that writes `AST_NODE_TYPES.X` of the plugin's modules as the string `"X"`.
const IMPORT = "import { AST_NODE_TYPES } from '@typescript-eslint/types';\n";

describe('inlineTypeEnums', () => {
  it('writes each static member of the imported enums as its string, and nothing else', () => {
    const code = [
      "import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';",
      "const label = 'AST_NODE_TYPES.Literal stays in a string'; // AST_NODE_TYPES.Literal stays in a comment",
      'export function kind(node, token) {',
      '  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type !== AST_NODE_TYPES.Identifier) return label;',
      '  return token.type === AST_TOKEN_TYPES.String ? node.other.AST_NODE_TYPES : undefined;',
      '}',
    ].join('\n');
    expect(inlineTypeEnums(code, 'a.js')).toBe(
      [
        "import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';",
        "const label = 'AST_NODE_TYPES.Literal stays in a string'; // AST_NODE_TYPES.Literal stays in a comment",
        'export function kind(node, token) {',
        '  if (node.type === "CallExpression" && node.callee.type !== "Identifier") return label;',
        '  return token.type === "String" ? node.other.AST_NODE_TYPES : undefined;',
        '}',
      ].join('\n'),
    );
  });

  it('follows a renamed import, and leaves modules that import neither enum alone', () => {
    const renamed = "import { AST_NODE_TYPES as T } from '@typescript-eslint/types';\nexport const isThis = (node) => node.type === T.ThisExpression;\n";
    expect(inlineTypeEnums(renamed, 'b.js')).toBe(
      "import { AST_NODE_TYPES as T } from '@typescript-eslint/types';\nexport const isThis = (node) => node.type === \"ThisExpression\";\n",
    );
    expect(inlineTypeEnums('export const x = 1;\n', 'c.js')).toBeUndefined();
    // The name alone, taken from another module, is not the enum.
    expect(inlineTypeEnums("import { AST_NODE_TYPES } from './own.js';\nexport const y = AST_NODE_TYPES.Literal;\n", 'd.js')).toBeUndefined();
  });

  it('keeps the offsets right after non-ASCII text', () => {
    const code = `${IMPORT}const MASK = /^[*•…]+$/u;\nexport const isLiteral = (node) => node.type === AST_NODE_TYPES.Literal && MASK.test('…');\n`;
    expect(inlineTypeEnums(code, 'e.js')).toBe(
      `${IMPORT}const MASK = /^[*•…]+$/u;\nexport const isLiteral = (node) => node.type === "Literal" && MASK.test('…');\n`,
    );
  });

  it('fails on a member that does not hold its own name or does not exist', () => {
    expect(() => inlineTypeEnums(`${IMPORT}export const t = AST_NODE_TYPES.NoSuchNode;\n`, 'f.js')).toThrow(
      'f.js: AST_NODE_TYPES.NoSuchNode does not hold the string "NoSuchNode"',
    );
    const renamedValues = new Map([['AST_NODE_TYPES', { Identifier: 'Name' }]]);
    expect(() => inlineTypeEnums(`${IMPORT}export const t = AST_NODE_TYPES.Identifier;\n`, 'g.js', renamedValues)).toThrow('does not hold the string "Identifier"');
  });

  it('fails on a read of an enum that is not a static member, and on a name that shadows it', () => {
    expect(() => inlineTypeEnums(`${IMPORT}export const all = Object.values(AST_NODE_TYPES);\n`, 'h.js')).toThrow(
      'h.js: AST_NODE_TYPES at offset',
    );
    expect(() => inlineTypeEnums(`${IMPORT}export const pick = (name) => AST_NODE_TYPES[name];\n`, 'i.js')).toThrow('read otherwise than as a static member');
    expect(() => inlineTypeEnums(`${IMPORT}export function f(AST_NODE_TYPES) { return AST_NODE_TYPES.Literal; }\n`, 'j.js')).toThrow('declared here');
    expect(() => inlineTypeEnums(`${IMPORT}export const types = { AST_NODE_TYPES };\n`, 'k.js')).toThrow('k.js: AST_NODE_TYPES at offset');
    // A property named like the enum is no read of it.
    expect(inlineTypeEnums(`${IMPORT}export const o = { AST_NODE_TYPES: 1 };\n`, 'l.js')).toBe(`${IMPORT}export const o = { AST_NODE_TYPES: 1 };\n`);
  });

  it('inlines only enums whose every member holds its own name, in the installed package and at the lower bound of its range', () => {
    expect([...TYPE_ENUMS.keys()]).toEqual(['AST_NODE_TYPES', 'AST_TOKEN_TYPES']);
    // The lower bound of the dependency's range, kept as an alias (see tests/e2e/dedupe.test.ts).
    const lowest = createRequire(import.meta.url)('lowest-typescript-eslint-types') as typeof import('@typescript-eslint/types');
    for (const values of [AST_NODE_TYPES, AST_TOKEN_TYPES, lowest.AST_NODE_TYPES, lowest.AST_TOKEN_TYPES]) {
      expect(Object.keys(values).length).toBeGreaterThan(10);
      for (const [key, value] of Object.entries(values)) expect(value).toBe(key);
    }
  });
});
