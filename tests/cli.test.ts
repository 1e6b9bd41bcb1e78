import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CliIo, EXIT, parseCliArgs, runCli } from '../src/cli.js';
import { createScratchProject, type ScratchProject } from './cli/scratch-project.js';
import { fakeToken } from './helpers/tokens.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const ghp = fakeToken('github-classic-pat', 11);
const stripe = fakeToken('stripe-live-secret-key', 12);
const npmToken = fakeToken('npm-access-token', 13);

const projects: ScratchProject[] = [];
function project(prefix: string, files: Readonly<Record<string, string>>): ScratchProject {
  const created = createScratchProject(prefix, files);
  projects.push(created);
  return created;
}
afterAll(() => {
  for (const created of projects) created.remove();
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function run(args: string[], cwd: string, io: Partial<CliIo> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...io,
  });
  return { code, stdout, stderr };
}

interface JsonResult {
  readonly filePath: string;
  readonly source?: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly line: number; readonly message: string }[];
}

/** `file:line ruleId` for each finding of a JSON report, paths relative to `dir`. */
function findings(stdout: string, dir: string): string[] {
  const results = JSON.parse(stdout) as JsonResult[];
  return results
    .flatMap((result) => result.messages.map((m) => `${path.relative(dir, result.filePath)}:${String(m.line)} ${m.ruleId ?? 'none'}`))
    .sort();
}

const CLEAN_CODE = 'export function greet(name) {\n  return `Hello, ${name}`;\n}\n';
const TOKEN_CODE = `export const client = { auth: '${ghp}' };\n`;

describe('parseCliArgs', () => {
  it('lints the current folder with the recommended config by default', () => {
    expect(parseCliArgs([])).toMatchObject({ paths: ['.'], format: 'stylish', config: 'recommended', gitignore: true });
  });

  it('reads paths, formatter, config and ignore patterns', () => {
    expect(
      parseCliArgs(['src', 'lib', '-f', 'json', '--config', 'strict', '--ignore-pattern', 'gen/**', '--no-gitignore']),
    ).toMatchObject({ paths: ['src', 'lib'], format: 'json', config: 'strict', ignorePatterns: ['gen/**'], gitignore: false });
  });

  it.each([[['--frobnicate']], [['--config', 'loose']], [['--format']], [['--format', '']], [['-o', '']]])('rejects %j', (args) => {
    expect(() => parseCliArgs(args)).toThrow();
  });
});

