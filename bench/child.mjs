// One measured run: lints a file list with one configuration on one track in this fresh
// process and writes wall time, CPU time, max RSS, heap figures and findings as JSON.
// Started by run.mjs with --expose-gc, never by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import v8 from 'node:v8';
import { ESLint, Linter } from 'eslint';
import { benchConfig } from './configs.mjs';
import { afterEachCall, createPeakTracker, toMb } from './lib/heap.mjs';
import { readThreadCpu, splitThreadCpu } from './lib/threads.mjs';

/**
 * @typedef {object} Job
 * @property {string} config
 * @property {string} track
 * @property {string} cwd the corpus folder; paths are relative to it
 * @property {'corpus' | 'stress'} mode corpus: one lintFiles call; stress: one call per file after a warm-up
 * @property {string} filesPath JSON array of the files to lint
 * @property {string | undefined} warmup a file linted before the stress files
 * @property {boolean} list keep each finding (only for this plugin: its messages are masked)
 * @property {string} out where to write the result
 */

const collectGarbage = globalThis.gc;
if (typeof collectGarbage !== 'function') throw new Error('child.mjs runs with --expose-gc');

/** @type {Job} */
const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));
/** @type {string[]} */
const files = JSON.parse(readFileSync(job.filesPath, 'utf8'));
const { overrideConfig, ruleIds } = await benchConfig(job.config, job.track);
const counted = new Set(ruleIds);

/**
 * Counts the findings of the configuration's own rules and the parse errors.
 * @param {import('eslint').ESLint.LintResult[]} results
 */
function tally(results) {
  let findings = 0;
  let parseErrors = 0;
  /** @type {Record<string, number>} */
  const byRule = {};
  /** @type {{ path: string, line: number, ruleId: string, message: string }[]} */
  const list = [];
  /** @type {string[]} */
  const parseErrorList = [];
  for (const result of results) {
    for (const message of result.messages) {
      if (message.ruleId === null && message.fatal !== true && message.message.startsWith('File ignored')) {
        throw new Error(`${result.filePath}: ${message.message}`);
      }
      if (message.fatal === true) {
        parseErrors += 1;
        const relative = path.relative(job.cwd, result.filePath).split(path.sep).join('/');
        parseErrorList.push(`${relative}:${message.line} ${message.message}`);
      }
      if (message.ruleId === null || !counted.has(message.ruleId)) continue;
      findings += 1;
      byRule[message.ruleId] = (byRule[message.ruleId] ?? 0) + 1;
      if (job.list) {
        const relative = path.relative(job.cwd, result.filePath).split(path.sep).join('/');
        list.push({ path: relative, line: message.line, ruleId: message.ruleId, message: message.message });
      }
    }
  }
  return { findings, parseErrors, parseErrorList, byRule, list };
}

/** CPU milliseconds (user + system, all threads) since `since`. */
const cpuMs = (/** @type {NodeJS.CpuUsage} */ since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};
/** The V8 heap in use, in bytes (live objects and garbage not yet collected). */
const heapUsed = () => v8.getHeapStatistics().used_heap_size;

// The heap once the configuration's modules are loaded, after a full collection.
collectGarbage();
const heapAtStart = heapUsed();
// ESLint calls verifyAndFix once per file: the peak is sampled when each file is done.
const heap = createPeakTracker(heapUsed);
afterEachCall(Linter.prototype, 'verifyAndFix', heap.sample);

/** Corpus mode: one `lintFiles` call over every file; wall time includes constructing ESLint. */
async function lintCorpus() {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const threadsStart = readThreadCpu();
  const linting = new ESLint({ cwd: job.cwd, overrideConfigFile: true, overrideConfig, cache: false });
  const results = await linting.lintFiles(files);
  const wallMs = performance.now() - started;
  // The main thread's share and V8's helper threads' (compilation, collection); Linux only.
  const threads = splitThreadCpu(threadsStart, readThreadCpu(), String(process.pid));
  if (results.length !== files.length) throw new Error(`linted ${results.length} of ${files.length} files`);
  return { wallMs, cpuMs: cpuMs(cpuStart), mainCpuMs: threads?.mainMs, otherCpuMs: threads?.otherMs, files: results.length, ...tally(results) };
}

/** Stress mode: a warm-up file, then one `lintFiles` call per stress file. */
async function lintStress() {
  const started = performance.now();
  const eslint = new ESLint({ cwd: job.cwd, overrideConfigFile: true, overrideConfig, cache: false });
  if (job.warmup !== undefined) await eslint.lintFiles([job.warmup]);
  /** @type {Record<string, { wallMs: number, cpuMs: number, findings: number, parseErrors: number }>} */
  const perFile = {};
  for (const file of files) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const results = await eslint.lintFiles([file]);
    const wallMs = performance.now() - start;
    const { findings, parseErrors } = tally(results);
    perFile[path.basename(file)] = { wallMs, cpuMs: cpuMs(cpu), findings, parseErrors };
  }
  return { wallMs: performance.now() - started, perFile };
}

/** @type {Record<string, unknown>} */
const result = job.mode === 'corpus' ? await lintCorpus() : await lintStress();
result.maxRssKb = process.resourceUsage().maxRSS;
result.heapPeakMb = toMb(heap.peak);
result.heapSamples = heap.samples;
// What stays once the run is over: the results and the ESLint instance lived only inside the
// functions above, so what a full collection leaves is the modules, the configuration and
// whatever they keep at module level (caches that outlive a file or a run).
await new Promise((resolve) => setImmediate(resolve));
collectGarbage();
result.heapAtStartMb = toMb(heapAtStart);
result.heapAfterGcMb = toMb(heapUsed());
result.ruleIds = ruleIds;
result.typescriptLoaded = Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\/]node_modules[\\/]typescript[\\/]/u.test(file));
writeFileSync(job.out, JSON.stringify(result));
