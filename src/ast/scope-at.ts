import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type Scope = TSESLint.Scope.Scope;

/** Per file (keyed by its global scope): each scope-creating node to its innermost scope. */
const scopesByBlock = new WeakMap<Scope, Map<TSESTree.Node, Scope>>();

function indexScopes(root: Scope): Map<TSESTree.Node, Scope> {
  const index = new Map<TSESTree.Node, Scope>();
  const pending: Scope[] = [root];
  for (let scope = pending.pop(); scope !== undefined; scope = pending.pop()) {
    // Children come after their parents, so a block with two scopes (a named function
    // expression and its body) ends on the inner one.
    index.set(scope.block, scope);
    for (let i = scope.childScopes.length - 1; i >= 0; i--) {
      const child = scope.childScopes[i];
      if (child !== undefined) pending.push(child);
    }
  }
  return index;
}

/**
 * The innermost scope around `node`, found from any scope of the same file. Shared
 * analysis that follows a binding into another function needs the scope where the
 * bound value sits, without a `SourceCode` at hand. The file's scopes are indexed once,
 * so each question costs a walk up the node's ancestors.
 */
export function getScopeAt(anyScope: Scope, node: TSESTree.Node): Scope {
  let root = anyScope;
  while (root.upper) {
    root = root.upper;
  }
  let index = scopesByBlock.get(root);
  if (index === undefined) {
    index = indexScopes(root);
    scopesByBlock.set(root, index);
  }
  for (let current: TSESTree.Node | undefined = node; current !== undefined; current = current.parent) {
    const scope = index.get(current);
    if (scope !== undefined) return scope;
  }
  return root;
}
