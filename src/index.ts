import json from '@eslint/json';
import type { TSESLint } from '@typescript-eslint/utils';
import { allRules } from './all-rules.js';
import { createFlatConfigs, createLegacyConfigs } from './configs.js';
import { keyValueLanguage } from './languages/key-value/language.js';
import { NAMESPACE, PACKAGE_NAME, PACKAGE_VERSION } from './package-info.js';

type Configs = ReturnType<typeof createFlatConfigs> & ReturnType<typeof createLegacyConfigs>;

interface TokenHygienePlugin {
  readonly meta: { readonly name: string; readonly version: string; readonly namespace: string };
  readonly rules: typeof allRules;
  readonly configs: Configs;
  /**
   * `token-hygiene/key-value` (dotenv, .npmrc, .pypirc, .netrc, .properties, token text files),
   * and @eslint/json's `json`, `jsonc` and `json5` under this plugin's namespace, so that the
   * configs need no second plugin registered by the user.
   */
  readonly languages: Readonly<Record<'key-value' | 'json' | 'jsonc' | 'json5', unknown>>;
}

const configs = {} as Configs;

const plugin: TokenHygienePlugin = {
  // The version is part of ESLint's cache key: upgrading the plugin invalidates --cache.
  meta: { name: PACKAGE_NAME, version: PACKAGE_VERSION, namespace: NAMESPACE },
  rules: allRules,
  configs,
  languages: {
    'key-value': keyValueLanguage,
    json: json.languages.json,
    jsonc: json.languages.jsonc,
    json5: json.languages.json5,
  },
};

// Configs refer back to the plugin object, so they are filled in once it exists.
Object.assign(
  configs,
  createFlatConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, allRules),
  createLegacyConfigs(allRules),
);

export default plugin;
export { plugin as 'module.exports' };
