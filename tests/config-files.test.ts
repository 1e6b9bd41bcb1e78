import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

// Which files `recommended` and `data-files` read, and as what: the globs decide in a real project.
const dir = mkdtempSync(path.join(tmpdir(), 'token-hygiene-files-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const FILES = [
  'src/app.ts',
  'config/production.json',
  '.vscode/settings.json',
  'tsconfig.jsonc',
  'config.json5',
  'package-lock.json',
  'npm-shrinkwrap.json',
  '.env',
  '.env.production',
  '.env.example',
  'deploy/staging.env',
  '.npmrc',
  '.pypirc',
  '.netrc',
  '_netrc',
  'src/main/resources/application.properties',
  'api-token.txt',
  'secrets/API_KEY.txt',
  'client-secret.txt',
  'notes.txt',
  'README.md',
  '.env.ts',
  'src/view.jsx',
  'src/server.mjs',
  'src/legacy.cjs',
  'src/types.d.ts',
  'src/worker.mts',
  'src/config.cts',
  'src/view.tsx',
];

const CODE_FILES = FILES.filter((file) => /\.[cm]?[jt]sx?$/u.test(file));

for (const file of FILES) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), file.endsWith('json') || file.endsWith('json5') || file.endsWith('jsonc') ? '{}\n' : '\n');
}

const withDataFiles = [...plugin.configs.recommended, ...plugin.configs['data-files']] as unknown as Linter.Config[];
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: withDataFiles });
const codeOnly = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as unknown as Linter.Config[] });

async function languageOf(file: string): Promise<string | undefined> {
  const config = (await eslint.calculateConfigForFile(path.join(dir, file))) as { language?: unknown } | undefined;
  if (config === undefined) return undefined;
  // ESLint hands back the language object: name it by the plugin's registry, else it is ESLint's JavaScript.
  const own = Object.entries(plugin.languages).find(([, language]) => language === config.language);
  return own === undefined ? 'js/js' : `token-hygiene/${own[0]}`;
}

describe('files read by the recommended config alone', () => {
  it('lints code files only, so a project whose other configs expect JavaScript is not handed JSON or .env files', async () => {
    const results = await codeOnly.lintFiles(['.']);
    const linted = results.map((result) => path.relative(dir, result.filePath).replaceAll('\\', '/')).sort();
    expect(linted).toEqual([...CODE_FILES].sort());
    expect(results.flatMap((result) => result.messages)).toEqual([]);
  });

  it.each(['config/production.json', 'config.json5', '.env', '.npmrc', 'api-token.txt'])('leaves %s to data-files', async (file) => {
    expect(await codeOnly.calculateConfigForFile(path.join(dir, file))).toBeUndefined();
  });
});

describe('files read by recommended with data-files', () => {
  it.each([
    ['src/app.ts', 'js/js'],
    ['.env.ts', 'js/js'],
    ['config/production.json', 'token-hygiene/jsonc'],
    ['.vscode/settings.json', 'token-hygiene/jsonc'],
    ['tsconfig.jsonc', 'token-hygiene/jsonc'],
    ['config.json5', 'token-hygiene/json5'],
    ['.env', 'token-hygiene/key-value'],
    ['.env.production', 'token-hygiene/key-value'],
    ['.env.example', 'token-hygiene/key-value'],
    ['deploy/staging.env', 'token-hygiene/key-value'],
    ['.npmrc', 'token-hygiene/key-value'],
    ['.pypirc', 'token-hygiene/key-value'],
    ['.netrc', 'token-hygiene/key-value'],
    ['_netrc', 'token-hygiene/key-value'],
    ['src/main/resources/application.properties', 'token-hygiene/key-value'],
    ['api-token.txt', 'token-hygiene/key-value'],
    ['secrets/API_KEY.txt', 'token-hygiene/key-value'],
    ['client-secret.txt', 'token-hygiene/key-value'],
  ])('reads %s as %s', async (file, language) => {
    expect(await languageOf(file)).toBe(language);
  });

  it.each(['package-lock.json', 'npm-shrinkwrap.json', 'notes.txt', 'README.md'])('leaves %s alone', async (file) => {
    expect(await languageOf(file)).toBeUndefined();
  });

  it('lints every one of those files when given the folder', async () => {
    const results = await eslint.lintFiles(['.']);
    const linted = results.map((result) => path.relative(dir, result.filePath).replaceAll('\\', '/')).sort();
    const expected = FILES.filter((file) => !['package-lock.json', 'npm-shrinkwrap.json', 'notes.txt', 'README.md'].includes(file)).sort();
    expect(linted).toEqual(expected);
    expect(results.flatMap((result) => result.messages)).toEqual([]);
  });
});

describe('more files for the key-value language, as the rule page shows', () => {
  it('reads deploy/*.conf as dotenv when a config object says so', async () => {
    const generic = 'AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2'; // random base62, no provider format
    mkdirSync(path.join(dir, 'deploy'), { recursive: true });
    writeFileSync(path.join(dir, 'deploy/staging.conf'), `OWN_API_TOKEN=${generic}\n`);
    const extended = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        ...withDataFiles,
        {
          files: ['deploy/*.conf'],
          plugins: { 'token-hygiene': plugin as never },
          language: 'token-hygiene/key-value',
          languageOptions: { dialect: 'dotenv' },
          rules: { 'token-hygiene/no-plaintext-token-in-file': 'error' },
        },
      ],
    });
    const [result] = await extended.lintFiles(['deploy/staging.conf']);
    expect(result?.messages.map((message) => `${String(message.line)}:${String(message.column)} ${message.ruleId ?? 'fatal'}`)).toEqual([
      '1:15 token-hygiene/no-plaintext-token-in-file',
    ]);
  });
});

describe('the parser of JavaScript files stays the user’s', () => {
  const userParser = { meta: { name: 'user-parser', version: '1.0.0' }, parse: () => ({}) };
  const theirs: Linter.Config = { files: ['**/*.js'], languageOptions: { parser: userParser } };
  const ours = plugin.configs.recommended as unknown as Linter.Config[];

  async function parserOf(file: string, config: Linter.Config[]): Promise<string> {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
    const calculated = (await eslint.calculateConfigForFile(path.join(dir, file))) as {
      languageOptions: { parser?: { meta?: { name?: string }; name?: string } };
    };
    // espree names itself at the top level, other parsers in `meta`.
    const parser = calculated.languageOptions.parser;
    return parser?.meta?.name ?? parser?.name ?? 'none';
  }

  it('is espree when the user sets none', async () => {
    expect(await parserOf('src/server.mjs', ours)).toBe('espree');
    expect(await parserOf('src/view.jsx', ours)).toBe('espree');
  });

  it.each([
    ['before ours', [theirs, ...ours]],
    ['after ours', [...ours, theirs]],
  ])('is the user’s own when their config comes %s', async (_order, config) => {
    writeFileSync(path.join(dir, 'src/client.js'), '\n');
    expect(await parserOf('src/client.js', config)).toBe('user-parser');
  });

  it('is @typescript-eslint/parser for TypeScript files', async () => {
    expect(await parserOf('src/app.ts', ours)).toBe('typescript-eslint/parser');
    expect(await parserOf('src/view.tsx', ours)).toBe('typescript-eslint/parser');
  });
});
