import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import type { TSESTree } from '@typescript-eslint/utils';
import { getStaticMemberName } from './member-name.js';
import type { Located, Scope, Variable } from './resolution.js';
import { getScopeAt } from './scope-at.js';
import { FUNCTION_NAME_DEFINITION, PARAMETER_DEFINITION, VARIABLE_DEFINITION } from './scope-kinds.js';
import { unwrapExpression } from './unwrap.js';

/**
 * Bindings and values: what a variable, a `this.x` member or a call of one of the file's own
 * functions stands for. These are the steps by which application code moves a value between
 * statements, methods and helpers; the resolver and the token-value analysis both follow them.
 */

// ---------------------------------------------------------------------------
// Variables

/** The plain `x = ...` declarator of a variable, when that is its only definition. */
function plainDeclarator(variable: Variable): TSESTree.VariableDeclarator | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== VARIABLE_DEFINITION) return undefined;
  const declarator = definition.node;
  // Not destructuring, not a for-in/for-of loop variable.
  if (declarator.id !== definition.name) return undefined;
  const loop = declarator.parent.parent;
  if (loop.type === AST_NODE_TYPES.ForInStatement || loop.type === AST_NODE_TYPES.ForOfStatement) return undefined;
  return declarator;
}

function isConstLike(declarator: TSESTree.VariableDeclarator): boolean {
  const kind = declarator.parent.kind;
  return kind === 'const' || kind === 'using' || kind === 'await using';
}

/** The one expression a variable is ever given, when it is a const or written exactly once. */
function singleValueOf(variable: Variable): TSESTree.Expression | undefined {
  const declarator = plainDeclarator(variable);
  if (!declarator) return undefined;
  if (isConstLike(declarator)) return declarator.init ?? undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  const [write] = writes;
  if (writes.length !== 1 || !write) return undefined;
  if (write.init === true) return declarator.init ?? undefined;
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

export interface Binding {
  readonly variable: Variable;
  readonly value: TSESTree.Expression;
  readonly scope: Scope;
}

/** The single value of the variable an identifier reads, with the scope to read that value in. */
export function bindingOf(node: TSESTree.Identifier, scope: Scope): Binding | undefined {
  const variable = ASTUtils.findVariable(scope, node);
  return variable ? bindingOfVariable(variable) : undefined;
}

/** The single value of a variable already looked up, with the scope to read that value in. */
export function bindingOfVariable(variable: Variable): Binding | undefined {
  const value = singleValueOf(variable);
  return value ? { variable, value, scope: ASTUtils.getInnermostScope(variable.scope, value) } : undefined;
}

/** A `let` built up in steps: its first value, then what each `+=` added, in source order. */
export interface AppendedBinding {
  readonly variable: Variable;
  readonly pieces: readonly Located<TSESTree.Expression>[];
}

/** `x = x + a + b`: the operands after the leading `x`, or undefined when `x` does not lead. */
function selfConcatenation(right: TSESTree.Expression, variable: Variable, scope: Scope): TSESTree.Expression[] | undefined {
  const rest: TSESTree.Expression[] = [];
  let current: TSESTree.Expression = unwrapExpression(right) as TSESTree.Expression;
  while (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
    rest.unshift(current.right);
    current = unwrapExpression(current.left) as TSESTree.Expression;
  }
  if (current.type !== AST_NODE_TYPES.Identifier || ASTUtils.findVariable(scope, current) !== variable || rest.length === 0) return undefined;
  return rest;
}

/** A piece a `+=` (or `x = x + …`) adds to a variable, and where the statement adding it ends. */
interface AddedPiece extends Located<TSESTree.Expression> {
  readonly end: number;
}

/**
 * Per file (keyed by its global scope), per variable: the declaration's value and every piece
 * added to it, or null when the variable is not built that way. A file names the same `let`
 * in many strings; its references are walked the first time only.
 */
const addedPiecesByFile = new WeakMap<Scope, Map<Variable, readonly AddedPiece[] | null>>();

function addedPiecesOf(variable: Variable, init: TSESTree.Expression, declarationEnd: number): readonly AddedPiece[] | null {
  let root = variable.scope;
  while (root.upper) root = root.upper;
  let known = addedPiecesByFile.get(root);
  if (known === undefined) {
    known = new Map();
    addedPiecesByFile.set(root, known);
  }
  const cached = known.get(variable);
  if (cached !== undefined) return cached;
  let pieces: AddedPiece[] | null = [{ node: init, scope: ASTUtils.getInnermostScope(variable.scope, init), end: declarationEnd }];
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init === true) continue;
    const assignment = reference.identifier.parent;
    const at = reference.from;
    let added: TSESTree.Expression[] | undefined;
    if (assignment.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === reference.identifier) {
      if (assignment.operator === '+=') added = [assignment.right];
      else if (assignment.operator === '=') added = selfConcatenation(assignment.right, variable, at);
    }
    if (added === undefined) {
      pieces = null;
      break;
    }
    for (const node of added) pieces.push({ node, scope: at, end: assignment.range[1] });
  }
  known.set(variable, pieces);
  return pieces;
}

