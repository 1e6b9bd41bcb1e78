import { describe, expect, it } from 'vitest';
import { FIXED_GC_FLAGS, summarizeFixedGc } from '../../bench/lib/fixed-gc.mjs';

const run = (config: string, heapPeakMb: number, maxRssMb: number) => ({ config, heapPeakMb, maxRssKb: maxRssMb * 1024, heapAfterGcMb: heapPeakMb / 4 });

describe('the memory pass with a fixed collection schedule', () => {
  it('gives each configuration its peak heap and max RSS as ratios to the floor of the pass', () => {
    const rows = summarizeFixedGc([run('none', 150, 210), run('floor', 160, 220), run('recommended', 168, 231)]);
    expect(rows.map((row) => row.config)).toEqual(['none', 'floor', 'recommended']);
    const recommended = rows[2];
    expect(recommended?.heapRatio).toBeCloseTo(1.05, 10);
    expect(recommended?.rssRatio).toBeCloseTo(1.05, 10);
    expect(recommended?.maxRssMb).toBe(231);
    expect(recommended?.heapAfterGcMb).toBe(42);
    expect(rows[1]?.heapRatio).toBe(1);
    expect(rows[0]?.rssRatio).toBeCloseTo(210 / 220, 10);
  });

  it('gives no ratio without a floor', () => {
    const [row] = summarizeFixedGc([run('recommended', 168, 231)]);
    expect(row?.heapRatio).toBeNaN();
    expect(row?.rssRatio).toBeNaN();
  });

  it('runs V8 with its predictable collection schedule', () => {
    expect(FIXED_GC_FLAGS).toContain('--predictable-gc-schedule');
  });
});
