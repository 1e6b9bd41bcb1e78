import type { TSESLint } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import type { TokenHygieneRule } from './all-rules.js';
import type { RuleLanguage } from './create-rule.js';
import { TRACKED_GLOBALS } from './globals.js';
import { NAMESPACE } from './package-info.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** The source files the configs lint: JavaScript and TypeScript, with JSX. */
export const SOURCE_FILES: readonly string[] = Object.freeze(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);

/** JSON files, read as JSONC (comments and trailing commas are accepted, as editors write them). */
export const JSON_FILES: readonly string[] = Object.freeze(['**/*.json', '**/*.jsonc']);

/** JSON5 files. */
export const JSON5_FILES: readonly string[] = Object.freeze(['**/*.json5']);

/** Lockfiles: generated, full of integrity hashes and registry URLs, never configuration. */
export const LOCKFILES: readonly string[] = Object.freeze(['**/package-lock.json', '**/npm-shrinkwrap.json']);

/**
 * Key=value credential files, read by the key-value language: dotenv files, package-manager
 * credentials, netrc, Java properties, and text files named for a token.
 */
export const KEY_VALUE_FILES: readonly string[] = Object.freeze([
  '**/.env',
  '**/.env.*',
  '**/*.env',
  '**/.npmrc',
  '**/.pypirc',
  '**/.netrc',
  '**/_netrc',
  '**/*.properties',
  '**/*{token,Token,TOKEN,secret,Secret,SECRET,credential,Credential,CREDENTIAL,password,Password,PASSWORD,apikey,ApiKey,APIKEY,api-key,api_key,API_KEY}*.txt',
]);

/** Names such as `.env.ts` or `.env.json` are code or JSON, not dotenv files. */
const NOT_KEY_VALUE_FILES: readonly string[] = Object.freeze(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,json,jsonc,json5}']);

const CONFIG_LEVEL: Readonly<Record<ConfigName, number>> = { recommended: 0, strict: 1, all: 2 };
const RULE_LEVEL = { recommended: 0, strict: 1 } as const;

/**
 * The rules a config turns on for files of one language, chosen by each rule's
 * `meta.docs.recommended` and `meta.docs.languages`.
 */
export function selectRules(
  rules: Readonly<Record<string, TokenHygieneRule>>,
  config: ConfigName,
  language: RuleLanguage = 'javascript',
): Record<string, 'error'> {
  const selected: Record<string, 'error'> = {};
  for (const [name, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs;
    const level = docs?.recommended ?? false;
    const ruleLevel = level === false ? CONFIG_LEVEL.all : RULE_LEVEL[level];
    const languages = docs?.languages ?? ['javascript'];
    if (ruleLevel <= CONFIG_LEVEL[config] && languages.includes(language)) selected[`${NAMESPACE}/${name}`] = 'error';
  }
  return selected;
}

/**
 * Flat configs. Each is an array of three named objects, one per language:
 * `<namespace>/<config>/code` parses JavaScript and TypeScript with @typescript-eslint/parser
 * (no type information needed) and declares the globals that call tracking follows;
 * `…/json` reads JSON, JSONC and JSON5 files through @eslint/json (lockfiles left out);
 * `…/key-value` reads dotenv, .npmrc, .pypirc, .netrc, .properties and token text files
 * through this plugin's key-value language.
 */
export function createFlatConfigs(
  plugin: TSESLint.FlatConfig.Plugin,
  rules: Readonly<Record<string, TokenHygieneRule>>,
): Record<ConfigName, TSESLint.FlatConfig.Config[]> {
  const plugins = { [NAMESPACE]: plugin };
  const make = (config: ConfigName): TSESLint.FlatConfig.Config[] => [
    {
      name: `${NAMESPACE}/${config}/code`,
      files: [...SOURCE_FILES],
      plugins,
      languageOptions: {
        parser: tsParser,
        globals: { ...TRACKED_GLOBALS },
        parserOptions: { ecmaFeatures: { jsx: true } },
      },
      rules: selectRules(rules, config, 'javascript'),
    },
    {
      name: `${NAMESPACE}/${config}/json`,
      files: [...JSON_FILES],
      ignores: [...LOCKFILES],
      plugins,
      language: `${NAMESPACE}/jsonc`,
      languageOptions: { allowTrailingCommas: true } as TSESLint.FlatConfig.LanguageOptions,
      rules: selectRules(rules, config, 'json'),
    },
    {
      name: `${NAMESPACE}/${config}/json5`,
      files: [...JSON5_FILES],
      plugins,
      language: `${NAMESPACE}/json5`,
      rules: selectRules(rules, config, 'json'),
    },
    {
      name: `${NAMESPACE}/${config}/key-value`,
      files: [...KEY_VALUE_FILES],
      ignores: [...NOT_KEY_VALUE_FILES],
      plugins,
      language: `${NAMESPACE}/key-value`,
      rules: selectRules(rules, config, 'key-value'),
    },
  ];
  return { recommended: make('recommended'), strict: make('strict'), all: make('all') };
}

/** eslintrc configs, for ESLint 9 users still on the legacy format (code files only). */
export function createLegacyConfigs(
  rules: Readonly<Record<string, TokenHygieneRule>>,
): Record<`legacy-${ConfigName}`, TSESLint.ClassicConfig.Config> {
  const make = (config: ConfigName): TSESLint.ClassicConfig.Config => ({
    plugins: [NAMESPACE],
    parser: '@typescript-eslint/parser',
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    globals: { ...TRACKED_GLOBALS },
    rules: selectRules(rules, config, 'javascript'),
  });
  return {
    'legacy-recommended': make('recommended'),
    'legacy-strict': make('strict'),
    'legacy-all': make('all'),
  };
}
