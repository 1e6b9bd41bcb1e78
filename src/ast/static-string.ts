import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { getModuleMemberPath, getStaticMemberName, isGlobalReference } from './calls.js';
import { unwrapExpression } from './unwrap.js';
import { VARIABLE_DEFINITION } from './scope-kinds.js';

/**
 * What string an expression builds, as a shape: static text pieces (each knowing the
 * node it came from and, when it maps 1:1, its exact source range) and holes for the
 * parts that cannot be known without running the code.
 */

/** A piece of a string shape: known text, or a hole where an expression's value is unknown. */
export type StringPart =
  | {
      readonly kind: 'text';
      readonly value: string;
      /** The node the text comes from (a literal, a template quasi, a call that adds a separator). */
      readonly node: TSESTree.Node;
      /** Source range of exactly this text when it maps 1:1 (no escapes), else undefined. */
      readonly range?: readonly [number, number];
    }
  | {
      readonly kind: 'hole';
      /** The expression whose value is unknown. */
      readonly node: TSESTree.Node;
    };

export interface StringShape {
  readonly parts: readonly StringPart[];
}

/** How a hole renders in `shapeText`: the object replacement character, never text. */
export const HOLE = '\uFFFC';

/** The shape's text with each hole rendered as one `HOLE` character. */
export function shapeText(shape: StringShape): string {
  let text = '';
  for (const part of shape.parts) {
    text += part.kind === 'text' ? part.value : HOLE;
  }
  return text;
}

/** True when the shape has no holes. */
export function isFullyStatic(shape: StringShape): boolean {
  return shape.parts.every((part) => part.kind === 'text');
}

/** Where a piece of a shape's text sits in the source. */
export interface ShapeLocation {
  /** The node of the part where the located text starts. */
  readonly node: TSESTree.Node;
  /** Source range to report on. */
  readonly range: readonly [number, number];
  /** True when `range` covers exactly the located text (it maps 1:1 to the source). */
  readonly exact: boolean;
}

function partLength(part: StringPart): number {
  return part.kind === 'text' ? part.value.length : HOLE.length;
}

/**
 * Maps the offsets `[start, end)` of `shapeText(shape)` back to the source. Text that maps
 * 1:1 (an escape-free literal, a template quasi whose raw and cooked forms agree) gives its
 * exact range; otherwise the whole node of the part. A span over several parts covers them
 * all when they appear in source order, else falls back to the part where it starts.
 */
export function locateInShape(shape: StringShape, start: number, end: number): ShapeLocation | undefined {
  const segments: { range: readonly [number, number]; exact: boolean; node: TSESTree.Node }[] = [];
  let offset = 0;
  for (const part of shape.parts) {
    const length = partLength(part);
    const partStart = offset;
    const partEnd = offset + length;
    offset = partEnd;
    const overlaps = partStart < end && partEnd > start;
    const emptyAtStart = start === end && start >= partStart && start < partEnd;
    if (!overlaps && !emptyAtStart) {
      continue;
    }
    if (part.kind === 'text' && part.range) {
      const from = Math.max(start, partStart) - partStart;
      const to = Math.min(end, partEnd) - partStart;
      segments.push({ range: [part.range[0] + from, part.range[0] + to], exact: true, node: part.node });
    } else {
      segments.push({ range: part.node.range, exact: false, node: part.node });
    }
  }
  const [first] = segments;
  const last = segments[segments.length - 1];
  if (!first || !last) {
    return undefined;
  }
  let inOrder = true;
  let contiguous = true;
  for (let index = 1; index < segments.length; index += 1) {
    const previous = segments[index - 1];
    const current = segments[index];
    if (previous && current) {
      inOrder &&= current.range[0] >= previous.range[1];
      contiguous &&= current.range[0] === previous.range[1];
    }
  }
  if (!inOrder) {
    return { node: first.node, range: first.range, exact: false };
  }
  return {
    node: first.node,
    range: [first.range[0], last.range[1]],
    exact: contiguous && segments.every((segment) => segment.exact),
  };
}

