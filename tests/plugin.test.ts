import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import { createRule, ruleDocsUrl } from '../src/create-rule.js';
import plugin from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');
const tsParserVersion = (JSON.parse(readFileSync(path.join(root, 'node_modules/@typescript-eslint/parser/package.json'), 'utf8')) as { version: string }).version;
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
};

function namesIn(folder: string, suffix: string): string[] {
  return readdirSync(path.join(root, folder))
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.slice(0, -suffix.length))
    .sort();
}

describe('the plugin object', () => {
  it('names itself and its version from package.json, so --cache invalidates on upgrade', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version, namespace: 'token-hygiene' });
  });

  it('registers exactly the rules in rules/, each with a test file and a doc page', () => {
    const registered = Object.keys(allRules).sort();
    expect(registered).toEqual(namesIn('rules', '.ts'));
    expect(registered).toEqual(namesIn('tests/rules', '.test.ts'));
    expect(registered).toEqual(namesIn('docs/rules', '.md'));
    expect(plugin.rules).toBe(allRules);
  });

  it('keeps the rule registry sorted by name', () => {
    const names = Object.keys(allRules);
    expect(names).toEqual([...names].sort());
  });

  it.each(Object.entries(allRules))('gives %s a docs URL at docs/rules/<name>.md', (name, rule) => {
    expect(rule.meta.docs?.url).toBe(ruleDocsUrl(name));
    expect(ruleDocsUrl(name)).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, 'u'));
  });
});

