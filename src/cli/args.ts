import { parseArgs } from 'node:util';
import type { ConfigName } from '../configs.js';
import { PACKAGE_NAME } from '../package-info.js';
import { CliError } from './cli-error.js';

export const USAGE = `Usage: token-hygiene [options] [files and folders...]

Scans the given files and folders (default: the current folder) with the
${PACKAGE_NAME} rules and no ESLint config file: JavaScript and
TypeScript, JSON/JSONC/JSON5, and key=value credential files (.env, .env.*,
.npmrc, .pypirc, .netrc, *.properties, token text files). Only this plugin's
findings are reported: eslint-disable comments for other plugins are left alone.

In a git work tree it scans what git tracks, even if .gitignore lists it later,
and untracked files that git does not ignore. Outside one, it skips what the
folder's .gitignore ignores. node_modules is never scanned.

Options:
  -f, --format <name>          ESLint formatter: stylish (default), json,
                               json-with-metadata, html, or a formatter
                               package such as @microsoft/sarif or gitlab
  -o, --output-file <file>     write the report to a file instead of stdout
                               (missing folders are created)
  -c, --config <name>          recommended (default), strict or all
      --ignore-pattern <glob>  extra pattern to skip, relative to the current
                               folder (repeatable)
      --no-gitignore           also scan what git or .gitignore ignores
  -h, --help                   show this help
  -v, --version                show the version

Files named on the command line that the command does not read (README.md) or
that are ignored are skipped with a note on stderr. Files that cannot be parsed
are listed on stderr and do not change the exit code. Progress is shown on
stderr when it is a terminal and CI is not set.

Exit codes: 0 no findings, 1 findings, 2 usage or configuration error (unknown
option, missing file or folder, formatter not installed, report not writable).`;

const CONFIG_NAMES: readonly ConfigName[] = ['recommended', 'strict', 'all'];

export interface CliOptions {
  readonly paths: readonly string[];
  readonly format: string;
  readonly outputFile: string | undefined;
  readonly config: ConfigName;
  readonly ignorePatterns: readonly string[];
  readonly gitignore: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

function isConfigName(name: string): name is ConfigName {
  return (CONFIG_NAMES as readonly string[]).includes(name);
}

/** Reads the command line; throws a `CliError` (exit 2) on anything it cannot use. */
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
    throw new CliError(error instanceof Error ? error.message : String(error), { usage: true });
  }
  const { values, positionals } = parsed;
  const config = values.config ?? 'recommended';
  if (!isConfigName(config)) {
    throw new CliError(`Unknown config "${config}": use one of ${CONFIG_NAMES.join(', ')}.`, { usage: true });
  }
  if (values.format === '') throw new CliError('--format needs a formatter name.', { usage: true });
  if (values['output-file'] === '') throw new CliError('--output-file needs a file name.', { usage: true });
  if (positionals.includes('')) throw new CliError('An empty path was given.', { usage: true });
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
