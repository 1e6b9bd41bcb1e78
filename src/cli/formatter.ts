import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ESLint } from 'eslint';
import { CliError } from './cli-error.js';

/** The formatters that come with ESLint 9 and 10. */
export const BUILT_IN_FORMATTERS: readonly string[] = Object.freeze(['stylish', 'json', 'json-with-metadata', 'html']);

const PREFIX = 'eslint-formatter';

/**
 * The npm package ESLint loads for a formatter name, by ESLint's naming convention:
 * `gitlab` is `eslint-formatter-gitlab`, `@microsoft/sarif` is
 * `@microsoft/eslint-formatter-sarif`, `@scope` is `@scope/eslint-formatter`.
 */
export function formatterPackageName(name: string): string {
  if (name.startsWith('@')) {
    const slash = name.indexOf('/');
    const scope = slash === -1 ? name : name.slice(0, slash);
    const rest = slash === -1 ? '' : name.slice(slash + 1);
    if (rest === '' || rest === PREFIX) return `${scope}/${PREFIX}`;
    return rest.startsWith(`${PREFIX}-`) ? name : `${scope}/${PREFIX}-${rest}`;
  }
  return name.startsWith(`${PREFIX}-`) ? name : `${PREFIX}-${name}`;
}

/** A name with a slash and no npm scope is a file path, as for ESLint's `--format`. */
function isFormatterPath(name: string): boolean {
  return !name.startsWith('@') && (name.includes('/') || name.includes('\\'));
}

/**
 * What to hand to `ESLint#loadFormatter` so that it loads the formatter the user means from
 * the current folder: an absolute path for a formatter file or an installed package (resolved
 * from `cwd`, as ESLint does), or the name of a built-in formatter. Throws a `CliError` that
 * says what to install when neither is found.
 */
export function resolveFormatter(name: string, cwd: string): string {
  if (isFormatterPath(name)) {
    const file = path.resolve(cwd, name);
    if (statSync(file, { throwIfNoEntry: false })?.isFile() !== true) {
      throw new CliError(`The formatter file ${name} does not exist.`);
    }
    return file;
  }
  const packageName = formatterPackageName(name);
  try {
    return createRequire(path.join(cwd, '__placeholder__.js')).resolve(packageName);
  } catch {
    if (BUILT_IN_FORMATTERS.includes(name)) return name;
  }
  throw new CliError(
    `The formatter "${name}" is not available: the package ${packageName} is not installed here, ` +
      `and it is not one of ESLint's own (${BUILT_IN_FORMATTERS.join(', ')}).\n` +
      `Install it with: npm install --save-dev ${packageName}`,
  );
}

/** Loads the formatter through `eslint`, turning a failure into a `CliError`. */
export async function loadFormatter(eslint: ESLint, name: string, cwd: string): Promise<ESLint.LoadedFormatter> {
  const resolved = resolveFormatter(name, cwd);
  try {
    return await eslint.loadFormatter(resolved);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n').at(-1) ?? error.message) : String(error);
    throw new CliError(`The formatter "${name}" could not be loaded: ${reason.replace(/^Error: /u, '')}`);
  }
}

/**
 * Makes sure the report can be written before any file is linted: creates the missing folders
 * (as ESLint's `--output-file` does) and checks that the file, or its folder, is writable.
 */
export function prepareOutputFile(outputFile: string, cwd: string): string {
  const file = path.resolve(cwd, outputFile);
  const folder = path.dirname(file);
  const cannot = (reason: string): CliError => new CliError(`Cannot write the report to ${outputFile}: ${reason}`);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? `${path.relative(cwd, folder) || folder} is not a folder.`
        : `its folder cannot be created (${code ?? 'error'}).`;
    throw cannot(reason);
  }
  const existing = statSync(file, { throwIfNoEntry: false });
  if (existing?.isDirectory() === true) throw cannot('it is a folder. Give a file name.');
  try {
    accessSync(existing === undefined ? folder : file, constants.W_OK);
  } catch {
    throw cannot(existing === undefined ? 'its folder is not writable.' : 'the file is not writable.');
  }
  return file;
}
