/**
 * The ESLint command line gives the same findings however it is run: the temporary fixture
 * project (project.ts, with a flat `eslint.config.mjs` loading the built plugin from dist/) is
 * linted by spawning `eslint` 10 plain, with `--concurrency=2` (worker threads, where the
 * plugin is loaded again in each worker), with `--cache` twice (the second run answers from
 * the cache file), and by `eslint` 9 plain. Findings are compared as JSON, ordered by file.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from './lint.js';
import { resultsToFindings } from './lint.js';
import { createTempProject, ROOT } from './project.js';

const project = createTempProject('cli');
afterAll(() => {
  project.remove();
});

const ESLINT_10 = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
const ESLINT_9 = path.join(ROOT, 'node_modules/eslint9/bin/eslint.js');

function runEslint(bin: string, args: string[]): Finding[] {
  const result = spawnSync(process.execPath, [bin, '--config', project.configFile, '--format', 'json', ...args, 'src'], {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ESLINT_USE_FLAT_CONFIG: 'true' },
    maxBuffer: 64 * 1024 * 1024,
  });
  // 1: findings reported; anything else (2: crash or config error) fails with ESLint's stderr.
  // ESLint's own advice that a project this small lints faster without threads is expected.
  const stderr = result.stderr
    .split('\n')
    .filter((line) => line !== '' && !line.includes('ESLintPoorConcurrencyWarning') && !line.includes('--trace-warnings'));
  expect(stderr, 'eslint stderr').toEqual([]);
  expect(result.status).toBe(1);
  const results = JSON.parse(result.stdout) as Parameters<typeof resultsToFindings>[1];
  return resultsToFindings(project.dir, results);
}

function brief(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${String(f.line)}:${String(f.column)} ${f.ruleId ?? 'fatal'} ${f.message}`);
}

describe('the eslint command on the fixture project', () => {
  let plain: string[] = [];
  beforeAll(() => {
    plain = brief(runEslint(ESLINT_10, []));
  }, 60_000);

  it('reports findings and no fatal message in a plain run', () => {
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.filter((line) => line.includes(' fatal '))).toEqual([]);
    expect(project.secrets.leaksIn(plain.join('\n'))).toEqual([]);
  });

  it('gives the same findings with --concurrency=2', () => {
    expect(brief(runEslint(ESLINT_10, ['--concurrency=2']))).toEqual(plain);
  }, 60_000);

  it('gives the same findings with --cache, on the first run and from the cache', () => {
    const cacheLocation = path.join(project.dir, '.cache', 'eslintcache');
    const args = ['--cache', '--cache-location', cacheLocation];
    expect(brief(runEslint(ESLINT_10, args))).toEqual(plain);
    expect(existsSync(cacheLocation)).toBe(true);
    expect(brief(runEslint(ESLINT_10, args))).toEqual(plain);
  }, 60_000);

  it('gives the same findings under the ESLint 9 command', () => {
    expect(brief(runEslint(ESLINT_9, []))).toEqual(plain);
  }, 60_000);
});
