import { ESLintUtils } from '@typescript-eslint/utils';

/** Extra `meta.docs` fields every rule of this plugin declares. */
export interface TokenHygieneDocs {
  /** The narrowest config that enables the rule; `false` keeps it only in `all`. */
  readonly recommended: 'recommended' | 'strict' | false;
  /** The poor practice of the token guideline the rule prevents (P1..P5). */
  readonly poorPractice: 'P1' | 'P2' | 'P3' | 'P4' | 'P5';
}

export const REPOSITORY_URL = 'https://github.com/token-hygiene/eslint-plugin-token-hygiene';

/** Each rule's documentation lives at docs/rules/<name>.md in the repository. */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

export const createRule = ESLintUtils.RuleCreator<TokenHygieneDocs>(ruleDocsUrl);
