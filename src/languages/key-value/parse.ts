/**
 * A scanner for key=value credential files that keeps exact source positions. Each dialect reads
 * a file as the tool that consumes it does; where that tool would skip or reject a line, the line
 * is kept as a key-less entry instead, so that a value in it can still be checked.
 *
 * - dotenv: `[export ]KEY=value`, or `KEY: value` (whitespace after the colon, as the dotenv
 *   package requires). '…' is literal and ends on its line; "…" decodes \n \r \t \" \\ and,
 *   like `…`, may span lines (line breaks inside read as \n). An unquoted value is trimmed and
 *   ends at a `#` that follows whitespace, as python-dotenv, Docker Compose and shells read it
 *   (the Node dotenv package cuts at any `#`; `KEY=abc#def` keeps `#def` here, so that the text
 *   is still checked). A key is made of `[\w.-]` (the dotenv package's) and non-ASCII letters;
 *   a line whose key has any other character is a key-less entry.
 * - npmrc (npm's ini reader): the first `=` separates; "…" values are decoded as JSON strings
 *   (kept as written when they are not valid JSON), '…' literal; an unquoted value ends at an
 *   unescaped `;` or `#`, and \; \# \\ are escapes. A line without `=` is a key without value.
 * - ini (Python's configparser with its defaults): `[section]`, the first `=` or `:` separates,
 *   full-line `#`/`;` comments only; a value continues on lines indented deeper than its key
 *   (blank lines inside kept, trailing ones dropped), joined with \n. Quotes are part of the value.
 * - properties (java.util.Properties.load): the key ends at the first unescaped `=`, `:` or
 *   whitespace; `#`/`!` comment lines; an odd run of trailing backslashes continues the line
 *   (the next line's indentation dropped); escapes \t \n \r \f \uXXXX, and \x is x.
 * - netrc (curl): whitespace-separated keyword/value pairs; `machine` names the group of the
 *   entries after it (`Entry.section`; null after `default`); `default` takes no value; `macdef`
 *   skips the rest of its line and the lines up to a blank one; "…" tokens decode \n \r \t and
 *   \x. A token that is not a keyword where a keyword is expected becomes a key-less entry; a
 *   keyword at the end of the file has a null value.
 * - text: every non-blank line not starting with `#` is one trimmed value.
 *
 * Odd input never throws: an unterminated quote, or a closing quote followed by anything but
 * whitespace or a comment, makes the value an unquoted one of its line (quotes included); a
 * malformed \u in .properties is kept as written; an empty key (`=value`) gives a key-less
 * entry; `KEY=` gives an empty value (a zero-length range where the value would start).
 */
import type { Comment, Dialect, Entry, Key, KeyValueDocument, Location, Position, Quote, Section, Value } from './ast.js';

const TAB = 0x09;
const LF = 0x0a;
const VT = 0x0b;
const FF = 0x0c;
const CR = 0x0d;
const SPACE = 0x20;
const DOUBLE_QUOTE = 0x22;
const HASH = 0x23;
const SINGLE_QUOTE = 0x27;
const COLON = 0x3a;
const SEMICOLON = 0x3b;
const EQUALS = 0x3d;
const OPEN_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_BRACKET = 0x5d;
const BACKTICK = 0x60;
const EXCLAMATION = 0x21;

