import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import {
  appendedBindingOf,
  bindingOf,
  bindingOfVariable,
  bindParameters,
  classMemberValue,
  functionScope,
  localFunctionOf,
  pushedElementsOf,
  returnedExpressions,
} from './bindings.js';
import { getModuleMemberPath, getStaticMemberName, isGlobalReference, isGlobalVariable } from './calls.js';
import { PATH_JOINERS, resolvePathJoin } from './path-shapes.js';
import type { Located, ObjectProperty, Resolution, Resolved, Resolver, Scope, Variable } from './resolution.js';
import { argumentsOf, fromPrimitive, hole, isPrimitive, literalRange, MAX_FRAMES, newResolution, stringOf, text } from './resolution.js';
import { getScopeAt } from './scope-at.js';
import { PARAMETER_DEFINITION } from './scope-kinds.js';
import type { StringPart, StringShape } from './string-shape.js';
import { isFullyStatic, shapeText, sliceParts } from './string-shape.js';
import { unwrapExpression } from './unwrap.js';
import { QUERY_STRINGIFIERS, queryHelperParameter, resolveQueryObject, resolveUrlConstruction, resolveUrlFormat, resolveUrlObject, URL_FORMATTERS, urlObjectKind } from './url-shapes.js';

/**
 * Strings and templates: what string an expression builds, as text parts and holes. The one
 * resolver every rule asks, following values the way code moves them (bindings.ts), and
 * reading paths (path-shapes.ts) and URLs (url-shapes.ts) on the way.
 */

function resolveLiteral(node: TSESTree.Literal): Resolved {
  if (typeof node.value === 'string') {
    return stringOf(node.value === '' ? [] : [text(node.value, node, literalRange(node, node.value))]);
  }
  if ('regex' in node) return hole(node);
  const value = node.value as string | number | boolean | bigint | null;
  return fromPrimitive(value, node, node.raw === String(value) ? node.range : undefined);
}

/** Falls back to eslint-utils' constant folding for the odd numeric or member expression. */
function resolveByStaticValue(node: TSESTree.Node, scope: Scope): Resolved {
  try {
    const result = ASTUtils.getStaticValue(node, scope);
    if (result && isPrimitive(result.value)) return fromPrimitive(result.value, node);
  } catch {
    // Very deep or odd code: the value stays unknown.
  }
  return hole(node);
}

function resolveNode(input: TSESTree.Node, scope: Scope, depth: number, state: Resolution): Resolved {
  const node = unwrapExpression(input);
  state.budget -= 1;
  if (depth > state.maxDepth || state.budget <= 0) return hole(node);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return resolveLiteral(node);
    case AST_NODE_TYPES.TemplateLiteral:
      return resolveTemplate(node, scope, depth, state);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? resolveConcatenation(node, scope, depth, state) : resolveByStaticValue(node, scope);
    case AST_NODE_TYPES.Identifier:
      return resolveIdentifier(node, scope, depth, state);
    case AST_NODE_TYPES.MemberExpression:
      return resolveMember(node, scope, depth, state);
    case AST_NODE_TYPES.CallExpression:
      return resolveCall(node, scope, depth, state);
    case AST_NODE_TYPES.AwaitExpression: {
      // `await buildUrl(path)`: what an async function of the file returns, once awaited.
      const awaited = unwrapExpression(node.argument);
      return awaited.type === AST_NODE_TYPES.CallExpression ? resolveCall(awaited, scope, depth, state, true) : hole(node);
    }
    case AST_NODE_TYPES.NewExpression: {
      const kind = urlObjectKind(node, scope);
      return kind ? resolveUrlConstruction(resolverFor(state), node, kind, scope, depth) : hole(node);
    }
    case AST_NODE_TYPES.UnaryExpression:
      return resolveByStaticValue(node, scope);
    default:
      return hole(node);
  }
}

