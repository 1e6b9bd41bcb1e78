import { describe, expect, it } from 'vitest';
import { afterEachCall, createPeakTracker, toMb } from '../../bench/lib/heap.mjs';

describe('createPeakTracker', () => {
  it('keeps the largest value read, whatever the order', () => {
    const values = [120, 310, 95, 300];
    const tracker = createPeakTracker(() => values.shift() ?? 0);
    for (let index = 0; index < 4; index += 1) tracker.sample();
    expect(tracker.peak).toBe(310);
    expect(tracker.samples).toBe(4);
  });

  it('has no peak before the first sample', () => {
    expect(createPeakTracker(() => 1).peak).toBeNaN();
  });
});

describe('afterEachCall', () => {
  class Linter {
    files: string[] = [];
    verifyAndFix(file: string): string {
      if (file === 'broken.js') throw new Error('parse error');
      this.files.push(file);
      return `linted ${file}`;
    }
  }

  it('runs the sampler after each call, keeps the receiver, arguments and result, and restores the method', () => {
    const order: string[] = [];
    const restore = afterEachCall(Linter.prototype, 'verifyAndFix', () => order.push('sample'));
    const linter = new Linter();
    expect(linter.verifyAndFix('a.js')).toBe('linted a.js');
    expect(linter.verifyAndFix('b.js')).toBe('linted b.js');
    expect(linter.files).toEqual(['a.js', 'b.js']);
    expect(order).toEqual(['sample', 'sample']);
    restore();
    linter.verifyAndFix('c.js');
    expect(order).toHaveLength(2);
  });

  it('samples a call that throws, and lets the error through', () => {
    let samples = 0;
    const restore = afterEachCall(Linter.prototype, 'verifyAndFix', () => (samples += 1));
    try {
      expect(() => new Linter().verifyAndFix('broken.js')).toThrow('parse error');
      expect(samples).toBe(1);
    } finally {
      restore();
    }
  });

  it('refuses what is not a method', () => {
    expect(() => afterEachCall({ verifyAndFix: 1 }, 'verifyAndFix', () => undefined)).toThrow(/not a method/u);
  });
});

describe('toMb', () => {
  it('converts bytes to mebibytes', () => {
    expect(toMb(3 * 1024 * 1024)).toBe(3);
  });
});
