import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';
import { sourceKindOf, type SourceKind } from './languages/source-kind.js';

/** The languages a rule reads (see src/languages/source-kind.ts). */
export type RuleLanguage = Exclude<SourceKind, 'other'>;

/** Extra `meta.docs` fields every rule of this plugin declares. */
export interface TokenHygieneDocs {
  /** The narrowest config that enables the rule; `false` keeps it only in `all`. */
  readonly recommended: 'recommended' | 'strict' | false;
  /** The poor practice of the token guideline the rule prevents (P1..P5). */
  readonly poorPractice: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
  /** The languages the rule reads; JavaScript/TypeScript alone when omitted. */
  readonly languages?: readonly RuleLanguage[];
}

export const REPOSITORY_URL = 'https://github.com/token-hygiene/eslint-plugin-token-hygiene';

/** Each rule's documentation lives at docs/rules/<name>.md in the repository. */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

const createTypedRule = ESLintUtils.RuleCreator<TokenHygieneDocs>(ruleDocsUrl);

/** Freezes a JSON-like value and everything in it: shared options must stay as they are. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Are two JSON-like values equal, member by member? It runs for every rule on every file
 * (ESLint merges the defaults into a new options array each time), so it allocates nothing:
 * no key arrays, no callbacks.
 */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!sameData(a[index], b[index])) return false;
    }
    return true;
  }
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  let aKeys = 0;
  for (const key in aRecord) {
    if (!Object.hasOwn(aRecord, key)) continue;
    aKeys++;
    if (!Object.hasOwn(bRecord, key) || !sameData(aRecord[key], bRecord[key])) return false;
  }
  let bKeys = 0;
  for (const key in bRecord) {
    if (Object.hasOwn(bRecord, key)) bKeys++;
  }
  return aKeys === bKeys;
}

/** Are the two arrays the same objects, element by element (not merely equal)? */
function isEachOf(given: readonly unknown[], expected: readonly unknown[]): boolean {
  if (given.length !== expected.length) return false;
  for (let index = 0; index < given.length; index++) {
    if (given[index] !== expected[index]) return false;
  }
  return true;
}

/** Distinct option values kept per rule; a run has a handful, so more means something odd. */
const OPTIONS_CACHE_LIMIT = 64;

/**
 * RuleCreator, plus two things:
 * - a guard: on a file of a language the rule does not read (a JSON file under a config
 *   object that enables a JavaScript rule for every file, say) the rule has no listeners,
 *   instead of failing on an AST it does not know;
 * - the options with their defaults are merged once per distinct value, not once per file
 *   (RuleCreator clones and merges them at every `create`, a measurable share of the
 *   plugin's time on many small files). Rules read them, never write them.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, TokenHygieneDocs>>,
): ESLintUtils.RuleModule<MessageIds, Options, TokenHygieneDocs> {
  const rule = createTypedRule(spec);
  const languages: readonly SourceKind[] = spec.meta.docs.languages ?? ['javascript'];
  // Frozen: a rule's defaults are shared by every file, and the identity test below relies on it.
  const defaults = deepFreeze((rule.meta.defaultOptions ?? []) as Options);
  // Each distinct value given (compared as JSON data) and its merged form.
  const merged: { readonly given: unknown; readonly options: Options }[] = [];
  let mergedDefaults: Options | undefined;
  const optionsOf = (given: readonly unknown[]): Options => {
    // A rule enabled without options: ESLint hands it its own default objects, in a new array each file.
    if (isEachOf(given, defaults)) return (mergedDefaults ??= deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, given as Options)));
    for (const known of merged) {
      if (sameData(known.given, given)) return known.options;
    }
    const options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, given as Options));
    if (merged.length >= OPTIONS_CACHE_LIMIT) merged.length = 0;
    merged.push({ given: structuredClone(given), options });
    return options;
  };
  return {
    ...rule,
    create(context) {
      if (!languages.includes(sourceKindOf(context.sourceCode))) return {};
      // eslint-disable-next-line no-restricted-syntax -- the one place that merges the defaults into them
      return spec.create(context, optionsOf(context.options));
    },
  };
}
