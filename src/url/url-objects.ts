import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getScopeAt } from '../ast/scope-at.js';
import type { StringPart, StringShapeOptions } from '../ast/static-string.js';
import { resolveObjectProperties, resolveStringShape } from '../ast/static-string.js';
import { unwrapExpression } from '../ast/unwrap.js';
import type { QueryParam } from './query.js';
import { parseQueryString, parseUrlQuery } from './query.js';

/**
 * URLs and query parameters as a request receives them: a URL string, a `URL` or
 * `URLSearchParams` the file builds up before sending (the shared resolver adds their
 * `set`/`append` calls and `search` assignments), or a client's parameter object
 * (`params: { ... }`).
 */

type Scope = TSESLint.Scope.Scope;

function shapeOrHole(node: TSESTree.Node, scope: Scope, options: StringShapeOptions): StringPart[] {
  const shape = resolveStringShape(node, scope, options);
  return shape ? [...shape.parts] : [{ kind: 'hole', node }];
}

/** The query parameters of a URL argument (string, template, `URL`, `url.href`, ...). */
export function getUrlQueryParams(node: TSESTree.Node, scope: Scope, options: StringShapeOptions = {}): QueryParam[] {
  const shape = resolveStringShape(node, scope, options);
  return shape ? parseUrlQuery(shape) : [];
}

/**
 * The parameters of a client's parameter option (`params`, `searchParams`, `query`): an
 * object literal (or a binding of one), a `URLSearchParams`, or a query string.
 */
export function getParamsObjectParams(node: TSESTree.Node, scope: Scope, options: StringShapeOptions = {}): QueryParam[] {
  const properties = resolveObjectProperties(node, scope, options);
  if (properties) {
    const keys = properties.map((property) => property.key);
    return properties.map((property) => {
      const propertyNode = property.keyNode.parent ?? property.keyNode;
      const value = unwrapExpression(property.value);
      const nested = value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
      const parts = nested ? [] : shapeOrHole(value, getScopeAt(scope, value), options);
      return { key: property.key, value: { parts }, range: propertyNode.range, node: propertyNode, siblings: keys, origin: 'object' as const };
    });
  }
  const shape = resolveStringShape(node, scope, options);
  return shape ? parseQueryString(shape) : [];
}
