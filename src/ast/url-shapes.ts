import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { returnedExpressions } from './bindings.js';
import { getStaticMemberName, isGlobalReference } from './calls.js';
import type { Located, Resolved, Resolver, Scope, Variable } from './resolution.js';
import { argumentsOf, hole, literalRange, stringOf, text } from './resolution.js';
import { getScopeAt } from './scope-at.js';
import type { StringPart } from './string-shape.js';
import { shapeText, sliceParts } from './string-shape.js';
import { unwrapExpression } from './unwrap.js';

/**
 * URLs and query strings as the resolver reads them: `new URL(input, base)`,
 * `URLSearchParams` from an object, pairs or a string, objects rendered as a query by
 * `qs`/`querystring` or by a small helper of the file, and `URL`/`URLSearchParams`
 * objects the code changes before sending (`searchParams.set/append`, `url.search = ...`).
 */

/** Module functions that render an object as a query string. */
export const QUERY_STRINGIFIERS: ReadonlySet<string> = new Set(['querystring.stringify', 'querystring.encode', 'qs.stringify', 'query-string.stringify']);

/** Functions that build a URL from its parts as an object (`url.format({ host, pathname, query })`). */
export const URL_FORMATTERS: ReadonlySet<string> = new Set(['url.format']);

/** Constructors whose instance is a URL or a set of query parameters. */
export type UrlObjectKind = 'URL' | 'URLSearchParams';

/** `new URL(...)` / `new URLSearchParams(...)` of the global classes. */
export function urlObjectKind(node: TSESTree.Node, scope: Scope): UrlObjectKind | undefined {
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.NewExpression || value.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const name = value.callee.name;
  return (name === 'URL' || name === 'URLSearchParams') && isGlobalReference(value.callee, scope) ? name : undefined;
}

// ---------------------------------------------------------------------------
// Construction

export function resolveUrlConstruction(resolver: Resolver, node: TSESTree.NewExpression, kind: UrlObjectKind, scope: Scope, depth: number): Resolved {
  const args = argumentsOf(node);
  if (!args) return hole(node);
  if (kind === 'URLSearchParams') return resolveSearchParams(resolver, args[0], scope, node, depth);
  const [input, base] = args;
  if (!input) return hole(node);
  const inputShape = resolver.resolve(input, scope, depth + 1);
  return base ? resolveUrlAgainstBase(inputShape.parts, resolver.resolve(base, scope, depth + 1).parts, node) : stringOf(inputShape.parts);
}

function resolveSearchParams(resolver: Resolver, init: TSESTree.Expression | undefined, scope: Scope, owner: TSESTree.Node, depth: number): Resolved {
  if (!init) return stringOf([]);
  const value = resolver.follow(init, scope, depth + 1);
  if (value.node.type === AST_NODE_TYPES.ObjectExpression) return resolveQueryObject(resolver, value.node, value.scope, owner, depth);
  if (value.node.type === AST_NODE_TYPES.ArrayExpression) return resolvePairs(resolver, value.node, value.scope, owner, depth);
  // A string initializer: `new URLSearchParams('?a=b')` drops a leading '?'.
  const shape = resolver.resolve(value.node, value.scope, depth + 1);
  if (shape.kind !== 'string') return hole(init);
  return stringOf(withoutLeadingQuestionMark(shape.parts));
}

function withoutLeadingQuestionMark(parts: StringPart[]): StringPart[] {
  const [first] = parts;
  if (first?.kind === 'text' && first.value.startsWith('?')) {
    return [...sliceParts([first], 1, first.value.length), ...parts.slice(1)];
  }
  return parts;
}

/** `new URLSearchParams([['a', '1'], ['b', x]])` as `a=1&b=<hole>`. */
function resolvePairs(resolver: Resolver, array: TSESTree.ArrayExpression, scope: Scope, owner: TSESTree.Node, depth: number): Resolved {
  const parts: StringPart[] = [];
  for (const element of array.elements) {
    const pair = element ? unwrapExpression(element) : undefined;
    if (pair?.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2) return hole(array);
    const [key, value] = pair.elements;
    if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return hole(array);
    if (parts.length > 0) parts.push(text('&', owner));
    parts.push(...resolver.resolve(key, scope, depth + 1).parts, text('=', pair));
    parts.push(...resolver.resolve(value, scope, depth + 1).parts);
  }
  return stringOf(parts);
}

