import { ESLintUtils } from '@typescript-eslint/utils';
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
  const defaults = (spec.meta.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  const optionsOf = (given: readonly unknown[]): Options => {
    const key = JSON.stringify(given);
    const cached = merged.get(key);
    if (cached !== undefined) return cached;
    const options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, given as Options));
    if (merged.size >= OPTIONS_CACHE_LIMIT) merged.clear();
    merged.set(key, options);
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
