/**
 * The syntax tree of a key=value credential file (dotenv, .npmrc, ini, .properties, .netrc, plain
 * token text). Offsets index the text ESLint passes to the language (the BOM already removed);
 * lines are 1-based and columns 0-based, and lines break at \r\n, \n or \r.
 */
import type { Dialect } from './dialect.js';

export type { Dialect } from './dialect.js';

export interface Position {
  line: number;
  column: number;
}

export interface Location {
  start: Position;
  end: Position;
}

export type Range = [number, number];

interface NodeBase {
  range: Range;
  loc: Location;
}

/** The whole file. Comments are listed apart from the body, as ESLint keeps JavaScript comments. */
export interface KeyValueDocument extends NodeBase {
  type: 'Document';
  dialect: Dialect;
  body: (Entry | Section)[];
  comments: Comment[];
}

/** An ini or .npmrc section header such as `[pypi]`. */
export interface Section extends NodeBase {
  type: 'Section';
  name: string;
}

/**
 * One setting. `key` is null for a line without a key (a token pasted alone into a text file, a
 * dotenv line without a separator); `value` is null for a key without a separator (ini, .npmrc)
 * or a .netrc keyword at the end of the file. `section` is the ini/.npmrc section or the .netrc
 * machine the entry belongs to.
 */
export interface Entry extends NodeBase {
  type: 'Entry';
  key: Key | null;
  value: Value | null;
  section: string | null;
  exported: boolean;
}

/** A key, its name decoded where the dialect has escapes (.properties). */
export interface Key extends NodeBase {
  type: 'Key';
  name: string;
}

export type Quote = '"' | "'" | '`';

/** A value: `range` covers its quotes, `contentRange` the text between them. */
export interface Value extends NodeBase {
  type: 'Value';
  /** The value as the reading tool sees it: quotes removed, escapes applied, continuations joined. */
  value: string;
  quote: Quote | null;
  contentRange: Range;
  /** True when `value === text.slice(...contentRange)`, so that offsets inside it map 1:1. */
  verbatim: boolean;
}

/** A comment; `value` is the text after the comment marker (`#`, `;` or `!`). */
export interface Comment extends NodeBase {
  type: 'Comment';
  value: string;
}

export type KeyValueNode = KeyValueDocument | Section | Entry | Key | Value;

/** The children of each node type, in document order. Comments are not visited. */
export const VISITOR_KEYS: Readonly<Record<KeyValueNode['type'] | Comment['type'], readonly string[]>> = Object.freeze({
  Document: Object.freeze(['body']),
  Section: Object.freeze([]),
  Entry: Object.freeze(['key', 'value']),
  Key: Object.freeze([]),
  Value: Object.freeze([]),
  Comment: Object.freeze([]),
});
