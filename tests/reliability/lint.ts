/**
 * Linting helpers shared by the reliability tests: the plugin's `all` config for ESLint 10
 * and ESLint 9 (`eslint9`, an npm alias of eslint@9), a variant with every boolean option of
 * every rule switched on, and findings normalised for comparison.
 */
import { Linter } from 'eslint';
import { Linter as Linter9 } from 'eslint9';
import { allRules } from '../../src/all-rules.js';
import plugin from '../../src/index.js';

export const NAMESPACE = 'token-hygiene';

/** The plugin's `all` flat config (every registered rule, default options), as ESLint types it. */
export function allConfig(): Linter.Config[] {
  return [...(plugin.configs.all as unknown as Linter.Config[]), ...(plugin.configs['data-files'] as unknown as Linter.Config[])];
}

/**
 * `all`, with each rule's boolean options (read from its schema) set to `true`: the optional
 * checks (comments and the like) run too. Rules without boolean options keep their defaults.
 */
export function allOptionsOnConfig(): Linter.Config[] {
  const rules: Linter.RulesRecord = {};
  for (const [name, rule] of Object.entries(allRules)) {
    const schema = Array.isArray(rule.meta.schema) ? (rule.meta.schema[0] as { properties?: Record<string, { type?: unknown }> } | undefined) : undefined;
    const options = Object.fromEntries(
      Object.entries(schema?.properties ?? {})
        .filter(([, property]) => property.type === 'boolean')
        .map(([key]) => [key, true]),
    );
    rules[`${NAMESPACE}/${name}`] = Object.keys(options).length > 0 ? ['error', options] : 'error';
  }
  return [...(plugin.configs.all as unknown as Linter.Config[]), ...(plugin.configs['data-files'] as unknown as Linter.Config[]), { rules }];
}

export const linter10 = new Linter();
export const linter9 = new Linter9();

/** The comparable part of a finding. */
export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  readonly ruleId: string | null;
  readonly message: string;
  readonly suggestions: readonly string[];
}

interface MessageLike {
  readonly line: number;
  readonly column: number;
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
  readonly ruleId: string | null;
  readonly message: string;
  readonly suggestions?: readonly { readonly desc: string }[] | undefined;
}

export function toFindings(file: string, messages: readonly MessageLike[]): Finding[] {
  return messages.map((m) => ({
    file,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ruleId: m.ruleId,
    message: m.message,
    suggestions: (m.suggestions ?? []).map((s) => s.desc),
  }));
}

/** ESLint.LintResult-like results (file paths made relative to `root`, sorted by path) as findings. */
export function resultsToFindings(
  root: string,
  results: readonly { readonly filePath: string; readonly messages: readonly MessageLike[] }[],
): Finding[] {
  return [...results]
    .map((result) => ({ ...result, file: result.filePath.slice(root.length + 1).replaceAll('\\', '/') }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .flatMap((result) => toFindings(result.file, result.messages));
}

/** Registered rule names (no hand-written list: rules land while this suite runs). */
export function registeredRules(): string[] {
  return Object.keys(allRules);
}
