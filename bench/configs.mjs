// The five configurations the bench compares. They share the parser, its options and the
// globals of this plugin's recommended config, so only the rules differ.
import noSecrets from 'eslint-plugin-no-secrets';
import sonarjs from 'eslint-plugin-sonarjs';

// run.mjs snapshots dist/ once so that a rebuild during a run cannot change the plugin
// between rounds; the snapshot's entry comes in BENCH_PLUGIN_ENTRY.
const entry = process.env.BENCH_PLUGIN_ENTRY ?? new URL('../dist/src/index.js', import.meta.url).href;
/** @type {any} */
const plugin = (await import(entry)).default;

/** Every file the corpus and the stress files hold. */
export const SOURCE_GLOB = Object.freeze(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);

/** The secret rules of eslint-plugin-sonarjs the issue names, in its order. */
export const SONAR_SECRET_RULES = Object.freeze(['no-hardcoded-passwords', 'no-hardcoded-secrets', 'hardcoded-secret-signatures']);

/** A rule that listens to nothing: enabling it makes ESLint traverse every file. */
const benchPlugin = {
  meta: { name: 'bench', version: '0.0.0' },
  rules: {
    empty: {
      meta: { type: 'problem', docs: { description: 'Listen to nothing' }, schema: [] },
      create: () => ({}),
    },
  },
};

/**
 * The sonarjs secret rules that exist in the installed version, and those that do not.
 * @returns {{ present: string[], missing: string[] }}
 */
export function sonarSecretRules() {
  const known = Object.keys(sonarjs.rules ?? {});
  return {
    present: SONAR_SECRET_RULES.filter((name) => known.includes(name)),
    missing: SONAR_SECRET_RULES.filter((name) => !known.includes(name)),
  };
}

/**
 * The flat config of one configuration and the rule ids whose reports count as findings.
 * @param {string} name one of CONFIG_NAMES
 * @returns {{ overrideConfig: import('eslint').Linter.Config[], ruleIds: string[] }}
 */
export function benchConfig(name) {
  // `recommended` reads code: its rules, with @typescript-eslint/parser for every file as before.
  const recommended = plugin.configs.recommended.find((config) => config.name === 'token-hygiene/recommended/typescript');
  if (recommended === undefined) throw new Error('the recommended config has no TypeScript part');
  const shared = [
    { ignores: ['!**/node_modules/'] },
    {
      files: [...SOURCE_GLOB],
      languageOptions: { parser: recommended.languageOptions.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    },
  ];
  /** @type {Record<string, import('eslint').Linter.RuleEntry>} */
  let rules = {};
  /** @type {Record<string, import('eslint').ESLint.Plugin>} */
  let plugins = {};
  switch (name) {
    case 'none': {
      break;
    }
    case 'floor': {
      plugins = { bench: benchPlugin };
      rules = { 'bench/empty': 'error' };
      break;
    }
    case 'recommended': {
      plugins = recommended.plugins ?? {};
      rules = { ...recommended.rules };
      break;
    }
    case 'no-secrets': {
      plugins = { 'no-secrets': noSecrets };
      rules = { 'no-secrets/no-secrets': 'error' };
      break;
    }
    case 'sonarjs': {
      plugins = { sonarjs };
      rules = Object.fromEntries(sonarSecretRules().present.map((rule) => [`sonarjs/${rule}`, 'error']));
      break;
    }
    default: {
      throw new Error(`unknown configuration ${name}`);
    }
  }
  return {
    overrideConfig: [...shared, { files: [...SOURCE_GLOB], plugins, rules }],
    ruleIds: Object.keys(rules),
  };
}

/** The plugin's name and version, for the report. */
export const pluginMeta = plugin.meta;
