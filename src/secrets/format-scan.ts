/**
 * Where provider formats occur in a string: every catalog token, with its offsets.
 *
 * A format can only match where one of its literals occurs (a prefix, or a marker inside a token
 * without a prefix), and a literal is tried the way a left-to-right scan would try it: at each
 * position in turn, every literal found there in catalog order, its format's sticky regex run at
 * the token start, the first hit kept and the scan resumed after it.
 *
 * Performance: this runs on every string literal in the editor, and a long one (a base64 blob) is
 * mostly letters and digits. Most literals can only begin right after a character that is not an
 * ASCII letter or digit, because their pattern opens with `\b` or with a lookbehind that rejects
 * letters and digits, or they begin with such a character themselves; the few that may begin
 * inside a word (a marker in the middle of a token) are found through a character of their own
 * that is not a letter or digit, or with `indexOf`. So the scan only looks around those other
 * characters: a long ASCII text goes through the chunk scanner (chunk-scanner.ts), which lists the
 * ones a literal could start at or after, sixteen bytes at a time; a short or non-ASCII text is
 * read character by character. Nothing here is worse than linear in the length of the text.
 */
import { CHUNK_LENGTH, createChunkScanner } from './chunk-scanner.js';
import type { SecretFinding } from './finding.js';
import { TOKEN_FORMATS, type TokenFormat } from './formats.js';
import { looksLikeDummyToken } from './placeholders.js';

/** A provider-format token found in a text. */
export interface FormatFinding extends SecretFinding {
  /** The format can hold a more specific token, which replaces it (see TokenFormat.container). */
  readonly container: boolean;
  /** The token is one designed to ship to clients, here (see TokenFormat.publicInContext): found, not to be reported. */
  readonly shipsToClients: boolean;
}

/** One way into a format from a literal found in the text. */
interface Candidate {
  readonly literal: string;
  readonly format: TokenFormat;
  readonly regex: RegExp;
  /** How far before the literal the token starts (0 for prefixes). */
  readonly minOffset: number;
  readonly maxOffset: number;
}

/** A literal that may begin inside a run of letters and digits, and where its first other character sits. */
interface InnerLiteral {
  readonly literal: string;
  readonly offset: number;
}

const ASCII = 128;
const ALPHANUMERICS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** 1 for the ASCII letters and digits. */
const ALPHANUMERIC = new Uint8Array(ASCII);
/** 1 for every character code that begins a literal. */
const FIRST_CHAR = new Uint8Array(ASCII);
/** 1 where a two-character pair starts some literal: one array read per position tried. */
const PAIR_STARTS = new Uint8Array(ASCII * ASCII);
/** Candidates by their literal's first two character codes (`c0 * 128 + c1`), in catalog order. */
const CANDIDATES_BY_PAIR = new Map<number, Candidate[]>();
/** Literals that may begin inside a run of letters and digits, by the code of their first other character. */
const INNER_BY_CODE = new Map<number, InnerLiteral[]>();
/** 1 for the character codes INNER_BY_CODE holds. */
const HAS_INNER = new Uint8Array(ASCII);
/**
 * Literals that may begin inside a run of letters and digits and hold no other ASCII character,
 * with the shortest text their format can match in (a shorter text is not searched for them).
 */
const BARE_LITERALS: { literal: string; minTextLength: number }[] = [];

buildIndex();

/** Reads long ASCII chunks sixteen bytes at a time; undefined where WebAssembly SIMD is unavailable. */
const scanner = createChunkScanner(PAIR_STARTS, HAS_INNER);
/** Chunks shorter than this are read character by character: copying them would cost more. */
const SCANNER_MIN_LENGTH = 256;

function buildIndex(): void {
  for (const ch of ALPHANUMERICS) ALPHANUMERIC[ch.charCodeAt(0)] = 1;
  for (const format of TOKEN_FORMATS) {
    const flags = format.pattern.flags.includes('y') ? format.pattern.flags : `${format.pattern.flags}y`;
    const regex = new RegExp(format.pattern.source, flags.replace('g', ''));
    const entries = [
      ...format.prefixes.map((literal) => ({ literal, minOffset: 0, maxOffset: 0 })),
      ...(format.anchors ?? []).map((a) => ({ literal: a.marker, minOffset: a.minOffset, maxOffset: a.maxOffset })),
    ];
    for (const { literal, minOffset, maxOffset } of entries) {
      const c0 = literal.charCodeAt(0);
      const c1 = literal.charCodeAt(1);
      if (literal.length < 2 || c0 >= ASCII || c1 >= ASCII) throw new Error(`token format ${format.id}: literal must be 2+ ASCII characters`);
      FIRST_CHAR[c0] = 1;
      const key = c0 * ASCII + c1;
      PAIR_STARTS[key] = 1;
      const bucket = CANDIDATES_BY_PAIR.get(key) ?? [];
      bucket.push({ literal, format, regex, minOffset, maxOffset });
      CANDIDATES_BY_PAIR.set(key, bucket);
      const followsOtherCharacter = maxOffset === 0 && startsAfterNonAlphanumeric(format.pattern);
      if (ALPHANUMERIC[c0] === 1 && !followsOtherCharacter) addInnerLiteral(literal, format.minLength);
    }
  }
}

