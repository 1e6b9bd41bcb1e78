/**
 * The docs keep their word on options. Every rule option a page shows (the `option='…'` of a
 * fenced example, and every `'token-hygiene/<rule>': …` entry of a config in a code block or
 * inline code of the rule pages and the README) must pass ESLint's own validation against the
 * rule's schema; and each options table names the options where they go (`minEntropy.base62`,
 * never a bare `base62`), exactly the properties the schema has.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '@typescript-eslint/parser';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import plugin from '../src/index.js';
import { NAMESPACE } from '../src/package-info.js';

const root = path.resolve(import.meta.dirname, '..');
const PAGES = ['README.md', ...readdirSync(path.join(root, 'docs/rules')).map((file) => `docs/rules/${file}`)].sort();
const CODE_LANGUAGES = new Set(['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx']);
const RULE_KEY = new RegExp(String.raw`^${NAMESPACE}/[\w-]+$`, 'u');

/** The part of a rule's JSON schema that describes its options object. */
interface OptionsSchema {
  readonly type?: unknown;
  readonly properties?: Readonly<Record<string, OptionsSchema>>;
  readonly items?: OptionsSchema;
}

function optionsSchemaOf(rule: (typeof allRules)[keyof typeof allRules]): OptionsSchema {
  return (rule.meta.schema as readonly OptionsSchema[])[0] ?? {};
}

/** A rule configured by a page: the rule id and what the page puts after it. */
interface RuleExample {
  readonly page: string;
  readonly line: number;
  readonly ruleId: string;
  /** The rule entry (`'off'`, `['error', {…}]`), or undefined when the page's code cannot be read statically. */
  readonly entry: unknown;
}

interface Fence {
  readonly lang: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly code: string;
  readonly line: number;
}

function fences(markdown: string): Fence[] {
  const found: Fence[] = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(\w+)(?:\s(.*))?$/u.exec(lines[index] ?? '');
    if (!open) continue;
    const attributes: Record<string, string> = {};
    for (const match of (open[2] ?? '').matchAll(/(file|option)='([^']*)'/gu)) attributes[match[1] ?? ''] = match[2] ?? '';
    let end = index + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    found.push({ lang: open[1] ?? '', attributes, code: lines.slice(index + 1, end).join('\n'), line: index + 2 });
    index = end;
  }
  return found;
}

/** Inline code spans outside fenced blocks that configure a rule of the plugin, with their line. */
function inlineRuleConfigs(markdown: string): { code: string; line: number }[] {
  const spans: { code: string; line: number }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((text, index) => {
    if (text.startsWith('```')) inFence = !inFence;
    if (inFence) return;
    for (const match of text.matchAll(/`([^`]+)`/gu)) {
      const code = match[1] ?? '';
      if (new RegExp(String.raw`['"]${NAMESPACE}/[\w-]+['"]\s*:`, 'u').test(code)) spans.push({ code, line: index + 1 });
    }
  });
  return spans;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Every `'token-hygiene/<rule>': value` property in a parsed program, with the value read statically. */
function ruleEntriesIn(program: TSESTree.Program, page: string, firstLine: number): RuleExample[] {
  const examples: RuleExample[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.Property && node.key.type === AST_NODE_TYPES.Literal && typeof node.key.value === 'string' && RULE_KEY.test(node.key.value)) {
      const value = ASTUtils.getStaticValue(node.value);
      examples.push({ page, line: firstLine + node.loc.start.line - 1, ruleId: node.key.value, entry: value?.value });
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === 'parent') continue;
      for (const item of Array.isArray(child) ? (child as unknown[]) : [child]) if (isNode(item)) visit(item);
    }
  };
  visit(program);
  return examples;
}

function parseCode(code: string, lang: string): TSESTree.Program {
  return parse(code, { sourceType: 'module', ecmaFeatures: { jsx: lang.endsWith('x') }, loc: true, range: true });
}

/** Every rule option example of a page. */
function examplesOf(page: string): RuleExample[] {
  const markdown = readFileSync(path.join(root, page), 'utf8');
  const pageRule = page.startsWith('docs/rules/') ? `${NAMESPACE}/${path.basename(page, '.md')}` : undefined;
  const examples: RuleExample[] = [];
  for (const fence of fences(markdown)) {
    const option = fence.attributes.option;
    if (option !== undefined) {
      examples.push({ page, line: fence.line - 1, ruleId: pageRule ?? 'option= outside a rule page', entry: ['error', JSON.parse(option)] });
    }
    if (CODE_LANGUAGES.has(fence.lang) && fence.code.includes(`${NAMESPACE}/`)) {
      examples.push(...ruleEntriesIn(parseCode(fence.code, fence.lang), page, fence.line));
    }
  }
  for (const span of inlineRuleConfigs(markdown)) {
    examples.push(...ruleEntriesIn(parseCode(`(${span.code});`, 'js'), page, span.line));
  }
  return examples;
}

const examples = PAGES.flatMap(examplesOf);

/** ESLint's own check of a rule entry: the error it throws for a wrong one, or undefined. */
function configurationError(example: RuleExample): string | undefined {
  const linter = new Linter();
  try {
    linter.verify('', [{ plugins: { [NAMESPACE]: plugin as never }, rules: { [example.ruleId]: example.entry as Linter.RuleEntry } }], {
      filename: 'example.js',
    });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the rule options shown in the docs', () => {
  it('are found on every rule page with options and in the README', () => {
    const pages = new Set(examples.map((example) => example.page));
    expect(pages).toContain('README.md');
    for (const [name, rule] of Object.entries(allRules)) {
      if (Object.keys(optionsSchemaOf(rule).properties ?? {}).length > 0) expect(pages).toContain(`docs/rules/${name}.md`);
    }
  });

  it.each(examples.map((example) => [`${example.page}:${String(example.line)} ${example.ruleId}`, example] as const))(
    '%s passes ESLint’s validation',
    (_title, example) => {
      expect(example.entry, 'the entry must be a literal the docs test can read').not.toBeUndefined();
      expect(configurationError(example)).toBeUndefined();
    },
  );
});

/** The name of every property a user can write: `a`, `a.b` inside an object, `a[].b` in each entry of an array. */
function propertyPaths(schema: OptionsSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]) => {
    const at = `${prefix}${name}`;
    return [
      at,
      ...(property.type === 'object' ? propertyPaths(property, `${at}.`) : []),
      ...(property.type === 'array' && property.items?.type === 'object' ? propertyPaths(property.items, `${at}[].`) : []),
    ];
  });
}

/** The first column of the generated options table of a page. */
function tableNames(markdown: string): string[] {
  const list = markdown.split('<!-- begin auto-generated rule options list -->')[1]?.split('<!-- end auto-generated rule options list -->')[0] ?? '';
  return [...list.matchAll(/^\| `([^`]+)`/gmu)].map((match) => match[1] ?? '');
}

describe.each(Object.entries(allRules))('the options table of docs/rules/%s.md', (name, rule) => {
  it('lists each property of the schema once, named where it goes', () => {
    const markdown = readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
    expect(tableNames(markdown).sort()).toEqual(propertyPaths(optionsSchemaOf(rule)).sort());
  });
});
