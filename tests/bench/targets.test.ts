import { describe, expect, it } from 'vitest';
import type { TargetInput } from '../../bench/lib/targets.mjs';
import { evaluateTargets, TARGETS } from '../../bench/lib/targets.mjs';

const withinEveryTarget: TargetInput = {
  wallRatio: 1.04,
  rssRatio: 1.02,
  ruleShares: [{ rule: 'token-hygiene/no-hardcoded-token', share: 0.012 }],
  stress: [{ name: 'big-string-1x.js', ratio: 1.1 }],
  findingsPer100k: 0.8,
  importRatio: 0.9,
  typescriptUnloaded: true,
};

describe('evaluateTargets', () => {
  it('passes a plugin within every target of the espree track, import time and TypeScript loading included', () => {
    const rows = evaluateTargets(withinEveryTarget, TARGETS.espree);
    expect(rows.map((row) => row.verdict)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
    expect(rows[0]?.target).toBe('recommended wall time <= 1.05x floor');
  });

  it('holds the espree track to 1.05x wall time and the typescript track to 1.10x', () => {
    const input = { ...withinEveryTarget, wallRatio: 1.07 };
    expect(evaluateTargets(input, TARGETS.espree)[0]?.verdict).toBe('MISS');
    expect(evaluateTargets(input, TARGETS.typescript)[0]?.verdict).toBe('PASS');
  });

  it('judges import time and TypeScript loading on the espree track only', () => {
    const espree = evaluateTargets({ ...withinEveryTarget, importRatio: 1.6, typescriptUnloaded: false }, TARGETS.espree);
    expect(espree.slice(-2).map((row) => [row.measured, row.verdict])).toEqual([
      ['1.60x', 'MISS'],
      ['loaded', 'MISS'],
    ]);
    expect(evaluateTargets(withinEveryTarget, TARGETS.typescript)).toHaveLength(5);
  });

  it('misses each target that is exceeded and says n/a for what was not measured', () => {
    const rows = evaluateTargets(
      {
        wallRatio: 1.3,
        rssRatio: Number.NaN,
        ruleShares: [{ rule: 'token-hygiene/no-token-in-url', share: 0.05 }],
        stress: undefined,
        findingsPer100k: 2,
      },
      TARGETS.espree,
    );
    expect(rows.map((row) => row.verdict)).toEqual(['MISS', 'n/a', 'MISS', 'n/a', 'MISS', 'n/a', 'n/a']);
    expect(rows[2]?.measured).toBe('token-hygiene/no-token-in-url 5.00%');
  });

  it('misses a max RSS just above 1.10x', () => {
    expect(evaluateTargets({ ...withinEveryTarget, rssRatio: 1.11 }, TARGETS.espree)[1]?.verdict).toBe('MISS');
  });
});
