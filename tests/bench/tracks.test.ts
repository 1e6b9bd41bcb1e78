import { createRequire } from 'node:module';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { parsingConfig, TRACKS } from '../../bench/lib/tracks.mjs';
import plugin from '../../src/index.js';

const require = createRequire(import.meta.url);
/** ESLint's default parser: the espree ESLint itself depends on. */
const espree: unknown = createRequire(require.resolve('eslint'))('espree');
const typescriptParser = { meta: { name: 'typescript-parser-stand-in', version: '0.0.0' }, parseForESLint: () => ({}) };
const cwd = path.resolve(import.meta.dirname, '../..');

async function parserOf(configs: readonly object[], file: string): Promise<unknown> {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: configs as never });
  const config = (await eslint.calculateConfigForFile(file)) as { languageOptions: { parser: unknown } } | undefined;
  return config?.languageOptions.parser;
}

describe('the bench tracks', () => {
  it('parses JavaScript with ESLint\'s default espree and TypeScript with the TypeScript parser on the espree track', async () => {
    const configs = parsingConfig('espree', typescriptParser);
    for (const file of ['src/app.js', 'node_modules/got/dist/index.mjs', 'lib/main.cjs', 'ui/view.jsx']) {
      expect(await parserOf(configs, file)).toBe(espree);
    }
    for (const file of ['src/app.ts', 'src/app.mts', 'src/app.cts', 'ui/view.tsx']) {
      expect(await parserOf(configs, file)).toBe(typescriptParser);
    }
  });

  it('parses every file with the TypeScript parser on the typescript track', async () => {
    const configs = parsingConfig('typescript', typescriptParser);
    for (const file of ['src/app.js', 'lib/main.cjs', 'src/app.ts', 'ui/view.tsx']) {
      expect(await parserOf(configs, file)).toBe(typescriptParser);
    }
  });

  it('keeps espree for JavaScript once the plugin\'s recommended config is added, as it does for users', async () => {
    const configs = [...parsingConfig('espree', typescriptParser), ...plugin.configs.recommended];
    expect(await parserOf(configs, 'src/app.js')).toBe(espree);
    expect(await parserOf(configs, 'src/app.ts')).not.toBe(espree);
  });

  it('lints files under node_modules, switches JSX on for JavaScript, and ignores inline configuration', async () => {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: parsingConfig('espree', typescriptParser) as never });
    const config = (await eslint.calculateConfigForFile('node_modules/react/index.js')) as
      | { languageOptions: { parserOptions: { ecmaFeatures?: { jsx?: boolean } } }; linterOptions: { noInlineConfig: boolean } }
      | undefined;
    expect(config?.languageOptions.parserOptions.ecmaFeatures?.jsx).toBe(true);
    expect(config?.linterOptions.noInlineConfig).toBe(true);
  });

  it('knows two tracks and refuses any other', () => {
    expect(TRACKS).toEqual(['espree', 'typescript']);
    expect(() => parsingConfig('babel', typescriptParser)).toThrow(/unknown track babel/u);
  });
});