function resolveTemplate(node: TSESTree.TemplateLiteral, scope: Scope, depth: number, state: Resolution): Resolved {
  const parts: StringPart[] = [];
  node.quasis.forEach((quasi, index) => {
    // `cooked` is null only in tagged templates with invalid escapes; fall back to raw.
    const cooked = quasi.value.cooked ?? quasi.value.raw;
    if (cooked !== '') {
      const start = quasi.range[0] + 1;
      parts.push(text(cooked, quasi, quasi.value.raw === cooked ? [start, start + cooked.length] : undefined));
    }
    const expression = node.expressions[index];
    if (!expression) return;
    if (isQuerySeparatorChoice(expression, scope)) parts.push(querySeparator(parts, expression));
    else parts.push(...resolveNode(expression, scope, depth + 1, state).parts);
  });
  return stringOf(parts);
}

/**
 * `url.includes('?') ? '&' : '?'`: a choice between the two query separators, written where a
 * helper appends a parameter to a URL that may already have a query.
 */
function isQuerySeparatorChoice(input: TSESTree.Node, scope: Scope): boolean {
  const node = unwrapExpression(input);
  if (node.type !== AST_NODE_TYPES.ConditionalExpression) return false;
  const consequent = getStaticValueOf(node.consequent, scope);
  const alternate = getStaticValueOf(node.alternate, scope);
  return (consequent === '?' && alternate === '&') || (consequent === '&' && alternate === '?');
}

function getStaticValueOf(node: TSESTree.Node, scope: Scope): unknown {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Literal) return inner.value;
  if (inner.type !== AST_NODE_TYPES.Identifier && inner.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  try {
    return ASTUtils.getStaticValue(inner, scope)?.value;
  } catch {
    return undefined;
  }
}

/** The separator the choice takes: `&` after text that already holds a `?`, else `?`. */
function querySeparator(before: readonly StringPart[], node: TSESTree.Node): StringPart {
  const hasQuery = before.some((part) => part.kind === 'text' && part.value.includes('?'));
  return text(hasQuery ? '&' : '?', node, undefined);
}

/** `a + b + c ...`: the left-leaning chain is walked in a loop, so long chains cannot overflow the stack. */
function resolveConcatenation(node: TSESTree.BinaryExpression, scope: Scope, depth: number, state: Resolution): Resolved {
  const operands: TSESTree.Node[] = [];
  const joints: TSESTree.BinaryExpression[] = [];
  let current: TSESTree.Node = node;
  for (;;) {
    const unwrapped = unwrapExpression(current);
    if (unwrapped.type === AST_NODE_TYPES.BinaryExpression && unwrapped.operator === '+') {
      operands.push(unwrapped.right);
      joints.push(unwrapped);
      current = unwrapped.left;
    } else {
      operands.push(unwrapped);
      break;
    }
  }
  operands.reverse();
  joints.reverse();
  return concatenate(
    operands.map((operand) => ({ node: operand, scope })),
    joints,
    depth,
    state,
  ) ?? hole(node);
}

/** Resolves operands one after the other and adds them as JavaScript's `+` would. */
function concatenate(operands: readonly Located[], joints: readonly TSESTree.Node[], depth: number, state: Resolution): Resolved | undefined {
  let accumulated: Resolved | undefined;
  for (const [index, operand] of operands.entries()) {
    const next =
      accumulated !== undefined && isQuerySeparatorChoice(operand.node, operand.scope)
        ? stringOf([querySeparator(accumulated.parts, operand.node)])
        : resolveNode(operand.node, operand.scope, depth + 1, state);
    const joint = joints[index - 1] ?? operand.node;
    accumulated = accumulated ? add(accumulated, next, joint) : { ...next, parts: [...next.parts] };
  }
  return accumulated;
}

/** JavaScript's `+` on two shapes: concatenation when either is a string, addition for known non-strings. */
function add(left: Resolved, right: Resolved, joint: TSESTree.Node): Resolved {
  if (left.kind === 'string' || right.kind === 'string') {
    left.parts.push(...right.parts);
    return { parts: left.parts, kind: 'string' };
  }
  if (left.kind === 'static-other' && right.kind === 'static-other') {
    try {
      return fromPrimitive((left.value as number) + (right.value as number), joint);
    } catch {
      return hole(joint);
    }
  }
  left.parts.push(...right.parts);
  return { parts: left.parts, kind: 'unknown' };
}

