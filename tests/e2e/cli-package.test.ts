/**
 * The `token-hygiene` command as users run it: the package packed with `npm pack`, unpacked
 * into a fresh project's node_modules with its dependencies linked from this checkout (no
 * registry needed, and no SARIF formatter installed), and its bin run in a separate process
 * on projects made at run time: a git repository with a committed-then-ignored `.env`, code
 * with `eslint-disable` comments for other plugins, and lists of staged files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createScratchProject, GIT_SETTINGS, gitEnv } from '../cli/scratch-project.js';
import { installPacked } from '../helpers/linked-install.js';
import { fakeToken } from '../helpers/tokens.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RECORD_READS = path.join(ROOT, 'tests/fixtures/cli/record-reads.mjs');
const consumer = createScratchProject('cli-e2e', {
  'package.json': JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
});
const installed = path.join(consumer.dir, 'node_modules', 'eslint-plugin-token-hygiene');
const bin = path.join(installed, 'dist', 'bin.js');
// A repository inside the consumer project, so that formatters resolve from its node_modules.
const repoDir = path.join(consumer.dir, 'repo');
const readsLog = path.join(consumer.dir, 'reads.log');

const npmToken = fakeToken('npm-access-token', 21);
const ghp = fakeToken('github-classic-pat', 22);
const stripe = fakeToken('stripe-live-secret-key', 23);

beforeAll(() => {
  // No @microsoft: the SARIF formatter is not installed in this project.
  installPacked(consumer.dir);
}, 180_000);

afterAll(() => {
  consumer.remove();
});

function git(...args: string[]): void {
  execFileSync('git', [...GIT_SETTINGS, ...args], { cwd: repoDir, env: gitEnv() });
}

function write(files: Readonly<Record<string, string>>): void {
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(repoDir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** Runs the installed command in the repository, recording the files it reads. */
function runCommand(args: readonly string[]) {
  rmSync(readsLog, { force: true });
  const result = spawnSync(process.execPath, ['--import', RECORD_READS, bin, ...args], {
    cwd: repoDir,
    encoding: 'utf8',
    env: { ...gitEnv(), NO_COLOR: '1', TOKEN_HYGIENE_READS_LOG: readsLog },
  });
  const reads = existsSync(readsLog) ? readFileSync(readsLog, 'utf8').split('\n') : [];
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    /** Files of the repository that the run read. */
    repoReads: reads.filter((file) => file.startsWith(`${repoDir}${path.sep}`)),
  };
}

function findings(stdout: string): string[] {
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  return results
    .flatMap((result) => result.messages.map((m) => `${path.relative(repoDir, result.filePath)}:${String(m.line)} ${m.ruleId ?? 'none'}`))
    .sort();
}

