import type { TSESLint } from '@typescript-eslint/utils';
import noExposedDecryptionKey from '../rules/no-exposed-decryption-key.js';
import noHardcodedToken from '../rules/no-hardcoded-token.js';
import noPlaintextTokenFile from '../rules/no-plaintext-token-file.js';
import noPlaintextTokenInFile from '../rules/no-plaintext-token-in-file.js';
import noTokenInUrl from '../rules/no-token-in-url.js';
import noUnmaskedToken from '../rules/no-unmasked-token.js';
import type { TokenHygieneDocs } from './create-rule.js';

/** A rule of this plugin, as RuleCreator builds it. */
export type TokenHygieneRule = TSESLint.RuleModule<string, readonly unknown[], TokenHygieneDocs>;

/** Every rule of the plugin by name, sorted. Adding a rule is one line here. */
export const allRules: Readonly<Record<string, TokenHygieneRule>> = Object.freeze({
  'no-exposed-decryption-key': noExposedDecryptionKey,
  'no-hardcoded-token': noHardcodedToken,
  'no-plaintext-token-file': noPlaintextTokenFile,
  'no-plaintext-token-in-file': noPlaintextTokenInFile,
  'no-token-in-url': noTokenInUrl,
  'no-unmasked-token': noUnmaskedToken,
});
