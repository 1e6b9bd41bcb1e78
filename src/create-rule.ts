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

/**
 * RuleCreator, plus a guard: on a file of a language the rule does not read (a JSON file
 * under a config object that enables a JavaScript rule for every file, say) the rule has no
 * listeners, instead of failing on an AST it does not know.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  spec: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, TokenHygieneDocs>>,
): ESLintUtils.RuleModule<MessageIds, Options, TokenHygieneDocs> {
  const rule = createTypedRule(spec);
  const languages: readonly SourceKind[] = spec.meta.docs.languages ?? ['javascript'];
  return {
    ...rule,
    create(context) {
      return languages.includes(sourceKindOf(context.sourceCode)) ? rule.create(context) : {};
    },
  };
}