/** Whitespace inside a line: what `String.prototype.trim` removes, less \n and \r. */
function isBlank(code: number): boolean {
  if (code <= SPACE) return code === SPACE || code === TAB || code === VT || code === FF;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The whitespace java.util.Properties skips: space, tab and form feed. */
function isPropertiesBlank(code: number): boolean {
  return code === SPACE || code === TAB || code === FF;
}

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

/** A source text split into lines, with node factories that fill in `range` and `loc`. */
class SourceScanner {
  readonly text: string;
  /** Offset of each line's first character. */
  readonly lineStarts: number[] = [0];
  /** Offset just past each line's last character (before its line break). */
  readonly lineEnds: number[] = [];
  readonly comments: Comment[] = [];
  readonly body: (Entry | Section)[] = [];
  #lastLine = 0;

  constructor(text: string) {
    this.text = text;
    const { length } = text;
    for (let index = 0; index < length; index++) {
      const code = text.charCodeAt(index);
      if (code === LF || code === CR) {
        this.lineEnds.push(index);
        if (code === CR && text.charCodeAt(index + 1) === LF) index++;
        this.lineStarts.push(index + 1);
      }
    }
    this.lineEnds.push(length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  lineStart(line: number): number {
    return this.lineStarts[line] ?? this.text.length;
  }

  lineEnd(line: number): number {
    return this.lineEnds[line] ?? this.text.length;
  }

  /** The 0-based index of the line holding `offset` (a line break belongs to the line it ends). */
  lineOf(offset: number): number {
    const starts = this.lineStarts;
    // Nodes are made in source order: the line is nearly always the last one or the next.
    for (let line = this.#lastLine; line <= this.#lastLine + 1; line++) {
      if ((starts[line] ?? Infinity) <= offset && offset < (starts[line + 1] ?? Infinity)) {
        this.#lastLine = line;
        return line;
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    this.#lastLine = low;
    return low;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.lineStart(line) };
  }

  loc(start: number, end: number): Location {
    return { start: this.position(start), end: this.position(end) };
  }

  skipBlank(from: number, end: number): number {
    let index = from;
    while (index < end && isBlank(this.text.charCodeAt(index))) index++;
    return index;
  }

  trimEnd(start: number, end: number): number {
    let index = end;
    while (index > start && isBlank(this.text.charCodeAt(index - 1))) index--;
    return index;
  }

  code(offset: number): number {
    return this.text.charCodeAt(offset);
  }

  /** A comment whose marker is the character at `start`, running to `end`. */
  addComment(start: number, end: number): void {
    this.comments.push({ type: 'Comment', value: this.text.slice(start + 1, end), range: [start, end], loc: this.loc(start, end) });
  }

  section(name: string, start: number, end: number): Section {
    return { type: 'Section', name, range: [start, end], loc: this.loc(start, end) };
  }

  key(name: string, start: number, end: number): Key {
    return { type: 'Key', name, range: [start, end], loc: this.loc(start, end) };
  }

  /** A key spelled as written between `start` and `end`. */
  rawKey(start: number, end: number): Key {
    return this.key(this.text.slice(start, end), start, end);
  }

  value(value: string, quote: Quote | null, start: number, end: number, contentStart: number, contentEnd: number): Value {
    const verbatim = value.length === contentEnd - contentStart && this.text.startsWith(value, contentStart);
    return { type: 'Value', value, quote, contentRange: [contentStart, contentEnd], verbatim, range: [start, end], loc: this.loc(start, end) };
  }

  /** An unquoted value spelled as written between `start` and `end`. */
  rawValue(start: number, end: number): Value {
    return this.value(this.text.slice(start, end), null, start, end, start, end);
  }

  addEntry(key: Key | null, value: Value | null, section: string | null, exported: boolean, start: number): void {
    const end = Math.max(start, value?.range[1] ?? start, key?.range[1] ?? start);
    this.body.push({ type: 'Entry', key, value, section, exported, range: [start, end], loc: this.loc(start, end) });
  }

  addSection(section: Section): void {
    this.body.push(section);
  }
}

// ---------------------------------------------------------------------------------------------
// dotenv

/** Decodes the inside of a dotenv "…" value: \n \r \t \" \\ and line breaks read as \n. */
function decodeDotenvDouble(text: string, start: number, end: number): string {
  let out = '';
  let chunk = start;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === BACKSLASH && index + 1 < end) {
      const next = text.charCodeAt(index + 1);
      const decoded = next === 0x6e ? '\n' : next === 0x72 ? '\r' : next === 0x74 ? '\t' : next === DOUBLE_QUOTE ? '"' : next === BACKSLASH ? '\\' : undefined;
      if (decoded !== undefined) {
        out += text.slice(chunk, index) + decoded;
        index++;
        chunk = index + 1;
      }
    } else if (code === CR) {
      out += `${text.slice(chunk, index)}\n`;
      if (text.charCodeAt(index + 1) === LF) index++;
      chunk = index + 1;
    }
  }
  return out + text.slice(chunk, end);
}

/** A `…` value: taken literally, line breaks read as \n. */
function normalizeLineBreaks(text: string, start: number, end: number): string {
  let out = '';
  let chunk = start;
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) === CR) {
      out += `${text.slice(chunk, index)}\n`;
      if (text.charCodeAt(index + 1) === LF) index++;
      chunk = index + 1;
    }
  }
  return out + text.slice(chunk, end);
}

