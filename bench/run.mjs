// `npm run bench`: speed, memory, import time and false positives of this plugin on a pinned
// corpus of real code, side by side with eslint-plugin-no-secrets and eslint-plugin-sonarjs,
// on two parser tracks (espree for JavaScript as most users have it; the TypeScript parser for
// every file). Progress goes to stderr; the markdown report to stdout and JSON to bench/results/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HELP, parseArgs } from './lib/args.mjs';
import { selectCorpus } from './lib/corpus-select.mjs';
import { countLines, excludedByName, excludedBySize, MAX_FILE_BYTES } from './lib/lines.mjs';
import { markdownTable } from './lib/markdown.mjs';
import { formatCount, formatNumber, formatRatio, median, per100kLines, ratio } from './lib/stats.mjs';
import { stressPlan, stressSource } from './lib/stress.mjs';
import { roundOrder } from './lib/order.mjs';
import { FIXED_GC_FLAGS, summarizeFixedGc } from './lib/fixed-gc.mjs';
import { importSchedule, summarizeImports, TYPESCRIPT_STEPS, typescriptUnloadedForJavaScript } from './lib/import-time.mjs';
import { evaluateTargets, TARGETS } from './lib/targets.mjs';
import { parseTimingTable } from './lib/timing.mjs';
import { TRACK_DESCRIPTIONS } from './lib/tracks.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH);
const CORPUS = path.join(BENCH, 'corpus');
const STRESS = path.join(BENCH, '.stress');
const RESULTS = path.join(BENCH, 'results');
const PLUGIN_ENTRY = path.join(ROOT, 'dist', 'index.js');
/** The real minified bundle of the stress files, with the largest other `.min.js` as fallback. */
const PREFERRED_BUNDLE = 'node_modules/node-forge/dist/forge.min.js';
const QUICK_STRESS_SCALE = 0.1;
/** The packages whose versions the report states. */
const COMPARED_PACKAGES = Object.freeze(['eslint', 'espree', '@typescript-eslint/parser', 'eslint-plugin-no-secrets', 'eslint-plugin-sonarjs']);

const benchStart = performance.now();
const loadAtStart = os.loadavg()[0] ?? Number.NaN;
/** @param {string} text */
const log = (text) => process.stderr.write(`[bench ${((performance.now() - benchStart) / 1000).toFixed(0).padStart(4)}s] ${text}\n`);

/** Installs the pinned corpus with `npm ci` when node_modules is missing or older than the lockfile. */
function ensureCorpus() {
  const installed = path.join(CORPUS, 'node_modules', '.package-lock.json');
  const lock = path.join(CORPUS, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  log('installing the corpus: npm ci --ignore-scripts in bench/corpus (needs the registry once)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const done = spawnSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: CORPUS, stdio: ['ignore', 'inherit', 'inherit'] });
  if (done.status !== 0) throw new Error('npm ci failed in bench/corpus');
}

/**
 * Every file under the corpus's node_modules (symbolic links skipped), sorted.
 * @param {string} directory
 * @param {string[]} out
 * @returns {string[]}
 */
function walk(directory, out = []) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(path.relative(CORPUS, full).split(path.sep).join('/'));
  }
  return out;
}

/** Lists, counts and filters the corpus files. */
function listCorpus() {
  const all = walk(path.join(CORPUS, 'node_modules')).sort();
  /** @type {import('./lib/corpus-select.mjs').CorpusEntry[]} */
  const entries = [];
  /** @type {Map<string, number>} */
  const excluded = new Map();
  /** @type {string[]} */
  const minified = [];
  const skip = (/** @type {string} */ reason) => excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
  for (const file of all) {
    const byName = excludedByName(file);
    if (byName === 'not source') continue;
    const bytes = statSync(path.join(CORPUS, file)).size;
    if (byName !== undefined) {
      if (byName.startsWith('minified') && bytes <= MAX_FILE_BYTES && file.endsWith('.js')) minified.push(file);
      skip(byName);
      continue;
    }
    if (bytes > MAX_FILE_BYTES) {
      skip('larger than 1 MB');
      continue;
    }
    const lines = countLines(readFileSync(path.join(CORPUS, file), 'utf8'));
    const bySize = excludedBySize(bytes, lines);
    if (bySize === undefined) entries.push({ path: file, lines, bytes });
    else skip(bySize);
  }
  return { entries, excluded, minified };
}

