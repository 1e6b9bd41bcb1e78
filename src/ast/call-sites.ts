import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getScopeAt } from './scope-at.js';
import { PARAMETER_DEFINITION } from './scope-kinds.js';
import { callersOf } from './bindings.js';

/**
 * Values handed to a parameter by the file's own calls: the way a value reaches a helper
 * (`function logRequest(headers) { console.log(headers); }` called with the auth headers)
 * or a method (`this.trace(token)`). The opposite direction of inlining a call: from
 * inside the function out to every call of it in the file.
 */

type Scope = TSESLint.Scope.Scope;

/** An argument and the scope to read it in. */
export interface PassedArgument {
  readonly node: TSESTree.Node;
  readonly scope: Scope;
}

/** The function a parameter belongs to and its position (`rest` for `...args`), or undefined for anything else. */
export function parameterOf(
  identifier: TSESTree.Identifier,
  scope: Scope,
): { fn: TSESTree.FunctionLike; variable: TSESLint.Scope.Variable; index: number; rest: boolean } | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const [definition] = variable?.defs ?? [];
  if (variable?.defs.length !== 1 || definition?.type !== PARAMETER_DEFINITION) return undefined;
  const fn = definition.node;
  if (fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
    return undefined;
  }
  const index = fn.params.findIndex((parameter) => {
    const inner = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
    const target = inner.type === AST_NODE_TYPES.AssignmentPattern || inner.type === AST_NODE_TYPES.RestElement ? inner.type === AST_NODE_TYPES.RestElement ? inner.argument : inner.left : inner;
    return target === definition.name;
  });
  if (index < 0) return undefined;
  return { fn, variable, index, rest: fn.params[index]?.type === AST_NODE_TYPES.RestElement };
}

/**
 * The arguments the file's calls give a parameter: `calls` when the function is being
 * inlined at known calls, else every call of it in the file. A rest parameter takes every
 * argument from its position on.
 */
export function argumentsForParameter(identifier: TSESTree.Identifier, scope: Scope, calls?: readonly TSESTree.CallExpression[]): PassedArgument[] {
  const parameter = parameterOf(identifier, scope);
  if (parameter === undefined) return [];
  const sites = calls ?? callersOf(parameter.fn, scope);
  const passed: PassedArgument[] = [];
  for (const call of sites) {
    const end = parameter.rest ? call.arguments.length : Math.min(parameter.index + 1, call.arguments.length);
    for (let index = parameter.index; index < end; index++) {
      const node = call.arguments[index] as TSESTree.CallExpressionArgument;
      passed.push({ node, scope: getScopeAt(scope, node) });
    }
  }
  return passed;
}
