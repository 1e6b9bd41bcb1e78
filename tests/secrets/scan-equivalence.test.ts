import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_LENGTH, createChunkScanner } from '../../src/secrets/chunk-scanner.js';
import { scanFormats, type FormatFinding } from '../../src/secrets/format-scan.js';
import { TOKEN_FORMATS, type TokenFormat } from '../../src/secrets/formats.js';
import { looksLikeDummyToken } from '../../src/secrets/placeholders.js';
import { ALPHABETS, FORMAT_IDS, fakeToken } from '../helpers/tokens.js';

/**
 * The scan only looks around the characters that are not letters or digits, and finds the
 * literals that may start inside a word through one of their own characters. These tests hold it
 * to the plain definition: at every position in turn, every literal found there in catalog order,
 * the first hit kept and the scan resumed after it. Same findings, same offsets, same order.
 *
 * Fixed seeds, so a failure reproduces: fast-check prints the seed and path (and the
 * counterexample, whose tokens are synthetic); the assertions themselves print no token.
 */

interface Entry {
  readonly format: TokenFormat;
  readonly regex: RegExp;
  readonly literal: string;
  readonly minOffset: number;
  readonly maxOffset: number;
}

/** Every prefix and marker of the catalog, in catalog order, grouped by first character. */
const ENTRIES_BY_FIRST_CHAR = new Map<string, Entry[]>();
for (const format of TOKEN_FORMATS) {
  const regex = new RegExp(format.pattern.source, `${format.pattern.flags.replaceAll(/[gy]/g, '')}y`);
  const literals = [
    ...format.prefixes.map((literal) => ({ literal, minOffset: 0, maxOffset: 0 })),
    ...(format.anchors ?? []).map((anchor) => ({ literal: anchor.marker, minOffset: anchor.minOffset, maxOffset: anchor.maxOffset })),
  ];
  for (const { literal, minOffset, maxOffset } of literals) {
    const first = literal.charAt(0);
    ENTRIES_BY_FIRST_CHAR.set(first, [...(ENTRIES_BY_FIRST_CHAR.get(first) ?? []), { format, regex, literal, minOffset, maxOffset }]);
  }
}

function referenceHitAt(text: string, position: number): FormatFinding | undefined {
  for (const { format, regex, literal, minOffset, maxOffset } of ENTRIES_BY_FIRST_CHAR.get(text.charAt(position)) ?? []) {
    if (!text.startsWith(literal, position)) continue;
    for (let offset = maxOffset; offset >= minOffset; offset--) {
      const start = position - offset;
      if (start < 0) continue;
      regex.lastIndex = start;
      const value = regex.exec(text)?.[0];
      if (value === undefined) continue;
      const valid = format.checksum?.(value) ?? format.validate?.(value) ?? !looksLikeDummyToken(value);
      if (!valid || format.inContext?.(text, start, start + value.length) === false) continue;
      const end = start + value.length;
      return { kind: format.name, formatId: format.id, envName: format.envName, start, end, value, container: format.container === true, shipsToClients: format.publicInContext?.(text, start, end) === true };
    }
  }
  return undefined;
}

/** Position by position, as the catalog defines it; a container gives way to a token inside it. */
function referenceScan(text: string): FormatFinding[] {
  const findings: FormatFinding[] = [];
  let position = 0;
  while (position < text.length - 1) {
    const hit = referenceHitAt(text, position);
    if (hit !== undefined) findings.push(hit);
    position = hit !== undefined && !hit.container && hit.end > position ? hit.end : position + 1;
  }
  if (findings.length < 2) return findings;
  return findings
    .filter((f) => !f.container || !findings.some((s) => !s.container && s.start < f.end && f.start < s.end))
    .sort((a, b) => a.start - b.start);
}

/** A finding without its value, so that a failure never prints a whole token. */
function described({ kind, formatId, envName, start, end, container, shipsToClients }: FormatFinding): object {
  return { kind, formatId, envName, start, end, container, shipsToClients };
}

function summary(findings: readonly FormatFinding[]): string[] {
  return findings.map((f) => `${f.formatId}@${String(f.start)}-${String(f.end)}`);
}

function expectSameScan(text: string): void {
  const expected = referenceScan(text);
  const actual = scanFormats(text);
  expect(actual.map(described)).toEqual(expected.map(described));
  expect(actual.every((f) => f.value === text.slice(f.start, f.end))).toBe(true);
}

const TOKENS = FORMAT_IDS.flatMap((id) => [1, 2, 3].map((seed) => fakeToken(id, seed)));
const LITERALS = [...new Set(TOKEN_FORMATS.flatMap((format) => [...format.prefixes, ...(format.anchors ?? []).map((anchor) => anchor.marker)]))];
const SEPARATORS = [' ', '+', '/', '=', '-', '_', '.', ':', '~', '"', "'", '\n', '&', '?', '@', ';', ',', '%', '\u00e9', '\u2028', '\uFFFC', '\uD83D\uDE00'];
const WORD = `${ALPHABETS.base62}_`;
const BASE64 = `${ALPHABETS.base64}=`;

const run = (alphabet: string, maxLength: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...Array.from(alphabet)), maxLength, size: 'medium' });

/** A catalog token, cut short or with one character changed now and then. */
const token = fc.tuple(fc.constantFrom(...TOKENS), fc.nat(), fc.nat({ max: 3 })).map(([value, at, change]) => {
  const index = at % value.length;
  if (change === 1) return value.slice(0, index);
  if (change === 2) return value.slice(0, index) + (value.charAt(index) === 'A' ? 'B' : 'A') + value.slice(index + 1);
  return value;
});