function keyRange(keyNode: TSESTree.Node, key: string): readonly [number, number] | undefined {
  if (keyNode.type === AST_NODE_TYPES.Identifier) return [keyNode.range[0], keyNode.range[0] + key.length];
  return keyNode.type === AST_NODE_TYPES.Literal && typeof keyNode.value === 'string' ? literalRange(keyNode, keyNode.value) : undefined;
}

/**
 * `{ a: 1, b: x }` rendered as a query string `a=1&b=<hole>`. Values are not
 * percent-encoded, so the text shows what the code wrote.
 */
export function resolveQueryObject(resolver: Resolver, argument: TSESTree.Node, scope: Scope, owner: TSESTree.Node, depth: number): Resolved {
  const object = resolver.follow(argument, scope, depth + 1);
  if (object.node.type !== AST_NODE_TYPES.ObjectExpression) return hole(argument);
  const properties = new Map(resolver.properties(object.node, object.scope, depth + 1).map((property) => [property.keyNode, property]));
  const parts: StringPart[] = [];
  for (const property of object.node.properties) {
    const isData = property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method;
    if (property.type === AST_NODE_TYPES.Property && !isData) continue;
    if (parts.length > 0) parts.push(text('&', owner));
    const known = property.type === AST_NODE_TYPES.Property ? properties.get(property.key) : undefined;
    if (!known) {
      // A spread or a computed key: entries we cannot see.
      parts.push(...hole(property).parts);
      continue;
    }
    parts.push(text(known.key, known.keyNode, keyRange(known.keyNode, known.key)), text('=', property));
    const value = unwrapExpression(known.value);
    const isNested = value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
    parts.push(...(isNested ? hole(value).parts : resolver.resolve(value, object.scope, depth + 1).parts));
  }
  return stringOf(parts);
}

/**
 * `url.format({ protocol, host, pathname, query })` rendered as the URL it builds: the
 * scheme, the host (or hostname and port), the path, and the query object or `search`. An
 * object the resolver cannot see stays a hole.
 */
export function resolveUrlFormat(resolver: Resolver, argument: TSESTree.Node, scope: Scope, owner: TSESTree.Node, depth: number): Resolved {
  const object = resolver.follow(argument, scope, depth + 1);
  if (object.node.type !== AST_NODE_TYPES.ObjectExpression) return hole(argument);
  const byKey = new Map(resolver.properties(object.node, object.scope, depth + 1).map((property) => [property.key, property]));
  const part = (key: string): StringPart[] | undefined => {
    const property = byKey.get(key);
    return property === undefined ? undefined : resolver.resolve(property.value, object.scope, depth + 1).parts;
  };
  const parts: StringPart[] = [];
  const protocol = part('protocol');
  if (protocol !== undefined) {
    parts.push(...protocol);
    const last = protocol.at(-1);
    parts.push(text(last?.kind === 'text' && last.value.endsWith(':') ? '//' : '://', owner));
  }
  const host = part('host') ?? part('hostname');
  if (host !== undefined) parts.push(...host);
  const pathname = part('pathname');
  if (pathname !== undefined) parts.push(...pathname);
  const query = byKey.get('query');
  const search = part('search');
  if (query !== undefined) {
    const rendered = resolveQueryObject(resolver, query.value, object.scope, owner, depth + 1);
    if (rendered.parts.length > 0) parts.push(text('?', owner), ...rendered.parts);
  } else if (search !== undefined) {
    parts.push(...search);
  }
  return stringOf(parts);
}

// ---------------------------------------------------------------------------
// `new URL(input, base)` on shapes

function hasScheme(parts: readonly StringPart[]): boolean {
  const [first] = parts;
  return first?.kind === 'text' && /^[a-z][\d+.a-z-]*:/iu.test(first.value);
}