/** A `ShapeLocation` (or any source range) as the `loc` a report wants. */
export function toSourceLocation(sourceCode: Readonly<TSESLint.SourceCode>, range: readonly [number, number]): TSESTree.SourceLocation {
  return { start: sourceCode.getLocFromIndex(range[0]), end: sourceCode.getLocFromIndex(range[1]) };
}

// ---------------------------------------------------------------------------
// Bindings

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;


/** The one expression a variable is ever given, when it is a const or written exactly once. */
function singleValueOf(variable: Variable): TSESTree.Expression | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== VARIABLE_DEFINITION) {
    return undefined;
  }
  const declarator = definition.node;
  // Only a plain `x = ...` binding: not destructuring, not a for-in/for-of loop variable.
  if (declarator.id !== definition.name) {
    return undefined;
  }
  const loop = declarator.parent.parent;
  if (loop.type === AST_NODE_TYPES.ForInStatement || loop.type === AST_NODE_TYPES.ForOfStatement) {
    return undefined;
  }
  if (declarator.parent.kind === 'const' || declarator.parent.kind === 'using' || declarator.parent.kind === 'await using') {
    return declarator.init ?? undefined;
  }
  const writes = variable.references.filter((reference) => reference.isWrite());
  const [write] = writes;
  if (writes.length !== 1 || !write) {
    return undefined;
  }
  if (write.init === true) {
    return declarator.init ?? undefined;
  }
  const assignment = write.identifier.parent;
  if (assignment.type === AST_NODE_TYPES.AssignmentExpression && assignment.operator === '=' && assignment.left === write.identifier) {
    return assignment.right;
  }
  return undefined;
}

/**
 * The value a `const` (or a `let`/`var` written exactly once) is given, without following
 * it any further; undefined for parameters, imports, destructuring, loop variables and
 * variables written more than once.
 */
export function resolveBinding(node: TSESTree.Identifier, scope: Scope): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(scope, node);
  return variable ? singleValueOf(variable) : undefined;
}

interface Binding {
  readonly variable: Variable;
  readonly value: TSESTree.Expression;
  readonly scope: Scope;
}

function bindingOf(node: TSESTree.Identifier, scope: Scope): Binding | undefined {
  const variable = ASTUtils.findVariable(scope, node);
  const value = variable ? singleValueOf(variable) : undefined;
  if (!variable || !value) {
    return undefined;
  }
  return { variable, value, scope: ASTUtils.getInnermostScope(variable.scope, value) };
}

// ---------------------------------------------------------------------------
// Resolution state

interface Resolution {
  readonly maxDepth: number;
  /** Nodes left to visit before everything else becomes a hole. */
  budget: number;
  /** Variables being resolved right now: meeting one again is a cycle. */
  readonly active: Set<Variable>;
}

const DEFAULT_MAX_DEPTH = 16;
const NODE_BUDGET = 20_000;

function newResolution(maxDepth = DEFAULT_MAX_DEPTH): Resolution {
  return { maxDepth, budget: NODE_BUDGET, active: new Set() };
}

type Primitive = string | number | boolean | bigint | null | undefined;

/** Parts plus what JavaScript's `+` needs to know: is it a string, or a known non-string? */
interface Resolved {
  readonly parts: StringPart[];
  readonly kind: 'string' | 'static-other' | 'unknown';
  /** The value, when `kind` is `static-other`. */
  readonly value?: Primitive;
}

function hole(node: TSESTree.Node): Resolved {
  return { parts: [{ kind: 'hole', node }], kind: 'unknown' };
}

function text(value: string, node: TSESTree.Node, range?: readonly [number, number]): StringPart {
  return range ? { kind: 'text', value, node, range } : { kind: 'text', value, node };
}

function stringOf(parts: StringPart[]): Resolved {
  return { parts, kind: 'string' };
}

