import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../bench/lib/targets.mjs';

describe('evaluateTargets', () => {
  it('passes a plugin within every target', () => {
    const rows = evaluateTargets({
      wallRatio: 1.05,
      rssRatio: 1.02,
      ruleShares: [{ rule: 'token-hygiene/no-hardcoded-token', share: 0.012 }],
      stress: [{ name: 'big-string-1x.js', ratio: 1.1 }],
      findingsPer100k: 0.8,
    });
    expect(rows.map((row) => row.verdict)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('misses each target that is exceeded and says n/a for what was not measured', () => {
    const rows = evaluateTargets({
      wallRatio: 1.3,
      rssRatio: Number.NaN,
      ruleShares: [{ rule: 'token-hygiene/no-token-in-url', share: 0.05 }],
      stress: undefined,
      findingsPer100k: 2,
    });
    expect(rows.map((row) => row.verdict)).toEqual(['MISS', 'n/a', 'MISS', 'n/a', 'MISS']);
    expect(rows[2]?.measured).toBe('token-hygiene/no-token-in-url 5.00%');
  });
});