/** Resolves `node` with `variable` marked active, so meeting it again is a cycle. */
function within(variable: Variable, state: Resolution, resolve: () => Resolved, fallback: TSESTree.Node): Resolved {
  if (state.active.has(variable)) return hole(fallback);
  state.active.add(variable);
  try {
    return resolve();
  } finally {
    state.active.delete(variable);
  }
}

/** The argument a parameter of a function being inlined was given. */
function boundArgument(
  node: TSESTree.Identifier,
  scope: Scope,
  state: Resolution,
  found?: Variable | null,
): { variable: Variable; value: Located | undefined } | undefined {
  if (state.frames.length === 0) return undefined;
  const variable = found === undefined ? ASTUtils.findVariable(scope, node) : found;
  if (!variable?.defs.some((definition) => definition.type === PARAMETER_DEFINITION)) return undefined;
  for (let index = state.frames.length - 1; index >= 0; index -= 1) {
    const parameters = state.frames[index]?.parameters;
    if (parameters?.has(variable)) return { variable, value: parameters.get(variable) };
  }
  return undefined;
}

function resolveIdentifier(node: TSESTree.Identifier, scope: Scope, depth: number, state: Resolution): Resolved {
  // Looked up once: the steps below all ask about the same variable.
  const variable = ASTUtils.findVariable(scope, node);
  const argument = boundArgument(node, scope, state, variable);
  if (argument) {
    const { value } = argument;
    return value ? within(argument.variable, state, () => resolveNode(value.node, value.scope, depth + 1, state), node) : hole(node);
  }
  if (variable === null) return resolveByStaticValue(node, scope);
  const appended = appendedBindingOf(variable, node);
  if (appended) {
    return within(appended.variable, state, () => concatenate(appended.pieces, [], depth, state) ?? hole(node), node);
  }
  const binding = bindingOfVariable(variable);
  if (!binding) return isGlobalVariable(variable) ? resolveByStaticValue(node, scope) : hole(node);
  const value = unwrapExpression(binding.value);
  const kind = urlObjectKind(value, binding.scope);
  if (kind && value.type === AST_NODE_TYPES.NewExpression) {
    const init = { node: value, scope: binding.scope };
    return within(binding.variable, state, () => resolveUrlObject(resolverFor(state), binding.variable, init, kind, node, depth), node);
  }
  return named(node, within(binding.variable, state, () => resolveNode(binding.value, binding.scope, depth + 1, state), node));
}

/**
 * A binding or member whose value is wholly unknown stays a hole at its own name
 * (`apiKey`, `this.apiKey`), not at the expression it was given: the name is evidence of what
 * it holds, and whoever judges the hole can still follow the value from there.
 */
function named(node: TSESTree.Node, resolved: Resolved): Resolved {
  const [only] = resolved.parts;
  return resolved.parts.length === 1 && only?.kind === 'hole' ? hole(node) : resolved;
}

// ---------------------------------------------------------------------------
// Objects, arrays and `this.x` behind bindings

/** Follows identifiers, members of object literals and `this.x` to the expression they stand for. */
function followValue(input: TSESTree.Node, scope: Scope, depth: number, state: Resolution): Located {
  let node = unwrapExpression(input);
  let currentScope = scope;
  const seen = new Set<Variable>();
  for (let level = depth; level <= state.maxDepth && state.budget > 0; level += 1) {
    state.budget -= 1;
    let next: Located | undefined;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(currentScope, node);
      const argument = boundArgument(node, currentScope, state, variable);
      if (argument) {
        next = argument.value;
      } else {
        const binding = variable === null ? undefined : bindingOfVariable(variable);
        if (binding && !seen.has(binding.variable) && !state.active.has(binding.variable)) {
          seen.add(binding.variable);
          next = { node: binding.value, scope: binding.scope };
        }
      }
    } else if (node.type === AST_NODE_TYPES.MemberExpression) {
      next = node.object.type === AST_NODE_TYPES.ThisExpression ? classMemberValue(node, currentScope) : memberOfObject(node, currentScope, level + 1, state);
    }
    if (!next) break;
    node = unwrapExpression(next.node);
    currentScope = next.scope;
  }
  return { node, scope: currentScope };
}