describe('the configs', () => {
  const level = { recommended: 0, strict: 1, all: 2 } as const;
  const codeParts = ['javascript', 'typescript'] as const;
  const dataParts = ['json', 'json5', 'key-value'] as const;
  const languageOf = { json: 'json', json5: 'json', 'key-value': 'key-value' } as const;
  type ConfigName = 'recommended' | 'strict' | 'all' | 'data-files';

  function part(config: ConfigName, name: string) {
    const found = plugin.configs[config].find((entry) => entry.name === `token-hygiene/${config}/${name}`);
    if (found === undefined) throw new Error(`no ${name} part in ${config}`);
    return found;
  }

  function expectedRules(config: 'recommended' | 'strict' | 'all', language: string): string[] {
    return Object.entries(allRules)
      .filter(([, rule]) => {
        const recommended = rule.meta.docs?.recommended ?? false;
        const ruleLevel = recommended === false ? 2 : level[recommended];
        const languages: readonly string[] = rule.meta.docs?.languages ?? ['javascript'];
        return ruleLevel <= level[config] && languages.includes(language);
      })
      .map(([ruleName]) => `token-hygiene/${ruleName}`)
      .sort();
  }

  it.each(['recommended', 'strict', 'all'] as const)('%s reads code only: a JavaScript part and a TypeScript part', (config) => {
    expect(plugin.configs[config].map((entry) => entry.name)).toEqual(codeParts.map((name) => `token-hygiene/${config}/${name}`));
    expect(plugin.configs[config].flatMap((entry) => entry.files)).toEqual(['**/*.{js,mjs,cjs,jsx}', '**/*.{ts,mts,cts,tsx}']);
    expect(plugin.configs[config].some((entry) => entry.language !== undefined)).toBe(false);
  });

  it('data-files is one named object per data language, in order', () => {
    expect(plugin.configs['data-files'].map((entry) => entry.name)).toEqual(dataParts.map((name) => `token-hygiene/data-files/${name}`));
  });

  it.each(['recommended', 'strict', 'all'] as const)('%s turns on exactly the rules its level selects for code', (config) => {
    for (const name of codeParts) {
      const flat = part(config, name);
      expect(Object.keys(flat.rules ?? {}).sort()).toEqual(expectedRules(config, 'javascript'));
      expect(Object.values(flat.rules ?? {}).every((severity) => severity === 'error')).toBe(true);
    }
    const legacy = plugin.configs[`legacy-${config}`];
    expect(Object.keys(legacy.rules ?? {}).sort()).toEqual(expectedRules(config, 'javascript'));
  });

  it('data-files turns on the recommended rules that read each data language', () => {
    for (const name of dataParts) {
      const flat = part('data-files', name);
      expect(Object.keys(flat.rules ?? {}).sort()).toEqual(expectedRules('recommended', languageOf[name]));
      expect(Object.keys(flat.rules ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('gives every rule a config: code rules in `all`, the others in `data-files`', () => {
    const enabled = new Set([...plugin.configs.all, ...plugin.configs['data-files']].flatMap((entry) => Object.keys(entry.rules ?? {})));
    expect([...enabled].sort()).toEqual(Object.keys(allRules).map((name) => `token-hygiene/${name}`).sort());
  });

  it('nests recommended in strict and strict in all', () => {
    const rulesOf = (name: 'recommended' | 'strict' | 'all') => plugin.configs[name].flatMap((entry) => Object.keys(entry.rules ?? {}));
    expect(rulesOf('strict')).toEqual(expect.arrayContaining(rulesOf('recommended')));
    expect(rulesOf('all')).toEqual(expect.arrayContaining(rulesOf('strict')));
  });

  it('refers to the plugin object itself, declares no globals, and sets a parser for TypeScript files only', () => {
    const javascript = part('recommended', 'javascript');
    const typescript = part('recommended', 'typescript');
    expect(javascript.plugins?.['token-hygiene']).toBe(plugin);
    expect(typescript.plugins?.['token-hygiene']).toBe(plugin);
    expect(javascript.languageOptions).toEqual({ parserOptions: { ecmaFeatures: { jsx: true } } });
    expect(Object.keys(typescript.languageOptions ?? {})).toEqual(['parser']);
    expect(typescript.languageOptions?.parser?.meta).toEqual({ name: 'typescript-eslint/parser', version: tsParserVersion });
    for (const entry of [...plugin.configs.all, ...plugin.configs['data-files']]) expect(entry.languageOptions?.globals).toBeUndefined();
  });

  it('reads JSON and credential files through languages the plugin registers, without lockfiles', () => {
    const json = part('data-files', 'json');
    expect(json.language).toBe('token-hygiene/jsonc');
    expect(json.ignores).toEqual(expect.arrayContaining(['**/package-lock.json']));
    expect(part('data-files', 'json5').language).toBe('token-hygiene/json5');
    expect(part('data-files', 'key-value').language).toBe('token-hygiene/key-value');
    expect(Object.keys(plugin.languages).sort()).toEqual(['json', 'json5', 'jsonc', 'key-value']);
  });
});

describe('rules on files of a language they do not read', () => {
  const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
  const everyRule = Object.fromEntries(Object.keys(allRules).map((name) => [`token-hygiene/${name}`, 'error' as const]));
  const config = [...(plugin.configs.all as unknown as Linter.Config[]), ...(plugin.configs['data-files'] as unknown as Linter.Config[]), { rules: everyRule }];

  it.each([
    ['app.ts', `export const apiToken = '${generic}';\n`, 'token-hygiene/no-hardcoded-token'],
    ['config/app.json', `{ "apiToken": "${generic}" }`, 'token-hygiene/no-hardcoded-token'],
    ['.env', `API_TOKEN=${generic}\n`, 'token-hygiene/no-plaintext-token-in-file'],
  ])('%s: every rule enabled, only the rule that reads it reports', (filename, code, ruleId) => {
    const messages = new Linter().verify(code, config, { filename });
    expect(messages.map((message) => message.ruleId)).toEqual([ruleId]);
  });
});

describe('createRule', () => {
  // A rule that needs JavaScript's scope manager, as most rules do: outside JavaScript it would throw.
  const created: string[] = [];
  const probe = createRule<[], 'seen'>({
    name: 'probe',
    meta: { type: 'problem', docs: { description: 'probe', recommended: false, poorPractice: 'P3' }, schema: [], messages: { seen: 'seen' }, defaultOptions: [] },
    create(context) {
      created.push(context.sourceCode.scopeManager?.globalScope ? 'javascript' : 'missing scope manager');
      if (context.sourceCode.scopeManager === null) throw new Error('no scope manager');
      return {};
    },
  });
  const config = [
    ...(plugin.configs.all as unknown as Linter.Config[]),
    ...(plugin.configs['data-files'] as unknown as Linter.Config[]),
    { plugins: { probe: { rules: { probe } } as never }, rules: { 'probe/probe': 'error' as const } },
  ];

  it.each([
    ['config/app.json', '{ "a": 1 }'],
    ['config.json5', '{ a: 1 }'],
    ['.env', 'A=1\n'],
  ])('gives a JavaScript rule no listeners on %s instead of running it', (filename, code) => {
    created.length = 0;
    expect(new Linter().verify(code, config, { filename })).toEqual([]);
    expect(created).toEqual([]);
  });

  it('runs it on JavaScript', () => {
    created.length = 0;
    expect(new Linter().verify('export const a = 1;\n', config, { filename: 'a.ts' })).toEqual([]);
    expect(created).toEqual(['javascript']);
  });
});

describe('createRule options', () => {
  type ProbeOptions = [{ readonly words?: readonly string[]; readonly limit?: number; readonly nested?: { readonly on?: boolean; readonly level?: number } }];
  const seen: Readonly<ProbeOptions>[] = [];
  const probe = createRule<ProbeOptions, 'seen'>({
    name: 'options-probe',
    meta: {
      type: 'problem',
      docs: { description: 'probe', recommended: false, poorPractice: 'P3' },
      schema: [
        {
          type: 'object',
          additionalProperties: false,
          properties: {
            words: { type: 'array', items: { type: 'string' } },
            limit: { type: 'number' },
            nested: { type: 'object', properties: { on: { type: 'boolean' }, level: { type: 'number' } }, additionalProperties: false },
          },
        },
      ],
      messages: { seen: 'seen' },
      defaultOptions: [{ words: [], limit: 3, nested: { on: false, level: 1 } }],
    },
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  const lint = (options: unknown[], filename: string): void => {
    const config: Linter.Config[] = [{ plugins: { probe: { rules: { 'options-probe': probe } } as never }, rules: { 'probe/options-probe': ['error', ...options] as Linter.RuleEntry } }];
    expect(new Linter().verify('export const a = 1;\n', config, { filename })).toEqual([]);
  };

  it('merges the user options into the defaults, deeply', () => {
    seen.length = 0;
    lint([{ limit: 7, nested: { on: true } }], 'a.js');
    lint([], 'b.js');
    expect(seen).toEqual([[{ words: [], limit: 7, nested: { on: true, level: 1 } }], [{ words: [], limit: 3, nested: { on: false, level: 1 } }]]);
  });

  it('merges each distinct value once and gives every file the same frozen object', () => {
    seen.length = 0;
    lint([{ words: ['x'] }], 'a.js');
    lint([{ words: ['x'] }], 'b.js');
    lint([{ words: ['y'] }], 'c.js');
    const [first, second, third] = seen;
    expect(second).toBe(first);
    expect(third).not.toBe(first);
    expect(third).toEqual([{ words: ['y'], limit: 3, nested: { on: false, level: 1 } }]);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.[0].nested)).toBe(true);
    expect(Object.isFrozen(first?.[0].words)).toBe(true);
  });

  it('gives a rule enabled without options its merged defaults, one frozen object kept for good', () => {
    seen.length = 0;
    lint([], 'a.js');
    lint([], 'b.js');
    // Past the limit of distinct values kept, the merged values start afresh; the defaults do not.
    for (let limit = 0; limit < 70; limit++) lint([{ limit }], `c${limit}.js`);
    lint([], 'd.js');
    const [first, second] = seen;
    expect(first).toEqual([{ words: [], limit: 3, nested: { on: false, level: 1 } }]);
    expect(second).toBe(first);
    expect(seen.at(-1)).toBe(first);
    expect(seen.at(-2)).toEqual([{ words: [], limit: 69, nested: { on: false, level: 1 } }]);
    expect(Object.isFrozen(first?.[0].nested)).toBe(true);
    expect(Object.isFrozen(probe.meta.defaultOptions?.[0])).toBe(true);
  });

  it('tells values apart that differ deep inside, and not by the order of keys', () => {
    seen.length = 0;
    lint([{ nested: { on: true, level: 2 } }], 'a.js');
    lint([{ nested: { on: true, level: 3 } }], 'b.js');
    lint([{ nested: { level: 2, on: true } }], 'c.js');
    lint([{ words: ['x', 'y'] }], 'd.js');
    lint([{ words: ['x'] }], 'e.js');
    const [first, second, third, fourth, fifth] = seen;
    expect(second).not.toBe(first);
    expect(second?.[0].nested).toEqual({ on: true, level: 3 });
    expect(third).toBe(first);
    expect(fifth).not.toBe(fourth);
    expect(fifth?.[0].words).toEqual(['x']);
  });
});

describe('the README’s configs table', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = readme.split('### Configs')[1]?.split('\n\n')[1] ?? '';
  const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gmu)].map((match) => match[1]);
  const rulesOf = (name: 'recommended' | 'strict' | 'all' | 'data-files') =>
    [...new Set(plugin.configs[name].flatMap((entry) => Object.keys(entry.rules ?? {})))].sort();

  it('lists every flat config the plugin exports', () => {
    expect(listed).toEqual(Object.keys(plugin.configs).filter((name) => !name.startsWith('legacy-')));
  });

  it('says true: strict and all turn on what recommended does, every code rule', () => {
    expect(table).toMatch(/\| `strict` \| the same as `recommended` today/u);
    expect(table).toMatch(/\| `all` \| the same as `recommended` today/u);
    expect(rulesOf('strict')).toEqual(rulesOf('recommended'));
    expect(rulesOf('all')).toEqual(rulesOf('recommended'));
    const codeRules = Object.entries(allRules).filter(([, rule]) => (rule.meta.docs?.languages ?? ['javascript']).includes('javascript'));
    expect(rulesOf('recommended')).toEqual(codeRules.map(([name]) => `token-hygiene/${name}`).sort());
  });

  it('says true: data-files turns on no-hardcoded-token and no-plaintext-token-in-file', () => {
    expect(table).toMatch(/\| `data-files` \| `no-hardcoded-token` on JSON files and `no-plaintext-token-in-file` on credential files \|/u);
    expect(rulesOf('data-files')).toEqual(['token-hygiene/no-hardcoded-token', 'token-hygiene/no-plaintext-token-in-file']);
  });
});