/** A literal on its own or with a tail of word or base64 characters. */
const literal = fc.tuple(fc.constantFrom(...LITERALS), run(WORD, 40)).map(([value, tail]) => value + tail);

const piece = fc.oneof(
  { weight: 4, arbitrary: token },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...SEPARATORS), token, fc.constantFrom(...SEPARATORS)).map((parts) => parts.join('')) },
  { weight: 3, arbitrary: literal },
  { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
  { weight: 3, arbitrary: run(WORD, 12) },
  { weight: 2, arbitrary: run(BASE64, 300) },
  { weight: 1, arbitrary: run('0123456789', 12) },
);

/** Pieces glued together: tokens and literals land mid-word as often as after a separator. */
const text = fc.array(piece, { minLength: 1, maxLength: 16, size: 'medium' }).map((pieces) => pieces.join(''));

describe('scanFormats matches a position-by-position scan', () => {
  it('on random strings of tokens, literals, separators and word or base64 runs', () => {
    fc.assert(fc.property(text, expectSameScan), { seed: 20_241_129, numRuns: 3000 });
  });

  it('on long strings, across the chunks the scan reads them in', () => {
    // Base64 up to a few characters before or after the first chunk boundary, then a token and
    // pieces; twice over, to cross the second one.
    const filler = fc
      .tuple(fc.integer({ min: 32_760, max: 32_770 }), run(BASE64, 64))
      .map(([length, unit]) => (unit === '' ? 'A' : unit).repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length));
    const long = fc
      .tuple(filler, fc.constantFrom(...SEPARATORS), token, text, fc.constantFrom('', '\u00e9', 'ü'), fc.boolean())
      .map(([head, separator, value, middle, extra, twice]) => {
        const part = head + separator + value + middle + extra;
        return twice ? part + part : part;
      });
    fc.assert(fc.property(long, expectSameScan), { seed: 7, numRuns: 80 });
  });

  it('finds a token anywhere in a 100k-character base64 string', () => {
    const blob = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ+/'.repeat(4000);
    for (const id of FORMAT_IDS) {
      const value = fakeToken(id, 5);
      for (const at of [0, 32_767, 65_531, blob.length - 3]) {
        const inside = `${blob.slice(0, at)} ${value} ${blob.slice(at)}`;
        const found = scanFormats(inside);
        expect(found.map((f) => f.formatId), id).toContain(id);
        expect(summary(found)).toEqual(summary(referenceScan(inside)));
      }
    }
  });
});

/** The bytes worth trying, by the scanner's definition, one by one. */
function referenceBytesToTry(chunk: string, pairStarts: Uint8Array, innerCodes: Uint8Array): number[] {
  const offsets: number[] = [];
  const code = (at: number): number => (at < chunk.length ? chunk.charCodeAt(at) : 0);
  for (let at = 0; at < chunk.length; at++) {
    if (/[\dA-Za-z]/.test(chunk.charAt(at))) continue;
    const pair = pairStarts[code(at) * 128 + code(at + 1)] === 1 || pairStarts[code(at + 1) * 128 + code(at + 2)] === 1;
    if (pair || innerCodes[code(at)] === 1 || at + 2 >= chunk.length) offsets.push(at);
  }
  return offsets;
}

describe('the chunk scanner', () => {
  const pairStarts = new Uint8Array(128 * 128);
  for (const pair of ['gh', 'sk', 'SK', 'ey', '-B', '+A', 'xo', 'AK']) pairStarts[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;
  const innerCodes = new Uint8Array(128);
  innerCodes['~'.charCodeAt(0)] = 1;
  const scanner = createChunkScanner(pairStarts, innerCodes);

  it('runs on this Node.js, so the scans above go through it', () => {
    expect(scanner).toBeDefined();
  });

  it('lists the same bytes as a byte-by-byte reading, for chunks of every length', () => {
    const ascii = fc.string({ unit: fc.constantFrom(...Array.from(`${BASE64}-_.~ :'"ghskSKeyxoAK`)), minLength: 0, maxLength: 600, size: 'large' });
    fc.assert(
      fc.property(ascii, fc.nat({ max: 40 }), fc.boolean(), (chunk, extra, asciiLeftovers) => {
        if (scanner === undefined) return;
        // A longer text first, so the buffer holds leftovers past the end of the chunk: ASCII, or
        // the UTF-8 bytes a refused text leaves.
        const longer = `${chunk}${(asciiLeftovers ? '+gh~' : '\u00e9\u{1F600}').repeat(extra + 1)}`;
        expect(scanner.load(longer, 0, longer.length)).toBe(asciiLeftovers);
        expect(scanner.load(chunk, 0, chunk.length)).toBe(true);
        expect(Array.from(scanner.bytesToTry())).toEqual(referenceBytesToTry(chunk, pairStarts, innerCodes));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('reads a full chunk, and refuses text outside ASCII', () => {
    if (scanner === undefined) return;
    const chunk = 'QWxhZGRpbjpvcGVu+ghSK/eyJ~'.repeat(Math.ceil(CHUNK_LENGTH / 26)).slice(0, CHUNK_LENGTH);
    expect(scanner.load(chunk, 0, chunk.length)).toBe(true);
    expect(Array.from(scanner.bytesToTry())).toEqual(referenceBytesToTry(chunk, pairStarts, innerCodes));
    expect(scanner.load(`${chunk.slice(0, 300)}\u00e9`, 0, 301)).toBe(false);
    expect(scanner.load(chunk + chunk, 0, 2 * CHUNK_LENGTH)).toBe(false);
  });
});
