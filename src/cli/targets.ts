import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './cli-error.js';
import { findGitRoot } from './git-files.js';

/** A file or folder named on the command line. */
export interface Target {
  /** As the user wrote it, for messages. */
  readonly given: string;
  /** Absolute, symbolic links resolved. */
  readonly absolute: string;
  readonly isDirectory: boolean;
  /** The git work tree it is in, when git's view of the files is used. */
  readonly gitRoot: string | undefined;
}

/**
 * Targets that one ESLint instance lints. `base` is its working folder: the current folder for
 * targets inside it; for a target outside it, the root of its git work tree or else the target
 * folder itself (ESLint lints nothing outside its working folder).
 */
export interface TargetGroup {
  readonly base: string;
  /** Files are listed by git (`git ls-files`) rather than by walking the folders. */
  readonly git: boolean;
  readonly targets: Target[];
}

export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function resolveTarget(given: string, cwd: string, useGit: boolean, gitRoots: Map<string, string | undefined>): Target {
  const resolved = path.resolve(cwd, given);
  const stats = statSync(resolved, { throwIfNoEntry: false });
  if (stats === undefined) throw new CliError(`No such file or folder: ${given}`);
  if (!stats.isFile() && !stats.isDirectory()) throw new CliError(`Not a file or folder: ${given}`);
  const absolute = realpathSync(resolved);
  const isDirectory = stats.isDirectory();
  let gitRoot: string | undefined;
  if (useGit) {
    const folder = isDirectory ? absolute : path.dirname(absolute);
    if (!gitRoots.has(folder)) gitRoots.set(folder, findGitRoot(folder));
    gitRoot = gitRoots.get(folder);
  }
  return { given, absolute, isDirectory, gitRoot };
}

/**
 * Checks that every path exists and sorts the targets into groups by working folder and by
 * the way files are found. Throws a `CliError` for a path that does not exist.
 */
export function groupTargets(paths: readonly string[], cwd: string, useGit: boolean): TargetGroup[] {
  const gitRoots = new Map<string, string | undefined>();
  const groups = new Map<string, TargetGroup>();
  for (const given of paths) {
    const target = resolveTarget(given, cwd, useGit, gitRoots);
    const outsideBase = target.gitRoot ?? (target.isDirectory ? target.absolute : path.dirname(target.absolute));
    const base = isInside(cwd, target.absolute) ? cwd : outsideBase;
    const git = target.gitRoot !== undefined;
    const key = `${base}\0${String(git)}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { base, git, targets: [] };
      groups.set(key, group);
    }
    group.targets.push(target);
  }
  return [...groups.values()];
}
