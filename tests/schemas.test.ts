import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import plugin from '../src/index.js';

// Each rule's options are checked by ESLint against the rule's JSON schema: the defaults
// pass, and wrong types or unknown keys stop the run with ESLint's own clear error.
function verifyWith(name: string, options: unknown): Linter.LintMessage[] {
  return new Linter().verify(
    'const answer = 42;',
    [
      ...(plugin.configs.recommended as unknown as Linter.Config[]),
      { rules: { [`token-hygiene/${name}`]: ['error', options] as Linter.RuleEntry } },
    ],
    { filename: 'file.ts' },
  );
}

describe.each(Object.entries(allRules))('options of %s', (name, rule) => {
  it('accepts the default options', () => {
    const defaults = (rule.meta.defaultOptions ?? [])[0] ?? {};
    expect(verifyWith(name, defaults)).toEqual([]);
  });

  it('rejects an unknown option key', () => {
    expect(() => verifyWith(name, { notAnOption: true })).toThrow(/should NOT have additional properties|notAnOption/u);
  });

  it('rejects a value of the wrong type for every option', () => {
    const schema = Array.isArray(rule.meta.schema) ? (rule.meta.schema[0] as { properties?: object } | undefined) : undefined;
    for (const key of Object.keys(schema?.properties ?? {})) {
      expect(() => verifyWith(name, { [key]: { wrong: 'type' } }), key).toThrow(`Key "token-hygiene/${name}"`);
    }
  });
});