/** The offset of the quote closing one opened at `open`, or -1; "…" skips backslash escapes. */
function findDotenvClose(scanner: SourceScanner, open: number, quote: number, limit: number): number {
  const { text } = scanner;
  for (let index = open + 1; index < limit; index++) {
    const code = text.charCodeAt(index);
    if (code === quote) return index;
    if (code === BACKSLASH && quote === DOUBLE_QUOTE) index++;
  }
  return -1;
}

/**
 * Reads a dotenv value starting at `start` on line `line`; returns the index of the next line
 * to read (a quoted value may span lines).
 */
function readDotenvValue(scanner: SourceScanner, line: number, start: number): { value: Value; nextLine: number } {
  const { text } = scanner;
  const lineEnd = scanner.lineEnd(line);
  const open = scanner.code(start);
  if (start < lineEnd && (open === DOUBLE_QUOTE || open === BACKTICK || open === SINGLE_QUOTE)) {
    const limit = open === SINGLE_QUOTE ? lineEnd : text.length;
    const close = findDotenvClose(scanner, start, open, limit);
    if (close >= 0) {
      const closeLine = scanner.lineOf(close);
      const closeLineEnd = scanner.lineEnd(closeLine);
      const rest = scanner.skipBlank(close + 1, closeLineEnd);
      if (rest === closeLineEnd || scanner.code(rest) === HASH) {
        if (rest < closeLineEnd) scanner.addComment(rest, closeLineEnd);
        const decoded =
          open === DOUBLE_QUOTE
            ? decodeDotenvDouble(text, start + 1, close)
            : open === BACKTICK
              ? normalizeLineBreaks(text, start + 1, close)
              : text.slice(start + 1, close);
        const quote = String.fromCharCode(open) as Quote;
        return { value: scanner.value(decoded, quote, start, close + 1, start + 1, close), nextLine: closeLine + 1 };
      }
    }
  }
  return { value: readUnquotedDotenv(scanner, start, lineEnd), nextLine: line + 1 };
}

/** An unquoted dotenv value: trimmed, ended by a `#` that follows whitespace (a comment). */
function readUnquotedDotenv(scanner: SourceScanner, start: number, lineEnd: number): Value {
  const { text } = scanner;
  let end = lineEnd;
  for (let index = start; index < lineEnd; index++) {
    if (text.charCodeAt(index) === HASH && index > 0 && isBlank(text.charCodeAt(index - 1))) {
      scanner.addComment(index, lineEnd);
      end = index;
      break;
    }
  }
  return scanner.rawValue(start, scanner.trimEnd(start, end));
}

/** A character of a dotenv key: `[\w.-]` as the dotenv package has it, or any non-ASCII non-space. */
function isDotenvKeyCode(code: number): boolean {
  if (code >= 0x80) return !isBlank(code);
  const lower = code | 0x20;
  return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2e || code === 0x2d;
}

/** The end of the dotenv key starting at `start`. */
function scanDotenvKey(scanner: SourceScanner, start: number, lineEnd: number): number {
  let index = start;
  while (index < lineEnd && isDotenvKeyCode(scanner.code(index))) index++;
  return index;
}