/** Files a literal that may begin inside a run of letters and digits under its first other ASCII character. */
function addInnerLiteral(literal: string, minTextLength: number): void {
  let offset = 0;
  while (offset < literal.length && ALPHANUMERIC[literal.charCodeAt(offset)] === 1) offset++;
  const code = literal.charCodeAt(offset);
  if (offset === literal.length || code >= ASCII) {
    const known = BARE_LITERALS.find((bare) => bare.literal === literal);
    if (known === undefined) BARE_LITERALS.push({ literal, minTextLength });
    else known.minTextLength = Math.min(known.minTextLength, minTextLength);
    return;
  }
  const list = INNER_BY_CODE.get(code) ?? [];
  if (!list.some((inner) => inner.literal === literal)) list.push({ literal, offset });
  INNER_BY_CODE.set(code, list);
  HAS_INNER[code] = 1;
}

/**
 * True when every match of `pattern` starts at the beginning of the text or right after a
 * character that is not an ASCII letter or digit: the pattern opens with `\b` (its literals begin
 * with a word character) or with a negative lookbehind whose class holds every letter and digit,
 * and has no top-level alternative that could do without that opening. Syntax this reading does
 * not know answers false, which only costs speed.
 */
function startsAfterNonAlphanumeric(pattern: RegExp): boolean {
  const { source, flags } = pattern;
  if (flags.includes('v') || hasTopLevelAlternative(source)) return false;
  if (source.startsWith('\\b')) return true;
  if (!source.startsWith('(?<![')) return false;
  const close = classEnd(source, 5);
  if (close < 0 || source.charAt(close + 1) !== ')') return false;
  const rejected = asciiClass(source.slice(5, close));
  return rejected !== undefined && Array.from(ALPHANUMERICS).every((ch) => rejected.has(ch.charCodeAt(0)));
}

/**
 * The ASCII codes a character class body holds (`\w`, `\d`, ranges, single and escaped
 * characters), or undefined for anything else (`^`, `\p{...}`, `\s`, control escapes).
 */
function asciiClass(body: string): Set<number> | undefined {
  const codes = new Set<number>();
  let i = 0;
  const atom = (): number | undefined => {
    const ch = body.charAt(i);
    if (ch !== '\\') {
      i++;
      return ch.charCodeAt(0);
    }
    const escaped = body.charCodeAt(i + 1);
    i += 2;
    return escaped < ASCII && ALPHANUMERIC[escaped] === 0 ? escaped : undefined;
  };
  if (body.startsWith('^')) return undefined;
  while (i < body.length) {
    if (body.startsWith('\\w', i) || body.startsWith('\\d', i)) {
      for (const ch of body.charAt(i + 1) === 'w' ? `${ALPHANUMERICS}_` : '0123456789') codes.add(ch.charCodeAt(0));
      i += 2;
      continue;
    }
    const from = atom();
    if (from === undefined) return undefined;
    if (body.charAt(i) !== '-' || i + 1 >= body.length) {
      codes.add(from);
      continue;
    }
    i++;
    const to = atom();
    if (to === undefined || to < from) return undefined;
    for (let code = from; code <= to; code++) codes.add(code);
  }
  return codes;
}

/** Index of the `]` closing a character class whose body starts at `from`, or -1. */
function classEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === ']') return i;
  }
  return -1;
}

function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (ch === '\\') i++;
    else if (ch === '[') i = classEnd(source, i + 1);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
    if (i < 0) return true;
  }
  return false;
}

/** Provider formats found anywhere in `text`, by position; containers give way to tokens inside them. */
export function scanFormats(text: string): FormatFinding[] {
  const count = collectCandidatePositions(text);
  if (count === 0) return [];
  const findings: FormatFinding[] = [];
  let next = 0;
  for (let index = 0; index < count; index++) {
    const position = positions.at(index);
    if (position < next) continue;
    next = position + 1;
    const hit = matchAt(text, position);
    if (hit === undefined) continue;
    findings.push(hit);
    if (!hit.container && hit.end > position) next = hit.end;
  }
  return dropOutdoneContainers(findings);
}

