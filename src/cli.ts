import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint, type Linter } from 'eslint';
import type { ConfigName } from './configs.js';
import { gitignoreToPatterns } from './gitignore.js';
import plugin from './index.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from './package-info.js';

const USAGE = `Usage: token-hygiene [options] [paths...]

Lints the given files and folders (default: the current folder) with the
${PACKAGE_NAME} rules, without any ESLint config file: JavaScript and
TypeScript, JSON/JSONC/JSON5, and key=value credential files (.env, .env.*,
.npmrc, .pypirc, .netrc, *.properties, token text files).

Options:
  -f, --format <name>          ESLint formatter: stylish (default), json, or a
                               formatter package such as @microsoft/sarif
  -o, --output-file <file>     write the report to a file instead of stdout
  -c, --config <name>          recommended (default), strict or all
      --ignore-pattern <glob>  extra pattern to ignore (repeatable)
      --no-gitignore           do not apply the ignores in ./.gitignore
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error.`;

/** Exit codes of the command. */
export const EXIT = Object.freeze({ clean: 0, findings: 1, usage: 2 });

class UsageError extends Error {}

interface CliOptions {
  readonly paths: string[];
  readonly format: string;
  readonly outputFile: string | undefined;
  readonly config: ConfigName;
  readonly ignorePatterns: string[];
  readonly gitignore: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const CONFIG_NAMES: readonly ConfigName[] = ['recommended', 'strict', 'all'];

function isConfigName(name: string): name is ConfigName {
  return (CONFIG_NAMES as readonly string[]).includes(name);
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        'ignore-pattern': { type: 'string', multiple: true },
        'no-gitignore': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const config = values.config ?? 'recommended';
  if (!isConfigName(config)) {
    throw new UsageError(`Unknown config "${config}": use one of ${CONFIG_NAMES.join(', ')}.`);
  }
  if (values.format === '') throw new UsageError('--format needs a formatter name.');
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: values.format ?? 'stylish',
    outputFile: values['output-file'],
    config,
    ignorePatterns: values['ignore-pattern'] ?? [],
    gitignore: values['no-gitignore'] !== true,
    help: values.help === true,
    version: values.version === true,
  };
}

function readGitignore(cwd: string): string[] {
  try {
    return gitignoreToPatterns(readFileSync(path.join(cwd, '.gitignore'), 'utf8'));
  } catch {
    return [];
  }
}

/** Results without file contents: reports (SARIF above all) must not embed source code. */
function withoutSource(results: ESLint.LintResult[]): ESLint.LintResult[] {
  return results.map((result) => {
    const { source: _source, output: _output, ...rest } = result;
    return rest;
  });
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

export interface CliIo {
  readonly cwd: string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`token-hygiene: ${(error as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.clean;
  }
  if (options.version) {
    io.stdout(`${PACKAGE_VERSION}\n`);
    return EXIT.clean;
  }
  const ignores = [...(options.gitignore ? readGitignore(io.cwd) : []), ...options.ignorePatterns];
  const overrideConfig: Linter.Config[] = [
    ...(plugin.configs[options.config] as unknown as Linter.Config[]),
    ...(plugin.configs['data-files'] as unknown as Linter.Config[]),
    ...(ignores.length > 0 ? [{ name: 'token-hygiene/ignores', ignores }] : []),
  ];
  try {
    const eslint = new ESLint({ cwd: io.cwd, overrideConfigFile: true, overrideConfig });
    const results = withoutSource(await eslint.lintFiles(options.paths));
    const formatter = await eslint.loadFormatter(options.format);
    const report = await formatWithoutSource(formatter, results);
    if (options.outputFile === undefined) {
      if (report.length > 0) io.stdout(report.endsWith('\n') ? report : `${report}\n`);
    } else {
      writeFileSync(path.resolve(io.cwd, options.outputFile), report);
    }
    const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
    return problems > 0 ? EXIT.findings : EXIT.clean;
  } catch (error) {
    io.stderr(`token-hygiene: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
}
