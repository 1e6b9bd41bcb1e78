import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, parseCliArgs, runCli } from '../src/cli.js';

const fixtures = path.resolve(import.meta.dirname, 'fixtures/cli');
const scratch = mkdtempSync(path.join(tmpdir(), 'token-hygiene-cli-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

async function run(args: string[], cwd = fixtures) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('parseCliArgs', () => {
  it('lints the current folder with the recommended config by default', () => {
    expect(parseCliArgs([])).toMatchObject({ paths: ['.'], format: 'stylish', config: 'recommended', gitignore: true });
  });

  it('reads paths, formatter, config and ignore patterns', () => {
    expect(
      parseCliArgs(['src', 'lib', '-f', 'json', '--config', 'strict', '--ignore-pattern', 'gen/**', '--no-gitignore']),
    ).toMatchObject({ paths: ['src', 'lib'], format: 'json', config: 'strict', ignorePatterns: ['gen/**'], gitignore: false });
  });

  it.each([[['--frobnicate']], [['--config', 'loose']], [['--format']]])('rejects %j', (args) => {
    expect(() => parseCliArgs(args)).toThrow();
  });
});

describe('token-hygiene command', () => {
  it('exits 0 and prints nothing on a clean folder', async () => {
    const result = await run(['clean']);
    expect(result).toEqual({ code: EXIT.clean, stdout: '', stderr: '' });
  });

  it('exits 1 when a file has a problem, and reports it', async () => {
    const result = await run(['broken']);
    expect(result.code).toBe(EXIT.findings);
    expect(result.stdout).toContain('app.ts');
  });

  it('exits 2 with the usage on an unknown option', async () => {
    const result = await run(['--what']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('Usage: token-hygiene');
  });

  it('exits 2 when a path matches no file', async () => {
    const result = await run(['does-not-exist']);
    expect(result.code).toBe(EXIT.usage);
    expect(result.stderr).toContain('does-not-exist');
  });

  it('exits 2 on an unknown formatter', async () => {
    const result = await run(['clean', '--format', 'no-such-formatter-xyz']);
    expect(result.code).toBe(EXIT.usage);
  });

  it('skips what .gitignore ignores unless told not to', async () => {
    const cwd = path.join(fixtures, 'ignored');
    expect((await run([], cwd)).code).toBe(EXIT.clean);
    const unignored = await run(['--no-gitignore'], cwd);
    expect(unignored.code).toBe(EXIT.findings);
    expect(unignored.stdout).toContain('lib.ts');
  });

  it('writes SARIF to a file when asked, as valid JSON without file contents', async () => {
    const output = path.join(scratch, 'report.sarif');
    const result = await run(['broken', '-f', '@microsoft/sarif', '-o', output]);
    expect(result.code).toBe(EXIT.findings);
    const sarif = JSON.parse(readFileSync(output, 'utf8')) as { version: string; runs: unknown[] };
    expect(sarif.version).toBe('2.1.0');
    expect(JSON.stringify(sarif.runs)).toContain('app.ts');
    expect(readFileSync(output, 'utf8')).not.toContain('export const value');
  });

  it('prints help and version', async () => {
    expect((await run(['--help'])).stdout).toContain('Exit codes');
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+/u);
  });
});