/**
 * `let url = base; url += '&page=' + page; url = url + '&key=' + key;` read at `use`: the
 * declaration's value and each piece added before `use`, when every write to the variable
 * is the declaration, a `+=`, or `x = x + ...`. A piece added in a branch or a loop counts:
 * the string may be sent with it. Undefined when nothing is added before `use`.
 */
export function appendedBindingOf(variable: Variable, use: TSESTree.Node): AppendedBinding | undefined {
  const declarator = plainDeclarator(variable);
  if (!declarator?.init || isConstLike(declarator)) return undefined;
  const added = addedPiecesOf(variable, declarator.init, declarator.range[1]);
  if (added === null) return undefined;
  const pieces: Located<TSESTree.Expression>[] = [];
  for (const piece of added) {
    // The declaration's value (the first piece) always; then what was added before `use`.
    if (pieces.length === 0 || piece.end <= use.range[0]) pieces.push({ node: piece.node, scope: piece.scope });
  }
  return pieces.length > 1 ? { variable, pieces } : undefined;
}

/**
 * The values pushed onto a `const` array before `use`: `const parts = ['a=1']; parts.push(x);`.
 * Undefined when the array is passed anywhere, or changed by anything else than `push`.
 */
export function pushedElementsOf(variable: Variable, use: TSESTree.Node): Located<TSESTree.Expression>[] | undefined {
  const pushed: Located<TSESTree.Expression>[] = [];
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const identifier = reference.identifier;
    if (identifier === use || identifier.range[0] >= use.range[0]) continue;
    const member = identifier.parent;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== identifier) return undefined;
    const name = getStaticMemberName(member);
    const call = member.parent;
    if (name === 'push' && call.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
      for (const argument of call.arguments) {
        if (argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
        pushed.push({ node: argument, scope: reference.from });
      }
    } else if (name === 'length' || name === 'join' || name === 'map' || name === 'filter' || name === 'forEach') {
      continue;
    } else {
      return undefined;
    }
  }
  return pushed;
}

const MAX_ARRAY_BINDINGS = 8;

/**
 * The elements of an array literal, given directly or through `const` bindings, with the
 * values pushed onto the variable that holds it before `node` reads it:
 * `const args = ['-s']; args.push(url); spawn('curl', args)` gives `'-s'` and `url`.
 * Undefined when `node` is not (bound to) an array literal, or the array is changed otherwise.
 */
