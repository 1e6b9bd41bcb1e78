/**
 * `// eslint-disable-next-line token-hygiene/<rule>` suppresses exactly that rule on exactly
 * the next line, for every registered rule, under ESLint 10 and ESLint 9; every other finding
 * stays. Each rule is triggered by its snippet in rule-triggers.ts.
 */
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/all-rules.js';
import { allConfig, linter10, linter9, NAMESPACE } from './lint.js';
import { RULE_TRIGGERS, triggerCode } from './rule-triggers.js';

const linters = {
  'ESLint 10': (code: string, filename: string) => linter10.verify(code, allConfig(), { filename }),
  'ESLint 9': (code: string, filename: string) => linter9.verify(code, allConfig(), { filename }),
};

function summary(messages: readonly Linter.LintMessage[], shiftFrom: number): string[] {
  return messages.map((m) => `${String(m.line >= shiftFrom ? m.line - 1 : m.line)}:${String(m.column)} ${m.ruleId ?? 'fatal'} ${m.message}`);
}

describe('eslint-disable-next-line, rule by rule', () => {
  it('has a triggering snippet for every registered rule', () => {
    expect(Object.keys(allRules).filter((name) => !(name in RULE_TRIGGERS))).toEqual([]);
  });

  describe.each(Object.entries(linters))('%s', (_version, lint) => {
    for (const name of Object.keys(RULE_TRIGGERS)) {
      const title = name in allRules ? `suppresses only ${name} on the next line` : `suppresses only ${name} (skipped: not registered in src/all-rules.ts yet)`;
      it.skipIf(!(name in allRules))(title, () => {
      const ruleId = `${NAMESPACE}/${name}`;
      const trigger = RULE_TRIGGERS[name];
      if (trigger === undefined) throw new Error(name);
      const plain = triggerCode(trigger);
      const filename = trigger.filename ?? 'app.ts';
      const before = lint(plain.code, filename);
      expect(before.filter((m) => m.fatal === true)).toEqual([]);
      expect(before.some((m) => m.ruleId === ruleId && m.line === plain.line), `${name} reports its snippet`).toBe(true);

      const disabled = triggerCode(trigger, `${trigger.comment ?? '//'} eslint-disable-next-line ${ruleId}`);
      const after = lint(disabled.code, filename);
      const expected = before.filter((m) => !(m.ruleId === ruleId && m.line === plain.line));
      // Lines after the directive moved down by one: compare in the plain snippet's numbering.
      expect(summary(after, disabled.line)).toEqual(summary(expected, Number.POSITIVE_INFINITY));
      });
    }
  });
});
