import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

// Which files `recommended` reads, and as what: the globs decide in a real project.
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
];

for (const file of FILES) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), file.endsWith('json') || file.endsWith('json5') || file.endsWith('jsonc') ? '{}\n' : '\n');
}

const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as unknown as Linter.Config[] });

async function languageOf(file: string): Promise<string | undefined> {
  const config = (await eslint.calculateConfigForFile(path.join(dir, file))) as { language?: unknown } | undefined;
  if (config === undefined) return undefined;
  // ESLint hands back the language object: name it by the plugin's registry, else it is ESLint's JavaScript.
  const own = Object.entries(plugin.languages).find(([, language]) => language === config.language);
  return own === undefined ? 'js/js' : `token-hygiene/${own[0]}`;
}

describe('files read by the recommended config', () => {
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
        ...(plugin.configs.recommended as unknown as Linter.Config[]),
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
