import { ASTUtils } from '@typescript-eslint/utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * The innermost scope around `node`, found from any scope of the same file. Shared
 * analysis that follows a binding into another function needs the scope where the
 * bound value sits, without a `SourceCode` at hand.
 */
export function getScopeAt(anyScope: TSESLint.Scope.Scope, node: TSESTree.Node): TSESLint.Scope.Scope {
  let root = anyScope;
  while (root.upper) {
    root = root.upper;
  }
  return ASTUtils.getInnermostScope(root, node);
}
