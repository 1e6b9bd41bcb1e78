import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/**
 * Is `candidate` the node itself or one of its ancestors? Ranges rule out most candidates at
 * once; a candidate whose range holds the node's is confirmed on the node's ancestors, which
 * stop being candidates as soon as their range outgrows the candidate's.
 */
function isSelfOrAncestor(candidate: TSESTree.Node, node: TSESTree.Node): boolean {
  const [start, end] = candidate.range;
  for (let current: TSESTree.Node | undefined = node; current !== undefined; current = current.parent) {
    if (current === candidate) return true;
    if (current.range[0] < start || current.range[1] > end) return false;
  }
  return false;
}

/**
 * The innermost scope around `node`, found from any scope of the same file. Shared
 * analysis that follows a binding into another function needs the scope where the
 * bound value sits, without a `SourceCode` at hand. Up from the given scope to one whose
 * block holds the node, then down through the child scopes whose block holds it: a scope's
 * children sit inside its block, and of two scopes with one block (a named function
 * expression and its body) the inner one is the child. Nothing is kept per file: most files
 * ask a few times, and an index of every scope cost more than the questions.
 */
export function getScopeAt(anyScope: Scope, node: TSESTree.Node): Scope {
  let scope = anyScope;
  while (scope.upper !== null && !isSelfOrAncestor(scope.block, node)) scope = scope.upper;
  let inner: Scope | undefined = scope;
  while (inner !== undefined) {
    scope = inner;
    inner = undefined;
    for (const child of scope.childScopes) {
      if (isSelfOrAncestor(child.block, node)) {
        inner = child;
        break;
      }
    }
  }
  return scope;
}
