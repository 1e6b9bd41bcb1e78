import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatRatio, median, per100kLines, ratio } from '../../bench/lib/stats.mjs';

describe('bench statistics', () => {
  it('takes the middle value of an odd number of rounds, whatever their order', () => {
    expect(median([31.2, 29.8, 30.5])).toBe(30.5);
  });

  it('averages the two middle values of an even number of rounds', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('has no median for no rounds', () => {
    expect(median([])).toBeNaN();
  });

  it('does not reorder the rounds it is given', () => {
    const rounds = [3, 1, 2];
    median(rounds);
    expect(rounds).toEqual([3, 1, 2]);
  });

  it('divides by the floor, and gives NaN without a floor', () => {
    expect(ratio(11, 10)).toBeCloseTo(1.1);
    expect(ratio(11, 0)).toBeNaN();
    expect(ratio(11, undefined)).toBeNaN();
  });

  it('counts findings per 100,000 lines', () => {
    expect(per100kLines(5, 500_000)).toBe(1);
    expect(per100kLines(1, 0)).toBeNaN();
  });

  it('formats numbers, ratios and counts for the tables, with n/a for NaN', () => {
    expect(formatNumber(0.916)).toBe('0.92');
    expect(formatRatio(1.0749)).toBe('1.07x');
    expect(formatRatio(Number.NaN)).toBe('n/a');
    expect(formatCount(543_587)).toBe('543,587');
  });
});
