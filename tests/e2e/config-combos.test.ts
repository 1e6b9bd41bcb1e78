/**
 * Adding our configs to the configs projects already have never breaks their lint run: each
 * popular config, in either order with ours, lints a small project (JavaScript, JSX,
 * TypeScript, package.json, tsconfig.json, .env) without a crash or a parse error, its own
 * rules still report, and our findings are the same in every combination.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import js from '@eslint/js';
import { ESLint, type Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import { flatConfigs as importX } from 'eslint-plugin-import-x';
import react from 'eslint-plugin-react';
import unicorn from 'eslint-plugin-unicorn';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { fakeToken } from '../helpers/tokens.js';

const dir = mkdtempSync(path.join(tmpdir(), 'token-hygiene-combos-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ghp = fakeToken('github-classic-pat');
const FILES: Readonly<Record<string, string>> = {
  'src/client.js': `const token = process.env.OWN_API_TOKEN;
const unused = 1;
export const slots = new Array(3);
export async function listRecords() {
  const response = await fetch(\`https://api.own.example/v1/records?access_token=\${token}\`);
  console.log('token', token);
  return response.json();
}
`,
  'src/view.jsx': `export function Banner({ title }) {
  return <h1 className="banner">{title}</h1>;
}
`,
  'src/service.ts': `interface Options { readonly baseUrl: string }
export class RecordsService {
  private readonly token: string = '${ghp}';
  constructor(private readonly options: Options) {}
  url(): string {
    return \`\${this.options.baseUrl}/records\`;
  }
  async reload(): Promise<string> {
    return this.url();
  }
  refresh(): void {
    this.reload();
  }
}
`,
  'package.json': JSON.stringify({ name: 'combo-app', private: true, type: 'module', dependencies: { react: '^18.3.0' } }, null, 2),
  'tsconfig.json': `{
  // editors write comments and trailing commas here
  "compilerOptions": { "strict": true, "jsx": "react-jsx", },
}
`,
  '.env': `PORT=8080\nGITHUB_TOKEN=${ghp}\n`,
};
for (const [file, text] of Object.entries(FILES)) {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const CODE = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
const reactSettings: Linter.Config = { settings: { react: { version: '18.3' } } };

/** Each popular config as projects write it, with the rule of its own that the project must still see. */
const POPULAR: readonly { readonly name: string; readonly config: Linter.Config[]; readonly ownRule?: string }[] = [
  { name: '@eslint/js recommended, no files', config: [js.configs.recommended], ownRule: 'no-unused-vars' },
  { name: '@eslint/js recommended, scoped to .js', config: [{ files: ['**/*.js'], ...js.configs.recommended }], ownRule: 'no-unused-vars' },
  { name: 'typescript-eslint recommended', config: tseslint.configs.recommended, ownRule: '@typescript-eslint/no-unused-vars' },
  {
    // Type information as typescript-eslint documents it: the project service for TypeScript,
    // type-aware rules off for JavaScript. Their rule needs the program their parser options ask for.
    name: 'typescript-eslint recommendedTypeChecked with type information',
    config: [
      ...tseslint.configs.recommendedTypeChecked,
      { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: dir } } },
      { files: ['**/*.{js,jsx}'], ...tseslint.configs.disableTypeChecked },
    ],
    ownRule: '@typescript-eslint/no-floating-promises',
  },
  { name: 'eslint-plugin-react recommended', config: [react.configs.flat.recommended ?? {}, reactSettings], ownRule: 'react/prop-types' },
  { name: 'eslint-plugin-unicorn recommended', config: [unicorn.configs.recommended], ownRule: 'unicorn/no-new-array' },
  { name: 'eslint-plugin-import-x recommended', config: [importX.recommended] },
  { name: 'eslint-config-prettier', config: [prettier] },
];

const ours = plugin.configs.recommended as unknown as Linter.Config[];
const dataFiles = plugin.configs['data-files'] as unknown as Linter.Config[];

interface Outcome {
  readonly ours: string[];
  readonly otherRules: Set<string>;
  readonly fatal: string[];
  readonly linted: string[];
}

async function lint(config: Linter.Config[]): Promise<Outcome> {
  const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['.']);
  const messages = results.flatMap((result) =>
    result.messages.map((message) => ({ file: path.relative(dir, result.filePath).replaceAll('\\', '/'), ...message })),
  );
  return {
    ours: messages
      .filter((message) => message.ruleId?.startsWith('token-hygiene/') === true)
      .map((message) => `${message.file}:${String(message.line)}:${String(message.column)} ${String(message.ruleId)}`)
      .sort(),
    otherRules: new Set(messages.map((message) => message.ruleId ?? '').filter((id) => id !== '' && !id.startsWith('token-hygiene/'))),
    fatal: messages.filter((message) => message.fatal === true).map((message) => `${message.file}: ${message.message}`),
    linted: results.map((result) => path.relative(dir, result.filePath).replaceAll('\\', '/')).sort(),
  };
}

const CODE_FINDINGS = [
  'src/client.js:5:68 token-hygiene/no-token-in-url',
  'src/client.js:6:24 token-hygiene/no-unmasked-token',
  'src/service.ts:3:37 token-hygiene/no-hardcoded-token',
];
const DATA_FINDINGS = ['.env:2:14 token-hygiene/no-plaintext-token-in-file'];

describe('recommended beside popular configs', () => {
  it('finds the same on its own', async () => {
    const alone = await lint(ours);
    expect(alone.fatal).toEqual([]);
    expect(alone.ours).toEqual(CODE_FINDINGS);
    expect(alone.linted).toEqual(['src/client.js', 'src/service.ts', 'src/view.jsx']);
  });

  describe.each(POPULAR)('$name', ({ config, ownRule }) => {
    it.each([
      ['theirs first', [...config, ...ours]],
      ['ours first', [...ours, ...config]],
    ])('%s: no crash, no parse error, their rules still report, our findings unchanged', async (_order, combined) => {
      const outcome = await lint(combined);
      expect(outcome.fatal).toEqual([]);
      expect(outcome.ours).toEqual(CODE_FINDINGS);
      if (ownRule !== undefined) expect([...outcome.otherRules]).toContain(ownRule);
    });
  });
});

describe('recommended and data-files beside popular configs scoped to code files', () => {
  it.each(POPULAR)('$name: no crash in either order, and .env and JSON files read by our rules only', async ({ config, ownRule }) => {
    const scoped = defineConfig({ files: CODE, extends: [config] }) as Linter.Config[];
    for (const combined of [
      [...scoped, ...ours, ...dataFiles],
      [...ours, ...dataFiles, ...scoped],
    ]) {
      const outcome = await lint(combined);
      expect(outcome.fatal).toEqual([]);
      expect(outcome.ours).toEqual([...DATA_FINDINGS, ...CODE_FINDINGS].sort());
      expect(outcome.linted).toEqual(['.env', 'package.json', 'src/client.js', 'src/service.ts', 'src/view.jsx', 'tsconfig.json']);
      if (ownRule !== undefined) expect([...outcome.otherRules]).toContain(ownRule);
    }
  });
});