/** Offset where the authority (`scheme://host:port`) of a URL text ends, or -1 when it has none. */
function authorityEnd(urlText: string): number {
  const schemeEnd = urlText.indexOf('://');
  if (schemeEnd < 0) return -1;
  const rest = urlText.slice(schemeEnd + 3);
  const pathStart = rest.search(/[#/?]/u);
  return pathStart < 0 ? urlText.length : schemeEnd + 3 + pathStart;
}

function firstIndexOf(value: string, needles: readonly string[], from: number): number {
  let found = value.length;
  for (const needle of needles) {
    const index = value.indexOf(needle, from);
    if (index >= 0 && index < found) found = index;
  }
  return found;
}

/**
 * `new URL(input, base)` on shapes, for the common cases: an absolute input wins; `/path`
 * keeps the base's origin; `?query` and `#hash` keep its path; a relative path replaces
 * the base's last path segment. Dot segments are not folded, nothing is encoded.
 */
function resolveUrlAgainstBase(input: StringPart[], base: StringPart[], node: TSESTree.NewExpression): Resolved {
  const [first] = input;
  if (hasScheme(input) || first?.kind === 'hole') return stringOf(input);
  const baseText = shapeText({ parts: base });
  const inputText = shapeText({ parts: input });
  const originEnd = authorityEnd(baseText);
  if (originEnd < 0) {
    // The base is unknown or not absolute: keep what we know of it, then the input.
    return stringOf([...(base.length > 0 ? hole(node.arguments[1] ?? node).parts : []), ...input]);
  }
  if (inputText.startsWith('//')) return stringOf([...sliceParts(base, 0, baseText.indexOf('//')), ...input]);
  let keep: number;
  if (inputText.startsWith('/')) {
    keep = originEnd;
  } else if (inputText.startsWith('?')) {
    keep = firstIndexOf(baseText, ['?', '#'], originEnd);
  } else if (inputText.startsWith('#') || inputText === '') {
    keep = firstIndexOf(baseText, ['#'], originEnd);
  } else {
    const pathEnd = firstIndexOf(baseText, ['?', '#'], originEnd);
    const lastSlash = baseText.lastIndexOf('/', pathEnd - 1);
    if (lastSlash < originEnd) return stringOf([...sliceParts(base, 0, originEnd), text('/', node), ...input]);
    keep = lastSlash + 1;
  }
  return stringOf([...sliceParts(base, 0, keep), ...input]);
}

// ---------------------------------------------------------------------------
// URL objects changed before they are sent

const PARAM_ADDERS: ReadonlySet<string> = new Set(['set', 'append']);

interface UrlChange {
  readonly at: TSESTree.Node;
  readonly scope: Scope;
  /** `set`/`append`: one parameter added. */
  readonly param?: { readonly key: TSESTree.Node; readonly value: TSESTree.Node };
  /** `url.search = ...`: the whole query replaced. */
  readonly search?: TSESTree.Node;
}

/** The member a reference to the object is read through: `url.searchParams` for a URL, the object itself for URLSearchParams. */
function paramsTarget(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier, kind: UrlObjectKind): TSESTree.Node | undefined {
  if (kind === 'URLSearchParams') return identifier;
  const member = identifier.parent;
  if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return undefined;
  return getStaticMemberName(member) === 'searchParams' ? member : undefined;
}

/** The changes the file makes to the object before `use`, in source order. */
function urlChanges(variable: Variable, kind: UrlObjectKind, use: TSESTree.Node): UrlChange[] {
  const changes: UrlChange[] = [];
  for (const reference of variable.references) {
    const identifier = reference.identifier;
    if (reference.init === true || identifier.range[0] >= use.range[0]) continue;
    const member = identifier.parent;
    if (
      kind === 'URL' &&
      member.type === AST_NODE_TYPES.MemberExpression &&
      member.object === identifier &&
      getStaticMemberName(member) === 'search' &&
      member.parent.type === AST_NODE_TYPES.AssignmentExpression &&
      member.parent.left === member &&
      member.parent.operator === '='
    ) {
      changes.push({ at: member.parent, scope: reference.from, search: member.parent.right });
      continue;
    }
    const target = paramsTarget(identifier, kind);
    const adder = target?.parent;
    const call = adder?.parent;
    if (
      adder?.type === AST_NODE_TYPES.MemberExpression &&
      adder.object === target &&
      PARAM_ADDERS.has(getStaticMemberName(adder) ?? '') &&
      call?.type === AST_NODE_TYPES.CallExpression &&
      call.callee === adder
    ) {
      const [key, value] = call.arguments;
      if (key && value && key.type !== AST_NODE_TYPES.SpreadElement && value.type !== AST_NODE_TYPES.SpreadElement) {
        changes.push({ at: call, scope: reference.from, param: { key, value } });
      }
    }
  }
  return changes.sort((a, b) => a.at.range[0] - b.at.range[0]);
}

/**
 * A `const url = new URL(...)` or `new URLSearchParams(...)` read at `use`: what it was made
 * with, then the parameters set or appended and the query assigned before `use`.
 */
export function resolveUrlObject(resolver: Resolver, variable: Variable, init: Located<TSESTree.NewExpression>, kind: UrlObjectKind, use: TSESTree.Node, depth: number): Resolved {
  let parts = [...resolver.resolve(init.node, init.scope, depth + 1).parts];
  for (const change of urlChanges(variable, kind, use)) {
    if (change.search !== undefined) {
      const search = withoutLeadingQuestionMark([...resolver.resolve(change.search, change.scope, depth + 1).parts]);
      const queryStart = shapeText({ parts }).indexOf('?');
      parts = [...(queryStart < 0 ? parts : sliceParts(parts, 0, queryStart)), ...(search.length > 0 ? [text('?', change.at), ...search] : [])];
      continue;
    }
    const param = change.param;
    if (param === undefined) continue;
    const hasQuery = kind === 'URLSearchParams' || shapeText({ parts }).includes('?');
    const separator = kind === 'URLSearchParams' && parts.length === 0 ? [] : [text(hasQuery ? '&' : '?', change.at)];
    parts.push(...separator, ...resolver.resolve(param.key, change.scope, depth + 1).parts, text('=', change.at));
    parts.push(...resolver.resolve(param.value, change.scope, depth + 1).parts);
  }
  return stringOf(parts);
}

// ---------------------------------------------------------------------------
// The file's own query helpers

/** Does `node` (in a helper's body) read the entries or keys of the parameter? */
function readsEntriesOf(node: TSESTree.Node, parameter: Variable): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getStaticMemberName(node.callee);
  const object = node.callee.object;
  const [argument] = node.arguments;
  return (
    (name === 'entries' || name === 'keys') &&
    object.type === AST_NODE_TYPES.Identifier &&
    object.name === 'Object' &&
    argument?.type === AST_NODE_TYPES.Identifier &&
    parameter.references.some((reference) => reference.identifier === argument)
  );
}

/** `Object.entries(p).map(...).join('&')`: the chain a query helper returns. */
function isEntriesJoin(node: TSESTree.Node, parameter: Variable): boolean {
  let current = unwrapExpression(node);
  if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (getStaticMemberName(current.callee) !== 'join') return false;
  const [separator] = current.arguments;
  if (separator?.type !== AST_NODE_TYPES.Literal || separator.value !== '&') return false;
  for (let steps = 0; steps < 4; steps += 1) {
    if (current.type !== AST_NODE_TYPES.CallExpression || current.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    current = unwrapExpression(current.callee.object);
    if (readsEntriesOf(current, parameter)) return true;
  }
  return false;
}

/** `new URLSearchParams(p).toString()` or `` `${new URLSearchParams(p)}` ``, p the parameter. */
function isSearchParamsOf(node: TSESTree.Node, parameter: Variable, scope: Scope): boolean {
  let current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.TemplateLiteral && current.expressions.length === 1 && current.quasis.every((quasi) => quasi.value.cooked === '')) {
    current = unwrapExpression(current.expressions[0] as TSESTree.Node);
  }
  if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression && getStaticMemberName(current.callee) === 'toString') {
    current = unwrapExpression(current.callee.object);
  }
  if (urlObjectKind(current, scope) !== 'URLSearchParams' || current.type !== AST_NODE_TYPES.NewExpression) return false;
  const [argument] = current.arguments;
  return argument?.type === AST_NODE_TYPES.Identifier && parameter.references.some((reference) => reference.identifier === argument);
}

