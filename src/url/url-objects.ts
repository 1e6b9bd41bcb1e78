import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getStaticMemberName, isGlobalReference } from '../ast/calls.js';
import { getScopeAt } from '../ast/scope-at.js';
import type { StringPart, StringShape } from '../ast/static-string.js';
import { resolveBinding, resolveObjectProperties, resolveStringShape } from '../ast/static-string.js';
import type { QueryParam } from './query.js';
import { parseQueryString, parseUrlQuery } from './query.js';

/**
 * URLs and query parameters as a request receives them: a URL string, a `URL` whose
 * `searchParams` the file changes with `set`/`append`, a `URLSearchParams` built up the
 * same way, or a client's parameter object (`params: { ... }`). The shared string
 * resolver leaves a changed `URL` as a hole; here its `set`/`append` calls in the file are
 * added back as parameters.
 */

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

const PARAM_ADDERS: ReadonlySet<string> = new Set(['set', 'append']);
const MAX_EXPANSIONS = 4;

function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** `url`, `url.href`, `url.toString()`, `String(url)`, `` `${url}` `` all stand for `url`. */
function urlObjectIdentifier(node: TSESTree.Node, scope: Scope): TSESTree.Identifier | undefined {
  const current = unwrap(node);
  if (current.type === AST_NODE_TYPES.Identifier) {
    return current;
  }
  if (current.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(current) === 'href') {
    return urlObjectIdentifier(current.object, scope);
  }
  if (current.type === AST_NODE_TYPES.CallExpression && current.arguments.length === 0 && current.callee.type === AST_NODE_TYPES.MemberExpression) {
    return getStaticMemberName(current.callee) === 'toString' ? urlObjectIdentifier(current.callee.object, scope) : undefined;
  }
  if (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.Identifier &&
    current.callee.name === 'String' &&
    current.arguments.length === 1 &&
    isGlobalReference(current.callee, scope)
  ) {
    const [argument] = current.arguments;
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? urlObjectIdentifier(argument, scope) : undefined;
  }
  return undefined;
}

interface UrlObject {
  readonly kind: 'URL' | 'URLSearchParams';
  readonly variable: Variable;
  readonly init: TSESTree.NewExpression;
  readonly scope: Scope;
}

/** The `const x = new URL(...)` / `new URLSearchParams(...)` an expression stands for. */
function urlObjectOf(node: TSESTree.Node, scope: Scope): UrlObject | undefined {
  const identifier = urlObjectIdentifier(node, scope);
  if (!identifier) {
    return undefined;
  }
  const variable = ASTUtils.findVariable(scope, identifier);
  const init = variable ? resolveBinding(identifier, scope) : undefined;
  const value = init ? unwrap(init) : undefined;
  if (!variable || value?.type !== AST_NODE_TYPES.NewExpression || value.callee.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const kind = value.callee.name;
  if ((kind !== 'URL' && kind !== 'URLSearchParams') || !isGlobalReference(value.callee, scope)) {
    return undefined;
  }
  return { kind, variable, init: value, scope: getScopeAt(scope, value) };
}

/** `params.set(k, v)` / `url.searchParams.append(k, v)` calls on the object, in source order. */
function adderCalls(object: UrlObject): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of object.variable.references) {
    let target: TSESTree.Node = reference.identifier;
    if (object.kind === 'URL') {
      const member = target.parent;
      if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== target || getStaticMemberName(member) !== 'searchParams') {
        continue;
      }
      target = member;
    }
    const member = target.parent;
    const call = member.parent;
    if (
      member.type === AST_NODE_TYPES.MemberExpression &&
      member.object === target &&
      PARAM_ADDERS.has(getStaticMemberName(member) ?? '') &&
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee === member
    ) {
      calls.push(call);
    }
  }
  return calls.sort((a, b) => a.range[0] - b.range[0]);
}

function shapeOrHole(node: TSESTree.Node, scope: Scope): StringPart[] {
  const shape = resolveStringShape(node, scope);
  return shape ? [...shape.parts] : [{ kind: 'hole', node }];
}

/** The parts `&key=value` that the file's `set`/`append` calls add to the object. */
function addedParts(object: UrlObject): StringPart[] {
  const parts: StringPart[] = [];
  for (const call of adderCalls(object)) {
    const [key, value] = call.arguments;
    if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) {
      continue;
    }
    const callScope = getScopeAt(object.scope, call);
    parts.push({ kind: 'text', value: '&', node: call }, ...shapeOrHole(key, callScope), { kind: 'text', value: '=', node: call });
    parts.push(...shapeOrHole(value, callScope));
  }
  return parts;
}

function objectParts(object: UrlObject, depth: number): StringPart[] {
  const base = expandParts(shapeOrHole(object.init, object.scope), object.scope, depth + 1);
  const added = addedParts(object);
  if (added.length === 0) {
    return base;
  }
  if (object.kind === 'URL') {
    const hasQuery = base.some((part) => part.kind === 'text' && part.value.includes('?'));
    return [...base, { ...(added[0] as StringPart & { kind: 'text' }), value: hasQuery ? '&' : '?' }, ...added.slice(1)];
  }
  return base.length === 0 ? added.slice(1) : [...base, ...added];
}

/** Replaces holes that stand for a `URL` or `URLSearchParams` of the file with what it holds. */
function expandParts(parts: readonly StringPart[], scope: Scope, depth: number): StringPart[] {
  if (depth > MAX_EXPANSIONS) {
    return [...parts];
  }
  const expanded: StringPart[] = [];
  for (const part of parts) {
    const object = part.kind === 'hole' ? urlObjectOf(part.node, getScopeAt(scope, part.node)) : undefined;
    expanded.push(...(object ? objectParts(object, depth) : [part]));
  }
  return expanded;
}

/** The string a URL argument builds, with the `set`/`append` calls on a `URL` of the file added. */
export function resolveUrlShape(node: TSESTree.Node, scope: Scope): StringShape | undefined {
  // `url`, `url.href`, `String(url)`: the object's own parts, whatever the resolver makes of them.
  const object = urlObjectOf(node, scope);
  const parts = object ? objectParts(object, 0) : expandParts(shapeOrHole(node, scope), scope, 0);
  return parts.every((part) => part.kind === 'hole') ? undefined : { parts };
}

/** The query parameters of a URL argument (string, template, `URL`, `url.href`, ...). */
export function getUrlQueryParams(node: TSESTree.Node, scope: Scope): QueryParam[] {
  const shape = resolveUrlShape(node, scope);
  return shape ? parseUrlQuery(shape) : [];
}

/**
 * The parameters of a client's parameter option (`params`, `searchParams`, `query`): an
 * object literal (or a binding of one), a `URLSearchParams`, or a query string.
 */
export function getParamsObjectParams(node: TSESTree.Node, scope: Scope): QueryParam[] {
  const properties = resolveObjectProperties(node, scope);
  if (properties) {
    const keys = properties.map((property) => property.key);
    return properties.map((property) => {
      const propertyNode = property.keyNode.parent ?? property.keyNode;
      const value = unwrap(property.value);
      const nested = value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
      const parts = nested ? [] : shapeOrHole(value, getScopeAt(scope, value));
      return { key: property.key, value: { parts }, range: propertyNode.range, node: propertyNode, siblings: keys, origin: 'object' as const };
    });
  }
  const shape = resolveUrlShape(node, scope);
  return shape ? parseQueryString(shape) : [];
}
