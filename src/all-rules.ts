import type { TSESLint } from '@typescript-eslint/utils';
import noHardcodedToken from '../rules/no-hardcoded-token.js';
import type { TokenHygieneDocs } from './create-rule.js';

/** A rule of this plugin, as RuleCreator builds it. */
export type TokenHygieneRule = TSESLint.RuleModule<string, readonly unknown[], TokenHygieneDocs>;

/** Every rule of the plugin by name, sorted. Adding a rule is one line here. */
export const allRules: Readonly<Record<string, TokenHygieneRule>> = Object.freeze({
  'no-hardcoded-token': noHardcodedToken,
});