/** `obj.key` where `obj` is (bound to) an object literal with a static `key`. */
function memberOfObject(member: TSESTree.MemberExpression, scope: Scope, depth: number, state: Resolution): Located | undefined {
  if (depth > state.maxDepth || member.object.type === AST_NODE_TYPES.Super) return undefined;
  const name = member.computed ? staticStringOf(member.property, scope, depth + 1, state) : getStaticMemberName(member);
  if (name === undefined) return undefined;
  const object = followValue(member.object, scope, depth + 1, state);
  if (object.node.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  // The last property with the name wins, as in JavaScript: read from the end, and stop there
  // (a config object or a table of constants can have hundreds of properties).
  const { properties } = object.node;
  for (let index = properties.length - 1; index >= 0; index--) {
    const property = properties[index] as TSESTree.ObjectLiteralElement;
    if (isDataProperty(property) && propertyKey(property, object.scope, depth + 1, state) === name) {
      return { node: property.value, scope: object.scope };
    }
  }
  return undefined;
}

/** The fully static text of a node within an ongoing resolution (sharing its depth, budget and cycle guard). */
function staticStringOf(node: TSESTree.Node, scope: Scope, depth: number, state: Resolution): string | undefined {
  const { parts } = resolveNode(node, scope, depth, state);
  return parts.every((part) => part.kind === 'text') ? shapeText({ parts }) : undefined;
}

function propertyKey(property: TSESTree.Property, scope: Scope, depth: number, state: Resolution): string | undefined {
  if (property.computed) return staticStringOf(property.key, scope, depth, state);
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return String(property.key.value);
}

function isDataProperty(property: TSESTree.ObjectLiteralElement): property is TSESTree.Property {
  return property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method;
}

function propertiesOf(object: TSESTree.ObjectExpression, scope: Scope, depth: number, state: Resolution): ObjectProperty[] {
  const properties: ObjectProperty[] = [];
  for (const property of object.properties) {
    if (!isDataProperty(property)) continue;
    const key = propertyKey(property, scope, depth, state);
    if (key !== undefined) properties.push({ key, keyNode: property.key, value: property.value });
  }
  return properties;
}

function resolveMember(node: TSESTree.MemberExpression, scope: Scope, depth: number, state: Resolution): Resolved {
  const property = node.object.type === AST_NODE_TYPES.ThisExpression ? classMemberValue(node, scope) : memberOfObject(node, scope, depth + 1, state);
  if (property) return named(node, resolveNode(property.node, property.scope, depth + 1, state));
  const name = getStaticMemberName(node);
  if (name === 'href' || name === 'search') {
    const object = unwrapExpression(node.object);
    const target = followValue(object, scope, depth + 1, state);
    if (urlObjectKind(target.node, target.scope) === 'URL') {
      const url = resolveNode(object, scope, depth + 1, state);
      if (name === 'href') return stringOf(url.parts);
      const urlText = shapeText(url);
      const queryStart = urlText.indexOf('?');
      return stringOf(queryStart < 0 ? [] : sliceParts(url.parts, queryStart, urlText.length));
    }
  }
  return node.object.type === AST_NODE_TYPES.Identifier && isGlobalReference(node.object, scope) ? resolveByStaticValue(node, scope) : hole(node);
}

// ---------------------------------------------------------------------------
// Calls that build strings

function isGlobalCall(callee: TSESTree.Node, scope: Scope, name: string): boolean {
  const unwrapped = unwrapExpression(callee);
  return unwrapped.type === AST_NODE_TYPES.Identifier && unwrapped.name === name && isGlobalReference(unwrapped, scope);
}

function resolveCall(node: TSESTree.CallExpression, scope: Scope, depth: number, state: Resolution, awaited = false): Resolved {
  const args = argumentsOf(node);
  if (!args) return hole(node);
  const callee = unwrapExpression(node.callee);
  const [first] = args;

  if (callee.type === AST_NODE_TYPES.Identifier) {
    if ((callee.name === 'encodeURIComponent' || callee.name === 'encodeURI') && isGlobalCall(callee, scope, callee.name)) {
      return first ? stringOf(resolveNode(first, scope, depth + 1, state).parts) : stringOf([text('undefined', node)]);
    }
    if (callee.name === 'String' && isGlobalCall(callee, scope, 'String')) {
      return first ? stringOf(resolveNode(first, scope, depth + 1, state).parts) : stringOf([]);
    }
  }

  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getStaticMemberName(callee);
    if (method === 'toString' && args.length === 0) return stringOf(resolveNode(callee.object, scope, depth + 1, state).parts);
    if (method === 'join' && args.length <= 1) {
      const joined = resolveJoin(callee.object, first, scope, node, depth, state);
      if (joined) return joined;
    }
    if (method === 'concat') {
      const base = resolveNode(callee.object, scope, depth + 1, state);
      if (base.kind === 'string') {
        const parts = [...base.parts];
        for (const argument of args) parts.push(...resolveNode(argument, scope, depth + 1, state).parts);
        return stringOf(parts);
      }
    }
  }

  const modulePath = getModuleMemberPath(callee, scope)?.join('.');
  if (modulePath !== undefined) {
    const joiner = PATH_JOINERS.get(modulePath);
    if (joiner) return resolvePathJoin(resolverFor(state), args, joiner, scope, node, depth);
    if (QUERY_STRINGIFIERS.has(modulePath)) return first ? resolveQueryObject(resolverFor(state), first, scope, node, depth) : stringOf([]);
    if (URL_FORMATTERS.has(modulePath) && first) return resolveUrlFormat(resolverFor(state), first, scope, node, depth);
    return hole(node);
  }
  return resolveLocalCall(node, args, scope, depth, state, awaited) ?? hole(node);
}