/** Where the value after a dotenv key ending at `keyEnd` starts, or -1 without a separator. */
function findDotenvValueStart(scanner: SourceScanner, keyEnd: number, lineEnd: number): number {
  // `KEY: value` needs whitespace (or the end of the line) right after the colon.
  if (scanner.code(keyEnd) === COLON && keyEnd < lineEnd) {
    const after = keyEnd + 1;
    if (after === lineEnd || isBlank(scanner.code(after))) return scanner.skipBlank(after, lineEnd);
    return -1;
  }
  const separator = scanner.skipBlank(keyEnd, lineEnd);
  if (separator < lineEnd && scanner.code(separator) === EQUALS) return scanner.skipBlank(separator + 1, lineEnd);
  return -1;
}

function readDotenvLine(scanner: SourceScanner, line: number): number {
  const lineEnd = scanner.lineEnd(line);
  const start = scanner.skipBlank(scanner.lineStart(line), lineEnd);
  if (start === lineEnd) return line + 1;
  if (scanner.code(start) === HASH) {
    scanner.addComment(start, lineEnd);
    return line + 1;
  }
  // `export KEY=…`, or a key named `export`.
  const keyStarts: [number, boolean][] = [[start, false]];
  if (scanner.text.startsWith('export', start) && isBlank(scanner.code(start + 6))) {
    keyStarts.unshift([scanner.skipBlank(start + 6, lineEnd), true]);
  }
  for (const [keyStart, exported] of keyStarts) {
    const keyEnd = scanDotenvKey(scanner, keyStart, lineEnd);
    if (keyEnd === keyStart) continue;
    const valueStart = findDotenvValueStart(scanner, keyEnd, lineEnd);
    if (valueStart < 0) continue;
    const { value, nextLine } = readDotenvValue(scanner, line, valueStart);
    scanner.addEntry(scanner.rawKey(keyStart, keyEnd), value, null, exported, start);
    return nextLine;
  }
  scanner.addEntry(null, readUnquotedDotenv(scanner, start, lineEnd), null, false, start);
  return line + 1;
}

function parseDotenv(scanner: SourceScanner): void {
  let line = 0;
  while (line < scanner.lineCount) line = readDotenvLine(scanner, line);
}

// ---------------------------------------------------------------------------------------------
// npmrc

/** A bracketed section header filling the trimmed line `[start, end)`, or null. */
function readBracketSection(scanner: SourceScanner, start: number, end: number): Section | null {
  if (scanner.code(start) !== OPEN_BRACKET || end - start < 2 || scanner.code(end - 1) !== CLOSE_BRACKET) return null;
  const inner = scanner.text.slice(start + 1, end - 1);
  if (inner.includes(']')) return null;
  return scanner.section(inner.trim(), start, end);
}

/** An npmrc value filling `[start, lineEnd)`, read as npm's ini reader does. */
function readNpmrcValue(scanner: SourceScanner, start: number, lineEnd: number): Value {
  const { text } = scanner;
  const end = scanner.trimEnd(start, lineEnd);
  const open = scanner.code(start);
  if (end - start >= 2 && (open === DOUBLE_QUOTE || open === SINGLE_QUOTE) && scanner.code(end - 1) === open) {
    if (open === SINGLE_QUOTE) return scanner.value(text.slice(start + 1, end - 1), "'", start, end, start + 1, end - 1);
    const decoded = parseJsonString(text.slice(start, end));
    if (decoded !== undefined) return scanner.value(decoded, '"', start, end, start + 1, end - 1);
    return scanner.rawValue(start, end);
  }
  // Unquoted: \; \# \\ are escapes, an unescaped `;` or `#` starts a comment.
  let out = '';
  let chunk = start;
  let stop = lineEnd;
  for (let index = start; index < lineEnd; index++) {
    const code = text.charCodeAt(index);
    if (code === SEMICOLON || code === HASH) {
      scanner.addComment(index, lineEnd);
      stop = index;
      break;
    }
    if (code === BACKSLASH && index + 1 < lineEnd) {
      const next = text.charCodeAt(index + 1);
      if (next === SEMICOLON || next === HASH || next === BACKSLASH) {
        out += text.slice(chunk, index);
        chunk = index + 1;
      }
      index++;
    }
  }
  out += text.slice(chunk, stop);
  const valueEnd = scanner.trimEnd(start, stop);
  return scanner.value(out.trim(), null, start, valueEnd, start, valueEnd);
}

