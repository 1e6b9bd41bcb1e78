import { describe, expect, it } from 'vitest';
import { IMPORT_SUBJECTS, importSchedule, summarizeImports, TYPESCRIPT_STEPS, typescriptUnloadedForJavaScript } from '../../bench/lib/import-time.mjs';

describe('importSchedule', () => {
  it('interleaves the subjects, one round after another', () => {
    const schedule = importSchedule(2);
    expect(schedule).toEqual([...IMPORT_SUBJECTS, ...IMPORT_SUBJECTS]);
    expect(schedule[0]).toBe('eslint');
  });
});

describe('summarizeImports', () => {
  it('takes the median of each subject and divides the plugin\'s by ESLint\'s', () => {
    const runs = [
      { subject: 'eslint', ms: 300, cpuMs: 280 },
      { subject: 'plugin', ms: 900 },
      { subject: 'eslint', ms: 200, cpuMs: 190 },
      { subject: 'plugin', ms: 150 },
      { subject: 'eslint', ms: 250, cpuMs: 240 },
      { subject: 'plugin', ms: 160 },
      { subject: 'plugin-configs', ms: 500 },
    ];
    const summary = summarizeImports(runs);
    expect(summary.subjects.eslint).toEqual({ medianMs: 250, minMs: 200, maxMs: 300, medianCpuMs: 240, runs: 3 });
    expect(summary.subjects.plugin?.medianMs).toBe(160);
    expect(summary.pluginRatio).toBeCloseTo(0.64, 10);
    expect(summary.configsRatio).toBe(2);
  });

  it('has no ratio without an ESLint figure', () => {
    const summary = summarizeImports([{ subject: 'plugin', ms: 150 }]);
    expect(summary.pluginRatio).toBeNaN();
    expect(summary.subjects['plugin-after-eslint']?.runs).toBe(0);
  });
});

describe('typescriptUnloadedForJavaScript', () => {
  it('passes when TypeScript loads at the first TypeScript file only', () => {
    expect(TYPESCRIPT_STEPS).toHaveLength(4);
    expect(typescriptUnloadedForJavaScript([false, false, false, true])).toBe(true);
  });

  it('fails when any step before the TypeScript file loaded it', () => {
    expect(typescriptUnloadedForJavaScript([true, true, true, true])).toBe(false);
    expect(typescriptUnloadedForJavaScript([false, false, true, true])).toBe(false);
  });

  it('has no verdict for an incomplete check', () => {
    expect(typescriptUnloadedForJavaScript([false, false])).toBeUndefined();
  });
});
