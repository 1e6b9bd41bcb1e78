import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import { createRule, ruleDocsUrl } from '../src/create-rule.js';
import plugin from '../src/index.js';

const root = path.resolve(import.meta.dirname, '..');
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
  const parts = ['code', 'json', 'json5', 'key-value'] as const;
  const languageOf = { code: 'javascript', json: 'json', json5: 'json', 'key-value': 'key-value' } as const;

  function part(config: 'recommended' | 'strict' | 'all', name: (typeof parts)[number]) {
    const found = plugin.configs[config].find((entry) => entry.name === `token-hygiene/${config}/${name}`);
    if (found === undefined) throw new Error(`no ${name} part in ${config}`);
    return found;
  }

  it.each(['recommended', 'strict', 'all'] as const)('%s is one named object per language, in order', (config) => {
    expect(plugin.configs[config].map((entry) => entry.name)).toEqual(parts.map((name) => `token-hygiene/${config}/${name}`));
  });

  it.each(['recommended', 'strict', 'all'] as const)('%s turns on exactly the rules its level selects, per language', (config) => {
    for (const name of parts) {
      const expected = Object.entries(allRules)
        .filter(([, rule]) => {
          const recommended = rule.meta.docs?.recommended ?? false;
          const ruleLevel = recommended === false ? 2 : level[recommended];
          const languages: readonly string[] = rule.meta.docs?.languages ?? ['javascript'];
          return ruleLevel <= level[config] && languages.includes(languageOf[name]);
        })
        .map(([ruleName]) => `token-hygiene/${ruleName}`)
        .sort();
      const flat = part(config, name);
      expect(Object.keys(flat.rules ?? {}).sort()).toEqual(expected);
      expect(Object.values(flat.rules ?? {}).every((severity) => severity === 'error')).toBe(true);
    }
    const legacy = plugin.configs[`legacy-${config}`];
    expect(Object.keys(legacy.rules ?? {}).sort()).toEqual(Object.keys(part(config, 'code').rules ?? {}).sort());
  });

  it('gives every rule of `all` at least one language part', () => {
    const enabled = new Set(plugin.configs.all.flatMap((entry) => Object.keys(entry.rules ?? {})));
    expect([...enabled].sort()).toEqual(Object.keys(allRules).map((name) => `token-hygiene/${name}`).sort());
  });

  it('nests recommended in strict and strict in all', () => {
    const rulesOf = (name: 'recommended' | 'strict' | 'all') => plugin.configs[name].flatMap((entry) => Object.keys(entry.rules ?? {}));
    expect(rulesOf('strict')).toEqual(expect.arrayContaining(rulesOf('recommended')));
    expect(rulesOf('all')).toEqual(expect.arrayContaining(rulesOf('strict')));
  });

  it('refers to the plugin object itself and lints TypeScript files', () => {
    const config = part('recommended', 'code');
    expect(config.plugins?.['token-hygiene']).toBe(plugin);
    expect(config.files).toEqual(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);
    expect(config.languageOptions?.globals).toMatchObject({ fetch: 'readonly', require: 'readonly' });
  });

  it('reads JSON and credential files through languages the plugin registers, without lockfiles', () => {
    const json = part('recommended', 'json');
    expect(json.language).toBe('token-hygiene/jsonc');
    expect(json.ignores).toEqual(expect.arrayContaining(['**/package-lock.json']));
    expect(part('recommended', 'json5').language).toBe('token-hygiene/json5');
    expect(part('recommended', 'key-value').language).toBe('token-hygiene/key-value');
    expect(Object.keys(plugin.languages).sort()).toEqual(['json', 'json5', 'jsonc', 'key-value']);
  });
});

describe('rules on files of a language they do not read', () => {
  const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
  const everyRule = Object.fromEntries(Object.keys(allRules).map((name) => [`token-hygiene/${name}`, 'error' as const]));
  const config = [...(plugin.configs.all as unknown as Linter.Config[]), { rules: everyRule }];

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