/** The string a JSON string literal stands for, or undefined when it is not one. */
function parseJsonString(literal: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(literal);
    return typeof parsed === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function parseNpmrc(scanner: SourceScanner): void {
  let section: string | null = null;
  for (let line = 0; line < scanner.lineCount; line++) {
    const lineEnd = scanner.lineEnd(line);
    const start = scanner.skipBlank(scanner.lineStart(line), lineEnd);
    if (start === lineEnd) continue;
    const first = scanner.code(start);
    if (first === SEMICOLON || first === HASH) {
      scanner.addComment(start, lineEnd);
      continue;
    }
    const end = scanner.trimEnd(start, lineEnd);
    const header = readBracketSection(scanner, start, end);
    if (header !== null) {
      section = header.name;
      scanner.addSection(header);
      continue;
    }
    const separator = scanner.text.indexOf('=', start);
    if (separator < 0 || separator >= lineEnd) {
      scanner.addEntry(scanner.rawKey(start, end), null, section, false, start);
      continue;
    }
    const keyEnd = scanner.trimEnd(start, separator);
    const key = keyEnd > start ? scanner.rawKey(start, keyEnd) : null;
    const value = readNpmrcValue(scanner, scanner.skipBlank(separator + 1, lineEnd), lineEnd);
    scanner.addEntry(key, value, section, false, start);
  }
}

// ---------------------------------------------------------------------------------------------
// ini

interface IniPart {
  start: number;
  end: number;
}

interface PendingIniEntry {
  key: Key | null;
  start: number;
  /** The value on the key's line, then continuation lines (empty parts stand for blank lines). */
  parts: IniPart[];
  section: string | null;
}

function finishIniEntry(scanner: SourceScanner, pending: PendingIniEntry): void {
  const { parts } = pending;
  let last = parts.length - 1;
  while (last > 0 && parts[last]?.start === parts[last]?.end) last--;
  const used = parts.slice(0, last + 1);
  const first = used[0];
  if (first === undefined) return;
  const end = used.reduce((furthest, part) => (part.end > part.start ? part.end : furthest), first.end);
  const decoded = used.map((part) => scanner.text.slice(part.start, part.end)).join('\n');
  const value = scanner.value(decoded, null, first.start, end, first.start, end);
  scanner.addEntry(pending.key, value, pending.section, false, pending.start);
}

/** `[name]` at the start of a trimmed line; the name runs to the last `]` (configparser). */
function readIniSection(scanner: SourceScanner, start: number, end: number): Section | null {
  if (scanner.code(start) !== OPEN_BRACKET) return null;
  const close = scanner.text.lastIndexOf(']', end - 1);
  if (close <= start + 1) return null;
  return scanner.section(scanner.text.slice(start + 1, close), start, close + 1);
}

function parseIni(scanner: SourceScanner): void {
  let section: string | null = null;
  let pending: PendingIniEntry | null = null;
  let indentLevel = 0;
  for (let line = 0; line < scanner.lineCount; line++) {
    const lineStart = scanner.lineStart(line);
    const lineEnd = scanner.lineEnd(line);
    const start = scanner.skipBlank(lineStart, lineEnd);
    if (start === lineEnd) {
      // Blank lines inside a value are kept (trailing ones are dropped when it is finished).
      pending?.parts.push({ start, end: start });
      continue;
    }
    const first = scanner.code(start);
    if (first === HASH || first === SEMICOLON) {
      scanner.addComment(start, lineEnd);
      continue;
    }
    const end = scanner.trimEnd(start, lineEnd);
    const indent = start - lineStart;
    if (pending !== null && indent > indentLevel) {
      pending.parts.push({ start, end });
      continue;
    }
    if (pending !== null) finishIniEntry(scanner, pending);
    pending = null;
    indentLevel = indent;
    const header = readIniSection(scanner, start, end);
    if (header !== null) {
      section = header.name;
      scanner.addSection(header);
      continue;
    }
    const separator = findIniSeparator(scanner, start, end);
    if (separator < 0) {
      scanner.addEntry(scanner.rawKey(start, end), null, section, false, start);
      continue;
    }
    const keyEnd = scanner.trimEnd(start, separator);
    const key = keyEnd > start ? scanner.rawKey(start, keyEnd) : null;
    const valueStart = scanner.skipBlank(separator + 1, end);
    pending = { key, start, parts: [{ start: valueStart, end }], section };
  }
  if (pending !== null) finishIniEntry(scanner, pending);
}

function findIniSeparator(scanner: SourceScanner, start: number, end: number): number {
  for (let index = start; index < end; index++) {
    const code = scanner.code(index);
    if (code === EQUALS || code === COLON) return index;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// properties

/** A logical .properties line: pieces of physical lines, continuation backslashes removed. */
class LogicalLine {
  readonly text: string;
  /** Per piece: offset in `text`, offset in the source, length. */
  readonly #pieces: { at: number; source: number; length: number }[] = [];
  /** Where an empty logical line sits. */
  readonly #fallback: number;

  constructor(source: string, pieces: IniPart[]) {
    let text = '';
    for (const piece of pieces) {
      if (piece.end === piece.start) continue;
      this.#pieces.push({ at: text.length, source: piece.start, length: piece.end - piece.start });
      text += source.slice(piece.start, piece.end);
    }
    this.text = text;
    this.#fallback = pieces[0]?.start ?? 0;
  }

  /** The source offset of the character at `index` (or of the end, for index = length). */
  startOffset(index: number): number {
    for (const piece of this.#pieces) {
      if (index < piece.at + piece.length) return piece.source + index - piece.at;
    }
    return this.endOffset(index);
  }

  /** The source offset just past the character at `index - 1`. */
  endOffset(index: number): number {
    let offset = this.#fallback;
    for (const piece of this.#pieces) {
      if (index <= piece.at) break;
      offset = piece.source + Math.min(index - piece.at, piece.length);
    }
    return offset;
  }
}

function hexValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** java.util.Properties' loadConvert: \t \n \r \f \uXXXX, and \x for any other x. */
function decodeProperties(text: string, start: number, end: number): string {
  let out = '';
  let chunk = start;
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== BACKSLASH) continue;
    out += text.slice(chunk, index);
    if (index + 1 >= end) {
      chunk = end;
      break;
    }
    const next = text.charCodeAt(index + 1);
    if (next === 0x75) {
      let unit = 0;
      let digits = 0;
      while (digits < 4 && index + 2 + digits < end) {
        const digit = hexValue(text.charCodeAt(index + 2 + digits));
        if (digit < 0) break;
        unit = unit * 16 + digit;
        digits++;
      }
      if (digits < 4) {
        // Malformed: kept as written (Java would refuse the whole file).
        chunk = index;
        index++;
        continue;
      }
      out += String.fromCharCode(unit);
      index += 5;
    } else {
      out += next === 0x74 ? '\t' : next === 0x6e ? '\n' : next === 0x72 ? '\r' : next === 0x66 ? '\f' : String.fromCharCode(next);
      index++;
    }
    chunk = index + 1;
  }
  return out + text.slice(chunk, end);
}

/** Collects the pieces of the logical line starting at `start` on `line`; returns the next line. */
function collectPropertiesLine(scanner: SourceScanner, line: number, start: number, pieces: IniPart[]): number {
  let current = line;
  let pieceStart = start;
  for (;;) {
    const lineEnd = scanner.lineEnd(current);
    let backslashes = 0;
    while (lineEnd - backslashes > pieceStart && scanner.code(lineEnd - backslashes - 1) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) {
      pieces.push({ start: pieceStart, end: lineEnd });
      return current + 1;
    }
    pieces.push({ start: pieceStart, end: lineEnd - 1 });
    current++;
    if (current >= scanner.lineCount) return current;
    const nextEnd = scanner.lineEnd(current);
    pieceStart = scanner.lineStart(current);
    while (pieceStart < nextEnd && isPropertiesBlank(scanner.code(pieceStart))) pieceStart++;
    if (pieceStart === nextEnd) return current + 1;
  }
}

function readPropertiesEntry(scanner: SourceScanner, logical: LogicalLine, entryStart: number): void {
  const { text } = logical;
  const { length } = text;
  let keyEnd = 0;
  let hasSeparator = false;
  let escaped = false;
  while (keyEnd < length) {
    const code = text.charCodeAt(keyEnd);
    if (!escaped && (code === EQUALS || code === COLON || isPropertiesBlank(code))) {
      hasSeparator = code === EQUALS || code === COLON;
      break;
    }
    escaped = code === BACKSLASH && !escaped;
    keyEnd++;
  }
  let valueStart = Math.min(keyEnd + 1, length);
  while (valueStart < length) {
    const code = text.charCodeAt(valueStart);
    if (!isPropertiesBlank(code)) {
      if (hasSeparator || (code !== EQUALS && code !== COLON)) break;
      hasSeparator = true;
    }
    valueStart++;
  }
  const key =
    keyEnd > 0 ? scanner.key(decodeProperties(text, 0, keyEnd), logical.startOffset(0), logical.endOffset(keyEnd)) : null;
  const valueSourceStart = logical.startOffset(valueStart);
  const valueSourceEnd = Math.max(valueSourceStart, logical.endOffset(length));
  const value = scanner.value(decodeProperties(text, valueStart, length), null, valueSourceStart, valueSourceEnd, valueSourceStart, valueSourceEnd);
  scanner.addEntry(key, value, null, false, entryStart);
}

function parseProperties(scanner: SourceScanner): void {
  let line = 0;
  while (line < scanner.lineCount) {
    const lineEnd = scanner.lineEnd(line);
    let start = scanner.lineStart(line);
    while (start < lineEnd && isPropertiesBlank(scanner.code(start))) start++;
    if (start === lineEnd) {
      line++;
      continue;
    }
    const first = scanner.code(start);
    if (first === HASH || first === EXCLAMATION) {
      scanner.addComment(start, lineEnd);
      line++;
      continue;
    }
    const pieces: IniPart[] = [];
    line = collectPropertiesLine(scanner, line, start, pieces);
    readPropertiesEntry(scanner, new LogicalLine(scanner.text, pieces), start);
  }
}

// ---------------------------------------------------------------------------------------------
// netrc

const NETRC_KEYWORDS = new Set(['machine', 'default', 'login', 'password', 'account', 'port', 'macdef']);

interface NetrcToken {
  start: number;
  end: number;
  value: Value;
  /** The keyword this token spells, when it is unquoted. */
  keyword: string | undefined;
}

/** Decodes a curl netrc "…" token: \n \r \t, and \x for any other x. */
function decodeNetrcQuoted(text: string, start: number, end: number): string {
  let out = '';
  let chunk = start;
  for (let index = start; index < end; index++) {
    if (text.charCodeAt(index) !== BACKSLASH || index + 1 >= end) continue;
    const next = text.charCodeAt(index + 1);
    out += text.slice(chunk, index) + (next === 0x6e ? '\n' : next === 0x72 ? '\r' : next === 0x74 ? '\t' : String.fromCharCode(next));
    index++;
    chunk = index + 1;
  }
  return out + text.slice(chunk, end);
}

function readNetrcToken(scanner: SourceScanner, start: number): NetrcToken {
  const { text } = scanner;
  const lineEnd = scanner.lineEnd(scanner.lineOf(start));
  if (scanner.code(start) === DOUBLE_QUOTE) {
    for (let index = start + 1; index < lineEnd; index++) {
      const code = text.charCodeAt(index);
      if (code === BACKSLASH) {
        index++;
      } else if (code === DOUBLE_QUOTE) {
        const value = scanner.value(decodeNetrcQuoted(text, start + 1, index), '"', start, index + 1, start + 1, index);
        return { start, end: index + 1, value, keyword: undefined };
      }
    }
    // An unterminated quote: the rest of the line, as written.
    const end = scanner.trimEnd(start, lineEnd);
    return { start, end, value: scanner.rawValue(start, end), keyword: undefined };
  }
  let end = start;
  while (end < lineEnd && !isBlank(text.charCodeAt(end))) end++;
  const value = scanner.rawValue(start, end);
  const lower = value.value.toLowerCase();
  return { start, end, value, keyword: NETRC_KEYWORDS.has(lower) ? lower : undefined };
}

/** The offset of the line after the body of a macdef whose name ends at `nameEnd`. */
function skipMacroBody(scanner: SourceScanner, nameEnd: number): number {
  let line = scanner.lineOf(nameEnd) + 1;
  while (line < scanner.lineCount) {
    const lineEnd = scanner.lineEnd(line);
    const blank = scanner.skipBlank(scanner.lineStart(line), lineEnd) === lineEnd;
    line++;
    if (blank) break;
  }
  return scanner.lineStart(line);
}

function skipNetrcSpace(scanner: SourceScanner, from: number): number {
  const { text } = scanner;
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (!isBlank(code) && !isLineBreak(code)) break;
    index++;
  }
  return index;
}

