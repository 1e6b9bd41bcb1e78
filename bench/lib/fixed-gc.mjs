// The memory pass with V8's garbage collection on a fixed schedule.
import { ratio } from './stats.mjs';

/**
 * Node flags of the pass: V8 grows the heap by fixed steps instead of steps it derives from
 * how fast the collector and the program ran, and runs the collector on the main thread
 * alone, so when a collection happens depends on what is allocated, not on the machine's load.
 */
export const FIXED_GC_FLAGS = Object.freeze(['--predictable', '--predictable-gc-schedule']);

/**
 * @typedef {object} FixedGcRun
 * @property {string} config
 * @property {number} heapPeakMb
 * @property {number} maxRssKb
 * @property {number} heapAfterGcMb
 */

/**
 * Each configuration's peak heap and max RSS in the pass, and their ratios to the floor's.
 * @param {readonly FixedGcRun[]} runs one per configuration, in round order
 * @returns {{ config: string, heapPeakMb: number, heapRatio: number, maxRssMb: number, rssRatio: number, heapAfterGcMb: number }[]}
 */
export function summarizeFixedGc(runs) {
  const floor = runs.find((run) => run.config === 'floor');
  return runs.map((run) => ({
    config: run.config,
    heapPeakMb: run.heapPeakMb,
    heapRatio: ratio(run.heapPeakMb, floor?.heapPeakMb),
    maxRssMb: run.maxRssKb / 1024,
    rssRatio: ratio(run.maxRssKb, floor?.maxRssKb),
    heapAfterGcMb: run.heapAfterGcMb,
  }));
}
