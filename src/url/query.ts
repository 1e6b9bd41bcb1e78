import type { TSESTree } from '@typescript-eslint/utils';
import type { StringPart, StringShape } from '../ast/static-string.js';
import { HOLE, locateInShape, shapeText } from '../ast/static-string.js';

/**
 * The query parameters of a URL or a query string, read from a string shape: each
 * parameter with its static key, its value as a shape (text and holes), and where it
 * sits in the source. Keys that are not static (`?${name}=x`) are skipped.
 */

export interface QueryParam {
  /** The key as written, percent-decoded when that is valid. */
  readonly key: string;
  /** The value as a shape; empty parts for `?key=` or `?key`. */
  readonly value: StringShape;
  /** The source range to report on: the whole `key=value` when it maps to the source, else its first node. */
  readonly range: readonly [number, number];
  /** The node the report range belongs to. */
  readonly node: TSESTree.Node;
  /** All keys of the same query, for checks that need company (`sig` with `sv`, `se` of a SAS). */
  readonly siblings: readonly string[];
  /** Where the parameter came from: a URL's query, or an options object / call of a client. */
  readonly origin: 'url' | 'object' | 'call';
}

function partLength(part: StringPart): number {
  return part.kind === 'text' ? part.value.length : HOLE.length;
}

/** The parts covering `[start, end)` of the shape text; text parts are cut, keeping exact ranges. */
export function sliceShape(shape: StringShape, start: number, end: number): StringShape {
  const parts: StringPart[] = [];
  let offset = 0;
  for (const part of shape.parts) {
    const length = partLength(part);
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + length);
    if (from < to) {
      if (part.kind === 'hole' || (from === offset && to === offset + length)) {
        parts.push(part);
      } else {
        const value = part.value.slice(from - offset, to - offset);
        const range = part.range ? ([part.range[0] + from - offset, part.range[0] + to - offset] as const) : undefined;
        parts.push(range ? { kind: 'text', value, node: part.node, range } : { kind: 'text', value, node: part.node });
      }
    }
    offset += length;
  }
  return { parts };
}

function decodeKey(key: string): string {
  if (!key.includes('%') && !key.includes('+')) {
    return key;
  }
  try {
    return decodeURIComponent(key.replaceAll('+', ' '));
  } catch {
    return key;
  }
}

/** The offsets `[start, end)` of the query of a URL text (after `?`, before `#`), or undefined. */
export function findQuerySpan(urlText: string): readonly [number, number] | undefined {
  const question = urlText.indexOf('?');
  const hash = urlText.indexOf('#');
  if (question < 0 || (hash >= 0 && hash < question)) {
    return undefined;
  }
  return [question + 1, hash < 0 ? urlText.length : hash];
}

function paramsIn(shape: StringShape, text: string, span: readonly [number, number], origin: QueryParam['origin']): QueryParam[] {
  const found: { key: string; start: number; valueStart: number; end: number }[] = [];
  let segmentStart = span[0];
  while (segmentStart <= span[1]) {
    const ampersand = text.indexOf('&', segmentStart);
    const segmentEnd = ampersand < 0 || ampersand > span[1] ? span[1] : ampersand;
    const equals = text.indexOf('=', segmentStart);
    const keyEnd = equals >= 0 && equals < segmentEnd ? equals : segmentEnd;
    const key = text.slice(segmentStart, keyEnd);
    if (key !== '' && !key.includes(HOLE)) {
      found.push({ key: decodeKey(key), start: segmentStart, valueStart: Math.min(keyEnd + 1, segmentEnd), end: segmentEnd });
    }
    segmentStart = segmentEnd + 1;
  }
  const siblings = found.map((entry) => entry.key);
  const params: QueryParam[] = [];
  for (const entry of found) {
    const location = locateInShape(shape, entry.start, entry.end);
    if (location) {
      params.push({
        key: entry.key,
        value: sliceShape(shape, entry.valueStart, entry.end),
        range: location.range,
        node: location.node,
        siblings,
        origin,
      });
    }
  }
  return params;
}

/** The query parameters of a URL shape (`https://host/p?a=1&token=${t}#x`). */
export function parseUrlQuery(shape: StringShape): QueryParam[] {
  const text = shapeText(shape);
  const span = findQuerySpan(text);
  return span ? paramsIn(shape, text, span, 'url') : [];
}

/** The parameters of a bare query string shape (`a=1&token=x`, an optional leading `?`). */
export function parseQueryString(shape: StringShape, origin: QueryParam['origin'] = 'object'): QueryParam[] {
  const text = shapeText(shape);
  const start = text.startsWith('?') ? 1 : 0;
  const hash = text.indexOf('#');
  return paramsIn(shape, text, [start, hash < 0 ? text.length : hash], origin);
}