function parseNetrc(scanner: SourceScanner): void {
  const { text } = scanner;
  let machine: string | null = null;
  let keyword: { key: Key; name: string; start: number } | null = null;
  let index = skipNetrcSpace(scanner, 0);
  while (index < text.length) {
    if (keyword === null && scanner.code(index) === HASH) {
      const lineEnd = scanner.lineEnd(scanner.lineOf(index));
      scanner.addComment(index, lineEnd);
      index = skipNetrcSpace(scanner, lineEnd);
      continue;
    }
    const token = readNetrcToken(scanner, index);
    index = skipNetrcSpace(scanner, token.end);
    if (keyword !== null) {
      if (keyword.name === 'machine') machine = token.value.value;
      scanner.addEntry(keyword.key, token.value, machine, false, keyword.start);
      if (keyword.name === 'macdef') index = skipNetrcSpace(scanner, skipMacroBody(scanner, token.end));
      keyword = null;
    } else if (token.keyword === 'default') {
      machine = null;
      scanner.addEntry(scanner.rawKey(token.start, token.end), null, null, false, token.start);
    } else if (token.keyword !== undefined) {
      keyword = { key: scanner.rawKey(token.start, token.end), name: token.keyword, start: token.start };
    } else {
      scanner.addEntry(null, token.value, machine, false, token.start);
    }
  }
  if (keyword !== null) scanner.addEntry(keyword.key, null, keyword.name === 'machine' ? null : machine, false, keyword.start);
}

