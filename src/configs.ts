import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import type { TokenHygieneRule } from './all-rules.js';
import { TRACKED_GLOBALS } from './globals.js';
import { NAMESPACE } from './package-info.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** The source files the configs lint: JavaScript and TypeScript, with JSX. */
export const SOURCE_FILES: readonly string[] = Object.freeze(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);

const CONFIG_LEVEL: Readonly<Record<ConfigName, number>> = { recommended: 0, strict: 1, all: 2 };
const RULE_LEVEL = { recommended: 0, strict: 1 } as const;

/** The rules a config turns on, chosen by each rule's `meta.docs.recommended`. */
export function selectRules(
  rules: Readonly<Record<string, TokenHygieneRule>>,
  config: ConfigName,
): Record<string, 'error'> {
  const selected: Record<string, 'error'> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const level = rule.meta.docs?.recommended ?? false;
    const ruleLevel = level === false ? CONFIG_LEVEL.all : RULE_LEVEL[level];
    if (ruleLevel <= CONFIG_LEVEL[config]) selected[`${NAMESPACE}/${name}`] = 'error';
  }
  return selected;
}

/**
 * Flat configs. Each is one object: it parses JavaScript and TypeScript with
 * @typescript-eslint/parser (no type information needed) and declares the globals that
 * call tracking follows.
 */
export function createFlatConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Readonly<Record<string, TokenHygieneRule>>,
): Record<ConfigName, TSESLint.FlatConfig.Config> {
  const make = (config: ConfigName): TSESLint.FlatConfig.Config => ({
    name: `${NAMESPACE}/${config}`,
    files: [...SOURCE_FILES],
    plugins: { [NAMESPACE]: plugin },
    languageOptions: {
      parser: tsParser,
      globals: { ...TRACKED_GLOBALS },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: selectRules(rules, config),
  });
  return { recommended: make('recommended'), strict: make('strict'), all: make('all') };
}

/** eslintrc configs, for ESLint 9 users still on the legacy format. */
export function createLegacyConfigs(
  rules: Readonly<Record<string, TokenHygieneRule>>,
): Record<`legacy-${ConfigName}`, TSESLint.ClassicConfig.Config> {
  const make = (config: ConfigName): TSESLint.ClassicConfig.Config => ({
    plugins: [NAMESPACE],
    parser: '@typescript-eslint/parser',
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    globals: { ...TRACKED_GLOBALS },
    rules: selectRules(rules, config),
  });
  return {
    'legacy-recommended': make('recommended'),
    'legacy-strict': make('strict'),
    'legacy-all': make('all'),
  };
}
