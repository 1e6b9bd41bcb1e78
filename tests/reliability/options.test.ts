/**
 * Bad options, beyond tests/schemas.test.ts (which checks unknown keys and wrongly typed
 * properties under ESLint 10): the same schema checks under ESLint 9, and options that are
 * not an object at all or come as a second, unexpected element. Each must stop the run with
 * ESLint's own "Configuration for rule" error, never reach the rule's code.
 */
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/all-rules.js';
import plugin from '../../src/index.js';
import { linter10, linter9, NAMESPACE } from './lint.js';

const verifiers = {
  'ESLint 10': (rules: Linter.RulesRecord) => linter10.verify('const answer = 42;', [...(plugin.configs.all as unknown as Linter.Config[]), { rules }], { filename: 'a.ts' }),
  'ESLint 9': (rules: Linter.RulesRecord) => linter9.verify('const answer = 42;', [...(plugin.configs.all as unknown as Linter.Config[]), { rules }] as never, { filename: 'a.ts' }),
};

/** ESLint names the rule in its config error: `Key "rules": Key "token-hygiene/<rule>": …` (flat) or `Configuration for rule …`. */
const CONFIGURATION_ERROR = /Key "token-hygiene\/[\w-]+":|Configuration for rule "token-hygiene\/[\w-]+" is invalid/u;

describe.each(Object.entries(verifiers))('rule options under %s', (_version, verify) => {
  describe.each(Object.entries(allRules))('%s', (name, rule) => {
    const ruleId = `${NAMESPACE}/${name}`;
    const schema = Array.isArray(rule.meta.schema) ? (rule.meta.schema[0] as { properties?: object } | undefined) : undefined;

    it('accepts no options and the default options', () => {
      expect(verify({ [ruleId]: 'error' })).toEqual([]);
      expect(verify({ [ruleId]: ['error', ...(rule.meta.defaultOptions ?? [])] as Linter.RuleEntry })).toEqual([]);
    });

    it.each([['a string', 'strict'], ['a number', 42], ['an array', []], ['null', null], ['an unknown key', { notAnOption: true }]])(
      'rejects %s as options',
      (_what, options) => {
        expect(() => verify({ [ruleId]: ['error', options] as Linter.RuleEntry })).toThrow(CONFIGURATION_ERROR);
      },
    );

    it('rejects a second options element', () => {
      expect(() => verify({ [ruleId]: ['error', {}, {}] as Linter.RuleEntry })).toThrow(CONFIGURATION_ERROR);
    });

    it('rejects a value of the wrong type for every option', () => {
      for (const key of Object.keys(schema?.properties ?? {})) {
        expect(() => verify({ [ruleId]: ['error', { [key]: { wrong: 'type' } }] as Linter.RuleEntry }), key).toThrow(CONFIGURATION_ERROR);
      }
    });
  });
});
