/**
 * A temporary copy of tests/fixtures/reliability/project (one small app with a case of each
 * poor practice), with `{{token:<id>}}`, `{{generic:<n>}}` and `{{hex:<length>}}` replaced by
 * synthetic values built at run time, so nothing credential-shaped is committed. The copy gets
 * a `node_modules` link to this checkout (for parsers and formatters), a tsconfig for type
 * information and a flat `eslint.config.mjs` that loads the built plugin (dist/).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALPHABETS, createRandom, randomChars } from '../helpers/tokens.js';
import { addFakeToken, genericSecret, SecretIndex } from './leak-check.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TEMPLATE = path.join(ROOT, 'tests/fixtures/reliability/project');
const PLACEHOLDER = /\{\{(token|generic|hex):([\w-]+)\}\}/gu;

export interface TempProject {
  readonly dir: string;
  /** The values filled in, indexed for the leak check. */
  readonly secrets: SecretIndex;
  /** Relative paths of the source files (js, ts, tsx), sorted. */
  readonly sourceFiles: readonly string[];
  /** `eslint.config.mjs`: `plugin.configs.all` and `data-files` from dist/. */
  readonly configFile: string;
  readonly remove: () => void;
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** Replaces the placeholders of `text` and records each value in `secrets`. */
export function fillPlaceholders(text: string, secrets: SecretIndex): string {
  return text.replaceAll(PLACEHOLDER, (_match, kind: string, arg: string) => {
    if (kind === 'token') return addFakeToken(secrets, arg, 1);
    const value = kind === 'generic' ? genericSecret(Number(arg)) : randomChars(createRandom(Number(arg)), ALPHABETS.hex, Number(arg));
    secrets.add(value);
    return value;
  });
}

export function createTempProject(prefix: string): TempProject {
  const dir = mkdtempSync(path.join(tmpdir(), `token-hygiene-${prefix}-`));
  const secrets = new SecretIndex();
  cpSync(TEMPLATE, dir, { recursive: true });
  const files = listFiles(dir);
  for (const file of files) {
    const full = path.join(dir, file);
    writeFileSync(full, fillPlaceholders(readFileSync(full, 'utf8'), secrets));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'reliability-app', private: true, type: 'module' }));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', jsx: 'react-jsx', allowJs: true, strict: true, skipLibCheck: true, types: [] },
      include: ['src'],
    }),
  );
  const configFile = path.join(dir, 'eslint.config.mjs');
  writeFileSync(
    configFile,
    `import plugin from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)};\nexport default [...plugin.configs.all, ...plugin.configs['data-files']];\n`,
  );
  return {
    dir,
    secrets,
    sourceFiles: files.filter((file) => /\.(?:js|ts|tsx)$/u.test(file)),
    configFile,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
