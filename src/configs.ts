import type { TSESLint } from '@typescript-eslint/utils';
import type { TokenHygieneRule } from './all-rules.js';
import type { RuleLanguage } from './create-rule.js';
import { NAMESPACE } from './package-info.js';
import { typescriptParser } from './typescript-parser.js';

export type ConfigName = 'recommended' | 'strict' | 'all';

/** JavaScript files, with JSX. The configs leave them to the user's parser (espree by default). */
export const JAVASCRIPT_FILES: readonly string[] = Object.freeze(['**/*.{js,mjs,cjs,jsx}']);

/** TypeScript files: the only files the configs give a parser, @typescript-eslint/parser. */
export const TYPESCRIPT_FILES: readonly string[] = Object.freeze(['**/*.{ts,mts,cts,tsx}']);

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

export type FlatConfigs = Record<ConfigName | 'data-files', TSESLint.FlatConfig.Config[]>;

/**
 * Flat configs.
 *
 * `recommended`, `strict` and `all` read code only, so adding one to an existing config never
 * makes ESLint lint a file that the user's other configs cannot read. Each is two named objects:
 * `<namespace>/<config>/javascript` turns the rules on for JavaScript files and sets no parser
 * (the user's own, espree by default, stays; JSX is switched on in the parser options), and
 * `…/typescript` gives TypeScript files @typescript-eslint/parser, loaded on the first one.
 * Neither declares globals: the rules find `fetch`, `console` or `require` without them.
 *
 * `data-files` adds the other files where tokens are kept: JSON, JSONC and JSON5 through
 * @eslint/json (lockfiles left out), and dotenv, .npmrc, .pypirc, .netrc, .properties and token
 * text files through this plugin's key-value language. ESLint runs every config object without
 * `files` on these files too, so the user's JavaScript configs must be scoped to code files
 * first (README, "JSON and credential files").
 */
export function createFlatConfigs(plugin: TSESLint.FlatConfig.Plugin, rules: Readonly<Record<string, TokenHygieneRule>>): FlatConfigs {
  const plugins = { [NAMESPACE]: plugin };
  const code = (config: ConfigName): TSESLint.FlatConfig.Config[] => {
    const selected = selectRules(rules, config, 'javascript');
    return [
      {
        name: `${NAMESPACE}/${config}/javascript`,
        files: [...JAVASCRIPT_FILES],
        plugins,
        languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
        rules: selected,
      },
      {
        name: `${NAMESPACE}/${config}/typescript`,
        files: [...TYPESCRIPT_FILES],
        plugins,
        languageOptions: { parser: typescriptParser },
        rules: { ...selected },
      },
    ];
  };
  const dataFiles: TSESLint.FlatConfig.Config[] = [
    {
      name: `${NAMESPACE}/data-files/json`,
      files: [...JSON_FILES],
      ignores: [...LOCKFILES],
      plugins,
      language: `${NAMESPACE}/jsonc`,
      languageOptions: { allowTrailingCommas: true } as TSESLint.FlatConfig.LanguageOptions,
      rules: selectRules(rules, 'recommended', 'json'),
    },
    {
      name: `${NAMESPACE}/data-files/json5`,
      files: [...JSON5_FILES],
      plugins,
      language: `${NAMESPACE}/json5`,
      rules: selectRules(rules, 'recommended', 'json'),
    },
    {
      name: `${NAMESPACE}/data-files/key-value`,
      files: [...KEY_VALUE_FILES],
      ignores: [...NOT_KEY_VALUE_FILES],
      plugins,
      language: `${NAMESPACE}/key-value`,
      rules: selectRules(rules, 'recommended', 'key-value'),
    },
  ];
  return { recommended: code('recommended'), strict: code('strict'), all: code('all'), 'data-files': dataFiles };
}

/** eslintrc configs, for ESLint 9 users still on the legacy format (code files only). */
export function createLegacyConfigs(
  rules: Readonly<Record<string, TokenHygieneRule>>,
): Record<`legacy-${ConfigName}`, TSESLint.ClassicConfig.Config> {
  const make = (config: ConfigName): TSESLint.ClassicConfig.Config => ({
    plugins: [NAMESPACE],
    parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    rules: selectRules(rules, config, 'javascript'),
    // The user's parser for JavaScript; @typescript-eslint/parser for TypeScript only.
    overrides: [{ files: ['*.ts', '*.mts', '*.cts', '*.tsx'], parser: '@typescript-eslint/parser' }],
  });
  return {
    'legacy-recommended': make('recommended'),
    'legacy-strict': make('strict'),
    'legacy-all': make('all'),
  };
}