describe('the installed token-hygiene command', () => {
  beforeAll(() => {
    write({
      '.env': `NPM_TOKEN=${npmToken}\n`,
      'src/app.js': 'export const greet = (name) => `Hello, ${name}`;\n',
      'README.md': '# App\n',
    });
    git('init', '-q');
    git('add', '--all');
    git('commit', '-q', '-m', 'First commit');
    // The .env is listed in .gitignore after it was committed: it is still in the repository.
    write({ '.gitignore': '.env\n.env.local\n', '.env.local': `NPM_TOKEN=${npmToken}\n` });
  });

  it('ships the pre-commit hook definition', () => {
    const shipped = path.join(installed, '.pre-commit-hooks.yaml');
    expect(readFileSync(shipped, 'utf8')).toBe(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(parse(readFileSync(shipped, 'utf8'))).toMatchObject([{ id: 'token-hygiene', entry: 'token-hygiene', language: 'node' }]);
  });

  it('reports the committed .env that .gitignore lists, and not the ignored .env.local (exit 1)', () => {
    const result = runCommand(['--format', 'json']);
    expect(result.stderr).toBe('');
    expect(findings(result.stdout)).toEqual(['.env:1 token-hygiene/no-plaintext-token-in-file']);
    expect(result.stdout).not.toContain(npmToken);
    expect(result.status).toBe(1);
  });

  it('exits 0 on a clean file, and on a file no config reads or that git ignores, with notes on stderr', () => {
    expect(runCommand(['src'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const skipped = runCommand(['README.md', '.env.local']);
    expect(skipped).toMatchObject({ status: 0, stdout: '' });
    expect(skipped.stderr).toContain('skipped 1 file the command does not read');
    expect(skipped.stderr).toContain('skipped 1 file that git ignores (--no-gitignore scans them): .env.local');
    expect(skipped.stderr).not.toContain('--no-warn-ignored');
  });

  it('exits 2 on an unknown option or a missing path', () => {
    expect(runCommand(['--fix']).status).toBe(2);
    const missing = runCommand(['missing-folder']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('token-hygiene: No such file or folder: missing-folder\n');
  });

  it('reports only its own findings in code with eslint-disable comments for other plugins', () => {
    write({
      'src/component.tsx': [
        "import { useEffect } from 'react';",
        '/* eslint-disable react-hooks/exhaustive-deps */',
        '/* eslint import/no-unresolved: off */',
        '// eslint-disable-next-line @typescript-eslint/no-explicit-any',
        'export const anyValue: any = useEffect;',
        '// eslint-disable-next-line token-hygiene/no-hardcoded-token -- a documented sample',
        `export const sample = '${ghp}';`,
        `export const leaked = '${stripe}';`,
        '',
      ].join('\n'),
    });
    try {
      const result = runCommand(['src', '--format', 'json']);
      expect(result.stderr).toBe('');
      expect(findings(result.stdout)).toEqual(['src/component.tsx:8 token-hygiene/no-hardcoded-token']);
      expect(result.status).toBe(1);
      const stylish = runCommand(['src']);
      expect(stylish.stdout).not.toContain('--fix');
    } finally {
      rmSync(path.join(repoDir, 'src/component.tsx'));
    }
  });

  it('lints a folder outside the current one', () => {
    const outside = spawnSync(process.execPath, [bin, '../repo', '--format', 'json'], {
      cwd: path.join(consumer.dir, 'node_modules'),
      encoding: 'utf8',
      env: gitEnv(),
    });
    expect(outside.stderr).toBe('');
    expect(findings(outside.stdout)).toEqual(['.env:1 token-hygiene/no-plaintext-token-in-file']);
    expect(outside.status).toBe(1);
  });

  it('reads the files it lints (the control for the failures before linting below)', () => {
    const result = runCommand(['src/app.js']);
    expect(result.status).toBe(0);
    expect(result.repoReads).toEqual([path.join(repoDir, 'src/app.js')]);
  });

  it('fails with exit 2 before linting any file when the SARIF formatter is not installed', () => {
    const result = runCommand(['src/app.js', '--format', '@microsoft/sarif']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('npm install --save-dev @microsoft/eslint-formatter-sarif');
    expect(result.stderr).not.toContain('cli-engine');
    expect(result.repoReads).toEqual([]);
  });

  it('fails with exit 2 before linting any file when the report cannot be written', () => {
    const result = runCommand(['src/app.js', '--output-file', 'README.md/report.json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('token-hygiene: Cannot write the report to README.md/report.json: README.md is not a folder.\n');
    expect(result.repoReads).toEqual([]);
  });

  it('takes staged file names as pre-commit passes them, files no config reads among them', () => {
    const hooks = parse(readFileSync(path.join(installed, '.pre-commit-hooks.yaml'), 'utf8')) as { pass_filenames: boolean }[];
    expect(hooks[0]?.pass_filenames).toBe(true);
    const result = runCommand(['README.md', 'src/app.js', '.env']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('.env');
    expect(result.stderr).toContain('skipped 1 file the command does not read');
  });
});
