/**
 * Linear time: every regular expression written in src/ and rules/ passes the recheck ReDoS
 * checker. The expressions are collected from the source text (parsed with
 * @typescript-eslint/parser), so none can hide behind a module that is not imported:
 * regex literals, and `RegExp(...)` / `new RegExp(...)` with a literal pattern. A
 * `RegExp` built from anything else must be a clone of a checked pattern (`x.source`) or one
 * of the reviewed sites below; a new dynamic site fails this test until it is reviewed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { ROOT } from './project.js';

/** Dynamic patterns reviewed by hand: user-supplied options, compiled once per lint run. */
const REVIEWED_DYNAMIC_SITES: ReadonlySet<string> = new Set(['src/secret-options.ts']);

interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .sort();
}

function literalString(node: TSESTree.Node | undefined): string | undefined {
  if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  if (node?.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

function isSourceClone(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier && node.property.name === 'source';
}

function collect(file: string): { regexes: FoundRegex[]; dynamic: string[] } {
  const regexes: FoundRegex[] = [];
  const dynamic: string[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    const n = node as TSESTree.Node;
    if (typeof n.type !== 'string') return;
    const where = `${file}:${String(n.loc.start.line)}`;
    if (n.type === AST_NODE_TYPES.Literal && 'regex' in n) {
      regexes.push({ where, source: n.regex.pattern, flags: n.regex.flags });
    } else if ((n.type === AST_NODE_TYPES.NewExpression || n.type === AST_NODE_TYPES.CallExpression) && n.callee.type === AST_NODE_TYPES.Identifier && n.callee.name === 'RegExp') {
      const [pattern, flags] = n.arguments;
      const source = literalString(pattern);
      if (source !== undefined) regexes.push({ where, source, flags: literalString(flags) ?? '' });
      else if (!isSourceClone(pattern) && !REVIEWED_DYNAMIC_SITES.has(file)) dynamic.push(where);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'parent') visit(value);
  };
  visit(parse(readFileSync(path.join(ROOT, file), 'utf8'), { loc: true, range: true, jsx: false }));
  return { regexes, dynamic };
}

describe('regular expressions in src/ and rules/', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('rules')];
  const found = files.map(collect);
  const regexes = found.flatMap((f) => f.regexes);

  it('finds the expressions to check', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(regexes.length).toBeGreaterThan(50);
  });

  it('builds no RegExp from an unreviewed dynamic pattern', () => {
    expect(found.flatMap((f) => f.dynamic)).toEqual([]);
  });

  it('are all judged safe (linear time) by recheck', () => {
    const unsafe: string[] = [];
    for (const regex of regexes) {
      const diagnostics = checkSync(regex.source, regex.flags, { timeout: 10_000 });
      if (diagnostics.status !== 'safe') {
        const detail = diagnostics.status === 'vulnerable' ? `${diagnostics.complexity.summary}, attack ${diagnostics.attack.pattern}` : diagnostics.error.kind;
        unsafe.push(`${regex.where} /${regex.source}/${regex.flags}: ${diagnostics.status} (${detail})`);
      }
    }
    expect(unsafe).toEqual([]);
  }, 180_000);
});
