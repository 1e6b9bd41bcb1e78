import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { StringPart } from './string-shape.js';

/**
 * The state of one resolution and the pieces every resolver step builds with. The topic
 * modules (bindings.ts, path-shapes.ts, url-shapes.ts) get a `Resolver` to resolve the
 * expressions they meet, so they never import the resolver itself: imports run one way,
 * from resolver.ts to them.
 */

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/** An expression and the scope it is read in. */
export interface Located<T extends TSESTree.Node = TSESTree.Node> {
  readonly node: T;
  readonly scope: Scope;
}

/** The functions being inlined: their parameters, bound to the arguments of the call. */
export interface Frame {
  readonly fn: TSESTree.FunctionLike;
  readonly parameters: ReadonlyMap<Variable, Located | undefined>;
}

export interface Resolution {
  readonly maxDepth: number;
  /** Nodes left to visit before everything else becomes a hole. */
  budget: number;
  /** Variables being resolved right now: meeting one again is a cycle. */
  readonly active: Set<Variable>;
  /** Calls of the file's own functions being inlined, innermost last. */
  readonly frames: Frame[];
}

export const DEFAULT_MAX_DEPTH = 16;
/** Nodes one resolution may visit; past it everything is a hole, so any file stays cheap. */
const NODE_BUDGET = 20_000;
/** Calls of local functions inlined within each other, at most. */
export const MAX_FRAMES = 3;

export function newResolution(maxDepth = DEFAULT_MAX_DEPTH): Resolution {
  return { maxDepth, budget: NODE_BUDGET, active: new Set(), frames: [] };
}

export type Primitive = string | number | boolean | bigint | null | undefined;

/** Parts plus what JavaScript's `+` needs to know: is it a string, or a known non-string? */
export interface Resolved {
  readonly parts: StringPart[];
  readonly kind: 'string' | 'static-other' | 'unknown';
  /** The value, when `kind` is `static-other`. */
  readonly value?: Primitive;
}

export interface ObjectProperty {
  readonly key: string;
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
}

/** What a topic module may ask of the resolver. */
export interface Resolver {
  readonly state: Resolution;
  /** The shape of an expression, one level deeper. */
  resolve(node: TSESTree.Node, scope: Scope, depth: number): Resolved;
  /** The fully static text of an expression, or undefined. */
  staticString(node: TSESTree.Node, scope: Scope, depth: number): string | undefined;
  /** Follows identifiers, members of object literals and `this.x` to the expression they stand for. */
  follow(node: TSESTree.Node, scope: Scope, depth: number): Located;
  /** The static-keyed data properties of an object literal. */
  properties(object: TSESTree.ObjectExpression, scope: Scope, depth: number): ObjectProperty[];
}

export function hole(node: TSESTree.Node): Resolved {
  return { parts: [{ kind: 'hole', node }], kind: 'unknown' };
}

export function text(value: string, node: TSESTree.Node, range?: readonly [number, number]): StringPart {
  return range ? { kind: 'text', value, node, range } : { kind: 'text', value, node };
}

export function stringOf(parts: StringPart[]): Resolved {
  return { parts, kind: 'string' };
}

export function fromPrimitive(value: Primitive, node: TSESTree.Node, range?: readonly [number, number]): Resolved {
  const rendered = String(value);
  const parts = rendered === '' ? [] : [text(rendered, node, range)];
  return typeof value === 'string' ? stringOf(parts) : { parts, kind: 'static-other', value };
}

export function isPrimitive(value: unknown): value is Primitive {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

/** The source range of a string literal's text when it maps 1:1 (no escapes). */
export function literalRange(node: TSESTree.Literal, value: string): readonly [number, number] | undefined {
  const inner = node.raw.slice(1, -1);
  return inner === value ? [node.range[0] + 1, node.range[1] - 1] : undefined;
}

/** The arguments of a call, or undefined when a spread hides their positions. */
export function argumentsOf(node: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Expression[] | undefined {
  const args: TSESTree.Expression[] = [];
  for (const argument of node.arguments) {
    if (argument.type === AST_NODE_TYPES.SpreadElement) {
      return undefined;
    }
    args.push(argument);
  }
  return args;
}