function fromPrimitive(value: Primitive, node: TSESTree.Node, range?: readonly [number, number]): Resolved {
  const rendered = String(value);
  const parts = rendered === '' ? [] : [text(rendered, node, range)];
  return typeof value === 'string' ? stringOf(parts) : { parts, kind: 'static-other', value };
}

function isPrimitive(value: unknown): value is Primitive {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

function literalRange(node: TSESTree.Literal, value: string): readonly [number, number] | undefined {
  const inner = node.raw.slice(1, -1);
  return inner === value ? [node.range[0] + 1, node.range[1] - 1] : undefined;
}

function resolveLiteral(node: TSESTree.Literal): Resolved {
  if (typeof node.value === 'string') {
    return stringOf(node.value === '' ? [] : [text(node.value, node, literalRange(node, node.value))]);
  }
  if ('regex' in node) {
    return hole(node);
  }
  const value = node.value as Primitive;
  return fromPrimitive(value, node, node.raw === String(value) ? node.range : undefined);
}

/** Falls back to eslint-utils' constant folding for the odd numeric or member expression. */
function resolveByStaticValue(node: TSESTree.Node, scope: Scope): Resolved {
  try {
    const result = ASTUtils.getStaticValue(node, scope);
    if (result && isPrimitive(result.value)) {
      return fromPrimitive(result.value, node);
    }
  } catch {
    // Very deep or odd code: the value stays unknown.
  }
  return hole(node);
}

// ---------------------------------------------------------------------------
// The resolver

function resolveNode(input: TSESTree.Node, scope: Scope, depth: number, state: Resolution): Resolved {
  const node = unwrapExpression(input);
  state.budget -= 1;
  if (depth > state.maxDepth || state.budget <= 0) {
    return hole(node);
  }
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
    case AST_NODE_TYPES.NewExpression:
      return resolveConstruction(node, scope, depth, state);
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
    if (expression) {
      parts.push(...resolveNode(expression, scope, depth + 1, state).parts);
    }
  });
  return stringOf(parts);
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
  let accumulated: Resolved | undefined;
  for (const [index, operand] of operands.entries()) {
    const next = resolveNode(operand, scope, depth + 1, state);
    const joint = joints[index - 1];
    accumulated = accumulated && joint ? add(accumulated, next, joint) : { ...next, parts: [...next.parts] };
  }
  return accumulated ?? hole(node);
}

/** JavaScript's `+` on two shapes: concatenation when either is a string, addition for known non-strings. */
function add(left: Resolved, right: Resolved, joint: TSESTree.BinaryExpression): Resolved {
  if (left.kind === 'string' || right.kind === 'string') {
    left.parts.push(...right.parts);
    return { parts: left.parts, kind: 'string' };
  }
  if (left.kind === 'static-other' && right.kind === 'static-other') {
    try {
      const sum = (left.value as number) + (right.value as number);
      return fromPrimitive(sum, joint);
    } catch {
      return hole(joint);
    }
  }
  left.parts.push(...right.parts);
  return { parts: left.parts, kind: 'unknown' };
}

function resolveIdentifier(node: TSESTree.Identifier, scope: Scope, depth: number, state: Resolution): Resolved {
  const binding = bindingOf(node, scope);
  if (!binding) {
    return isGlobalReference(node, scope) ? resolveByStaticValue(node, scope) : hole(node);
  }
  if (state.active.has(binding.variable) || isMutatedUrlObject(binding)) {
    return hole(node);
  }
  state.active.add(binding.variable);
  try {
    return resolveNode(binding.value, binding.scope, depth + 1, state);
  } finally {
    state.active.delete(binding.variable);
  }
}

const URL_SEARCH_PARAMS_MUTATORS = new Set(['append', 'set', 'delete', 'sort']);

/**
 * A `const params = new URLSearchParams(...)` or `new URL(...)` whose contents the file
 * changes later (`params.append(...)`, `url.searchParams...`, `url.search = ...`): its
 * initializer no longer tells the whole string.
 */
