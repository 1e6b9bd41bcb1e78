// The configurations the bench compares. Each is the parsing setup of its track (the same
// for every configuration of the track) followed by its own rules. A configuration loads
// only the plugin it uses, so a child's memory holds no other plugin's code.
import { createRequire } from 'node:module';
import { parsingConfig, SOURCE_GLOB } from './lib/tracks.mjs';

const require = createRequire(import.meta.url);

// run.mjs snapshots dist/ once so that a rebuild during a run cannot change the plugin
// between rounds; the snapshot's entry comes in BENCH_PLUGIN_ENTRY.
const entry = process.env.BENCH_PLUGIN_ENTRY ?? new URL('../dist/index.js', import.meta.url).href;

/** The secret rules of eslint-plugin-sonarjs the bench compares, in its order. */
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

/** @returns {Promise<any>} this plugin, from the snapshot of dist/ */
export async function loadPlugin() {
  return (await import(entry)).default;
}

/**
 * The sonarjs secret rules that exist in the installed version, and those that do not.
 * @param {any} sonarjs the plugin
 * @returns {{ present: string[], missing: string[] }}
 */
export function sonarSecretRules(sonarjs) {
  const known = Object.keys(sonarjs.rules ?? {});
  return {
    present: SONAR_SECRET_RULES.filter((name) => known.includes(name)),
    missing: SONAR_SECRET_RULES.filter((name) => !known.includes(name)),
  };
}

/**
 * The flat config of one configuration on one track and the rule ids whose reports count as
 * findings. @typescript-eslint/parser is required here for the floor and the other tools; it
 * loads TypeScript only when a file first needs it, as the plugin's own lazy parser does.
 * @param {string} name one of CONFIG_NAMES
 * @param {string} track one of TRACKS
 * @returns {Promise<{ overrideConfig: import('eslint').Linter.Config[], ruleIds: string[] }>}
 */
export async function benchConfig(name, track) {
  const parsing = /** @type {import('eslint').Linter.Config[]} */ (parsingConfig(track, lazyTypescriptParser()));
  /** @type {import('eslint').Linter.Config[]} */
  let own;
  switch (name) {
    case 'none': {
      own = [];
      break;
    }
    case 'floor': {
      own = [{ files: [...SOURCE_GLOB], plugins: { bench: benchPlugin }, rules: { 'bench/empty': 'error' } }];
      break;
    }
    case 'recommended': {
      // The plugin's two objects as users add them: no parser for JavaScript, its own lazy
      // @typescript-eslint/parser for TypeScript.
      own = [...(await loadPlugin()).configs.recommended];
      break;
    }
    case 'no-secrets': {
      const noSecrets = (await import('eslint-plugin-no-secrets')).default;
      own = [{ files: [...SOURCE_GLOB], plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];
      break;
    }
    case 'sonarjs': {
      const sonarjs = (await import('eslint-plugin-sonarjs')).default;
      const rules = Object.fromEntries(sonarSecretRules(sonarjs).present.map((rule) => [`sonarjs/${rule}`, 'error']));
      own = [{ files: [...SOURCE_GLOB], plugins: { sonarjs }, rules }];
      break;
    }
    default: {
      throw new Error(`unknown configuration ${name}`);
    }
  }
  const ruleIds = [...new Set(own.flatMap((config) => Object.keys(config.rules ?? {})))];
  return { overrideConfig: [...parsing, ...own], ruleIds };
}

/**
 * @typescript-eslint/parser behind a wrapper that requires it on the first parse: on the espree
 * track a configuration whose files are all JavaScript never loads TypeScript, as for users.
 * @returns {import('eslint').Linter.Parser}
 */
function lazyTypescriptParser() {
  /** @type {any} */
  let parser;
  const load = () => (parser ??= require('@typescript-eslint/parser'));
  return {
    meta: { name: 'typescript-eslint/parser (bench)', version: require('@typescript-eslint/parser/package.json').version },
    parseForESLint: (/** @type {string} */ code, /** @type {any} */ options) => load().parseForESLint(code, options),
  };
}