/**
 * Runs one child: a fresh Node process that lints with one configuration on one track.
 * @param {{ config: string, track: string, mode: 'corpus' | 'stress', filesPath: string, warmup?: string, list?: boolean, timing?: boolean, nodeFlags?: readonly string[] }} spec
 * @param {string} work a temporary folder for job and result files
 * @returns {Promise<{ result: any, stdout: string }>}
 */
function runChild(spec, work) {
  const id = `${spec.mode}-${spec.track}-${spec.config}-${Math.random().toString(36).slice(2)}`;
  const jobPath = path.join(work, `${id}.job.json`);
  const out = path.join(work, `${id}.result.json`);
  writeFileSync(jobPath, JSON.stringify({ cwd: spec.mode === 'stress' ? BENCH : CORPUS, list: false, ...spec, out }));
  const env = { ...process.env };
  delete env.TIMING;
  if (spec.timing === true) env.TIMING = 'all';
  return new Promise((resolve, reject) => {
    const flags = ['--expose-gc', ...(spec.nodeFlags ?? [])];
    const child = spawn(process.execPath, [...flags, path.join(BENCH, 'child.mjs'), jobPath], { cwd: BENCH, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`${spec.config} on ${spec.track} (${spec.mode}) exited with ${code}:\n${stderr.slice(-2000)}`));
        return;
      }
      resolve({ result: JSON.parse(readFileSync(out, 'utf8')), stdout });
    });
  });
}

/**
 * Runs bench/import-child.mjs once in a fresh process and returns what it printed.
 * @param {string} subject
 * @returns {any}
 */
function runImportChild(subject) {
  const entry = process.env.BENCH_PLUGIN_ENTRY ?? pathToFileURL(PLUGIN_ENTRY).href;
  const done = spawnSync(process.execPath, [path.join(BENCH, 'import-child.mjs'), subject, entry], { cwd: BENCH, encoding: 'utf8' });
  if (done.status !== 0) throw new Error(`import-child ${subject} exited with ${done.status}:\n${done.stderr.slice(-2000)}`);
  return JSON.parse(done.stdout);
}

/**
 * Import time of ESLint and of the plugin, each in fresh processes, interleaved, after one
 * untimed run of each subject (so every timed run reads its files from a warm cache); and the
 * check that TypeScript stays unloaded until the first TypeScript file.
 * @param {number} runs
 */
function measureImports(runs) {
  const schedule = importSchedule(runs);
  for (const subject of new Set(schedule)) runImportChild(subject);
  const timed = schedule.map((subject) => runImportChild(subject));
  const summary = summarizeImports(timed);
  const check = runImportChild('typescript-check');
  log(
    `import: eslint ${summary.subjects.eslint?.medianMs.toFixed(0)} ms, plugin ${summary.subjects.plugin?.medianMs.toFixed(0)} ms ` +
      `(${formatRatio(summary.pluginRatio)}); TypeScript loaded after each step: ${check.steps.join(', ')}`,
  );
  return { ...summary, runs: timed, typescriptSteps: check.steps, typescriptUnloaded: typescriptUnloadedForJavaScript(check.steps), checkFindings: { js: check.jsFindings, ts: check.tsFindings } };
}

/**
 * Writes the stress files under bench/.stress/.
 * @param {number} scale
 * @param {string} bundlePath
 */
function writeStress(scale, bundlePath) {
  rmSync(STRESS, { recursive: true, force: true });
  mkdirSync(STRESS, { recursive: true });
  const bundle = readFileSync(path.join(CORPUS, bundlePath), 'utf8');
  return stressPlan(scale).map((item) => {
    const source = stressSource(item, scale, bundle);
    const file = path.join(STRESS, item.name);
    writeFileSync(file, source);
    return { ...item, path: file, lines: countLines(source), bytes: Buffer.byteLength(source) };
  });
}

/**
 * The installed version of a package, resolved from the project (espree: from ESLint, whose
 * default parser it is).
 * @param {string} name
 */
function packageVersion(name) {
  const fromRoot = createRequire(path.join(ROOT, 'package.json'));
  const require = name === 'espree' ? createRequire(fromRoot.resolve('eslint')) : fromRoot;
  return /** @type {{ version: string }} */ (require(`${name}/package.json`)).version;
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  if (options.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!existsSync(PLUGIN_ENTRY)) throw new Error('dist/index.js is missing: run `npm run build` (or `npm run bench`)');
  // A snapshot of dist/ under bench/results/ (so that it still resolves the project's
  // node_modules): every child of this run loads the same build.
  const snapshot = path.join(RESULTS, `.plugin-${process.pid}`);
  cpSync(path.join(ROOT, 'dist'), snapshot, { recursive: true });
  process.env.BENCH_PLUGIN_ENTRY = pathToFileURL(path.join(snapshot, 'index.js')).href;
  try {
    await measure(options);
  } finally {
    rmSync(snapshot, { recursive: true, force: true });
  }
}