describe('exit codes', () => {
  const dir = project('exit', {
    'clean/app.js': CLEAN_CODE,
    'leaky/app.ts': TOKEN_CODE,
    'README.md': '# An app\n',
    'docs/guide.md': '# Guide\n',
  }).dir;

  it('exits 0 and prints nothing on a clean folder', async () => {
    expect(await run(['clean'], dir)).toEqual({ code: EXIT.clean, stdout: '', stderr: '' });
  });

  it('exits 1 when a file has a finding, and reports it', async () => {
    const result = await run(['leaky'], dir);
    expect(result.code).toBe(EXIT.findings);
    expect(result.stdout).toContain('app.ts');
    expect(result.stdout).toContain('token-hygiene/no-hardcoded-token');
    expect(result.stderr).toBe('');
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const result = await run(['--what'], dir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('Usage: token-hygiene');
  });

  it('exits 2 when a path does not exist', async () => {
    const result = await run(['does-not-exist'], dir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toBe('token-hygiene: No such file or folder: does-not-exist\n');
  });

  it('exits 0 on a file no config reads, with a note in its own words on stderr', async () => {
    const result = await run(['README.md'], dir);
    expect(result).toMatchObject({ code: EXIT.clean, stdout: '' });
    expect(result.stderr).toContain('skipped 1 file the command does not read');
    expect(result.stderr).toContain('README.md');
    expect(result.stderr).not.toMatch(/--no-ignore|--no-warn-ignored/u);
  });

  it('exits 0 with a note on a folder with no file to scan', async () => {
    const result = await run(['docs'], dir);
    expect(result).toMatchObject({ code: EXIT.clean, stdout: '' });
    expect(result.stderr).toContain('no file to scan in docs');
  });

  it('prints help and version', async () => {
    const help = await run(['--help'], dir);
    expect(help.stdout).toContain('Exit codes: 0 no findings, 1 findings, 2 usage');
    expect(help.stdout).toContain('Files that cannot be parsed');
    expect((await run(['--version'], dir)).stdout).toMatch(/^\d+\.\d+\.\d+/u);
  });
});

describe('only the findings of this plugin', () => {
  const directives = [
    '/* eslint-disable react-hooks/exhaustive-deps */',
    '/* eslint import/no-unresolved: off */',
    "import { helper } from './helper';",
    '// eslint-disable-next-line @typescript-eslint/no-explicit-any',
    'export const loose: any = helper;',
    '// eslint-disable-next-line no-console -- unused: the command does not load core rules',
    'export const fixtureToken = 1;',
    '// eslint-disable-next-line token-hygiene/no-hardcoded-token -- documented test value',
    `export const documented = '${ghp}';`,
    `export const leaked = '${stripe}';`,
    '',
  ].join('\n');
  const dir = project('directives', {
    'src/directives.ts': directives,
    'src/other-plugins.js': '/* eslint-disable react-hooks/exhaustive-deps */\n/* eslint-env node */\n// eslint-disable-next-line jsdoc/require-param\nexport const x = 1;\n',
  }).dir;

  it('reports no unknown rule and no unused directive of other plugins, and honours its own directives', async () => {
    const result = await run(['src', '--format', 'json'], dir);
    expect(result.code).toBe(EXIT.findings);
    expect(findings(result.stdout, dir)).toEqual(['src/directives.ts:10 token-hygiene/no-hardcoded-token']);
    expect(result.stderr).toBe('');
  });

  it('exits 0 on a file whose only comments are for other plugins', async () => {
    expect(await run(['src/other-plugins.js'], dir)).toEqual({ code: EXIT.clean, stdout: '', stderr: '' });
  });

  it('says nothing of --fix in the stylish report', async () => {
    const result = await run(['src'], dir);
    expect(result.code).toBe(EXIT.findings);
    expect(result.stdout).toContain('1 problem');
    expect(result.stdout).not.toContain('fix');
    expect(result.stdout).not.toContain('Definition for rule');
    expect(result.stdout).not.toContain('Unused eslint-disable');
  });

  it('leaves the file sources out of the JSON report', async () => {
    const result = await run(['src', '--format', 'json'], dir);
    const results = JSON.parse(result.stdout) as JsonResult[];
    expect(results.length).toBe(2);
    expect(results.every((entry) => entry.source === undefined)).toBe(true);
    expect(result.stdout).not.toContain(stripe);
  });
});

describe('files that cannot be parsed', () => {
  const dir = project('parse', {
    'broken/app.ts': 'export const value: number = ;\n',
    'broken/settings.json': '{ "a": \n',
    'mixed/broken.js': 'const = ;\n',
    'mixed/leaky.js': TOKEN_CODE,
  }).dir;

  it('lists them on stderr and exits 0 when nothing else is found', async () => {
    const result = await run(['broken', '--format', 'json'], dir);
    expect(result.code).toBe(EXIT.clean);
    expect(JSON.parse(result.stdout)).toEqual([]);
    expect(result.stderr).toContain('could not parse 2 files, not scanned:');
    expect(result.stderr).toContain(`${path.join('broken', 'app.ts')}:1:`);
    expect(result.stderr).toContain(path.join('broken', 'settings.json'));
  });

  it('exits 1 when another file has a finding, and keeps the unparsed file out of the report', async () => {
    const result = await run(['mixed', '--format', 'json'], dir);
    expect(result.code).toBe(EXIT.findings);
    expect(findings(result.stdout, dir)).toEqual(['mixed/leaky.js:1 token-hygiene/no-hardcoded-token']);
    expect(result.stdout).not.toContain('broken.js');
    expect(result.stderr).toContain('could not parse 1 file, not scanned:');
  });
});

describe('paths outside the current folder', () => {
  const parent = project('outside', {
    'work/app.js': CLEAN_CODE,
    'other-repo/src/client.ts': TOKEN_CODE,
    'other-repo/.env': `NPM_TOKEN=${npmToken}\n`,
  });
  const work = path.join(parent.dir, 'work');
  beforeAll(() => {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'), 'dir');
  });

  it('lints a sibling folder and reports its files by absolute path', async () => {
    const result = await run(['../other-repo'], work);
    expect(result.code).toBe(EXIT.findings);
    expect(result.stdout).toContain(path.join(parent.dir, 'other-repo', 'src', 'client.ts'));
    expect(result.stdout).toContain(path.join(parent.dir, 'other-repo', '.env'));
    expect(result.stderr).toBe('');
  });

  it('lints the current folder and an outside one together, and formats SARIF for both', async () => {
    const result = await run(['.', '../other-repo/src/client.ts', '--format', '@microsoft/sarif'], work);
    expect(result.code).toBe(EXIT.findings);
    const sarif = JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: unknown[] }[] };
    expect(sarif.runs[0]?.results.length).toBe(1);
    expect(sarif.runs[0]?.tool.driver.rules.map((rule) => rule.id)).toEqual(['token-hygiene/no-hardcoded-token']);
  });
});

