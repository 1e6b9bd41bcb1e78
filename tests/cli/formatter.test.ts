import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cli-error.js';
import { formatterPackageName, prepareOutputFile, resolveFormatter } from '../../src/cli/formatter.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'token-hygiene-formatter-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('formatterPackageName', () => {
  it.each([
    ['gitlab', 'eslint-formatter-gitlab'],
    ['eslint-formatter-gitlab', 'eslint-formatter-gitlab'],
    ['@microsoft/sarif', '@microsoft/eslint-formatter-sarif'],
    ['@microsoft/eslint-formatter-sarif', '@microsoft/eslint-formatter-sarif'],
    ['@acme', '@acme/eslint-formatter'],
    ['@acme/eslint-formatter', '@acme/eslint-formatter'],
  ])('names the package of "%s" %s, as ESLint does', (name, packageName) => {
    expect(formatterPackageName(name)).toBe(packageName);
  });
});

describe('resolveFormatter', () => {
  it('resolves an installed package from the current folder to its file', () => {
    expect(resolveFormatter('@microsoft/sarif', ROOT)).toBe(path.join(ROOT, 'node_modules/@microsoft/eslint-formatter-sarif/sarif.js'));
  });

  it("keeps ESLint's own formatters by name", () => {
    expect(resolveFormatter('stylish', scratch)).toBe('stylish');
    expect(resolveFormatter('json-with-metadata', scratch)).toBe('json-with-metadata');
  });

  it('resolves a formatter file against the current folder', () => {
    writeFileSync(path.join(scratch, 'formatter.cjs'), 'module.exports = () => "";\n');
    expect(resolveFormatter('./formatter.cjs', scratch)).toBe(path.join(scratch, 'formatter.cjs'));
    expect(() => resolveFormatter('./missing.cjs', scratch)).toThrow('The formatter file ./missing.cjs does not exist.');
  });

  it('says which package to install when a formatter is not found', () => {
    expect(() => resolveFormatter('@microsoft/sarif', scratch)).toThrow(CliError);
    expect(() => resolveFormatter('@microsoft/sarif', scratch)).toThrow('npm install --save-dev @microsoft/eslint-formatter-sarif');
  });
});

describe('prepareOutputFile', () => {
  it('creates the missing folders and returns the absolute path', () => {
    expect(prepareOutputFile('a/b/report.json', scratch)).toBe(path.join(scratch, 'a/b/report.json'));
  });

  it('refuses a path under a file, or a folder', () => {
    writeFileSync(path.join(scratch, 'plain.txt'), '');
    expect(() => prepareOutputFile('plain.txt/report.json', scratch)).toThrow('plain.txt is not a folder.');
    expect(() => prepareOutputFile('a', scratch)).toThrow('it is a folder');
  });
});