export function arrayElementsOf(node: TSESTree.Node, scope: Scope): Located<TSESTree.Expression | TSESTree.SpreadElement>[] | undefined {
  let current = unwrapExpression(node);
  let currentScope = scope;
  let holder: { variable: Variable; use: TSESTree.Node } | undefined;
  for (let step = 0; step < MAX_ARRAY_BINDINGS && current.type === AST_NODE_TYPES.Identifier; step += 1) {
    const binding = bindingOf(current, currentScope);
    if (!binding) return undefined;
    holder = { variable: binding.variable, use: current };
    current = unwrapExpression(binding.value);
    currentScope = binding.scope;
  }
  if (current.type !== AST_NODE_TYPES.ArrayExpression) return undefined;
  const elements: Located<TSESTree.Expression | TSESTree.SpreadElement>[] = [];
  for (const element of current.elements) {
    if (element !== null) elements.push({ node: element, scope: currentScope });
  }
  if (holder) {
    const pushed = pushedElementsOf(holder.variable, holder.use);
    if (pushed === undefined) return undefined;
    elements.push(...pushed);
  }
  return elements;
}

// ---------------------------------------------------------------------------
// `this.x` in a class

/**
 * A class member as the class sets it: a field initializer, `this.x = ...` in a method, a
 * constructor parameter property, or what a getter `get x()` returns last.
 */
export interface MemberWrite {
  /** The value given, or for a parameter property the parameter (whose value comes from outside). */
  readonly value: TSESTree.Node;
  readonly kind: 'field' | 'assignment' | 'parameter' | 'getter';
}

interface ClassIndex {
  readonly writes: Map<string, MemberWrite[]>;
  readonly reads: Map<string, TSESTree.MemberExpression[]>;
}

const classIndexes = new WeakMap<TSESTree.Node, ClassIndex>();

type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/**
 * The class whose instance `this` is at `node`: the nearest class, reached through arrow
 * functions and the class's own methods and field initializers; undefined inside a plain
 * `function`, whose `this` is another value.
 */
export function enclosingClassOfThis(node: TSESTree.Node): ClassNode | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  let child: TSESTree.Node = node;
  while (current) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      const isMethod = owner.type === AST_NODE_TYPES.MethodDefinition || owner.type === AST_NODE_TYPES.TSAbstractMethodDefinition;
      if (!isMethod || owner.static) return undefined;
    } else if (current.type === AST_NODE_TYPES.PropertyDefinition && current.value === child && current.static) {
      return undefined;
    } else if (current.type === AST_NODE_TYPES.StaticBlock) {
      return undefined;
    } else if (current.type === AST_NODE_TYPES.ClassBody) {
      return current.parent;
    }
    child = current;
    current = current.parent;
  }
  return undefined;
}