function isMutatedUrlObject(binding: Binding): boolean {
  const value = unwrapExpression(binding.value);
  if (value.type !== AST_NODE_TYPES.NewExpression || value.callee.type !== AST_NODE_TYPES.Identifier) {
    return false;
  }
  const className = value.callee.name;
  if (className !== 'URL' && className !== 'URLSearchParams') {
    return false;
  }
  return binding.variable.references.some((reference) => {
    const member = reference.identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) {
      return false;
    }
    const name = getStaticMemberName(member);
    if (className === 'URLSearchParams') {
      return name === undefined || URL_SEARCH_PARAMS_MUTATORS.has(name);
    }
    const assigned = member.parent.type === AST_NODE_TYPES.AssignmentExpression && member.parent.left === member;
    return name === undefined || name === 'searchParams' || assigned;
  });
}

// ---------------------------------------------------------------------------
// Objects and arrays behind bindings

interface Located<T extends TSESTree.Node> {
  readonly node: T;
  readonly scope: Scope;
}

/** Follows identifiers (and members of object literals) to the expression they stand for. */
function followValue(input: TSESTree.Node, scope: Scope, depth: number, state: Resolution): Located<TSESTree.Node> {
  let node = unwrapExpression(input);
  let currentScope = scope;
  const seen = new Set<Variable>();
  for (let level = depth; level <= state.maxDepth && state.budget > 0; level += 1) {
    state.budget -= 1;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const binding = bindingOf(node, currentScope);
      if (!binding || seen.has(binding.variable) || state.active.has(binding.variable)) {
        break;
      }
      seen.add(binding.variable);
      node = unwrapExpression(binding.value);
      currentScope = binding.scope;
    } else if (node.type === AST_NODE_TYPES.MemberExpression) {
      const property = memberOfObject(node, currentScope, level + 1, state);
      if (!property) {
        break;
      }
      node = unwrapExpression(property.node);
      currentScope = property.scope;
    } else {
      break;
    }
  }
  return { node, scope: currentScope };
}

