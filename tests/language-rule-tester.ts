import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import plugin from '../src/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

export type PluginLanguage = 'json' | 'jsonc' | 'json5' | 'key-value';

/**
 * ESLint's own RuleTester (it knows `language`), set to one of the languages the plugin
 * registers: JSON files through @eslint/json, credential files through the key-value language.
 */
export function createLanguageRuleTester(language: PluginLanguage, languageOptions?: Record<string, unknown>): RuleTester {
  return new RuleTester({
    plugins: { 'token-hygiene': plugin as never },
    language: `token-hygiene/${language}`,
    ...(languageOptions === undefined ? {} : { languageOptions }),
  });
}