describe('what is scanned in a git work tree', () => {
  const repo = project('git', {
    '.env': `NPM_TOKEN=${npmToken}\n`,
    'src/app.js': CLEAN_CODE,
    'node_modules/vendored/index.js': TOKEN_CODE,
    'generated/client.js': TOKEN_CODE,
  });
  beforeAll(() => {
    repo.git('init', '-q');
    repo.git('add', '--all', '--force');
    repo.git('commit', '-q', '-m', 'First commit');
    // Ignored after the fact: the .env stays in the repository.
    repo.write({ '.gitignore': '.env\n.env.local\n', '.env.local': `NPM_TOKEN=${npmToken}\n`, 'src/untracked.ts': TOKEN_CODE });
  });

  it('reports a committed .env that .gitignore lists, and an untracked file git does not ignore', async () => {
    const result = await run(['--format', 'json'], repo.dir);
    expect(result.code).toBe(EXIT.findings);
    expect(findings(result.stdout, repo.dir)).toEqual([
      '.env:1 token-hygiene/no-plaintext-token-in-file',
      'generated/client.js:1 token-hygiene/no-hardcoded-token',
      'src/untracked.ts:1 token-hygiene/no-hardcoded-token',
    ]);
    expect(result.stderr).toBe('');
  });

  it('skips an ignored file named on the command line, with a note, and exits 0', async () => {
    const result = await run(['.env.local'], repo.dir);
    expect(result).toMatchObject({ code: EXIT.clean, stdout: '' });
    expect(result.stderr).toContain('skipped 1 file that git ignores (--no-gitignore scans them): .env.local');
  });

  it('scans what git ignores with --no-gitignore, and node_modules never', async () => {
    const result = await run(['--no-gitignore', '--format', 'json'], repo.dir);
    expect(findings(result.stdout, repo.dir)).toEqual([
      '.env.local:1 token-hygiene/no-plaintext-token-in-file',
      '.env:1 token-hygiene/no-plaintext-token-in-file',
      'generated/client.js:1 token-hygiene/no-hardcoded-token',
      'src/untracked.ts:1 token-hygiene/no-hardcoded-token',
    ]);
  });

  it('applies --ignore-pattern to the files git lists', async () => {
    const result = await run(['--ignore-pattern', 'generated/**', '--ignore-pattern', '**/*.ts', '--format', 'json'], repo.dir);
    expect(findings(result.stdout, repo.dir)).toEqual(['.env:1 token-hygiene/no-plaintext-token-in-file']);
    const named = await run(['--ignore-pattern', 'generated/**', 'generated/client.js'], repo.dir);
    expect(named).toMatchObject({ code: EXIT.clean, stdout: '' });
    expect(named.stderr).toContain('skipped 1 file that an --ignore-pattern excludes');
  });

  it('lints the files of a subfolder when run from it', async () => {
    const result = await run(['--format', 'json'], path.join(repo.dir, 'src'));
    expect(findings(result.stdout, repo.dir)).toEqual(['src/untracked.ts:1 token-hygiene/no-hardcoded-token']);
  });

  it('takes a list of staged files, as pre-commit and lint-staged pass them, files no config reads included', async () => {
    repo.write({ 'README.md': '# App\n', 'logo.svg': '<svg/>\n' });
    const result = await run(['src/app.js', 'README.md', path.join(repo.dir, 'src/untracked.ts'), 'logo.svg', '--format', 'json'], repo.dir);
    expect(result.code).toBe(EXIT.findings);
    expect(findings(result.stdout, repo.dir)).toEqual(['src/untracked.ts:1 token-hygiene/no-hardcoded-token']);
    expect(result.stderr).toContain('skipped 2 files the command does not read');
    const clean = await run(['src/app.js', 'README.md'], repo.dir);
    expect(clean.code).toBe(EXIT.clean);
  });
});

describe('.gitignore outside a git work tree', () => {
  const dir = project('no-git', {
    '.gitignore': 'vendor/\n',
    'app.js': CLEAN_CODE,
    'vendor/lib.ts': TOKEN_CODE,
    'node_modules/dep/index.js': TOKEN_CODE,
  }).dir;

  it('skips what .gitignore ignores unless told not to, and node_modules always', async () => {
    expect(await run([], dir)).toEqual({ code: EXIT.clean, stdout: '', stderr: '' });
    const unignored = await run(['--no-gitignore', '--format', 'json'], dir);
    expect(unignored.code).toBe(EXIT.findings);
    expect(findings(unignored.stdout, dir)).toEqual(['vendor/lib.ts:1 token-hygiene/no-hardcoded-token']);
  });

  it('skips an ignored file named on the command line with a note', async () => {
    const result = await run(['vendor/lib.ts', 'node_modules/dep/index.js'], dir);
    expect(result).toMatchObject({ code: EXIT.clean, stdout: '' });
    expect(result.stderr).toContain('skipped 1 file that .gitignore or an --ignore-pattern excludes');
    expect(result.stderr).toContain('skipped 1 file in node_modules, which is never scanned: node_modules/dep/index.js');
  });
});

