// Command-line options of `node bench/run.mjs`.
import { DEFAULT_TRACK_CONFIGS, TRACKS } from './tracks.mjs';

/** The configurations the bench knows, in the order each round runs them. */
export const CONFIG_NAMES = Object.freeze(['none', 'floor', 'recommended', 'no-secrets', 'sonarjs']);

export const HELP = `Usage: node bench/run.mjs [options]   (or: npm run bench -- [options])

Lints a pinned corpus of published packages with several configurations, each in a fresh
child process, interleaved over rounds, on two parser tracks, and reports wall time, max
RSS and V8 heap as ratios to the floor, findings per 100k lines, per-rule time
(TIMING=all), stress files, and the plugin's import time against ESLint's.

Options:
  --track T         espree, typescript or both (default both)
                      espree: espree for JavaScript, @typescript-eslint/parser for
                              TypeScript, as most users have it (the primary track)
                      typescript: @typescript-eslint/parser for every file
  --rounds N        rounds of the interleaved runs (default 3, at least 1)
  --only A,B        configurations to run on every track, from: ${CONFIG_NAMES.join(', ')}
                    (the floor is always added: it is the baseline of every ratio);
                    default: all of them on espree, floor and recommended on typescript
  --lines N         corpus size in lines (default 500000; at least 500000 unless --quick)
  --import-runs N   fresh processes per import-time measurement (default 9)
  --quick           a small deterministic subset of the corpus and small stress files
  --no-stress       skip the generated stress files
  --no-timing       skip the extra TIMING=all pass per configuration
  --no-fixed-gc     skip the extra memory pass per configuration with V8's collections
                    on a fixed schedule
  --no-import       skip the import-time measurement
  --help            print this help

Configurations:
  none         ESLint with the parser and no rule (ESLint skips its traversal)
  floor        one bench rule with empty listeners: the baseline of the ratios
  recommended  eslint-plugin-token-hygiene's recommended config
  no-secrets   eslint-plugin-no-secrets: no-secrets/no-secrets
  sonarjs      eslint-plugin-sonarjs: its hard-coded secret rules
`;

/**
 * @typedef {object} BenchOptions
 * @property {number} rounds
 * @property {('espree' | 'typescript')[]} tracks tracks to run, in round order
 * @property {Record<string, string[]>} configs configurations to run per track, in round order
 * @property {number} lines corpus size in lines
 * @property {number} importRuns fresh processes per import-time subject
 * @property {boolean} quick
 * @property {boolean} stress
 * @property {boolean} timing
 * @property {boolean} fixedGc
 * @property {boolean} importTime
 * @property {boolean} help
 */

/** Corpus size of a full run and of a quick smoke run, in lines. */
export const DEFAULT_LINES = 500_000;
export const QUICK_LINES = 20_000;
export const MIN_LINES = 500_000;
export const DEFAULT_IMPORT_RUNS = 9;

/**
 * Parses the command line. Throws an Error with a message for the user on a bad option.
 * @param {readonly string[]} argv arguments after the script name
 * @returns {BenchOptions}
 */
export function parseArgs(argv) {
  /** @type {string[] | undefined} */
  let only;
  let tracks = [...TRACKS];
  const options = {
    rounds: 3,
    lines: Number.NaN,
    importRuns: DEFAULT_IMPORT_RUNS,
    quick: false,
    stress: true,
    timing: true,
    fixedGc: true,
    importTime: true,
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag = '', inline] = arg.split('=', 2);
    const value = () => {
      const next = inline ?? argv[(index += 1)];
      if (next === undefined) throw new Error(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--rounds': {
        options.rounds = positiveInteger(flag, value());
        break;
      }
      case '--lines': {
        options.lines = positiveInteger(flag, value());
        break;
      }
      case '--import-runs': {
        options.importRuns = positiveInteger(flag, value());
        break;
      }
      case '--only': {
        only = parseOnly(value());
        break;
      }
      case '--track': {
        tracks = parseTrack(value());
        break;
      }
      case '--quick': {
        options.quick = true;
        break;
      }
      case '--no-stress': {
        options.stress = false;
        break;
      }
      case '--no-timing': {
        options.timing = false;
        break;
      }
      case '--no-fixed-gc': {
        options.fixedGc = false;
        break;
      }
      case '--no-import': {
        options.importTime = false;
        break;
      }
      case '--help':
      case '-h': {
        options.help = true;
        break;
      }
      default: {
        throw new Error(`unknown option ${arg} (see --help)`);
      }
    }
  }
  if (Number.isNaN(options.lines)) options.lines = options.quick ? QUICK_LINES : DEFAULT_LINES;
  if (!options.quick && options.lines < MIN_LINES) {
    throw new Error(`--lines must be at least ${MIN_LINES} for a full run (use --quick for a smoke run)`);
  }
  /** @type {Record<string, string[]>} */
  const configs = {};
  for (const track of tracks) configs[track] = only ?? [.../** @type {Record<string, readonly string[]>} */ (DEFAULT_TRACK_CONFIGS)[track] ?? []];
  return { ...options, tracks, configs };
}

/**
 * @param {string} flag
 * @param {string} text
 * @returns {number}
 */
function positiveInteger(flag, text) {
  const number = Number(text.replaceAll('_', ''));
  if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} needs a positive integer, got ${text}`);
  return number;
}

/**
 * The tracks of `--track`: one of them, or `both`.
 * @param {string} text
 * @returns {('espree' | 'typescript')[]}
 */
export function parseTrack(text) {
  if (text === 'both') return [...TRACKS];
  const track = TRACKS.find((name) => name === text);
  if (track === undefined) throw new Error(`--track: unknown track ${text} (known: ${TRACKS.join(', ')}, both)`);
  return [track];
}

/**
 * The configurations of `--only`, in round order, with the floor always included.
 * @param {string} text
 * @returns {string[]}
 */
export function parseOnly(text) {
  const wanted = new Set(text.split(',').map((name) => name.trim()).filter((name) => name !== ''));
  for (const name of wanted) {
    if (!CONFIG_NAMES.includes(name)) throw new Error(`--only: unknown configuration ${name} (known: ${CONFIG_NAMES.join(', ')})`);
  }
  wanted.add('floor');
  return CONFIG_NAMES.filter((name) => wanted.has(name));
}
