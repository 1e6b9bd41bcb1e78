// One measured run: lints a file list with one configuration in this fresh process and
// writes wall time, max RSS and findings as JSON. Started by run.mjs, never by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { benchConfig } from './configs.mjs';

/**
 * @typedef {object} Job
 * @property {string} config
 * @property {string} cwd the corpus folder; paths are relative to it
 * @property {'corpus' | 'stress'} mode corpus: one lintFiles call; stress: one call per file after a warm-up
 * @property {string} filesPath JSON array of the files to lint
 * @property {string | undefined} warmup a file linted before the stress files
 * @property {boolean} list keep each finding (only for this plugin: its messages are masked)
 * @property {string} out where to write the result
 */

/** @type {Job} */
const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8'));
/** @type {string[]} */
const files = JSON.parse(readFileSync(job.filesPath, 'utf8'));
const { overrideConfig, ruleIds } = benchConfig(job.config);
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
const started = performance.now();
const cpuStart = process.cpuUsage();
const eslint = new ESLint({ cwd: job.cwd, overrideConfigFile: true, overrideConfig, cache: false });
/** @type {Record<string, unknown>} */
let result;
if (job.mode === 'corpus') {
  const results = await eslint.lintFiles(files);
  const wallMs = performance.now() - started;
  if (results.length !== files.length) throw new Error(`linted ${results.length} of ${files.length} files`);
  result = { wallMs, cpuMs: cpuMs(cpuStart), files: results.length, ...tally(results) };
} else {
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
  result = { wallMs: performance.now() - started, perFile };
}
result.maxRssKb = process.resourceUsage().maxRSS;
result.ruleIds = ruleIds;
writeFileSync(job.out, JSON.stringify(result));
