import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { type CliOptions, parseCliArgs, USAGE } from './cli/args.js';
import { CliError } from './cli/cli-error.js';
import { loadFormatter, prepareOutputFile } from './cli/formatter.js';
import { describeNothingScanned, describeParseFailures, describeSkipped } from './cli/notes.js';
import { createProgress, type Progress, progressCounterConfig } from './cli/progress.js';
import { sortResults } from './cli/results.js';
import { planScan } from './cli/scan-plan.js';
import { groupTargets, isInside } from './cli/targets.js';
import plugin from './index.js';
import { PACKAGE_VERSION } from './package-info.js';

export { parseCliArgs } from './cli/args.js';

/** Exit codes of the command. */
export const EXIT = Object.freeze({ clean: 0, findings: 1, usage: 2 });

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is drawn only there. */
  readonly stderrIsTTY?: boolean;
  /** The environment: progress stays off when `CI` is set. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long a run goes before progress appears (default one second). */
  readonly progressDelayMs?: number;
}

/**
 * Formats the results with file embedding turned off: the SARIF formatter copies every
 * linted file into the report when SARIF_ESLINT_EMBED is set, hard-coded tokens included.
 */
async function formatWithoutSource(formatter: ESLint.LoadedFormatter, results: ESLint.LintResult[]): Promise<string> {
  const embed = process.env.SARIF_ESLINT_EMBED;
  delete process.env.SARIF_ESLINT_EMBED;
  try {
    return await formatter.format(results);
  } finally {
    if (embed !== undefined) process.env.SARIF_ESLINT_EMBED = embed;
  }
}

/** The deepest folder that holds `first` and all of `others`. */
function commonFolder(first: string, others: readonly string[]): string {
  let common = first;
  for (const folder of others) {
    while (!isInside(common, folder)) common = path.dirname(common);
  }
  return common;
}

/**
 * The ESLint instance that formats the report. It covers every file of the run (results of
 * files outside the current folder included), so that formatters reading the rules' metadata
 * (SARIF, json-with-metadata) find each rule.
 */
function createReportEslint(folder: string, configs: readonly Linter.Config[]): ESLint {
  return new ESLint({ cwd: folder, overrideConfigFile: true, overrideConfig: [...configs] });
}

/**
 * Formats the results. ESLint looks the rules' metadata up in the config it has cached for each
 * file's folder, so the report instance computes the config of each file first.
 */
async function formatReport(eslint: ESLint, formatter: ESLint.LoadedFormatter, results: ESLint.LintResult[]): Promise<string> {
  await Promise.all(results.map((result) => eslint.calculateConfigForFile(result.filePath)));
  return formatWithoutSource(formatter, results);
}

async function scan(options: CliOptions, io: CliIo, progress: Progress): Promise<number> {
  const cwd = realpathSync(io.cwd);
  // Everything that can fail is checked before the first file is linted.
  const outputFile = options.outputFile === undefined ? undefined : prepareOutputFile(options.outputFile, cwd);
  const groups = groupTargets(options.paths, cwd, options.gitignore);
  const configs = [
    ...(plugin.configs[options.config] as unknown as Linter.Config[]),
    ...(plugin.configs['data-files'] as unknown as Linter.Config[]),
  ];
  const reportEslint = createReportEslint(commonFolder(cwd, groups.map((group) => group.base)), configs);
  const formatter = await loadFormatter(reportEslint, options.format, cwd);
  const plan = await planScan(groups, {
    configs,
    extraConfigs: progress.enabled ? [progressCounterConfig(progress)] : [],
    ignorePatterns: options.ignorePatterns,
    gitignore: options.gitignore,
  });

  progress.setTotal(plan.total);
  progress.start();
  const linted: ESLint.LintResult[] = [];
  for (const lint of plan.lints) linted.push(...(await lint.eslint.lintFiles([...lint.patterns])));
  progress.stop();

  const { results, parseFailures, findingCount } = sortResults(linted);
  const report = await formatReport(reportEslint, formatter, results);
  if (outputFile === undefined) {
    if (report.length > 0) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  } else {
    writeFileSync(outputFile, report);
  }
  const notes = [...describeSkipped(plan.skipped), ...describeParseFailures(parseFailures, cwd)];
  if (linted.length === 0 && plan.skipped.length === 0) notes.push(describeNothingScanned(options.paths));
  if (notes.length > 0) io.stderr(`${notes.join('\n')}\n`);
  return findingCount > 0 ? EXIT.findings : EXIT.clean;
}

function reportError(io: CliIo, error: unknown): number {
  if (error instanceof CliError) {
    io.stderr(`token-hygiene: ${error.message}\n${error.usage ? `\n${USAGE}\n` : ''}`);
  } else {
    io.stderr(`token-hygiene: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return EXIT.usage;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    return reportError(io, error);
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.clean;
  }
  if (options.version) {
    io.stdout(`${PACKAGE_VERSION}\n`);
    return EXIT.clean;
  }
  const progress = createProgress({
    write: io.stderr,
    isTTY: io.stderrIsTTY ?? false,
    env: io.env ?? {},
    ...(io.progressDelayMs === undefined ? {} : { delayMs: io.progressDelayMs }),
  });
  try {
    return await scan(options, io, progress);
  } catch (error) {
    progress.stop();
    return reportError(io, error);
  }
}