/**
 * The summary of one track's corpus runs, one row per configuration.
 * @param {string[]} configs
 * @param {Record<string, any[]>} runsOf
 * @param {number} corpusLines
 */
function summarizeCorpus(configs, runsOf, corpusLines) {
  const floorRuns = runsOf.floor ?? [];
  return configs.map((config) => {
    const runs = runsOf[config] ?? [];
    const perRound = (/** @type {(run: any) => number} */ read) => runs.map((run, index) => ratio(read(run), floorRuns[index] === undefined ? undefined : read(floorRuns[index])));
    const wallRatios = perRound((run) => run.wallMs);
    const first = runs[0];
    return {
      config,
      rules: first?.ruleIds ?? [],
      wallMs: median(runs.map((run) => run.wallMs)),
      wallMsPerRound: runs.map((run) => Math.round(run.wallMs)),
      wallRatio: median(wallRatios),
      wallRatioPerRound: wallRatios,
      cpuMs: median(runs.map((run) => run.cpuMs)),
      cpuRatio: median(perRound((run) => run.cpuMs)),
      mainCpuMs: median(runs.map((run) => run.mainCpuMs ?? Number.NaN)),
      mainCpuMsPerRound: runs.map((run) => run.mainCpuMs ?? Number.NaN),
      otherCpuMsPerRound: runs.map((run) => run.otherCpuMs ?? Number.NaN),
      mainCpuRatio: median(perRound((run) => run.mainCpuMs)),
      otherCpuMs: median(runs.map((run) => run.otherCpuMs ?? Number.NaN)),
      otherCpuRatio: median(perRound((run) => run.otherCpuMs)),
      maxRssMb: median(runs.map((run) => run.maxRssKb / 1024)),
      maxRssMbPerRound: runs.map((run) => Math.round(run.maxRssKb / 1024)),
      rssRatio: median(perRound((run) => run.maxRssKb)),
      heapPeakMb: median(runs.map((run) => run.heapPeakMb)),
      heapPeakMbPerRound: runs.map((run) => Math.round(run.heapPeakMb)),
      heapRatio: median(perRound((run) => run.heapPeakMb)),
      heapAtStartMb: median(runs.map((run) => run.heapAtStartMb)),
      heapAfterGcMb: median(runs.map((run) => run.heapAfterGcMb)),
      typescriptLoaded: runs.some((run) => run.typescriptLoaded === true),
      findings: first?.findings ?? Number.NaN,
      findingsPer100k: per100kLines(first?.findings ?? Number.NaN, corpusLines),
      findingsByRule: first?.byRule ?? {},
      parseErrors: first?.parseErrors ?? Number.NaN,
      parseErrorList: first?.parseErrorList ?? [],
    };
  });
}

/**
 * The summary of one track's stress runs, one row per stress file.
 * @param {string[]} configs
 * @param {any[]} stressFiles
 * @param {Record<string, any[]>} runsOf
 */
function summarizeStress(configs, stressFiles, runsOf) {
  return stressFiles.map((item) => {
    const name = path.basename(item.path);
    const floorRuns = runsOf.floor ?? [];
    const perConfig = Object.fromEntries(
      configs.map((config) => {
        const runs = runsOf[config] ?? [];
        const times = runs.map((run) => run.perFile[name].wallMs);
        const cpu = runs.map((run) => run.perFile[name].cpuMs);
        return [
          config,
          {
            wallMs: median(times),
            ratio: median(times.map((time, index) => ratio(time, floorRuns[index]?.perFile[name].wallMs))),
            cpuMs: median(cpu),
            cpuRatio: median(cpu.map((time, index) => ratio(time, floorRuns[index]?.perFile[name].cpuMs))),
            findings: runs[0]?.perFile[name].findings ?? Number.NaN,
          },
        ];
      }),
    );
    return { name, kind: item.kind, size: item.size, describe: item.describe, lines: item.lines, bytes: item.bytes, perConfig };
  });
}

/**
 * Growth of each stress kind from 1x to 2x, per configuration.
 * @param {string[]} configs
 * @param {any[]} stressSummary
 */