/**
 * Is a function of the file an object-to-query helper (`toQuery(params)`), and which of
 * its parameters is the object? It returns `Object.entries(p).map(...).join('&')` or
 * `new URLSearchParams(p).toString()`. Its call is then read like `qs.stringify(object)`.
 */
export function queryHelperParameter(fn: TSESTree.FunctionLike, scope: Scope): number | undefined {
  if (queryHelpers.has(fn)) return queryHelpers.get(fn);
  const parameter = findQueryHelperParameter(fn, scope);
  queryHelpers.set(fn, parameter);
  return parameter;
}

const queryHelpers = new WeakMap<TSESTree.FunctionLike, number | undefined>();

function findQueryHelperParameter(fn: TSESTree.FunctionLike, scope: Scope): number | undefined {
  const returned = returnedExpressions(fn);
  const last = returned[returned.length - 1];
  if (last === undefined) return undefined;
  const fnScope = getScopeAt(scope, last);
  for (const [index, parameter] of fn.params.entries()) {
    if (parameter.type !== AST_NODE_TYPES.Identifier) continue;
    const variable = ASTUtils.findVariable(fnScope, parameter.name);
    if (variable && (isEntriesJoin(last, variable) || isSearchParamsOf(last, variable, fnScope))) return index;
  }
  return undefined;
}
