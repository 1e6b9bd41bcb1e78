/**
 * No crash, no leak, on generated code. fast-check builds TSX programs from the fragments in
 * program-arbitrary.ts (literals with real-format tokens, sinks with odd argument shapes,
 * shadowed globals, cyclic consts, TypeScript-only syntax) and every program is linted with
 * `plugin.configs.all`, alternately with default options and with every boolean option on.
 * Each run must: not throw from `verify`, produce no fatal message (the generator only writes
 * valid code, so a parse error is a generator bug and fails too), and carry no run of 7
 * characters of a pool secret in any message or suggestion description.
 *
 * Fixed seed and bounded runs, so a failure reproduces: fast-check prints the seed and path
 * (and the counterexample, whose tokens are synthetic).
 */
import fc from 'fast-check';
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { findLeaks } from './leak-check.js';
import { allConfig, allOptionsOnConfig, linter10 } from './lint.js';
import { programArbitrary, SECRET_POOL } from './program-arbitrary.js';

// Fixed by default; set TOKEN_HYGIENE_FUZZ_SEED / TOKEN_HYGIENE_FUZZ_RUNS to explore further.
const RUNS = Number(process.env.TOKEN_HYGIENE_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.TOKEN_HYGIENE_FUZZ_SEED ?? 20_251_129);

const configs = { defaults: allConfig(), allOptionsOn: allOptionsOnConfig() };

function lint(code: string, config: Linter.Config[]): Linter.LintMessage[] {
  return linter10.verify(code, config, { filename: 'generated.tsx' });
}

describe('fuzzing every rule with generated programs', () => {
  const stats = { runs: 0, findings: 0 };

  it(`never throws, never fails to parse, never leaks (${String(RUNS)} programs, seed ${String(SEED)})`, () => {
    fc.assert(
      fc.property(programArbitrary, fc.boolean(), (code, optionsOn) => {
        const messages = lint(code, optionsOn ? configs.allOptionsOn : configs.defaults);
        const fatal = messages.filter((message) => message.fatal === true || message.ruleId === null);
        expect(fatal.map((message) => message.message)).toEqual([]);
        expect(findLeaks(messages, SECRET_POOL.index)).toEqual([]);
        stats.runs += 1;
        stats.findings += messages.length;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    // The generator is only useful if the rules fire on what it writes.
    expect(stats.findings).toBeGreaterThan(RUNS);
  }, 120_000);
});

/**
 * Credential files: arbitrary lines (quotes left open, stray `=`, `export`, sections, escapes,
 * continuations, pool secrets) in every dialect's file name, and JSON documents holding the
 * secrets at any depth. The key-value language accepts any text; the rules must not throw,
 * and must not leak.
 */
const KEY_VALUE_FILES = ['.env', '.env.example', '.npmrc', '.pypirc', '.netrc', 'app.properties', 'api-token.txt'];
const poolValues = [...SECRET_POOL.tokens.values(), ...SECRET_POOL.generic];
const secretArbitrary = fc.constantFrom(...poolValues).map((value) => value.replaceAll(/[\r\n]+/gu, ' '));
const fragment = fc.oneof(
  secretArbitrary,
  fc.constantFrom('API_TOKEN', 'export ', '=', ': ', ' ', '"', "'", '`', '#', ';', '!', '\\', '[pypi]', 'password', 'machine', 'macdef', '${X}', '\t', '\uFEFF'),
  fc.string({ maxLength: 12 }),
);
const line = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(''));
const keyValueText = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));
const jsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    secretArbitrary,
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('apiKey', 'token', 'password', 'Authorization', 'name'), secretArbitrary, fc.string()), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/**
 * Lints `RUNS` generated inputs: no fatal message and no leaked secret on any of them, and
 * findings on at least a quarter (else the generator misses what the rules look for).
 */
function assertSafeOnGenerated<T>(input: fc.Arbitrary<T>, lintInput: (value: T) => Linter.LintMessage[]): void {
  let findings = 0;
  fc.assert(
    fc.property(input, (value) => {
      const messages = lintInput(value);
      expect(messages.filter((message) => message.fatal === true).map((message) => message.message)).toEqual([]);
      expect(findLeaks(messages, SECRET_POOL.index)).toEqual([]);
      findings += messages.length;
    }),
    { seed: SEED, numRuns: RUNS, endOnFailure: false },
  );
  expect(findings).toBeGreaterThan(RUNS / 4);
}

describe('fuzzing the data-file rules with generated files', () => {
  it(`never throws, never leaks on key=value files (${String(RUNS)} files)`, () => {
    assertSafeOnGenerated(fc.tuple(keyValueText, fc.constantFrom(...KEY_VALUE_FILES), fc.boolean()), ([text, filename, optionsOn]) =>
      linter10.verify(text, optionsOn ? configs.allOptionsOn : configs.defaults, { filename }),
    );
  }, 120_000);

  it(`never throws, never leaks on JSON documents (${String(RUNS)} documents)`, () => {
    assertSafeOnGenerated(fc.tuple(jsonValue, fc.boolean()), ([value, pretty]) =>
      linter10.verify(JSON.stringify({ data: value }, undefined, pretty ? 2 : undefined), configs.defaults, { filename: 'config/generated.json' }),
    );
  }, 120_000);
});