function memberNameOfThis(member: TSESTree.MemberExpression): string | undefined {
  if (member.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${member.property.name}`;
  return getStaticMemberName(member);
}

function keyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Pushes the child nodes of any node onto `out`, without the `parent` back link. A `for…in`
 * over the node's keys: no array of entries and no iterator per node, as this walks whole
 * classes and function bodies.
 */
function pushChildren(node: TSESTree.Node, out: TSESTree.Node[]): void {
  const fields = node as unknown as Record<string, unknown>;
  for (const key in fields) {
    if (key === 'parent' || key === 'range' || key === 'loc') continue;
    const value = fields[key];
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) if (isNode(item)) out.push(item);
    } else if (isNode(value)) {
      out.push(value);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}

/** The first of `items` (in ascending order of `startOf`) that starts at or after `offset`; `items.length` when none does. */
function firstStartingAt<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (startOf(items[middle] as T) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const tokenStart = (token: TSESTree.Token): number => token.range[0];
const itself = (position: number): number => position;

/**
 * Where the `this` keywords of a class's body start, in source order, read from the file's
 * tokens (a tight loop over objects of one shape, where a walk of the body reads nodes of
 * every shape). Undefined when the syntax tree carries no tokens.
 */
function thisKeywordsIn(owner: ClassNode): number[] | undefined {
  let root: TSESTree.Node = owner;
  while (root.parent) root = root.parent;
  // The root is the Program, which holds the tokens unless the parser gave none.
  const { tokens } = root as Partial<TSESTree.Program>;
  if (tokens === undefined) return undefined;
  const [start, end] = owner.body.range;
  const positions: number[] = [];
  for (let index = firstStartingAt(tokens, start, tokenStart); index < tokens.length; index++) {
    const token = tokens[index] as TSESTree.Token;
    if (token.range[0] >= end) break;
    // A keyword to ESLint's parsers; an identifier is taken too (a parser may mark it so, and a
    // property named `this` only widens the walk).
    if (token.value === 'this' && (token.type === AST_TOKEN_TYPES.Keyword || token.type === AST_TOKEN_TYPES.Identifier)) positions.push(token.range[0]);
  }
  return positions;
}

/** Does a `this` keyword start within the node (`positions` sorted)? Yes for a node with no range. */
function holdsThis(node: TSESTree.Node, positions: readonly number[]): boolean {
  const range = node.range as TSESTree.Range | undefined;
  if (range === undefined) return true;
  const next = firstStartingAt(positions, range[0], itself);
  return next < positions.length && (positions[next] as number) < range[1];
}

/**
 * Reads and writes of `this.x` in a class's own code (not in nested classes or plain
 * functions), indexed once per class, each list in source order. The walk enters only the
 * nodes a `this` keyword sits in, and skips the statements and expressions that hold none.
 */
function classIndex(owner: ClassNode): ClassIndex {
  const cached = classIndexes.get(owner);
  if (cached) return cached;
  const index: ClassIndex = { writes: new Map(), reads: new Map() };
  const pending: TSESTree.Node[] = [];
  for (const element of owner.body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static) {
      const name = keyName(element.key, element.computed);
      if (name !== undefined && element.value) addTo(index.writes, name, { value: element.value, kind: 'field' });
      if (element.value) pending.push(element.value);
    } else if (element.type === AST_NODE_TYPES.MethodDefinition && !element.static) {
      if (element.kind === 'constructor') {
        for (const parameter of element.value.params) {
          if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          addTo(index.writes, inner.name, { value: inner, kind: 'parameter' });
        }
      }
      if (element.kind === 'get') {
        const name = keyName(element.key, element.computed);
        const returned = returnedExpressions(element.value).at(-1);
        if (name !== undefined && returned !== undefined) addTo(index.writes, name, { value: returned, kind: 'getter' });
      }
      pending.push(element.value.body ?? element.value);
    }
  }
  const keywords = thisKeywordsIn(owner);
  while (pending.length > 0) {
    const node = pending.pop() as TSESTree.Node;
    if (keywords !== undefined && !holdsThis(node, keywords)) continue;
    if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) continue;
    if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression) continue;
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = memberNameOfThis(node);
      if (name !== undefined) {
        const parent = node.parent;
        if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) {
          if (parent.operator === '=') addTo(index.writes, name, { value: parent.right, kind: 'assignment' });
        } else {
          addTo(index.reads, name, node);
        }
      }
    }
    pushChildren(node, pending);
  }
  // In source order, whatever order the walk met them in.
  for (const writes of index.writes.values()) if (writes.length > 1) writes.sort((a, b) => a.value.range[0] - b.value.range[0]);
  for (const reads of index.reads.values()) if (reads.length > 1) reads.sort((a, b) => a.range[0] - b.range[0]);
  classIndexes.set(owner, index);
  return index;
}

/** How the class sets `this.x` (a `this.x` member expression), or undefined outside a class. */
export function classMemberWrites(member: TSESTree.MemberExpression): readonly MemberWrite[] | undefined {
  const name = memberNameOfThis(member);
  const owner = name === undefined ? undefined : enclosingClassOfThis(member);
  return owner && name !== undefined ? (classIndex(owner).writes.get(name) ?? []) : undefined;
}

/** Every read of `this.<name>` in the class's own code. */
export function classMemberReads(owner: ClassNode, name: string): readonly TSESTree.MemberExpression[] {
  return classIndex(owner).reads.get(name) ?? [];
}

/** The one value the class gives `this.x`, when it gives exactly one (a field, or one assignment). */
export function classMemberValue(member: TSESTree.MemberExpression, scope: Scope): Located | undefined {
  const writes = classMemberWrites(member);
  const [only] = writes ?? [];
  if (writes?.length !== 1 || !only || only.kind === 'parameter') return undefined;
  return { node: only.value, scope: getScopeAt(scope, only.value) };
}

// ---------------------------------------------------------------------------
// The file's own functions

function functionValue(node: TSESTree.Node | null | undefined): TSESTree.FunctionLike | undefined {
  const value = node ? unwrapExpression(node) : undefined;
  return value?.type === AST_NODE_TYPES.ArrowFunctionExpression || value?.type === AST_NODE_TYPES.FunctionExpression ? value : undefined;
}

/**
 * The function of the file a callee names: a function declaration, a `const` arrow or
 * function expression, a method of the class (`this.buildUrl`), or a method of an object
 * literal bound to a `const` (`api.url`). Undefined for anything else.
 */
export function localFunctionOf(callee: TSESTree.Node, scope: Scope, follow: (node: TSESTree.Node) => Located): TSESTree.FunctionLike | undefined {
  const target = unwrapExpression(callee);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(scope, target);
    const [definition] = variable?.defs ?? [];
    if (variable?.defs.length !== 1 || !definition) return undefined;
    if (definition.type === FUNCTION_NAME_DEFINITION) {
      return definition.node.type === AST_NODE_TYPES.FunctionDeclaration ? definition.node : undefined;
    }
    return functionValue(singleValueOf(variable));
  }
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (target.object.type === AST_NODE_TYPES.ThisExpression) {
    const name = memberNameOfThis(target);
    const owner = enclosingClassOfThis(target);
    const method = owner?.body.body.find(
      (element): element is TSESTree.MethodDefinition =>
        element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'method' && !element.static && keyName(element.key, element.computed) === name,
    );
    return method?.value ?? functionValue(owner && name !== undefined ? classMemberValue(target, scope)?.node : undefined);
  }
  const name = getStaticMemberName(target);
  const object = follow(target.object).node;
  if (name === undefined || object.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const property = object.properties
    .filter((entry): entry is TSESTree.Property => entry.type === AST_NODE_TYPES.Property && !entry.computed && keyName(entry.key, false) === name)
    .pop();
  return functionValue(property?.value);
}

const returnsByFunction = new WeakMap<TSESTree.FunctionLike, readonly TSESTree.Expression[]>();

/** The expressions a function returns: its expression body, or the argument of each `return` outside nested functions, in source order. */
export function returnedExpressions(fn: TSESTree.FunctionLike): readonly TSESTree.Expression[] {
  let found = returnsByFunction.get(fn);
  if (found === undefined) {
    found = findReturnedExpressions(fn);
    returnsByFunction.set(fn, found);
  }
  return found;
}

function findReturnedExpressions(fn: TSESTree.FunctionLike): TSESTree.Expression[] {
  const body = fn.body;
  if (!body) return [];
  if (body.type !== AST_NODE_TYPES.BlockStatement) return [body];
  const found: TSESTree.Expression[] = [];
  const pending: TSESTree.Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop() as TSESTree.Node;
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      node.type === AST_NODE_TYPES.ClassDeclaration ||
      node.type === AST_NODE_TYPES.ClassExpression
    ) {
      continue;
    }
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      continue;
    }
    // Statements only: expressions cannot hold a return outside a nested function.
    if (node.type.endsWith('Statement') || node.type === AST_NODE_TYPES.SwitchCase || node.type === AST_NODE_TYPES.CatchClause) {
      pushChildren(node, pending);
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * Binds a function's simple parameters (`p`, `p = default`) to the arguments of a call:
 * each parameter variable to the argument given (or its default), undefined when neither.
 */
export function bindParameters(
  fn: TSESTree.FunctionLike,
  args: readonly TSESTree.Node[],
  callScope: Scope,
  fnScope: Scope,
): Map<Variable, Located | undefined> {
  const bound = new Map<Variable, Located | undefined>();
  fn.params.forEach((parameter, index) => {
    let identifier: TSESTree.Node = parameter;
    let fallback: TSESTree.Node | undefined;
    if (identifier.type === AST_NODE_TYPES.TSParameterProperty) identifier = identifier.parameter;
    if (identifier.type === AST_NODE_TYPES.AssignmentPattern) {
      fallback = identifier.right;
      identifier = identifier.left;
    }
    if (identifier.type !== AST_NODE_TYPES.Identifier) return;
    const variable = fnScope.set.get(identifier.name);
    if (!variable?.defs.some((definition) => definition.type === PARAMETER_DEFINITION)) return;
    const argument = args[index];
    if (argument !== undefined) bound.set(variable, { node: argument, scope: callScope });
    else bound.set(variable, fallback === undefined ? undefined : { node: fallback, scope: fnScope });
  });
  return bound;
}

/** The scope a function's parameters live in. */
export function functionScope(fn: TSESTree.FunctionLike, scope: Scope): Scope | undefined {
  const inner = getScopeAt(scope, fn.body ?? fn);
  for (let current: Scope | null = inner; current; current = current.upper) {
    if (current.block === fn) return current;
  }
  return undefined;
}

/** The innermost function a node is in, if any. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      return current;
    }
  }
  return undefined;
}

/** Calls of one function looked at, at most: a helper called from a hundred places is judged by the first ones. */
const MAX_CALLERS = 16;

/**
 * The calls of one of the file's own functions: by its name (a declaration or a `const`),
 * as `this.name(...)` for a method of the class, or as `api.name(...)` for a method of an
 * object literal bound to a `const api`. At most MAX_CALLERS, in source order.
 */
export function callersOf(fn: TSESTree.FunctionLike, scope: Scope): TSESTree.CallExpression[] {
  const callees: TSESTree.Node[] = [];
  const owner = fn.parent;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
    const variable = ASTUtils.findVariable(getScopeAt(scope, fn), fn.id.name);
    if (variable) callees.push(...variable.references.map((reference) => reference.identifier));
  } else if (owner.type === AST_NODE_TYPES.VariableDeclarator && owner.init === fn && owner.id.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(getScopeAt(scope, owner), owner.id.name);
    if (variable && singleValueOf(variable) === fn) callees.push(...variable.references.map((reference) => reference.identifier));
  } else if (owner.type === AST_NODE_TYPES.MethodDefinition && owner.kind === 'method' && !owner.static) {
    const name = keyName(owner.key, owner.computed);
    const cls = owner.parent.parent;
    if (name !== undefined) callees.push(...classMemberReads(cls, name));
  } else if (owner.type === AST_NODE_TYPES.Property && owner.value === fn && owner.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const name = keyName(owner.key, owner.computed);
    const holder = owner.parent.parent;
    if (name !== undefined && holder.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(getScopeAt(scope, holder), holder.id.name);
      for (const reference of variable?.references ?? []) {
        const member = reference.identifier.parent;
        if (member.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier && getStaticMemberName(member) === name) callees.push(member);
      }
    }
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const callee of callees) {
    const call = callee.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === callee && !isWithin(call, fn)) calls.push(call);
    if (calls.length >= MAX_CALLERS) break;
  }
  return calls.sort((a, b) => a.range[0] - b.range[0]);
}

function isWithin(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/**
 * The calls of the function `node` sits in, when `node` reads one of that function's
 * parameters: a request made by a helper (`get(path) { return fetch(BASE + path) }`) is then
 * also read as each of its callers sends it (`get('/me?token=' + token)`).
 */
export function parameterCallSites(node: TSESTree.Node, scope: Scope): { fn: TSESTree.FunctionLike; call: TSESTree.CallExpression }[] {
  const fn = enclosingFunction(node);
  const fnScope = fn ? functionScope(fn, scope) : undefined;
  if (!fn || !fnScope || fn.params.length === 0) return [];
  const readsParameter = fnScope.variables.some(
    (variable) =>
      variable.defs.some((definition) => definition.type === PARAMETER_DEFINITION) &&
      variable.references.some((reference) => isWithin(reference.identifier, node)),
  );
  return readsParameter ? callersOf(fn, scope).map((call) => ({ fn, call })) : [];
}
