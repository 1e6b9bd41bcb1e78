/**
 * The package installs like a library. Its runtime dependencies are caret ranges, so npm
 * shares one copy of typescript-eslint and the @eslint packages with the project that installs
 * it, and the lower bound of each range is a version the plugin works with.
 *
 * The packed tarball is installed by npm itself, against a local registry made of this
 * checkout's lockfile (tests/helpers/local-registry.ts; no network), into two projects:
 * - one that already has typescript-eslint, ESLint and TypeScript at this checkout's versions,
 *   newer than the lower bounds: npm must keep a single copy of each shared package;
 * - one that pins every runtime dependency at the lower bound of its range (package.json keeps
 *   those versions as `lowest-*` aliases so that `npm ci` fetches them): the plugin must use them.
 * In both, the installed plugin must report the fixture project exactly as this checkout does.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { startLocalRegistry } from '../helpers/local-registry.js';
import type { LocalRegistry } from '../helpers/local-registry.js';
import { SecretIndex } from '../reliability/leak-check.js';
import { resultsToFindings } from '../reliability/lint.js';
import type { Finding } from '../reliability/lint.js';
import { fillPlaceholders, TEMPLATE } from '../reliability/project.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'token-hygiene-dedupe-')));

interface Manifest {
  readonly dependencies: Record<string, string>;
  readonly devDependencies: Record<string, string>;
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const CARET = /^\^(\d+\.\d+\.\d+)$/u;
/** The lower bound of each runtime dependency's range (`^8.58.0` gives `8.58.0`). */
const lowerBounds = Object.fromEntries(
  Object.entries(manifest.dependencies).map(([name, range]) => [name, CARET.exec(range)?.[1] ?? `not a caret range: ${range}`]),
);
/** Is version `a` (x.y.z) above version `b`? */
function isAbove(a: string, b: string): boolean {
  const [x, y] = [a, b].map((version) => version.split('.').map(Number));
  const index = (x ?? []).findIndex((part, at) => part !== y?.[at]);
  return index !== -1 && (x?.[index] ?? 0) > (y?.[index] ?? 0);
}
/** `@typescript-eslint/parser` is kept as the alias `lowest-typescript-eslint-parser`. */
const aliasOf = (name: string): string => `lowest-${name.replace(/^@/u, '').replace('/', '-')}`;
const SHARED_WITH_TYPESCRIPT_ESLINT = ['@typescript-eslint/parser', '@typescript-eslint/utils'] as const;
const SHARED_WITH_ESLINT = ['@eslint/core', '@eslint/plugin-kit'] as const;
const LINTED = ['src', 'config'];
const CONFIG = "import tokenHygiene from 'eslint-plugin-token-hygiene';\nexport default [...tokenHygiene.configs.recommended, ...tokenHygiene.configs['data-files']];\n";

let registry: LocalRegistry | undefined;
let tarball = '';

/** A project with the reliability fixture (tokens generated now), the given devDependencies and an ESLint config. */
function createConsumer(name: string, devDependencies: Record<string, string>): string {
  const dir = path.join(work, name);
  mkdirSync(dir);
  cpSync(TEMPLATE, dir, { recursive: true });
  const secrets = new SecretIndex();
  for (const folder of LINTED) {
    for (const file of readdirSync(path.join(dir, folder), { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue;
      const full = path.join(file.parentPath, file.name);
      writeFileSync(full, fillPlaceholders(readFileSync(full, 'utf8'), secrets));
    }
  }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', devDependencies }, null, 2));
  writeFileSync(path.join(dir, 'eslint.config.js'), CONFIG);
  return dir;
}

interface LsNode {
  readonly version?: string;
  readonly dependencies?: Record<string, LsNode>;
}

/** Every version of `name` that `npm ls --all --json` shows anywhere in the tree. */
function versionsInTree(node: LsNode, name: string, found = new Set<string>()): Set<string> {
  for (const [child, value] of Object.entries(node.dependencies ?? {})) {
    if (child === name && value.version !== undefined) found.add(value.version);
    versionsInTree(value, name, found);
  }
  return found;
}

/** The folders of `name` installed anywhere under `dir`'s node_modules. */
function installedCopies(dir: string, name: string): string[] {
  const copies: string[] = [];
  const visit = (modules: string): void => {
    if (!existsSync(modules)) return;
    if (existsSync(path.join(modules, name, 'package.json'))) copies.push(path.relative(dir, path.join(modules, name)));
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const packages = entry.name.startsWith('@') ? readdirSync(path.join(modules, entry.name)).map((inner) => path.join(entry.name, inner)) : [entry.name];
      for (const folder of packages) visit(path.join(modules, folder, 'node_modules'));
    }
  };
  visit(path.join(dir, 'node_modules'));
  return copies;
}

/** The whole dependency tree of `dir` as `npm ls --all --json` shows it. */
async function npmLs(dir: string): Promise<LsNode> {
  const { stdout } = await (registry as LocalRegistry).npm(dir, ['ls', '--all', '--json']);
  return JSON.parse(stdout) as LsNode;
}

/** The findings of the plugin installed in `dir`, through the ESLint installed there. */
async function lintWithInstalled(dir: string): Promise<{ findings: Finding[]; stderr: string }> {
  const eslintBin = path.join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const result = await run(process.execPath, [eslintBin, '--format', 'json', ...LINTED], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } }).catch(
    (error: unknown) => error as { stdout: string; stderr: string },
  );
  const results = JSON.parse(result.stdout) as ESLint.LintResult[];
  return { findings: resultsToFindings(dir, results), stderr: result.stderr };
}