/** `[a, b].join(sep)` or `parts.join(sep)` of a `const` array, with the values pushed onto it before. */
function resolveJoin(
  arrayNode: TSESTree.Node,
  separatorNode: TSESTree.Expression | undefined,
  scope: Scope,
  call: TSESTree.CallExpression,
  depth: number,
  state: Resolution,
): Resolved | undefined {
  const array = followValue(arrayNode, scope, depth + 1, state);
  if (array.node.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const elements: (Located | null)[] = array.node.elements.map((element) => (element === null ? null : { node: element, scope: array.scope }));
  const target = unwrapExpression(arrayNode);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const binding = bindingOf(target, scope);
    const pushed = binding ? pushedElementsOf(binding.variable, target) : [];
    if (pushed === undefined) return hole(call);
    elements.push(...pushed);
  }
  const separator = separatorNode ? staticStringOf(separatorNode, scope, depth + 1, state) : ',';
  if (separator === undefined) return hole(call);
  const parts: StringPart[] = [];
  elements.forEach((element, index) => {
    if (index > 0 && separator !== '') parts.push(text(separator, separatorNode ?? call));
    if (element === null) return;
    if (element.node.type === AST_NODE_TYPES.SpreadElement) {
      parts.push(...hole(element.node).parts);
      return;
    }
    const resolved = resolveNode(element.node, element.scope, depth + 1, state);
    // `[null, undefined].join('')` renders both as empty.
    if (!(resolved.kind === 'static-other' && (resolved.value === null || resolved.value === undefined))) parts.push(...resolved.parts);
  });
  return stringOf(parts);
}

/**
 * A call of one of the file's own functions: an object-to-query helper is read as the query
 * of its object; any other function is inlined, its parameters bound to the arguments, and
 * read as the last value it returns (the one after its early exits).
 */
function resolveLocalCall(
  node: TSESTree.CallExpression,
  args: readonly TSESTree.Expression[],
  scope: Scope,
  depth: number,
  state: Resolution,
  awaited: boolean,
): Resolved | undefined {
  if (state.frames.length >= MAX_FRAMES) return undefined;
  const resolver = resolverFor(state);
  const fn = localFunctionOf(node.callee, scope, (object) => followValue(object, scope, depth + 1, state));
  // An async function gives a promise, and its value only once awaited.
  if (!fn || state.frames.some((frame) => frame.fn === fn) || (fn.async && !awaited) || fn.generator) return undefined;
  const queryParameter = queryHelperParameter(fn, scope);
  if (queryParameter !== undefined) {
    const object = args[queryParameter];
    return object ? resolveQueryObject(resolver, object, scope, node, depth) : stringOf([]);
  }
  const returned = returnedExpressions(fn);
  const last = returned[returned.length - 1];
  const fnScope = functionScope(fn, scope);
  if (!last || !fnScope) return undefined;
  state.frames.push({ fn, parameters: bindParameters(fn, args, scope, fnScope) });
  try {
    return resolveNode(last, getScopeAt(fnScope, last), depth + 1, state);
  } finally {
    state.frames.pop();
  }
}