/** `obj.key` where `obj` is (bound to) an object literal with a static `key`. */
function memberOfObject(member: TSESTree.MemberExpression, scope: Scope, depth: number, state: Resolution): Located<TSESTree.Node> | undefined {
  if (depth > state.maxDepth || member.object.type === AST_NODE_TYPES.Super) {
    return undefined;
  }
  const name = member.computed ? staticStringOf(member.property, scope, depth + 1, state) : getStaticMemberName(member);
  if (name === undefined) {
    return undefined;
  }
  const object = followValue(member.object, scope, depth + 1, state);
  if (object.node.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  // The last property with the name wins, as in JavaScript.
  const found = propertiesOf(object.node, object.scope, depth + 1, state)
    .filter((property) => property.key === name)
    .pop();
  return found ? { node: found.value, scope: object.scope } : undefined;
}

/** The fully static text of a node within an ongoing resolution (sharing its depth, budget and cycle guard). */
function staticStringOf(node: TSESTree.Node, scope: Scope, depth: number, state: Resolution): string | undefined {
  const { parts } = resolveNode(node, scope, depth, state);
  return parts.every((part) => part.kind === 'text') ? shapeText({ parts }) : undefined;
}

export interface ObjectProperty {
  readonly key: string;
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
}

function propertyKey(property: TSESTree.Property, scope: Scope, depth: number, state: Resolution): string | undefined {
  if (property.computed) {
    return staticStringOf(property.key, scope, depth, state);
  }
  if (property.key.type === AST_NODE_TYPES.Identifier) {
    return property.key.name;
  }
  return String(property.key.value);
}

function isDataProperty(property: TSESTree.ObjectLiteralElement): property is TSESTree.Property {
  return property.type === AST_NODE_TYPES.Property && property.kind === 'init' && !property.method;
}

function propertiesOf(object: TSESTree.ObjectExpression, scope: Scope, depth: number, state: Resolution): ObjectProperty[] {
  const properties: ObjectProperty[] = [];
  for (const property of object.properties) {
    if (!isDataProperty(property)) {
      continue;
    }
    const key = propertyKey(property, scope, depth, state);
    if (key !== undefined) {
      properties.push({ key, keyNode: property.key, value: property.value });
    }
  }
  return properties;
}

/**
 * The static-keyed properties of an object literal, given directly or through `const`
 * bindings: `{ token }` gives `value` = the identifier `token`. Spreads, getters, methods
 * and computed keys that are not static are skipped. Undefined when the node is not
 * (bound to) an object literal.
 */
export function resolveObjectProperties(node: TSESTree.Node, scope: Scope): ObjectProperty[] | undefined {
  const state = newResolution();
  const object = followValue(node, scope, 0, state);
  return object.node.type === AST_NODE_TYPES.ObjectExpression ? propertiesOf(object.node, object.scope, 0, state) : undefined;
}

function resolveMember(node: TSESTree.MemberExpression, scope: Scope, depth: number, state: Resolution): Resolved {
  const property = memberOfObject(node, scope, depth + 1, state);
  if (property) {
    return resolveNode(property.node, property.scope, depth + 1, state);
  }
  if (getStaticMemberName(node) === 'href') {
    const object = followValue(node.object, scope, depth + 1, state);
    if (isGlobalConstruction(object.node, object.scope, 'URL')) {
      return resolveNode(object.node, object.scope, depth + 1, state);
    }
  }
  return node.object.type === AST_NODE_TYPES.Identifier && isGlobalReference(node.object, scope) ? resolveByStaticValue(node, scope) : hole(node);
}

// ---------------------------------------------------------------------------
// Calls and constructions that build strings

function argumentsOf(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Expression[] | undefined {
  const args: TSESTree.Expression[] = [];
  for (const argument of node.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) {
      return undefined;
    }
    args.push(argument);
  }
  return args;
}

function isGlobalCall(callee: TSESTree.Node, scope: Scope, name: string): boolean {
  const unwrapped = unwrapExpression(callee);
  return unwrapped.type === AST_NODE_TYPES.Identifier && unwrapped.name === name && isGlobalReference(unwrapped, scope);
}

function isGlobalConstruction(node: TSESTree.Node, scope: Scope, name: string): node is TSESTree.NewExpression {
  return node.type === AST_NODE_TYPES.NewExpression && isGlobalCall(node.callee, scope, name);
}

const PATH_JOINERS = new Map<string, 'join' | 'resolve'>([
  ['path.join', 'join'],
  ['path.resolve', 'resolve'],
  ['path.posix.join', 'join'],
  ['path.posix.resolve', 'resolve'],
  ['path/posix.join', 'join'],
  ['path/posix.resolve', 'resolve'],
]);
const QUERY_STRINGIFIERS = new Set(['querystring.stringify', 'querystring.encode', 'qs.stringify']);

function resolveCall(node: TSESTree.CallExpression, scope: Scope, depth: number, state: Resolution): Resolved {
  const args = argumentsOf(node);
  if (!args) {
    return hole(node);
  }
  const callee = unwrapExpression(node.callee);
  const [first] = args;

  if (callee.type === AST_NODE_TYPES.Identifier) {
    if ((callee.name === 'encodeURIComponent' || callee.name === 'encodeURI') && isGlobalReference(callee, scope)) {
      return first ? stringOf(resolveNode(first, scope, depth + 1, state).parts) : stringOf([text('undefined', node)]);
    }
    if (callee.name === 'String' && isGlobalReference(callee, scope)) {
      return first ? stringOf(resolveNode(first, scope, depth + 1, state).parts) : stringOf([]);
    }
  }

  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = getStaticMemberName(callee);
    if (method === 'toString' && args.length === 0) {
      return stringOf(resolveNode(callee.object, scope, depth + 1, state).parts);
    }
    if (method === 'join' && args.length <= 1) {
      const array = followValue(callee.object, scope, depth + 1, state);
      if (array.node.type === AST_NODE_TYPES.ArrayExpression) {
        return resolveArrayJoin(array.node, array.scope, first, scope, node, depth, state);
      }
    }
    if (method === 'concat') {
      const base = resolveNode(callee.object, scope, depth + 1, state);
      if (base.kind === 'string') {
        const parts = [...base.parts];
        for (const argument of args) {
          parts.push(...resolveNode(argument, scope, depth + 1, state).parts);
        }
        return stringOf(parts);
      }
    }
  }

  const modulePath = getModuleMemberPath(callee, scope)?.join('.');
  if (modulePath !== undefined) {
    const joiner = PATH_JOINERS.get(modulePath);
    if (joiner) {
      return resolvePathJoin(args, joiner, scope, node, depth, state);
    }
    if (QUERY_STRINGIFIERS.has(modulePath)) {
      return first ? resolveQueryObject(first, scope, node, depth, state) : stringOf([]);
    }
  }
  return hole(node);
}

