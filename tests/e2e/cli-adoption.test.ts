/**
 * The README's way to adopt the rules in a repository that already has findings: ESLint's bulk
 * suppressions record them as a baseline (`eslint --suppress-all`), new findings still fail,
 * and `--prune-suppressions` drops the entries of findings that were fixed. Run with the
 * `eslint` command of this checkout and the built plugin (dist/), in a temporary project.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchProject } from '../cli/scratch-project.js';
import { ALPHABETS, createRandom, randomChars } from '../helpers/tokens.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ESLINT = path.join(ROOT, 'node_modules/eslint/bin/eslint.js');
const secret = (seed: number): string => randomChars(createRandom(seed), ALPHABETS.base62, 40);

const project = createScratchProject('adoption', {
  'eslint.config.mjs': [
    `import tokenHygiene from '${pathToFileURL(path.join(ROOT, 'dist/index.js')).href}';`,
    '',
    "export default [...tokenHygiene.configs.recommended, ...tokenHygiene.configs['data-files']];",
    '',
  ].join('\n'),
  'src/legacy.js': `export const apiToken = '${secret(31)}';\n`,
  '.env': `PAYMENTS_API_KEY=${secret(32)}\n`,
});
afterAll(() => {
  project.remove();
});

function eslint(...args: string[]) {
  return spawnSync(process.execPath, [ESLINT, ...args], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function suppressions(): unknown {
  return JSON.parse(readFileSync(path.join(project.dir, 'eslint-suppressions.json'), 'utf8'));
}

describe('a baseline of the existing findings with bulk suppressions', () => {
  it('fails on the existing findings before the baseline', () => {
    expect(eslint('.').status).toBe(1);
  });

  it('records them with --suppress-all, and passes afterwards', () => {
    expect(eslint('.', '--suppress-all').status).toBe(0);
    expect(suppressions()).toEqual({
      '.env': { 'token-hygiene/no-plaintext-token-in-file': { count: 1 } },
      'src/legacy.js': { 'token-hygiene/no-hardcoded-token': { count: 1 } },
    });
    expect(eslint('.').status).toBe(0);
  });

  it('still fails on a new finding', () => {
    project.write({ 'src/new-client.js': `export const clientSecret = '${secret(33)}';\n` });
    const result = eslint('.');
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('new-client.js');
    expect(result.stdout).not.toContain('legacy.js');
    project.write({ 'src/new-client.js': 'export const clientSecret = process.env.CLIENT_SECRET;\n' });
  });

  it('asks for --prune-suppressions once a finding is fixed, which drops its entry', () => {
    project.write({ 'src/legacy.js': 'export const apiToken = process.env.API_TOKEN;\n' });
    const stale = eslint('.');
    expect(stale.status).toBe(2);
    expect(stale.stderr).toContain('--prune-suppressions');
    expect(eslint('.', '--prune-suppressions').status).toBe(0);
    expect(suppressions()).toEqual({ '.env': { 'token-hygiene/no-plaintext-token-in-file': { count: 1 } } });
    expect(eslint('.').status).toBe(0);
  });
});