function stressGrowth(configs, stressSummary) {
  const growth = [];
  for (const kind of [...new Set(stressSummary.map((item) => item.kind))]) {
    const one = stressSummary.find((item) => item.kind === kind && item.size === 1);
    const two = stressSummary.find((item) => item.kind === kind && item.size === 2);
    if (one === undefined || two === undefined) continue;
    for (const config of configs) {
      const a = one.perConfig[config]?.wallMs;
      const b = two.perConfig[config]?.wallMs;
      growth.push({ kind, config, oneMs: a, twoMs: b, growth: ratio(b, a) });
    }
  }
  return growth;
}

/**
 * The whole measurement and its report.
 * @param {import('./lib/args.mjs').BenchOptions} options
 */
async function measure(options) {
  const { loadPlugin, sonarSecretRules } = await import('./configs.mjs');
  const pluginMeta = (await loadPlugin()).meta;
  const sonar = sonarSecretRules((await import('eslint-plugin-sonarjs')).default);

  ensureCorpus();
  log('listing and counting the corpus');
  const corpusPackage = JSON.parse(readFileSync(path.join(CORPUS, 'package.json'), 'utf8'));
  const { entries, excluded, minified } = listCorpus();
  const selection = selectCorpus(entries, options.lines, { strict: options.quick });
  const available = entries.reduce((sum, entry) => sum + entry.lines, 0);
  log(`corpus: ${selection.files.length} files, ${selection.lines} lines of ${available} available`);

  // Import time first, while nothing else of the bench runs.
  const imports = options.importTime ? measureImports(options.importRuns) : undefined;

  const work = mkdtempSync(path.join(os.tmpdir(), 'token-hygiene-bench-'));
  const filesPath = path.join(work, 'corpus-files.json');
  writeFileSync(filesPath, JSON.stringify(selection.files.map((entry) => entry.path)));
  const { tracks } = options;
  const configsOf = (/** @type {string} */ track) => options.configs[track] ?? [];
  /** @type {Record<string, Record<string, any[]>>} */
  const corpusRuns = Object.fromEntries(tracks.map((track) => [track, Object.fromEntries(configsOf(track).map((name) => [name, []]))]));

  // Corpus rounds, interleaved: every configuration of every track, then again in the
  // reverse order (see roundOrder).
  const runsOfRound = tracks.flatMap((track) => configsOf(track).map((config) => ({ track, config })));
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const { track, config } of roundOrder(runsOfRound, round)) {
      const list = config === 'recommended' && round === 1;
      const { result } = await runChild({ config, track, mode: 'corpus', filesPath, list }, work);
      corpusRuns[track]?.[config]?.push(result);
      log(
        `round ${round}/${options.rounds} ${track} ${config}: ${(result.wallMs / 1000).toFixed(1)} s, ${(result.maxRssKb / 1024).toFixed(0)} MB RSS, ` +
          `heap peak ${result.heapPeakMb.toFixed(0)} MB, ${result.findings} findings`,
      );
    }
  }

  // One extra pass per configuration with TIMING=all for the per-rule time.
  /** @type {Record<string, Record<string, { wallMs: number, rules: { rule: string, ms: number, share: number }[] }>>} */
  const timing = Object.fromEntries(tracks.map((track) => [track, {}]));
  if (options.timing) {
    for (const track of tracks) {
      for (const config of configsOf(track).filter((name) => name !== 'none')) {
        const { result, stdout } = await runChild({ config, track, mode: 'corpus', filesPath, timing: true }, work);
        /** @type {any} */ (timing[track])[config] = { wallMs: result.wallMs, rules: parseTimingTable(stdout).map((row) => ({ ...row, share: row.ms / result.wallMs })) };
        log(`timing ${track} ${config}: ${(result.wallMs / 1000).toFixed(1)} s`);
      }
    }
  }

  // One extra pass per configuration with V8's collections on a fixed schedule: memory only.
  /** @type {Record<string, import('./lib/fixed-gc.mjs').FixedGcRun[]>} */
  const fixedGcRuns = Object.fromEntries(tracks.map((track) => [track, []]));
  if (options.fixedGc) {
    for (const track of tracks) {
      for (const config of configsOf(track)) {
        const { result } = await runChild({ config, track, mode: 'corpus', filesPath, nodeFlags: FIXED_GC_FLAGS }, work);
        fixedGcRuns[track]?.push({ config, heapPeakMb: result.heapPeakMb, maxRssKb: result.maxRssKb, heapAfterGcMb: result.heapAfterGcMb });
        log(`fixed GC schedule ${track} ${config}: ${(result.maxRssKb / 1024).toFixed(0)} MB RSS, heap peak ${result.heapPeakMb.toFixed(0)} MB`);
      }
    }
  }

  // Stress files, interleaved over the same rounds.
  /** @type {ReturnType<typeof writeStress>} */
  let stressFiles = [];
  /** @type {Record<string, Record<string, any[]>>} */
  const stressRuns = Object.fromEntries(tracks.map((track) => [track, Object.fromEntries(configsOf(track).map((name) => [name, []]))]));
  let bundlePath = '';
  if (options.stress) {
    bundlePath = minified.includes(PREFERRED_BUNDLE)
      ? PREFERRED_BUNDLE
      : ([...minified].sort((a, b) => statSync(path.join(CORPUS, b)).size - statSync(path.join(CORPUS, a)).size || (a < b ? -1 : 1))[0] ?? '');
    if (bundlePath === '') throw new Error('no minified bundle in the corpus for the stress files');
    const scale = options.quick ? QUICK_STRESS_SCALE : 1;
    stressFiles = writeStress(scale, bundlePath);
    const stressList = path.join(work, 'stress-files.json');
    writeFileSync(stressList, JSON.stringify(stressFiles.map((item) => item.path)));
    const first = selection.files[0]?.path;
    const warmup = first === undefined ? undefined : `corpus/${first}`;
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const { track, config } of roundOrder(runsOfRound, round)) {
        const { result } = await runChild({ config, track, mode: 'stress', filesPath: stressList, warmup }, work);
        stressRuns[track]?.[config]?.push(result);
        log(`stress round ${round}/${options.rounds} ${track} ${config}: ${(result.wallMs / 1000).toFixed(1)} s`);
      }
    }
  }
  rmSync(work, { recursive: true, force: true });

  // Summaries and targets, per track.
  const trackResults = tracks.map((track) => {
    const configs = configsOf(track);
    const summary = summarizeCorpus(configs, corpusRuns[track] ?? {}, selection.lines);
    const stressSummary = summarizeStress(configs, stressFiles, stressRuns[track] ?? {});
    const growth = stressGrowth(configs, stressSummary);
    const trackTiming = timing[track] ?? {};
    const recommended = summary.find((row) => row.config === 'recommended');
    const targets = evaluateTargets(
      {
        wallRatio: recommended?.wallRatio ?? Number.NaN,
        rssRatio: recommended?.rssRatio ?? Number.NaN,
        ruleShares: trackTiming.recommended?.rules.filter((row) => recommended?.rules.includes(row.rule)),
        stress: recommended === undefined ? undefined : stressSummary.map((item) => ({ name: item.name, ratio: item.perConfig.recommended?.ratio ?? Number.NaN })),
        findingsPer100k: recommended?.findingsPer100k ?? Number.NaN,
        importRatio: imports?.pluginRatio ?? Number.NaN,
        typescriptUnloaded: imports?.typescriptUnloaded,
      },
      TARGETS[track],
    );
    const findings = (corpusRuns[track]?.recommended?.[0]?.list ?? []).map((/** @type {any} */ finding) => ({
      location: `${finding.path}:${finding.line}`,
      ruleId: finding.ruleId,
      message: finding.message,
    }));
    const fixedGc = summarizeFixedGc(fixedGcRuns[track] ?? []);
    return { track, configs, summary, timing: trackTiming, fixedGc, stress: stressSummary, growth, targets, findings };
  });

  const date = new Date().toISOString();
  const meta = {
    date,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB`,
    plugin: `${pluginMeta.name}@${pluginMeta.version}`,
    versions: Object.fromEntries(COMPARED_PACKAGES.map((name) => [name, packageVersion(name)])),
    sonarRules: sonar,
    options,
    benchSeconds: Math.round((performance.now() - benchStart) / 1000),
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] ?? Number.NaN },
  };
  const corpus = {
    packages: corpusPackage.dependencies,
    installedPackages: selection.packages.size,
    files: selection.files.length,
    lines: selection.lines,
    linesByExtension: linesByExtension(selection.files),
    availableLines: available,
    perPackageCap: selection.cap,
    excluded: Object.fromEntries(excluded),
    bundle: bundlePath,
  };

  const report = renderReport({ meta, corpus, imports, trackResults, options });
  process.stdout.write(report);
  mkdirSync(RESULTS, { recursive: true });
  const jsonPath = path.join(RESULTS, `bench-${date.replaceAll(':', '-').replace(/\.\d+Z$/u, 'Z')}.json`);
  writeFileSync(jsonPath, `${JSON.stringify({ meta, corpus, imports, tracks: trackResults }, undefined, 2)}\n`);
  log(`wrote ${path.relative(ROOT, jsonPath)}`);
}

/**
 * Lines of the selection per file extension.
 * @param {readonly { path: string, lines: number }[]} files
 * @returns {Record<string, number>}
 */
function linesByExtension(files) {
  /** @type {Record<string, number>} */
  const lines = {};
  for (const file of files) {
    const extension = path.extname(file.path);
    lines[extension] = (lines[extension] ?? 0) + file.lines;
  }
  return lines;
}

/**
 * The markdown report.
 * @param {any} data
 * @returns {string}
 */
function renderReport({ meta, corpus, imports, trackResults, options }) {
  const out = [];
  const busy = meta.loadAverage.start > os.cpus().length || meta.loadAverage.end > os.cpus().length;
  out.push(
    `# eslint-plugin-token-hygiene bench (${meta.date.slice(0, 10)})`,
    '',
    `Node ${meta.node}, ${meta.platform}; ${meta.plugin}; ` +
      `${Object.entries(meta.versions).map(([name, version]) => `${name} ${version}`).join(', ')}. ` +
      `Tracks: ${trackResults.map((/** @type {any} */ item) => item.track).join(', ')}. ` +
      `${options.rounds} interleaved rounds (odd rounds in the listed order, even rounds in reverse)${options.quick ? ', QUICK subset (not a measurement)' : ''}, medians reported; ${meta.benchSeconds} s in all; ` +
      `1-minute load average ${meta.loadAverage.start.toFixed(1)} at the start, ${meta.loadAverage.end.toFixed(1)} at the end` +
      `${busy ? ` (above ${os.cpus().length}: other processes shared the cores, and the figures are noisier)` : ''}.`,
    '',
    `sonarjs secret rules present: ${meta.sonarRules.present.join(', ') || 'none'}${meta.sonarRules.missing.length > 0 ? `; missing in this version: ${meta.sonarRules.missing.join(', ')}` : ''}.`,
    '',
    '## Corpus',
    '',
    `${formatCount(corpus.lines)} lines in ${formatCount(corpus.files)} files from ${corpus.installedPackages} installed packages ` +
      `(bench/corpus, ${Object.keys(corpus.packages).length} pinned direct dependencies and their dependencies; ${formatCount(corpus.availableLines)} lines available). ` +
      `Lines per extension: ${Object.entries(corpus.linesByExtension).map(([extension, lines]) => `${extension} ${formatCount(/** @type {number} */ (lines))}`).join(', ')}.`,
    '',
    `Counted: .js .mjs .cjs .jsx .ts .mts .cts .tsx under bench/corpus/node_modules; left out: .d.ts/.d.mts/.d.cts, *.min.*, files > 1 MB, ` +
      `minified-looking files (mean line > 250 chars). Excluded files: ${Object.entries(corpus.excluded).map(([reason, count]) => `${reason} ${count}`).join(', ') || 'none'}. ` +
      `Selection: paths sorted, each package contributes its files in path order up to ${Number.isFinite(corpus.perPackageCap) ? formatCount(corpus.perPackageCap) : 'all'} lines ` +
      `(the cap that brings the total to ${formatCount(options.lines)} lines).`,
    '',
    `Direct dependencies: ${Object.entries(corpus.packages).map(([name, version]) => `${name}@${version}`).join(', ')}.`,
    '',
  );
  if (imports !== undefined) {
    const eslintMs = imports.subjects.eslint.medianMs;
    out.push(
      '## Import time',
      '',
      `Each figure is the median of ${imports.subjects.eslint.runs} fresh processes (one untimed run of each first), the subjects interleaved; ` +
        'the time of the `import()` alone, measured inside the process (wall time; CPU time beside it, less disturbed by a busy machine). The target compares the plugin alone with ESLint alone, in wall time.',
      '',
      markdownTable(
        ['what is imported', 'median', 'min', 'max', 'x ESLint', 'CPU (median)', 'CPU x ESLint'],
        [
          ['`eslint`', 'eslint'],
          ['the plugin (built dist entry), alone', 'plugin'],
          ['the plugin, then reading `configs.recommended`', 'plugin-configs'],
          ['the plugin, once `eslint` is loaded (what it adds to a start)', 'plugin-after-eslint'],
        ].map(([label = '', subject = '']) => {
          const row = imports.subjects[subject];
          return [
            label,
            `${row.medianMs.toFixed(0)} ms`,
            `${row.minMs.toFixed(0)} ms`,
            `${row.maxMs.toFixed(0)} ms`,
            formatRatio(ratio(row.medianMs, eslintMs)),
            `${row.medianCpuMs.toFixed(0)} ms`,
            formatRatio(ratio(row.medianCpuMs, imports.subjects.eslint.medianCpuMs)),
          ];
        }),
        ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
      ),
      '',
      `The \`typescript\` package loaded after each step (one fresh process): ${TYPESCRIPT_STEPS.map((step, index) => `${step}: ${imports.typescriptSteps[index] ? 'yes' : 'no'}`).join('; ')}.`,
      '',
    );
  }
  for (const item of trackResults) {
    out.push(...renderTrack(item, corpus, trackResults[0]));
  }
  return `${out.join('\n')}\n`;
}