function resolveArrayJoin(
  array: TSESTree.ArrayExpression,
  arrayScope: Scope,
  separatorNode: TSESTree.Expression | undefined,
  scope: Scope,
  call: TSESTree.CallExpression,
  depth: number,
  state: Resolution,
): Resolved {
  const separator = separatorNode ? staticStringOf(separatorNode, scope, depth + 1, state) : ',';
  if (separator === undefined) {
    return hole(call);
  }
  const parts: StringPart[] = [];
  array.elements.forEach((element, index) => {
    if (index > 0 && separator !== '') {
      parts.push(text(separator, separatorNode ?? call));
    }
    if (element === null) {
      return;
    }
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      parts.push(...hole(element).parts);
      return;
    }
    const resolved = resolveNode(element, arrayScope, depth + 1, state);
    // `[null, undefined].join('')` renders both as empty.
    if (!(resolved.kind === 'static-other' && (resolved.value === null || resolved.value === undefined))) {
      parts.push(...resolved.parts);
    }
  });
  return stringOf(parts);
}

function startsWithSlash(parts: readonly StringPart[]): boolean {
  const [first] = parts;
  return first?.kind === 'text' && first.value.startsWith('/');
}

function endsWithSlash(parts: readonly StringPart[]): boolean {
  const last = parts[parts.length - 1];
  return last?.kind === 'text' && last.value.endsWith('/');
}

/** `path.join(a, b)` as `a/b`; `path.resolve` restarts at the last absolute segment. No cwd, no `..` folding. */
function resolvePathJoin(
  args: readonly TSESTree.Expression[],
  joiner: 'join' | 'resolve',
  scope: Scope,
  call: TSESTree.CallExpression,
  depth: number,
  state: Resolution,
): Resolved {
  const segments = args.map((argument) => resolveNode(argument, scope, depth + 1, state).parts).filter((parts) => parts.length > 0);
  let startIndex = 0;
  if (joiner === 'resolve') {
    segments.forEach((parts, index) => {
      if (startsWithSlash(parts)) {
        startIndex = index;
      }
    });
  }
  const parts: StringPart[] = [];
  for (const segment of segments.slice(startIndex)) {
    if (parts.length > 0 && !endsWithSlash(parts) && !startsWithSlash(segment)) {
      parts.push(text('/', call));
    }
    parts.push(...segment);
  }
  return stringOf(parts);
}

/**
 * `{ a: 1, b: x }` rendered as a query string `a=1&b=<hole>`. Values are not
 * percent-encoded, so the text shows what the code wrote.
 */
