import { RuleTester } from '@typescript-eslint/rule-tester';
import { TRACKED_GLOBALS } from '../src/globals.js';

/**
 * A RuleTester that parses TypeScript (and JSX in `.tsx` tests) and declares the
 * globals our call tracking follows, as the shipped configs do.
 */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      globals: TRACKED_GLOBALS,
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}
