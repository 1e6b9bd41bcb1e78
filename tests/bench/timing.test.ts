import { describe, expect, it } from 'vitest';
import { parseTimingTable } from '../../bench/lib/timing.mjs';

// The table as ESLint 10 prints it at exit with TIMING=all (lib/linter/timing.js).
const STDOUT = [
  'some other output',
  'Rule                             | Time (ms) | Relative',
  ':--------------------------------|----------:|--------:',
  'no-secrets/no-secrets            |  2373.120 |    91.9%',
  'token-hygiene/no-hardcoded-token |   208.004 |     8.1%',
  '',
].join('\n');

describe('parseTimingTable', () => {
  it('reads each rule and its time in milliseconds', () => {
    expect(parseTimingTable(STDOUT)).toEqual([
      { rule: 'no-secrets/no-secrets', ms: 2373.12 },
      { rule: 'token-hygiene/no-hardcoded-token', ms: 208.004 },
    ]);
  });

  it('finds no rule in output without the table', () => {
    expect(parseTimingTable('linted 12 files\nall good | really\n')).toEqual([]);
  });
});