describe('failing before any file is linted', () => {
  const dir = project('early', { 'src/app.ts': TOKEN_CODE, 'README.md': '# App\n' }).dir;

  function spyOnLinting() {
    return vi.spyOn(ESLint.prototype, 'lintFiles');
  }

  it('lints when everything is in order (the control for the cases below)', async () => {
    const lintFiles = spyOnLinting();
    expect((await run(['src'], dir)).code).toBe(EXIT.findings);
    expect(lintFiles).toHaveBeenCalled();
  });

  it('exits 2 on an unknown formatter', async () => {
    const lintFiles = spyOnLinting();
    const result = await run(['src', '--format', 'no-such-formatter-xyz'], dir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('npm install --save-dev eslint-formatter-no-such-formatter-xyz');
    expect(lintFiles).not.toHaveBeenCalled();
  });

  it('exits 2 when the SARIF formatter package is not installed, and says how to install it', async () => {
    const lintFiles = spyOnLinting();
    const result = await run(['src', '--format', '@microsoft/sarif'], dir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('the package @microsoft/eslint-formatter-sarif is not installed');
    expect(result.stderr).toContain('npm install --save-dev @microsoft/eslint-formatter-sarif');
    expect(result.stderr).not.toContain('cli-engine');
    expect(lintFiles).not.toHaveBeenCalled();
  });

  it.each([
    ['a folder that is a file', 'README.md/report.json', 'README.md is not a folder'],
    ['a path that is a folder', 'src', 'it is a folder'],
  ])('exits 2 when the output file is under %s', async (_case, outputFile, reason) => {
    const lintFiles = spyOnLinting();
    const result = await run(['src', '--output-file', outputFile], dir);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain(`Cannot write the report to ${outputFile}: ${reason}`);
    expect(lintFiles).not.toHaveBeenCalled();
  });

  it('exits 2 on a missing path before linting the others', async () => {
    const lintFiles = spyOnLinting();
    expect((await run(['src', 'missing'], dir)).code).toBe(EXIT.usage);
    expect(lintFiles).not.toHaveBeenCalled();
  });
});

describe('the report file', () => {
  const dir = project('report', { 'src/app.ts': TOKEN_CODE }).dir;
  beforeAll(() => {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  });

  it('writes SARIF into a folder it creates, as valid JSON without file contents', async () => {
    const output = path.join('reports', 'nested', 'token-hygiene.sarif');
    const result = await run(['src', '-f', '@microsoft/sarif', '-o', output], dir);
    expect(result).toMatchObject({ code: EXIT.findings, stdout: '', stderr: '' });
    const text = readFileSync(path.join(dir, output), 'utf8');
    const sarif = JSON.parse(text) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    expect(JSON.stringify(sarif.runs)).toContain('app.ts');
    expect(text).not.toContain('export const client');
    expect(text).not.toContain(ghp);
  });

  it('writes the report even when there is nothing to report', async () => {
    const output = path.join(dir, 'empty.json');
    expect((await run(['src', '--ignore-pattern', '**/*.ts', '-f', 'json', '-o', output], dir)).code).toBe(EXIT.clean);
    expect(existsSync(output)).toBe(true);
    expect(readFileSync(output, 'utf8')).toBe('[]');
  });
});

describe('progress on stderr', () => {
  const repo = project('progress', Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/file-${String(i)}.js`, CLEAN_CODE])));
  beforeAll(() => {
    repo.git('init', '-q');
  });

  it('counts the files done out of the total when stderr is a terminal', async () => {
    const result = await run(['src'], repo.dir, { stderrIsTTY: true, env: {}, progressDelayMs: 0 });
    expect(result.code).toBe(EXIT.clean);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/token-hygiene: . scanning, \d+\/30 files/u);
    // The line is cleared at the end, before anything else is written.
    expect(result.stderr.endsWith('\r\u001B[K')).toBe(true);
  });

  it('counts the files done when ESLint walks the folders', async () => {
    const result = await run(['src', '--no-gitignore'], repo.dir, { stderrIsTTY: true, env: {}, progressDelayMs: 0 });
    expect(result.stderr).toMatch(/scanning, \d+ files/u);
  });

  it.each([
    ['stderr is piped', { stderrIsTTY: false, env: {} }],
    ['CI is set', { stderrIsTTY: true, env: { CI: 'true' } }],
  ])('stays silent when %s', async (_case, io) => {
    expect(await run(['src'], repo.dir, { ...io, progressDelayMs: 0 })).toEqual({ code: EXIT.clean, stdout: '', stderr: '' });
  });
});
