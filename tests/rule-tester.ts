import { RuleTester, type InvalidTestCase, type RunTests, type ValidTestCase } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import * as espree from 'espree';
import { describe } from 'vitest';
import { TRACKED_GLOBALS } from './helpers/declared-globals.js';

/** One way users' configs hand a file to the rules. */
interface Setup {
  readonly name: string;
  readonly languageOptions: TSESLint.FlatConfig.LanguageOptions;
  /** espree reads JavaScript only: a case it cannot parse (TypeScript syntax) is left out. */
  readonly javascriptOnly: boolean;
}

const JSX = { ecmaFeatures: { jsx: true } };

/**
 * Every rule test runs three times, and must give the same findings each time:
 * - espree, ESLint's default parser, with no globals declared: what a JavaScript project gets
 *   from the configs (they set no parser for JavaScript and declare no globals), and what a
 *   user gets who enables a rule by name in an existing config;
 * - @typescript-eslint/parser with no globals declared: TypeScript files under the configs;
 * - @typescript-eslint/parser with `fetch`, `console`, `require`... declared, as configs that
 *   spread `globals.node` or `globals.browser` do.
 */
const SETUPS: readonly Setup[] = [
  { name: 'espree, no globals', languageOptions: { parser: espree, parserOptions: JSX }, javascriptOnly: true },
  { name: 'typescript-eslint parser, no globals', languageOptions: { parserOptions: JSX }, javascriptOnly: false },
  {
    name: 'typescript-eslint parser, globals declared',
    languageOptions: { globals: TRACKED_GLOBALS, parserOptions: JSX },
    javascriptOnly: false,
  },
];

type AnyCase = ValidTestCase<readonly unknown[]> | InvalidTestCase<string, readonly unknown[]>;

/** Does espree read the case's code as it would read it in a `.js`/`.jsx` file? */
function isJavaScript(testCase: AnyCase): boolean {
  if (testCase.filename !== undefined && /\.[cm]?tsx?$/u.test(testCase.filename)) return false;
  const sourceType = testCase.languageOptions?.parserOptions?.sourceType ?? 'module';
  try {
    espree.parse(testCase.code, { ecmaVersion: 'latest', sourceType, ecmaFeatures: { jsx: true } });
    return true;
  } catch {
    return false;
  }
}

export interface MultiSetupRuleTester {
  run<MessageIds extends string, Options extends readonly unknown[]>(
    name: string,
    rule: TSESLint.RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void;
}

/**
 * A RuleTester that runs each case under every setup above (JSX on, as the configs set it for
 * JavaScript; `.tsx` cases get it from the file name).
 */
export function createRuleTester(): MultiSetupRuleTester {
  return {
    run(name, rule, tests) {
      for (const setup of SETUPS) {
        describe(setup.name, () => {
          const keep = (testCase: AnyCase): boolean => !setup.javascriptOnly || isJavaScript(testCase);
          const valid = tests.valid.filter((testCase) => keep(typeof testCase === 'string' ? { code: testCase } : testCase));
          const invalid = tests.invalid.filter(keep);
          if (invalid.length === 0) throw new Error(`${name}: no invalid case left under ${setup.name}`);
          new RuleTester({ languageOptions: setup.languageOptions }).run(name, rule, { valid, invalid });
        });
      }
    },
  };
}