/**
 * The report of one track.
 * @param {any} item
 * @param {any} corpus
 * @param {any} primary the first track, whose findings another track's are compared with
 * @returns {string[]}
 */
function renderTrack(item, corpus, primary) {
  const { track, configs, summary, timing, fixedGc, stress, growth, targets, findings } = item;
  const out = [];
  const limits = TARGETS[/** @type {'espree' | 'typescript'} */ (track)];
  const parseErrors = summary.find((/** @type {any} */ row) => row.config === 'floor')?.parseErrorList ?? [];
  out.push(
    `## Track: ${track}`,
    '',
    `Parsing: ${TRACK_DESCRIPTIONS[/** @type {'espree' | 'typescript'} */ (track)]}. Every configuration of the track, the floor included, parses the same way.`,
    '',
    `Files the parser rejects (the same for every configuration): ${parseErrors.length === 0 ? 'none' : parseErrors.map((/** @type {string} */ line) => line.replace(/\.$/u, '')).join('; ')}.`,
    '',
    '### Corpus results',
    '',
    'Wall time: ESLint construction plus `lintFiles` in a fresh child process. Ratios are to the floor of the same round (one rule with empty listeners), median over rounds. ' +
      "CPU / floor: the same for the child's user + system CPU time, which a busy machine disturbs less than wall time (the targets use wall time). " +
      "Main thread / other threads: that CPU time split by thread (Linux's /proc; n/a elsewhere): the main thread parses, traverses and runs the rules, V8's helper threads compile hot code and do the concurrent and parallel parts of collection beside it. " +
      'Max RSS: `process.resourceUsage().maxRSS` of the child. Peak heap: the largest V8 heap in use (live objects and garbage not yet collected) sampled after each file. ' +
      'Heap at start: after a full collection once the configuration is loaded; after run: after a full collection once the run is over and the ESLint instance and its results are dropped.',
    '',
    markdownTable(
      ['configuration', 'rules', 'wall (median)', 'wall / floor', 'CPU / floor', 'main thread / floor', 'other threads / floor', 'max RSS', 'RSS / floor', 'peak heap', 'heap / floor', 'heap at start', 'heap after run', 'findings', 'per 100k lines', 'parse errors'],
      summary.map((/** @type {any} */ row) => [
        row.config,
        row.config === 'floor' ? 'bench/empty' : String(row.rules.length),
        `${(row.wallMs / 1000).toFixed(2)} s`,
        formatRatio(row.wallRatio),
        formatRatio(row.cpuRatio),
        formatRatio(row.mainCpuRatio),
        formatRatio(row.otherCpuRatio),
        `${row.maxRssMb.toFixed(0)} MB`,
        formatRatio(row.rssRatio),
        `${row.heapPeakMb.toFixed(0)} MB`,
        formatRatio(row.heapRatio),
        `${row.heapAtStartMb.toFixed(1)} MB`,
        `${row.heapAfterGcMb.toFixed(1)} MB`,
        formatCount(row.findings),
        formatNumber(row.findingsPer100k),
        formatCount(row.parseErrors),
      ]),
      ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
    ),
    '',
    `CPU by thread (s, main thread / other threads; median, then per round): ${summary
      .map(
        (/** @type {any} */ row) =>
          `${row.config} ${formatNumber(row.mainCpuMs / 1000, 1)}/${formatNumber(row.otherCpuMs / 1000, 1)} (${row.mainCpuMsPerRound
            .map((/** @type {number} */ ms, /** @type {number} */ index) => `${formatNumber(ms / 1000, 1)}/${formatNumber(row.otherCpuMsPerRound[index] / 1000, 1)}`)
            .join(', ')})`,
      )
      .join('; ')}.`,
    '',
    `Per round (wall s / max RSS MB / peak heap MB): ${summary
      .map((/** @type {any} */ row) => `${row.config} ${row.wallMsPerRound.map((/** @type {number} */ ms, /** @type {number} */ index) => `${(ms / 1000).toFixed(1)}/${row.maxRssMbPerRound[index]}/${row.heapPeakMbPerRound[index]}`).join(', ')}`)
      .join('; ')}.`,
    '',
  );
  const timingRows = Object.entries(timing).flatMap(([config, data]) =>
    /** @type {any} */ (data).rules.map((/** @type {any} */ row) => [config, row.rule, row.ms.toFixed(0), `${(row.share * 100).toFixed(2)}%`]),
  );
  out.push('### Per-rule time (TIMING=all, one extra pass each)', '', "Share = the rule's time / the wall time of that pass.", '');
  out.push(timingRows.length > 0 ? markdownTable(['configuration', 'rule', 'ms', 'share of wall'], timingRows, ['left', 'left', 'right', 'right']) : '_not measured, or no rule enabled_', '');
  if (fixedGc.length > 0) {
    out.push(
      '### Memory with a fixed collection schedule (one extra pass each, no target)',
      '',
      `The same run under \`node ${FIXED_GC_FLAGS.join(' ')}\`: V8 grows the heap by fixed steps and collects on the main thread alone, ` +
        'so when a collection runs depends on what the run allocates, not on how busy the machine is. ' +
        "The peak heap then shows what a configuration allocates and keeps; in the rounds above it also shows when the machine let the collector run. Users' processes run with V8's defaults, so the targets use the rounds; this pass explains them. Its wall time is not reported.",
      '',
      markdownTable(
        ['configuration', 'peak heap', 'heap / floor', 'max RSS', 'RSS / floor', 'heap after run'],
        fixedGc.map((/** @type {any} */ row) => [
          row.config,
          `${row.heapPeakMb.toFixed(0)} MB`,
          formatRatio(row.heapRatio),
          `${row.maxRssMb.toFixed(0)} MB`,
          formatRatio(row.rssRatio),
          `${row.heapAfterGcMb.toFixed(1)} MB`,
        ]),
        ['left', 'right', 'right', 'right', 'right', 'right'],
      ),
      '',
    );
  }
  if (stress.length > 0) {
    out.push('### Stress files (bench/.stress/, generated)', '', `Minified bundle: ${corpus.bundle}. Time: one \`lintFiles\` of the file after a warm-up, median over rounds; ratio to the floor of the same round.`, '');
    out.push(
      markdownTable(
        ['file', 'what', 'lines', 'bytes', ...configs.map((/** @type {string} */ config) => `${config} ms (x floor)`)],
        stress.map((/** @type {any} */ file) => [
          file.name,
          file.describe,
          formatCount(file.lines),
          formatCount(file.bytes),
          ...configs.map((/** @type {string} */ config) => `${file.perConfig[config].wallMs.toFixed(0)} (${formatRatio(file.perConfig[config].ratio)})`),
        ]),
        ['left', 'left', 'right', 'right', ...configs.map(() => /** @type {'right'} */ ('right'))],
      ),
      '',
      '#### Growth from 1x to 2x (linear = 2.00x)',
      '',
      markdownTable(
        ['kind', ...configs],
        [...new Set(growth.map((/** @type {any} */ row) => row.kind))].map((kind) => [
          kind,
          ...configs.map((/** @type {string} */ config) => formatRatio(growth.find((/** @type {any} */ row) => row.kind === kind && row.config === config)?.growth ?? Number.NaN)),
        ]),
        ['left', ...configs.map(() => /** @type {'right'} */ ('right'))],
      ),
      '',
    );
  }
  out.push(
    `### Targets (${track} track)`,
    '',
    `Limits of this track: wall ${limits.wallRatio}x, max RSS ${limits.rssRatio}x, one rule ${(limits.ruleShare * 100).toFixed(0)}% of wall, stress files ${limits.stressRatio}x, ` +
      `${limits.findingsPer100k} finding per 100k lines${limits.importRatio === undefined ? '' : `, import ${limits.importRatio}x ESLint's`}.`,
    '',
    markdownTable(['target', 'measured', 'verdict'], targets.map((/** @type {any} */ row) => [row.target, row.measured, row.verdict])),
    '',
  );
  const sameAsPrimary = item !== primary && JSON.stringify(findings) === JSON.stringify(primary.findings);
  out.push(`### Findings of recommended on the corpus (${track} track, ${findings.length})`, '');
  if (sameAsPrimary) out.push(`The same ${findings.length} findings as the ${primary.track} track.`, '');
  else if (findings.length === 0) out.push('_none_', '');
  else {
    out.push(
      'Masked messages only; no source line is printed.',
      '',
      markdownTable(['file:line', 'rule', 'message'], findings.map((/** @type {any} */ row) => [row.location, row.ruleId, row.message])),
      '',
    );
  }
  return out;
}

await main();
