import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import { ruleDocsUrl } from '../src/create-rule.js';
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

  it.each(['recommended', 'strict', 'all'] as const)('%s turns on exactly the rules its level selects', (config) => {
    const expected = Object.entries(allRules)
      .filter(([, rule]) => {
        const recommended = rule.meta.docs?.recommended ?? false;
        const ruleLevel = recommended === false ? 2 : level[recommended];
        return ruleLevel <= level[config];
      })
      .map(([name]) => `token-hygiene/${name}`)
      .sort();
    const flat = plugin.configs[config];
    const legacy = plugin.configs[`legacy-${config}`];
    expect(Object.keys(flat.rules ?? {}).sort()).toEqual(expected);
    expect(Object.keys(legacy.rules ?? {}).sort()).toEqual(expected);
    expect(Object.values(flat.rules ?? {}).every((severity) => severity === 'error')).toBe(true);
  });

  it('nests recommended in strict and strict in all', () => {
    const rulesOf = (name: 'recommended' | 'strict' | 'all') => Object.keys(plugin.configs[name].rules ?? {});
    expect(rulesOf('strict')).toEqual(expect.arrayContaining(rulesOf('recommended')));
    expect(rulesOf('all')).toEqual(expect.arrayContaining(rulesOf('strict')));
    expect(rulesOf('all')).toHaveLength(Object.keys(allRules).length);
  });

  it('refers to the plugin object itself and lints TypeScript files', () => {
    const config = plugin.configs.recommended;
    expect(config.name).toBe('token-hygiene/recommended');
    expect(config.plugins?.['token-hygiene']).toBe(plugin);
    expect(config.files).toEqual(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);
    expect(config.languageOptions?.globals).toMatchObject({ fetch: 'readonly', require: 'readonly' });
  });
});