function resolveQueryObject(argument: TSESTree.Node, scope: Scope, owner: TSESTree.Node, depth: number, state: Resolution): Resolved {
  const object = followValue(argument, scope, depth + 1, state);
  if (object.node.type !== AST_NODE_TYPES.ObjectExpression) {
    return hole(argument);
  }
  const parts: StringPart[] = [];
  for (const property of object.node.properties) {
    if (property.type === AST_NODE_TYPES.Property && !isDataProperty(property)) {
      continue;
    }
    if (parts.length > 0) {
      parts.push(text('&', owner));
    }
    const key = property.type === AST_NODE_TYPES.Property ? propertyKey(property, object.scope, depth + 1, state) : undefined;
    if (property.type !== AST_NODE_TYPES.Property || key === undefined) {
      // A spread or a computed key: entries we cannot see.
      parts.push(...hole(property).parts);
      continue;
    }
    parts.push(text(key, property.key, keyRange(property.key, key)), text('=', property));
    const value = unwrapExpression(property.value);
    const isNested = value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
    parts.push(...(isNested ? hole(value).parts : resolveNode(value, object.scope, depth + 1, state).parts));
  }
  return stringOf(parts);
}

function keyRange(keyNode: TSESTree.Node, key: string): readonly [number, number] | undefined {
  if (keyNode.type === AST_NODE_TYPES.Identifier) {
    return [keyNode.range[0], keyNode.range[0] + key.length];
  }
  return keyNode.type === AST_NODE_TYPES.Literal && typeof keyNode.value === 'string' ? literalRange(keyNode, keyNode.value) : undefined;
}

function resolveConstruction(node: TSESTree.NewExpression, scope: Scope, depth: number, state: Resolution): Resolved {
  const args = argumentsOf(node);
  if (!args) {
    return hole(node);
  }
  if (isGlobalCall(node.callee, scope, 'URLSearchParams')) {
    return resolveSearchParams(args[0], scope, node, depth, state);
  }
  if (isGlobalCall(node.callee, scope, 'URL')) {
    const [input, base] = args;
    if (!input) {
      return hole(node);
    }
    const inputShape = resolveNode(input, scope, depth + 1, state);
    return base ? resolveUrlAgainstBase(inputShape.parts, resolveNode(base, scope, depth + 1, state).parts, node) : stringOf(inputShape.parts);
  }
  return hole(node);
}

function resolveSearchParams(init: TSESTree.Expression | undefined, scope: Scope, owner: TSESTree.NewExpression, depth: number, state: Resolution): Resolved {
  if (!init) {
    return stringOf([]);
  }
  const value = followValue(init, scope, depth + 1, state);
  if (value.node.type === AST_NODE_TYPES.ObjectExpression) {
    return resolveQueryObject(value.node, value.scope, owner, depth, state);
  }
  if (value.node.type === AST_NODE_TYPES.ArrayExpression) {
    return resolvePairs(value.node, value.scope, owner, depth, state);
  }
  // A string initializer: `new URLSearchParams('?a=b')` drops a leading '?'.
  const shape = resolveNode(value.node, value.scope, depth + 1, state);
  if (shape.kind !== 'string') {
    return hole(init);
  }
  const [first] = shape.parts;
  if (first?.kind === 'text' && first.value.startsWith('?')) {
    return stringOf([...sliceParts([first], 1, first.value.length), ...shape.parts.slice(1)]);
  }
  return stringOf(shape.parts);
}

/** `new URLSearchParams([['a', '1'], ['b', x]])` as `a=1&b=<hole>`. */
function resolvePairs(array: TSESTree.ArrayExpression, scope: Scope, owner: TSESTree.NewExpression, depth: number, state: Resolution): Resolved {
  const parts: StringPart[] = [];
  for (const element of array.elements) {
    const pair = element ? unwrapExpression(element) : undefined;
    if (pair?.type !== AST_NODE_TYPES.ArrayExpression || pair.elements.length !== 2) {
      return hole(array);
    }
    const [key, value] = pair.elements;
    if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) {
      return hole(array);
    }
    if (parts.length > 0) {
      parts.push(text('&', owner));
    }
    parts.push(...resolveNode(key, scope, depth + 1, state).parts, text('=', pair));
    parts.push(...resolveNode(value, scope, depth + 1, state).parts);
  }
  return stringOf(parts);
}

// ---------------------------------------------------------------------------
// URL resolution on shapes