/** Does some literal start with the two characters at `position`? */
function pairStartsAt(text: string, position: number): boolean {
  if (position < 0 || position + 1 >= text.length) return false;
  const c0 = text.charCodeAt(position);
  if (c0 >= ASCII || FIRST_CHAR[c0] === 0) return false;
  const c1 = text.charCodeAt(position + 1);
  return c1 < ASCII && PAIR_STARTS[c0 * ASCII + c1] === 1;
}

/**
 * Positions to try, ascending and without repeats: every position where some format could match
 * is among them. One buffer serves every scan (a scan never starts another), so the common case,
 * a string with no candidate at all, allocates nothing.
 */
class Positions {
  private list: Int32Array = new Int32Array(64);
  private count = 0;
  private last = -1;
  private sorted = true;

  reset(): void {
    this.count = 0;
    this.last = -1;
    this.sorted = true;
  }

  add(position: number): void {
    if (position === this.last) return;
    if (position < this.last) this.sorted = false;
    if (this.count === this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.count++] = position;
    this.last = position;
  }

  at(index: number): number {
    return this.list[index] ?? 0;
  }

  /** Sorts and de-duplicates what was added; returns how many positions there are. */
  done(): number {
    if (this.sorted) return this.count;
    const list = this.list.subarray(0, this.count).sort();
    let kept = 0;
    for (let index = 0; index < list.length; index++) {
      const position = list[index] ?? 0;
      if (kept === 0 || position !== list[kept - 1]) list[kept++] = position;
    }
    this.count = kept;
    return kept;
  }
}

const positions = new Positions();

/** Fills `positions` with the candidates in `text`; returns their count. */
function collectCandidatePositions(text: string): number {
  positions.reset();
  if (pairStartsAt(text, 0)) positions.add(0);
  for (let from = 0; from < text.length; from += CHUNK_LENGTH) {
    const to = Math.min(from + CHUNK_LENGTH, text.length);
    if (to - from >= SCANNER_MIN_LENGTH && scanner?.load(text, from, to) === true) {
      for (const offset of scanner.bytesToTry()) addAround(text, from + offset, text.charCodeAt(from + offset));
    } else {
      addAroundEachOtherCharacter(text, from, to);
    }
  }
  for (const { literal, minTextLength } of BARE_LITERALS) {
    if (text.length < minTextLength) continue;
    for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) positions.add(at);
  }
  return positions.done();
}

/**
 * The positions a character that is not an ASCII letter or digit opens: its own (for a literal
 * that begins with it), the next one (for a literal that must follow it), and those of the inner
 * literals it belongs to.
 */
function addAround(text: string, position: number, code: number): void {
  if (pairStartsAt(text, position)) positions.add(position);
  if (pairStartsAt(text, position + 1)) positions.add(position + 1);
  if (code < ASCII && HAS_INNER[code] === 1) {
    for (const { literal, offset } of INNER_BY_CODE.get(code) ?? []) {
      if (position >= offset && text.startsWith(literal, position - offset)) positions.add(position - offset);
    }
  }
}

function addAroundEachOtherCharacter(text: string, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= ASCII || ALPHANUMERIC[code] === 0) addAround(text, i, code);
  }
}

function matchAt(text: string, position: number): FormatFinding | undefined {
  const bucket = CANDIDATES_BY_PAIR.get(text.charCodeAt(position) * ASCII + text.charCodeAt(position + 1)) ?? [];
  for (const candidate of bucket) {
    if (!text.startsWith(candidate.literal, position)) continue;
    for (let offset = candidate.maxOffset; offset >= candidate.minOffset; offset--) {
      const start = position - offset;
      if (start < 0) continue;
      candidate.regex.lastIndex = start;
      const match = candidate.regex.exec(text);
      if (match === null) continue;
      const value = match[0];
      const { format } = candidate;
      const { inContext } = format;
      if (isFormatHit(format, value) && (inContext === undefined || inContext(text, start, start + value.length))) {
        const end = start + value.length;
        const shipsToClients = format.publicInContext?.(text, start, end) === true;
        return { kind: format.name, formatId: format.id, envName: format.envName, start, end, value, container: format.container === true, shipsToClients };
      }
    }
  }
  return undefined;
}

/** A checksummed format needs its checksum; a validated one its validation; any other must not look like a dummy. */
function isFormatHit(format: TokenFormat, value: string): boolean {
  if (format.checksum !== undefined) return format.checksum(value);
  if (format.validate !== undefined) return format.validate(value);
  return !looksLikeDummyToken(value);
}

function dropOutdoneContainers(findings: FormatFinding[]): FormatFinding[] {
  if (findings.length < 2) return findings;
  const specific = findings.filter((f) => !f.container);
  return findings
    .filter((f) => !f.container || !specific.some((s) => s.start < f.end && f.start < s.end))
    .sort((a, b) => a.start - b.start);
}
