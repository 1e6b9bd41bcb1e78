/**
 * Which bytes of an ASCII chunk of text the format scan must look at: a small WebAssembly kernel
 * that reads sixteen bytes at a time with SIMD instructions.
 *
 * A byte is worth trying when it is not an ASCII letter or digit and a literal pair starts at it
 * or right after it, or an inner literal holds it, or it is one of the chunk's last two bytes
 * (whose pairs reach into the next chunk). In a long run of base64 that leaves a few bytes per
 * thousand. WebAssembly is compiled when the module loads, so the first long string is read as
 * fast as the next one (a JavaScript loop this hot runs unoptimized for its first few
 * milliseconds). Where WebAssembly or its SIMD instructions are unavailable (`node --jitless`, an
 * older CPU, a big-endian host) `createChunkScanner` returns undefined and the caller reads the
 * text character by character.
 *
 * The module is assembled below from its instruction list; the comments give it in text format.
 */

/** Longest chunk the scanner takes, in characters. */
export const CHUNK_LENGTH = 1 << 15;

export interface ChunkScanner {
  /** Copies `text[from, to)` into the scanner; false when it holds a character outside ASCII. */
  load(text: string, from: number, to: number): boolean;
  /** Offsets in the loaded chunk of the bytes worth trying, ascending. Valid until the next `load`. */
  bytesToTry(): Int32Array;
}

// Memory layout, in bytes: the chunk (and 16 bytes a last 16-byte read may reach), the pair table
// (1 at `c0 * 128 + c1` when a literal starts with those two characters), the inner-literal flags
// by character code, and the offsets found.
const CHUNK_AT = 0;
const PAIRS_AT = 40_960;
const INNER_AT = PAIRS_AT + 128 * 128;
const OFFSETS_AT = 65_536;
const PAGES = (OFFSETS_AT + CHUNK_LENGTH * 4) / 65_536;

/** Opcodes used below (WebAssembly core and SIMD specifications). */
const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  i32Load8U: 0x2d,
  i32Store: 0x36,
  i32Const: 0x41,
  i32Eqz: 0x45,
  i32LtU: 0x49,
  i32GeU: 0x4f,
  i32Ctz: 0x68,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32And: 0x71,
  i32Or: 0x72,
  i32Xor: 0x73,
  i32Shl: 0x74,
  simd: 0xfd,
  void: 0x40,
  i32: 0x7f,
  v128: 0x7b,
} as const;
const SIMD = { v128Load: 0x00, v128Const: 0x0c, i8x16LtU: 0x26, v128Or: 0x50, i8x16Bitmask: 0x64, i8x16Sub: 0x71 } as const;

/** Unsigned LEB128. */
function unsigned(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const low = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? low : low | 0x80);
  } while (rest !== 0);
  return out;
}

/** Signed LEB128 (for i32.const). */
function signed(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const low = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (low & 0x40) === 0) || (rest === -1 && (low & 0x40) !== 0);
    out.push(done ? low : low | 0x80);
    if (done) return out;
  }
}

const vector = (items: readonly (readonly number[])[]): number[] => [...unsigned(items.length), ...items.flat()];
const section = (id: number, content: readonly number[]): number[] => [id, ...unsigned(content.length), ...content];
const name = (text: string): number[] => [...unsigned(text.length), ...Array.from(text, (ch) => ch.charCodeAt(0))];
const simd = (code: number): number[] => [OP.simd, ...unsigned(code)];
const splat = (byte: number): number[] => [...simd(SIMD.v128Const), ...new Array<number>(16).fill(byte)];
const get = (local: number): number[] => [OP.localGet, local];
const set = (local: number): number[] => [OP.localSet, local];
const constant = (value: number): number[] => [OP.i32Const, ...signed(value)];
/** i32.load8_u with a constant offset added to the address on the stack. */
const loadByte = (offset: number): number[] => [OP.i32Load8U, 0, ...unsigned(offset)];

// Locals of `scan(length) -> count`.
const LENGTH = 0;
const AT = 1;
const COUNT = 2;
const OTHERS = 3;
const OFFSET = 4;
const BLOCK = 5;

/** One entry of a table indexed by `byte[offset + first] * 128 + byte[offset + first + 1]`. */
const pairFlag = (first: number): number[] => [
  ...get(OFFSET), ...loadByte(CHUNK_AT + first), ...constant(7), OP.i32Shl,
  ...get(OFFSET), ...loadByte(CHUNK_AT + first + 1), OP.i32Or,
  ...loadByte(PAIRS_AT),
];