/** The parts covering `[start, end)` of the shape text; text parts are cut, keeping their ranges. */
function sliceParts(parts: readonly StringPart[], start: number, end: number): StringPart[] {
  const sliced: StringPart[] = [];
  let offset = 0;
  for (const part of parts) {
    const length = partLength(part);
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (from < to) {
      if (part.kind === 'hole' || (from === offset && to === offset + length)) {
        sliced.push(part);
      } else {
        const range = part.range ? ([part.range[0] + from - offset, part.range[0] + to - offset] as const) : undefined;
        sliced.push(text(part.value.slice(from - offset, to - offset), part.node, range));
      }
    }
    offset += length;
  }
  return sliced;
}

function hasScheme(parts: readonly StringPart[]): boolean {
  const [first] = parts;
  return first?.kind === 'text' && /^[a-z][\d+.a-z-]*:/iu.test(first.value);
}

/** Offset where the authority (`scheme://host:port`) of a URL text ends, or -1 when it has none. */
function authorityEnd(urlText: string): number {
  const schemeEnd = urlText.indexOf('://');
  if (schemeEnd < 0) {
    return -1;
  }
  const rest = urlText.slice(schemeEnd + 3);
  const pathStart = rest.search(/[#/?]/u);
  return pathStart < 0 ? urlText.length : schemeEnd + 3 + pathStart;
}

/**
 * `new URL(input, base)` on shapes, for the common cases: an absolute input wins; `/path`
 * keeps the base's origin; `?query` and `#hash` keep its path; a relative path replaces
 * the base's last path segment. Dot segments are not folded, nothing is encoded.
 */
function resolveUrlAgainstBase(input: StringPart[], base: StringPart[], node: TSESTree.NewExpression): Resolved {
  const [first] = input;
  if (hasScheme(input) || first?.kind === 'hole') {
    return stringOf(input);
  }
  const baseText = shapeText({ parts: base });
  const inputText = shapeText({ parts: input });
  const originEnd = authorityEnd(baseText);
  if (originEnd < 0) {
    // The base is unknown or not absolute: keep what we know of it, then the input.
    return stringOf([...(base.length > 0 ? hole(node.arguments[1] ?? node).parts : []), ...input]);
  }
  if (inputText.startsWith('//')) {
    return stringOf([...sliceParts(base, 0, baseText.indexOf('//')), ...input]);
  }
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
    if (lastSlash < originEnd) {
      return stringOf([...sliceParts(base, 0, originEnd), text('/', node), ...input]);
    }
    keep = lastSlash + 1;
  }
  return stringOf([...sliceParts(base, 0, keep), ...input]);
}

function firstIndexOf(value: string, needles: readonly string[], from: number): number {
  let found = value.length;
  for (const needle of needles) {
    const index = value.indexOf(needle, from);
    if (index >= 0 && index < found) {
      found = index;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Public entry points

export interface StringShapeOptions {
  /** How many nested steps (bindings, arguments, template expressions) to follow; 16 by default. */
  readonly maxDepth?: number;
}

/**
 * The string an expression builds, as text parts and holes: literals, templates, `+`,
 * `const` and single-assignment bindings in the file, `String(x)`, `x.toString()`,
 * `[...].join()`, `path.join/resolve`, `new URL(path, base)`, `URLSearchParams`,
 * `querystring/qs.stringify`, `encodeURIComponent(x)` (as x). TypeScript wrappers are
 * transparent; anything else is a hole. Undefined when nothing of the string is known.
 */
export function resolveStringShape(node: TSESTree.Node, scope: Scope, options: StringShapeOptions = {}): StringShape | undefined {
  const state = newResolution(options.maxDepth);
  const { parts } = resolveNode(node, scope, 0, state);
  if (parts.length > 0 && parts.every((part) => part.kind === 'hole')) {
    return undefined;
  }
  return { parts };
}

/** The fully static string value of an expression, or undefined when any part is unknown. */
export function getStaticString(node: TSESTree.Node, scope: Scope): string | undefined {
  const shape = resolveStringShape(node, scope);
  return shape && isFullyStatic(shape) ? shapeText(shape) : undefined;
}