// ---------------------------------------------------------------------------------------------
// text

function parseText(scanner: SourceScanner): void {
  for (let line = 0; line < scanner.lineCount; line++) {
    const lineEnd = scanner.lineEnd(line);
    const start = scanner.skipBlank(scanner.lineStart(line), lineEnd);
    if (start === lineEnd) continue;
    if (scanner.code(start) === HASH) {
      scanner.addComment(start, lineEnd);
      continue;
    }
    scanner.addEntry(null, scanner.rawValue(start, scanner.trimEnd(start, lineEnd)), null, false, start);
  }
}

const PARSERS: Readonly<Record<Dialect, (scanner: SourceScanner) => void>> = Object.freeze({
  dotenv: parseDotenv,
  npmrc: parseNpmrc,
  ini: parseIni,
  properties: parseProperties,
  netrc: parseNetrc,
  text: parseText,
});

/** Parses `text` (BOM already removed) as a key=value file of `dialect`. Never throws. */
export function parseKeyValue(text: string, dialect: Dialect): KeyValueDocument {
  const scanner = new SourceScanner(text);
  PARSERS[dialect](scanner);
  return {
    type: 'Document',
    dialect,
    body: scanner.body,
    comments: scanner.comments,
    range: [0, text.length],
    loc: scanner.loc(0, text.length),
  };
}
