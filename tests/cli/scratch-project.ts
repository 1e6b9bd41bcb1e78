/**
 * Temporary folders for the command's tests: files written from a map (tokens generated at run
 * time by the caller), and git repositories made with the git on the machine, with the author
 * given on the command line so that a clean CI machine needs no git config.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ScratchProject {
  readonly dir: string;
  write: (files: Readonly<Record<string, string>>) => void;
  git: (...args: string[]) => string;
  remove: () => void;
}

/** git's variables that a hook or a parent repository may set, which would point git elsewhere. */
const GIT_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_CEILING_DIRECTORIES'];

/** An author and defaults given on the command line: a clean CI machine has no git config. */
export const GIT_SETTINGS: readonly string[] = Object.freeze([
  '-c',
  'user.name=Token Hygiene Tests',
  '-c',
  'user.email=tests@example.com',
  '-c',
  'init.defaultBranch=main',
  '-c',
  'commit.gpgsign=false',
]);

export function gitEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !GIT_VARIABLES.includes(name)));
}

export function createScratchProject(prefix: string, files: Readonly<Record<string, string>> = {}): ScratchProject {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), `token-hygiene-${prefix}-`)));
  const write = (more: Readonly<Record<string, string>>): void => {
    for (const [name, text] of Object.entries(more)) {
      const file = path.join(dir, name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
  };
  write(files);
  return {
    dir,
    write,
    git: (...args) => execFileSync('git', [...GIT_SETTINGS, ...args], { cwd: dir, encoding: 'utf8', env: gitEnv() }),
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
