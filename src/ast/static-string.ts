/**
 * The one entry point of the value analysis the rules call: what string an expression
 * builds and what a binding stands for. The work is done by topic:
 * - string-shape.ts: shapes (text parts and holes) and mapping them back to the source;
 * - resolver.ts: strings and templates, the resolver itself;
 * - bindings.ts: variables, `let` built with `+=`, arrays built with `push`, `this.x` in a
 *   class, and the file's own functions;
 * - url-shapes.ts: URLs, `URLSearchParams` and query strings;
 * - path-shapes.ts: `path.join` and `path.resolve`.
 */
export type { ShapeLocation, StringPart, StringShape } from './string-shape.js';
export { HOLE, isFullyStatic, locateInShape, shapeText, toSourceLocation } from './string-shape.js';
export type { ObjectProperty } from './resolution.js';
export type { CallSite, StringShapeOptions } from './resolver.js';
export { getStaticString, resolveObjectProperties, resolveStringShape, resolveValue } from './resolver.js';
export type { MemberWrite } from './bindings.js';
export {
  callersOf,
  classMemberReads,
  classMemberWrites,
  enclosingClassOfThis,
  enclosingFunction,
  localFunctionOf,
  parameterCallSites,
  resolveBinding,
  returnedExpressions,
} from './bindings.js';
