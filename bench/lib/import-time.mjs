// Import time: what ESLint and this plugin cost at every start of `eslint`, each measured in
// fresh processes and summarized by its median.
import { median } from './stats.mjs';

/**
 * What bench/import-child.mjs measures, one subject per fresh process:
 * `eslint`: `import('eslint')`; `plugin`: `import()` of the built plugin entry alone;
 * `plugin-configs`: the same, then reading `configs.recommended`;
 * `plugin-after-eslint`: the plugin once ESLint is loaded (what it adds to a real start).
 */
export const IMPORT_SUBJECTS = Object.freeze(['eslint', 'plugin', 'plugin-configs', 'plugin-after-eslint']);

/**
 * The subjects in the order the runs take them: interleaved, `runs` rounds of every subject.
 * @param {number} runs
 * @returns {string[]}
 */
export function importSchedule(runs) {
  /** @type {string[]} */
  const schedule = [];
  for (let round = 0; round < runs; round += 1) schedule.push(...IMPORT_SUBJECTS);
  return schedule;
}

/**
 * Medians per subject and the ratios the report and the target read (wall time; CPU time,
 * which a busy machine disturbs less, is summarized beside it).
 * @param {readonly { subject: string, ms: number, cpuMs?: number }[]} runs
 * @returns {{ subjects: Record<string, { medianMs: number, minMs: number, maxMs: number, medianCpuMs: number, runs: number }>, pluginRatio: number, configsRatio: number }}
 */
export function summarizeImports(runs) {
  /** @type {Record<string, { medianMs: number, minMs: number, maxMs: number, medianCpuMs: number, runs: number }>} */
  const subjects = {};
  for (const subject of IMPORT_SUBJECTS) {
    const mine = runs.filter((run) => run.subject === subject);
    const times = mine.map((run) => run.ms);
    subjects[subject] = {
      medianMs: median(times),
      minMs: times.length === 0 ? Number.NaN : Math.min(...times),
      maxMs: times.length === 0 ? Number.NaN : Math.max(...times),
      medianCpuMs: median(mine.map((run) => run.cpuMs ?? Number.NaN)),
      runs: times.length,
    };
  }
  const eslint = subjects.eslint?.medianMs ?? Number.NaN;
  const over = (/** @type {string} */ subject) => {
    const value = subjects[subject]?.medianMs ?? Number.NaN;
    return eslint > 0 ? value / eslint : Number.NaN;
  };
  return { subjects, pluginRatio: over('plugin'), configsRatio: over('plugin-configs') };
}

/**
 * The steps of the TypeScript loading check, in order.
 */
export const TYPESCRIPT_STEPS = Object.freeze(['import the plugin', 'read configs.recommended', 'lint a .js file', 'lint a .ts file']);

/**
 * Did the steps before the first TypeScript file leave the `typescript` package unloaded?
 * `steps[i]` says whether it was loaded after step i of TYPESCRIPT_STEPS.
 * @param {readonly boolean[]} steps
 * @returns {boolean | undefined} undefined when the check did not report every step
 */
export function typescriptUnloadedForJavaScript(steps) {
  if (steps.length !== TYPESCRIPT_STEPS.length) return undefined;
  return steps.slice(0, 3).every((loaded) => !loaded);
}