/** The findings of this checkout's plugin on the same files. */
async function lintWithCheckout(dir: string): Promise<Finding[]> {
  const overrideConfig = [...plugin.configs.recommended, ...plugin.configs['data-files']] as unknown as Linter.Config[];
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig });
  return resultsToFindings(dir, await eslint.lintFiles(LINTED));
}

/** Findings in code, JSON (@eslint/json) and dotenv (the key-value language) files. */
function coversEveryLanguage(findings: readonly Finding[]): boolean {
  const files = new Set(findings.map((finding) => finding.file));
  return ['src/settings.ts', 'src/settings.json', 'src/.env'].every((file) => files.has(file));
}

type Consumer = 'newer' | 'lowest';
const consumers: Record<Consumer, string> = { newer: '', lowest: '' };
const trees: Record<Consumer, LsNode> = { newer: {}, lowest: {} };
/** What npm printed on stderr while installing. */
const installLogs: Record<Consumer, string> = { newer: '', lowest: '' };

beforeAll(async () => {
  registry = await startLocalRegistry(root);
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], { cwd: root });
  tarball = path.join(work, (JSON.parse(stdout) as { filename: string }[])[0]?.filename ?? '');
  const dev = manifest.devDependencies;
  const toolchain = { eslint: dev.eslint ?? '', typescript: dev.typescript ?? '' };
  consumers.newer = createConsumer('newer', { ...toolchain, 'typescript-eslint': dev['typescript-eslint'] ?? '' });
  consumers.lowest = createConsumer('lowest', { ...toolchain, ...lowerBounds });
  const local = registry;
  const install = async (consumer: Consumer, args: readonly string[]): Promise<void> => {
    installLogs[consumer] += (await local.npm(consumers[consumer], args)).stderr;
  };
  await Promise.all([
    // A project that has its typescript-eslint first, then adds the plugin.
    install('newer', ['install']).then(() => install('newer', ['install', '--save-dev', tarball])),
    install('lowest', ['install', '--save-dev', tarball]),
  ]);
  [trees.newer, trees.lowest] = await Promise.all([npmLs(consumers.newer), npmLs(consumers.lowest)]);
}, 300_000);

afterAll(async () => {
  await registry?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the runtime dependencies', () => {
  it.each(Object.entries(manifest.dependencies))('declares %s as a caret range', (_name, range) => {
    expect(range).toMatch(CARET);
  });

  it.each(Object.keys(manifest.dependencies))('keeps the lower bound of %s as a lowest-* alias, so npm ci fetches it', (name) => {
    expect(manifest.devDependencies[aliasOf(name)]).toBe(`npm:${name}@${lowerBounds[name] ?? ''}`);
    expect(registry?.versionsOf(name)).toContain(lowerBounds[name]);
  });

  it.each(['newer', 'lowest'] as const)('installs into the %s project without a warning from npm', (consumer) => {
    expect(installLogs[consumer]).toBe('');
  });

  it('installs from the packed tarball with the ranges of package.json', () => {
    const installed = JSON.parse(readFileSync(path.join(consumers.newer, 'node_modules/eslint-plugin-token-hygiene/package.json'), 'utf8')) as Manifest;
    expect(installed.dependencies).toEqual(manifest.dependencies);
  });
});

describe('in a project that already has a newer typescript-eslint', () => {
  it('has typescript-eslint newer than the lower bound of the range', () => {
    const [version] = versionsInTree(trees.newer, 'typescript-eslint');
    expect(version).toBe(manifest.devDependencies['typescript-eslint']);
    expect(isAbove(version ?? '', lowerBounds['@typescript-eslint/parser'] ?? '')).toBe(true);
  });

  it.each([...SHARED_WITH_TYPESCRIPT_ESLINT, ...SHARED_WITH_ESLINT])('keeps a single copy of %s', (name) => {
    expect([...versionsInTree(trees.newer, name)]).toHaveLength(1);
    expect(installedCopies(consumers.newer, name)).toEqual([path.join('node_modules', name)]);
  });

  it('installs no private copy of a dependency under the plugin', () => {
    expect(existsSync(path.join(consumers.newer, 'node_modules/eslint-plugin-token-hygiene/node_modules'))).toBe(false);
  });

  it('reports the fixture project as this checkout does', async () => {
    const [installed, reference] = await Promise.all([lintWithInstalled(consumers.newer), lintWithCheckout(consumers.newer)]);
    expect(installed.stderr).toBe('');
    expect(coversEveryLanguage(reference)).toBe(true);
    expect(installed.findings).toEqual(reference);
  });
});

describe('with every runtime dependency at the lower bound of its range', () => {
  it.each(Object.keys(manifest.dependencies))('resolves %s to its lower bound', (name) => {
    const pluginNode = trees.lowest.dependencies?.['eslint-plugin-token-hygiene'];
    expect(pluginNode?.dependencies?.[name]?.version).toBe(lowerBounds[name]);
    expect(existsSync(path.join(consumers.lowest, 'node_modules/eslint-plugin-token-hygiene/node_modules', name))).toBe(false);
  });

  it('reports the fixture project as this checkout does', async () => {
    const [installed, reference] = await Promise.all([lintWithInstalled(consumers.lowest), lintWithCheckout(consumers.lowest)]);
    expect(installed.stderr).toBe('');
    expect(coversEveryLanguage(reference)).toBe(true);
    expect(installed.findings).toEqual(reference);
  });
});
