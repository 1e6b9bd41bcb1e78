import { spawnSync } from 'node:child_process';
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The root of the git work tree that holds `directory`, or undefined outside one (or when git
 * is not installed, or refuses the repository).
 */
export function findGitRoot(directory: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: directory, encoding: 'utf8' });
  if (result.error !== undefined || result.status !== 0) return undefined;
  const root = result.stdout.trim();
  return root === '' ? undefined : realpathSync(root);
}

/** A pathspec that git reads as a plain path (no glob, no magic), relative to the work tree root. */
function literalPathspec(root: string, target: string): string | undefined {
  const relative = path.relative(root, target).split(path.sep).join('/');
  return relative === '' ? undefined : `:(literal)${relative}`;
}

/**
 * The files under `targets` (files or folders inside the work tree at `root`) that a secret
 * scanner reads in a repository: what git tracks, whether or not `.gitignore` lists it now,
 * and untracked files that git does not ignore (`git ls-files --cached --others
 * --exclude-standard`). Files deleted from the work tree are left out. Submodules and nested
 * repositories are listed the same way, each by its own git. Paths are absolute.
 */
export function listGitFiles(root: string, targets: readonly string[]): string[] {
  const pathspecs: string[] = [];
  for (const target of targets) {
    const pathspec = literalPathspec(root, target);
    // The root itself among the targets: everything is listed.
    if (pathspec === undefined) {
      pathspecs.length = 0;
      break;
    }
    pathspecs.push(pathspec);
  }
  const result = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...pathspecs], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  if (result.error !== undefined || result.status !== 0) {
    const reason = result.error?.message ?? result.stderr.trim();
    throw new Error(`git ls-files failed in ${root}: ${reason}`);
  }
  const files = new Set<string>();
  for (const entry of result.stdout.split('\0')) {
    if (entry === '') continue;
    const absolute = path.join(root, entry);
    const stats = statSync(absolute, { throwIfNoEntry: false });
    if (stats?.isFile() === true) {
      files.add(absolute);
    } else if (stats?.isDirectory() === true) {
      // A submodule or a nested repository: git lists it as one entry.
      const nestedRoot = findGitRoot(absolute);
      if (nestedRoot !== undefined && nestedRoot === realpathSync(absolute)) {
        for (const file of listGitFiles(nestedRoot, [nestedRoot])) files.add(file);
      }
    }
  }
  return [...files];
}
