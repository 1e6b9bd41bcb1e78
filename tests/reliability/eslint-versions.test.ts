/**
 * Same findings on every setup: the temporary fixture project (project.ts) is linted through
 * the ESLint API with ESLint 10 (flat), ESLint 9 (flat) and ESLint 9 in eslintrc mode
 * (`LegacyESLint` with `configs['legacy-recommended' | 'legacy-all']`), and TypeScript files with
 * and without type information (`parserOptions.projectService`). Findings (file, line, column,
 * end, rule, message, suggestions) must be identical and in the same order, and repeat
 * identically across runs. Generated programs are compared between `Linter` 9 and 10 too.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import type { Linter } from 'eslint';
import { ESLint as ESLint9, loadESLint } from 'eslint9';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../src/all-rules.js';
import plugin from '../../src/index.js';
import { findLeaks } from './leak-check.js';
import type { ReportLike } from './leak-check.js';
import type { Finding } from './lint.js';
import { allConfig, linter10, linter9, NAMESPACE, resultsToFindings, toFindings } from './lint.js';
import { programArbitrary, SECRET_POOL } from './program-arbitrary.js';
import { createTempProject } from './project.js';

const project = createTempProject('versions');
afterAll(() => {
  project.remove();
});

type ConfigName = 'recommended' | 'all';

async function lintFlat10(config: ConfigName, extra: Linter.Config[] = []): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: project.dir,
    overrideConfigFile: true,
    overrideConfig: [...(plugin.configs[config] as unknown as Linter.Config[]), ...(plugin.configs['data-files'] as unknown as Linter.Config[]), ...extra],
  });
  return resultsToFindings(project.dir, await eslint.lintFiles(['src']));
}

async function lintFlat9(config: ConfigName): Promise<Finding[]> {
  const eslint = new ESLint9({ cwd: project.dir, overrideConfigFile: true, overrideConfig: [...plugin.configs[config], ...plugin.configs['data-files']] as never });
  return resultsToFindings(project.dir, await eslint.lintFiles(['src']));
}

async function lintLegacy9(config: ConfigName): Promise<Finding[]> {
  const LegacyESLint = await loadESLint({ useFlatConfig: false });
  const eslint = new LegacyESLint({
    cwd: project.dir,
    useEslintrc: false,
    extensions: ['.js', '.ts', '.tsx'],
    overrideConfig: plugin.configs[`legacy-${config}`] as never,
    plugins: { [NAMESPACE]: plugin } as never,
  });
  return resultsToFindings(project.dir, await eslint.lintFiles(['src']));
}

function asReport(finding: Finding): ReportLike {
  return { ...finding, suggestions: finding.suggestions.map((desc) => ({ desc })) };
}

function describeFindings(findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.file}:${String(f.line)}:${String(f.column)}-${String(f.endLine)}:${String(f.endColumn)} ${f.ruleId ?? 'fatal'} ${f.message} [${f.suggestions.join(' | ')}]`);
}

describe.each(['recommended', 'all'] as const)('the %s config', (config) => {
  let reference: Finding[] = [];
  beforeAll(async () => {
    reference = await lintFlat10(config);
  }, 60_000);

  it('reports the fixture project under ESLint 10 with no fatal message and no leak', () => {
    expect(reference.filter((f) => f.ruleId === null)).toEqual([]);
    expect(reference.length).toBeGreaterThan(0);
    expect(findLeaks(reference.map(asReport), project.secrets)).toEqual([]);
  });

  it('gives the same findings in the same order on a second ESLint 10 run', async () => {
    expect(describeFindings(await lintFlat10(config))).toEqual(describeFindings(reference));
  });

  it('gives the same findings in the same order under ESLint 9 (flat config)', async () => {
    expect(describeFindings(await lintFlat9(config))).toEqual(describeFindings(reference));
  });

  it(`gives the same findings under ESLint 9 with the eslintrc config legacy-${config}, on code files`, async () => {
    // eslintrc has no languages: the legacy configs read code only, and the same code findings.
    const code = reference.filter((finding) => /\.(?:js|ts|tsx)$/u.test(finding.file));
    expect(code.length).toBeLessThan(reference.length);
    expect(describeFindings(await lintLegacy9(config))).toEqual(describeFindings(code));
  }, 60_000);

  it('gives the same findings on TypeScript files with type information (projectService)', async () => {
    const typed = await lintFlat10(config, [
      { files: ['**/*.{ts,tsx,js}'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: project.dir } } },
    ]);
    expect(typed.filter((f) => f.ruleId === null).map((f) => `${f.file}: ${f.message}`)).toEqual([]);
    expect(describeFindings(typed)).toEqual(describeFindings(reference));
  }, 60_000);
});

describe('the fixture project', () => {
  it('triggers every registered rule, so the comparisons above cover each one', async () => {
    const fired = new Set((await lintFlat10('all')).map((f) => f.ruleId));
    const silent = Object.keys(allRules).filter((name) => !fired.has(`${NAMESPACE}/${name}`));
    expect(silent, `rules with no finding in ${path.join('tests/fixtures/reliability/project')}`).toEqual([]);
  });
});

describe('generated programs', () => {
  it('get identical findings from Linter 9 and Linter 10 (60 programs)', () => {
    const programs = fc.sample(programArbitrary, { seed: 424_242, numRuns: 60 });
    let findings = 0;
    for (const code of programs) {
      const ten = toFindings('generated.tsx', linter10.verify(code, allConfig(), { filename: 'generated.tsx' }));
      const nine = toFindings('generated.tsx', linter9.verify(code, allConfig(), { filename: 'generated.tsx' }));
      expect(describeFindings(nine)).toEqual(describeFindings(ten));
      expect(findLeaks(ten.map(asReport), SECRET_POOL.index)).toEqual([]);
      findings += ten.length;
    }
    expect(findings).toBeGreaterThan(60);
  }, 60_000);
});
