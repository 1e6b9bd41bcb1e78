import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

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

export function partLength(part: StringPart): number {
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


/** The parts covering `[start, end)` of the shape text; text parts are cut, keeping their ranges. */
export function sliceParts(parts: readonly StringPart[], start: number, end: number): StringPart[] {
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
        const value = part.value.slice(from - offset, to - offset);
        sliced.push(range ? { kind: 'text', value, node: part.node, range } : { kind: 'text', value, node: part.node });
      }
    }
    offset += length;
  }
  return sliced;
}
