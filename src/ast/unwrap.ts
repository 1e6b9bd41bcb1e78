import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

/**
 * The expression under the wrappers that do not change a value: TypeScript assertions
 * (`as`, `satisfies`, `<T>x`, `x!`, `f<T>`) and optional chains; with `throughAwait`,
 * `await` too.
 */
export function unwrapExpression(node: TSESTree.Node, throughAwait = false): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSInstantiationExpression:
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.AwaitExpression:
        if (!throughAwait) return current;
        current = current.argument;
        break;
      default:
        return current;
    }
  }
}
