import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installPacked } from '../helpers/linked-install.js';
import { fakeToken } from '../helpers/tokens.js';

// The package as users get it: packed with `npm pack`, unpacked into a fresh project's
// node_modules, with its dependencies taken from this checkout (no registry needed).
const root = path.resolve(import.meta.dirname, '../..');
const project = mkdtempSync(path.join(tmpdir(), 'token-hygiene-e2e-'));
const installed = path.join(project, 'node_modules', 'eslint-plugin-token-hygiene');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const bin = path.join(installed, 'dist', 'bin.js');

function runNode(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

beforeAll(() => {
  // The SARIF formatter is linked too: the tests below format reports with it.
  installPacked(project, { extra: ['@microsoft'], runScripts: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  mkdirSync(path.join(project, 'src'));
  cpSync(path.join(root, 'tests/fixtures/e2e/app.ts'), path.join(project, 'src/app.ts'));
}, 180_000);

afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the built plugin, docs and README, and no sources or tests', () => {
    const files = execFileSync('tar', ['-tzf', path.join(project, readdirTarball())], { encoding: 'utf8' })
      .trim()
      .split('\n');
    // The bundle (the entry, the command and the code they share) and the type declarations;
    // not the modules tsc compiled the bundle from.
    expect(files.filter((file) => file.startsWith('package/dist/') && file.endsWith('.js')).sort()).toEqual([
      'package/dist/bin.js',
      'package/dist/index.js',
      'package/dist/plugin.js',
    ]);
    expect(files).toContain('package/dist/src/index.d.ts');
    expect(files).toContain('package/README.md');
    expect(files.some((file) => file.startsWith('package/tests/'))).toBe(false);
    expect(files.some((file) => file.startsWith('package/src/'))).toBe(false);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('loads through ESM import and CJS require as the same plugin', () => {
    const esm = runNode([
      '--input-type=module',
      '-e',
      "import p from 'eslint-plugin-token-hygiene'; console.log(p.meta.name, typeof p.configs.recommended);",
    ]);
    expect(esm.stdout.trim()).toBe('eslint-plugin-token-hygiene object');
    const cjs = runNode([
      '-e',
      "const p = require('eslint-plugin-token-hygiene'); console.log(p.meta.name, Object.keys(p.configs).sort().join(','));",
    ]);
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe(
      'eslint-plugin-token-hygiene all,data-files,legacy-all,legacy-recommended,legacy-strict,recommended,strict',
    );
  });

  it.each([
    ['eslint.config.js', "import tokenHygiene from 'eslint-plugin-token-hygiene';\nexport default [...tokenHygiene.configs.recommended];\n"],
    ['eslint.config.cjs', "const tokenHygiene = require('eslint-plugin-token-hygiene');\nmodule.exports = [...tokenHygiene.configs.recommended];\n"],
  ])('lints a TypeScript file through the ESLint CLI with %s', (configFile, text) => {
    writeFileSync(path.join(project, configFile), text);
    try {
      const result = runNode([eslintBin, '--config', configFile, '--format', 'json', 'src']);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as { filePath: string; messages: unknown[] }[];
      expect(report.map((entry) => path.basename(entry.filePath))).toEqual(['app.ts']);
      expect(report[0]?.messages).toEqual([]);
      expect(result.status).toBe(0);
    } finally {
      rmSync(path.join(project, configFile));
    }
  });

  it('reads .env and JSON files through the languages of the installed package', () => {
    const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
    writeFileSync(
      path.join(project, 'eslint.config.js'),
      "import tokenHygiene from 'eslint-plugin-token-hygiene';\nexport default [...tokenHygiene.configs.recommended, ...tokenHygiene.configs['data-files']];\n",
    );
    writeFileSync(path.join(project, 'src/.env'), `PORT=8080\nOWN_API_TOKEN=${generic}\n`);
    writeFileSync(path.join(project, 'src/settings.json'), `{ "ownApi": { "clientSecret": "${generic}" } }\n`);
    try {
      const result = runNode([eslintBin, '--format', 'json', 'src']);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
      const found = report.flatMap((entry) => entry.messages.map((m) => `${path.basename(entry.filePath)}:${String(m.line)} ${m.ruleId}`)).sort();
      expect(found).toEqual(['.env:2 token-hygiene/no-plaintext-token-in-file', 'settings.json:1 token-hygiene/no-hardcoded-token']);
      // ESLint's json formatter carries each file's source, and the token with it; the
      // messages show the value masked.
      expect(result.stdout).toContain(generic);
      expect(JSON.stringify(report.flatMap((entry) => entry.messages))).not.toContain(generic);
      expect(result.status).toBe(1);
      // The command's json report leaves the sources out.
      const own = runNode([bin, '--format', 'json', 'src']);
      expect(own.status).toBe(1);
      expect((JSON.parse(own.stdout) as object[]).filter((entry) => 'source' in entry)).toEqual([]);
      expect(own.stdout).not.toContain(generic);
    } finally {
      rmSync(path.join(project, 'eslint.config.js'));
      rmSync(path.join(project, 'src/.env'));
      rmSync(path.join(project, 'src/settings.json'));
    }
  });

  it('loads TypeScript on the first TypeScript file only, not at import, for configs or for JavaScript', () => {
    cpSync(path.join(root, 'tests/fixtures/e2e/typescript-loading.mjs'), path.join(project, 'typescript-loading.mjs'));
    const result = runNode(['typescript-loading.mjs']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      steps: [false, false, false, true],
      js: ['token-hygiene/no-token-in-url'],
      ts: ['token-hygiene/no-token-in-url'],
    });
  });

  it('runs the token-hygiene bin with exit codes 0, 1 and 2 and SARIF output', () => {
    expect(runNode([bin, 'src']).status).toBe(0);
    expect(runNode([bin, '--unknown']).status).toBe(2);
    writeFileSync(path.join(project, 'src/broken.js'), 'const = ;\n');
    writeFileSync(path.join(project, 'src/leaky.js'), `export const auth = '${fakeToken('github-classic-pat')}';\n`);
    try {
      // A file that cannot be parsed is listed on stderr and does not change the exit code.
      const unparsed = runNode([bin, 'src/broken.js']);
      expect(unparsed.status).toBe(0);
      expect(unparsed.stderr).toContain('could not parse 1 file');
      const failing = runNode([bin, 'src', '--format', '@microsoft/sarif']);
      expect(failing.status).toBe(1);
      const sarif = JSON.parse(failing.stdout) as { version: string };
      expect(sarif.version).toBe('2.1.0');
    } finally {
      rmSync(path.join(project, 'src/broken.js'));
      rmSync(path.join(project, 'src/leaky.js'));
    }
  });
});

function readdirTarball(): string {
  const name = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8')) as { name: string; version: string };
  return `${name.name}-${name.version}.tgz`;
}