// ---------------------------------------------------------------------------
// The resolver handed to the topic modules

const resolvers = new WeakMap<Resolution, Resolver>();

function resolverFor(state: Resolution): Resolver {
  let resolver = resolvers.get(state);
  if (!resolver) {
    resolver = {
      state,
      resolve: (node, scope, depth) => resolveNode(node, scope, depth, state),
      staticString: (node, scope, depth) => staticStringOf(node, scope, depth, state),
      follow: (node, scope, depth) => followValue(node, scope, depth, state),
      properties: (object, scope, depth) => propertiesOf(object, scope, depth, state),
    };
    resolvers.set(state, resolver);
  }
  return resolver;
}

// ---------------------------------------------------------------------------
// Entry points

export interface StringShapeOptions {
  /** How many nested steps (bindings, arguments, template expressions) to follow; 16 by default. */
  readonly maxDepth?: number;
  /**
   * A call of one of the file's functions: the function's parameters stand for the call's
   * arguments (a request helper read at one of its callers).
   */
  readonly callSite?: CallSite;
}

export interface CallSite {
  readonly fn: TSESTree.FunctionLike;
  readonly call: TSESTree.CallExpression;
}

/** A resolution, with the parameters of `options.callSite`'s function bound to its call's arguments. */
function startResolution(scope: Scope, options: StringShapeOptions): Resolution {
  const state = newResolution(options.maxDepth);
  const site = options.callSite;
  const fnScope = site ? functionScope(site.fn, scope) : undefined;
  const args = site ? argumentsOf(site.call) : undefined;
  if (site && fnScope && args) {
    state.frames.push({ fn: site.fn, parameters: bindParameters(site.fn, args, getScopeAt(scope, site.call), fnScope) });
  }
  return state;
}

/**
 * The string an expression builds, as text parts and holes: literals, templates, `+`,
 * `const` and single-assignment bindings, a `let` built with `+=`, arrays joined after
 * `push`, `this.x` set once in the class, calls of the file's own functions (inlined with
 * their arguments), `String(x)`, `x.toString()`, `path.join/resolve`, `new URL(path, base)`,
 * `URL`/`URLSearchParams` objects changed before use, `querystring/qs.stringify` and the
 * file's own query helpers, `encodeURIComponent(x)` (as x). TypeScript wrappers are
 * transparent; anything else is a hole. Undefined when nothing of the string is known.
 */
export function resolveStringShape(node: TSESTree.Node, scope: Scope, options: StringShapeOptions = {}): StringShape | undefined {
  const state = startResolution(scope, options);
  const { parts } = resolveNode(node, scope, 0, state);
  if (parts.length > 0 && parts.every((part) => part.kind === 'hole')) return undefined;
  return { parts };
}

/** The fully static string value of an expression, or undefined when any part is unknown. */
export function getStaticString(node: TSESTree.Node, scope: Scope): string | undefined {
  const shape = resolveStringShape(node, scope);
  return shape && isFullyStatic(shape) ? shapeText(shape) : undefined;
}

/**
 * The static-keyed properties of an object literal, given directly or through `const`
 * bindings and `this.x`: `{ token }` gives `value` = the identifier `token`. Spreads,
 * getters, methods and computed keys that are not static are skipped. Undefined when the
 * node is not (bound to) an object literal.
 */
export function resolveObjectProperties(node: TSESTree.Node, scope: Scope, options: StringShapeOptions = {}): ObjectProperty[] | undefined {
  const state = startResolution(scope, options);
  const object = followValue(node, scope, 0, state);
  return object.node.type === AST_NODE_TYPES.ObjectExpression ? propertiesOf(object.node, object.scope, 0, state) : undefined;
}

/** Follows identifiers, members of object literals and `this.x` to the expression they stand for. */
export function resolveValue(node: TSESTree.Node, scope: Scope): Located {
  return followValue(node, scope, 0, newResolution());
}
