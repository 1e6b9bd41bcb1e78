/**
 * `.pre-commit-hooks.yaml` declares the hook the pre-commit framework runs. Its `files` and
 * `exclude` patterns (Python regular expressions, searched in each staged path; the subset
 * used here reads the same in JavaScript) must pass the command every file its configs read,
 * and leave the rest out: checked on names built from the configs' own globs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { JAVASCRIPT_FILES, JSON5_FILES, JSON_FILES, KEY_VALUE_FILES, LOCKFILES, TYPESCRIPT_FILES } from '../../src/configs.js';
import plugin from '../../src/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Hook {
  readonly id: string;
  readonly name: string;
  readonly entry: string;
  readonly language: string;
  readonly pass_filenames: boolean;
  readonly files: string;
  readonly exclude: string;
}

const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** Sample paths for a glob: `**\/` becomes a folder, each `{a,b}` each of its choices, `*` a name. */
function samplesOf(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open !== -1) {
    const close = glob.indexOf('}', open);
    return glob
      .slice(open + 1, close)
      .split(',')
      .flatMap((choice) => samplesOf(`${glob.slice(0, open)}${choice}${glob.slice(close + 1)}`));
  }
  return [glob.replace('**/', 'deploy/').replaceAll('*', 'app'), glob.replace('**/', '').replaceAll('*', 'app')];
}

const CONFIG_SAMPLES = [JAVASCRIPT_FILES, TYPESCRIPT_FILES, JSON_FILES, JSON5_FILES, KEY_VALUE_FILES, LOCKFILES].flat().flatMap(samplesOf);
const OTHER_SAMPLES = [
  'README.md',
  'docs/guide.md',
  'Dockerfile',
  'styles/site.css',
  'logo.png',
  'notes.txt',
  '.envrc',
  'environment.yml',
  'config/.env.production',
  '.env.ts',
  '.env.json',
  'app/[id]/page.tsx',
];

describe('.pre-commit-hooks.yaml', () => {
  it('declares one hook that runs the command on the staged file names', () => {
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'token-hygiene', name: 'token-hygiene', entry: 'token-hygiene', language: 'node', pass_filenames: true });
  });

  it('passes the command exactly the files its configs read', async () => {
    const hook = hooks[0];
    if (hook === undefined) throw new Error('no hook');
    const files = new RegExp(hook.files, 'u');
    const exclude = new RegExp(hook.exclude, 'u');
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfigFile: true,
      overrideConfig: [...plugin.configs.all, ...plugin.configs['data-files']] as unknown as Linter.Config[],
    });
    const samples = [...new Set([...CONFIG_SAMPLES, ...OTHER_SAMPLES])];
    expect(samples.length).toBeGreaterThan(60);
    const disagreements: string[] = [];
    for (const sample of samples) {
      const read = (await eslint.calculateConfigForFile(sample)) !== undefined;
      const passed = files.test(sample) && !exclude.test(sample);
      if (read !== passed) disagreements.push(`${sample}: configs ${read ? 'read it' : 'do not read it'}, the hook ${passed ? 'passes it' : 'does not'}`);
    }
    expect(disagreements).toEqual([]);
  });
});

describe("the README's local pre-commit hook", () => {
  it('uses the file patterns of .pre-commit-hooks.yaml', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /```yaml\n(repos:\n {2}- repo: local\n[^`]*)```/u.exec(readme)?.[1];
    expect(block).toBeDefined();
    const local = parse(block ?? '') as { repos: { hooks: Partial<Hook>[] }[] };
    expect(local.repos[0]?.hooks[0]).toMatchObject({ id: 'token-hygiene', files: hooks[0]?.files, exclude: hooks[0]?.exclude });
  });
});