const SCAN_BODY = [
  ...vector([[4, OP.i32], [1, OP.v128]]),
  OP.loop, OP.void,                                              // loop $blocks
  OP.block, OP.void,                                             //   block $done
  ...get(AT), ...get(LENGTH), OP.i32GeU, OP.brIf, 0,             //     br_if $done (at >= length)
  ...get(AT), ...simd(SIMD.v128Load), 0, ...unsigned(CHUNK_AT), OP.localTee, BLOCK, // block = the 16 bytes at `at`
  ...splat(0x20), ...simd(SIMD.v128Or),                          //     block | 0x20 (lower case)
  ...splat(0x61), ...simd(SIMD.i8x16Sub), ...splat(26), ...simd(SIMD.i8x16LtU), // letter: (b | 0x20) - 'a' < 26
  ...get(BLOCK), ...splat(0x30), ...simd(SIMD.i8x16Sub), ...splat(10), ...simd(SIMD.i8x16LtU), // digit: b - '0' < 10
  ...simd(SIMD.v128Or), ...simd(SIMD.i8x16Bitmask),              //     one bit per letter or digit
  ...constant(0xffff), OP.i32Xor, ...set(OTHERS),                //     others = the other bytes
  OP.block, OP.void,                                             //     block $next
  OP.loop, OP.void,                                              //       loop $others
  ...get(OTHERS), OP.i32Eqz, OP.brIf, 1,                         //         br_if $next (no other byte left)
  ...get(OTHERS), OP.i32Ctz, ...get(AT), OP.i32Add, ...set(OFFSET), // offset of the lowest one
  ...get(OFFSET), ...get(LENGTH), OP.i32LtU,                     //         inside the chunk
  ...pairFlag(0), ...pairFlag(1), OP.i32Or,                      //         and a pair at it or after it
  ...get(OFFSET), ...loadByte(CHUNK_AT), ...loadByte(INNER_AT), OP.i32Or, // or an inner literal
  ...get(OFFSET), ...constant(2), OP.i32Add, ...get(LENGTH), OP.i32GeU, OP.i32Or, // or a last byte
  OP.i32And,
  OP.if, OP.void,                                                //         then offsets[count++] = offset
  ...get(COUNT), ...constant(2), OP.i32Shl, ...get(OFFSET), OP.i32Store, 2, ...unsigned(OFFSETS_AT),
  ...get(COUNT), ...constant(1), OP.i32Add, ...set(COUNT),
  OP.end,
  ...get(OTHERS), ...get(OTHERS), ...constant(1), OP.i32Sub, OP.i32And, ...set(OTHERS), // clear the lowest bit
  OP.br, 0,
  OP.end,                                                        //       end $others
  OP.end,                                                        //     end $next
  ...get(AT), ...constant(16), OP.i32Add, ...set(AT),
  OP.br, 1,                                                      //     next block of 16
  OP.end,                                                        //   end $done
  OP.end,                                                        // end $blocks
  ...get(COUNT),
  OP.end,
];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                // "\0asm", version 1
  ...section(1, vector([[0x60, 1, OP.i32, 1, OP.i32]])),         // type 0: (i32) -> i32
  ...section(3, vector([[0]])),                                  // function 0 has type 0
  ...section(5, vector([[0x00, PAGES]])),                        // memory 0: PAGES pages
  ...section(7, vector([[...name('memory'), 0x02, 0], [...name('scan'), 0x00, 0]])),
  ...section(10, vector([[...unsigned(SCAN_BODY.length), ...SCAN_BODY]])),
]);

/** The part of the WebAssembly API used here (the global is absent under `node --jitless`). */
interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => object;
  readonly Instance: new (module: object) => { readonly exports: Record<string, unknown> };
}

interface Kernel {
  readonly buffer: ArrayBuffer;
  readonly scan: (length: number) => number;
}

function instantiate(): Kernel | undefined {
  const api = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
  if (api === undefined || new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) return undefined;
  try {
    const { exports } = new api.Instance(new api.Module(MODULE));
    const { memory, scan } = exports as { memory: { buffer: ArrayBuffer }; scan: (length: number) => number };
    return { buffer: memory.buffer, scan };
  } catch {
    // No SIMD on this engine or CPU: the module does not validate.
    return undefined;
  }
}

/**
 * A scanner over the given tables (`pairStarts`: 128 × 128 flags, `innerCodes`: 128 flags), or
 * undefined where WebAssembly SIMD is unavailable.
 */
export function createChunkScanner(pairStarts: Uint8Array, innerCodes: Uint8Array): ChunkScanner | undefined {
  const kernel = instantiate();
  if (kernel === undefined) return undefined;
  const { buffer } = kernel;
  new Uint8Array(buffer, PAIRS_AT, 128 * 128).set(pairStarts);
  new Uint8Array(buffer, INNER_AT, 128).set(innerCodes);
  const chunk = new Uint8Array(buffer, CHUNK_AT, CHUNK_LENGTH);
  const offsets = new Int32Array(buffer, OFFSETS_AT, CHUNK_LENGTH);
  const encoder = new TextEncoder();
  let loaded = 0;
  return {
    load(text, from, to) {
      const { read, written } = encoder.encodeInto(text.slice(from, to), chunk);
      loaded = to - from;
      return read === loaded && written === loaded;
    },
    bytesToTry() {
      return offsets.subarray(0, kernel.scan(loaded));
    },
  };
}
