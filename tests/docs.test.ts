import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import plugin from '../src/index.js';

// Every rule page follows one outline, and its examples are real: each incorrect block
// must be reported by the rule and each correct block must not, both without parse errors.
const root = path.resolve(import.meta.dirname, '..');
const SECTIONS = [
  'Rule details',
  'The poor practice it prevents',
  'Examples',
  'Options',
  'When not to use it',
  'Related rules',
] as const;
const REQUIRED = new Set(['Rule details', 'The poor practice it prevents', 'Examples', 'When not to use it']);

interface CodeBlock {
  readonly lang: string;
  /** The file name the block is linted as (`file='.env.production'` after the language). */
  readonly file: string | undefined;
  readonly options: unknown;
  readonly code: string;
  readonly expectation: 'incorrect' | 'correct';
  readonly line: number;
}

function readDoc(name: string): string {
  return readFileSync(path.join(root, 'docs/rules', `${name}.md`), 'utf8');
}

function h2Headings(markdown: string): string[] {
  return [...markdown.matchAll(/^## (.+)$/gmu)].map((match) => (match[1] ?? '').trim());
}

/** The fenced blocks of the Examples and Options sections, labelled by the nearest ❌/✅ heading. */
function exampleBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let expectation: CodeBlock['expectation'] | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (/^#{3,4} .*Incorrect/u.test(line)) expectation = 'incorrect';
    else if (/^#{3,4} .*Correct/u.test(line)) expectation = 'correct';
    else if (line.startsWith('## ')) expectation = undefined;
    const fence = /^```(js|ts|tsx|jsx|json|jsonc|json5|dotenv|ini|properties|text)(?: file='([^']*)')?(?: option='([^']*)')?\s*$/u.exec(line);
    if (!fence || !expectation) continue;
    const start = index + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    blocks.push({
      lang: fence[1] ?? 'js',
      file: fence[2],
      options: fence[3] === undefined ? undefined : JSON.parse(fence[3]),
      code: lines.slice(start, end).join('\n'),
      expectation,
      line: start,
    });
    index = end;
  }
  return blocks;
}

/** The file a block is linted as when it names none: the languages pick files by name. */
const DEFAULT_FILE: Readonly<Record<string, string>> = {
  dotenv: '.env',
  ini: '.pypirc',
  properties: 'application.properties',
  text: 'api-token.txt',
};

function lintExample(name: string, block: CodeBlock): Linter.LintMessage[] {
  const linter = new Linter();
  const severity = block.options === undefined ? ['error'] : ['error', block.options];
  const filename = block.file ?? DEFAULT_FILE[block.lang] ?? `example.${block.lang}`;
  // The recommended config picks the language by file name, as it does in a project.
  return linter.verify(
    block.code,
    [
      ...(plugin.configs.recommended as unknown as Linter.Config[]),
      ...(plugin.configs['data-files'] as unknown as Linter.Config[]),
      { rules: { [`token-hygiene/${name}`]: severity as Linter.RuleEntry } },
    ],
    { filename },
  );
}

describe.each(Object.entries(allRules))('docs/rules/%s.md', (name, rule) => {
  const markdown = readDoc(name);
  const headings = h2Headings(markdown);
  const schema = rule.meta.schema;
  const optionNames = Object.keys(
    (Array.isArray(schema) ? (schema[0] as { properties?: object } | undefined)?.properties : undefined) ?? {},
  );

  it('has the generated header with the rule description', () => {
    expect(markdown.startsWith(`# token-hygiene/${name}\n`)).toBe(true);
    expect(markdown).toContain(`📝 ${rule.meta.docs?.description ?? ''}.`);
    expect(markdown).toContain('<!-- end auto-generated rule header -->');
  });

  it('uses only the house sections, in order, with the required ones present', () => {
    const known = headings.filter((heading) => (SECTIONS as readonly string[]).includes(heading));
    expect(headings).toEqual(known);
    const order = headings.map((heading) => SECTIONS.indexOf(heading as (typeof SECTIONS)[number]));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const section of REQUIRED) expect(headings).toContain(section);
    expect(headings.includes('Options')).toBe(optionNames.length > 0);
  });

  it('names the poor practice it prevents and the good practice', () => {
    const section = markdown.split('## The poor practice it prevents')[1]?.split('\n## ')[0] ?? '';
    expect(section).toContain(rule.meta.docs?.poorPractice ?? 'missing');
    expect(section).toMatch(/good practice/iu);
  });

  it.each(optionNames)('documents the option %s under its own heading', (option) => {
    expect(markdown).toContain(`### \`${option}\``);
  });

  const blocks = exampleBlocks(markdown);

  it('has incorrect and correct examples', () => {
    expect(blocks.some((block) => block.expectation === 'incorrect')).toBe(true);
    expect(blocks.some((block) => block.expectation === 'correct')).toBe(true);
  });

  it.each(blocks.map((block) => [`${block.expectation} example at line ${block.line}`, block] as const))(
    'lints the %s as labelled',
    (_title, block) => {
      const messages = lintExample(name, block);
      expect(messages.filter((message) => message.fatal === true)).toEqual([]);
      const own = messages.filter((message) => message.ruleId === `token-hygiene/${name}`);
      if (block.expectation === 'incorrect') expect(own.length).toBeGreaterThan(0);
      else expect(own).toEqual([]);
    },
  );
});
