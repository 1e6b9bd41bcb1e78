/**
 * Checksums that some providers embed in their tokens. A token whose checksum verifies is a
 * certain hit; a look-alike whose checksum fails is not that provider's token.
 */

const BASE62_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), one 256-entry table built at load. */
const CRC32_TABLE: Readonly<Uint32Array> = buildCrc32Table();

function buildCrc32Table(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
}

const utf8 = new TextEncoder();

/** CRC-32 of the UTF-8 bytes of `text`, as an unsigned 32-bit integer. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  const update = (byte: number): void => {
    crc = (CRC32_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  };
  if (isAscii(text)) {
    for (let i = 0; i < text.length; i++) update(text.charCodeAt(i));
  } else {
    for (const byte of utf8.encode(text)) update(byte);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return false;
  }
  return true;
}

/** `n` (a non-negative integer) in base 62 with the alphabet `0-9A-Za-z`, left-padded with '0' to `width`. */
export function toBase62(n: number, width: number): string {
  let rest = Math.floor(Math.abs(n));
  let digits = '';
  do {
    digits = (BASE62_ALPHABET[rest % 62] ?? '0') + digits;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return digits.padStart(width, '0');
}

const GITHUB_CHECKSUM_PREFIXES: readonly string[] = Object.freeze(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_']);
const BASE62_RUN = /^[0-9A-Z]+$/i;
const CLOUDFLARE_TOKEN = /^(?:cfk_|cfut_|cfat_)([0-9A-Za-z]{40})([0-9a-f]{8})$/;

/**
 * GitHub's token scheme (also used by npm): a 4-character prefix, 30 random base62 characters,
 * then the CRC-32 of those 30 characters in base62, left-padded to 6.
 */
export function hasGithubChecksum(token: string): boolean {
  if (token.length !== 40 || !GITHUB_CHECKSUM_PREFIXES.includes(token.slice(0, 4))) return false;
  const tail = token.slice(4);
  if (!BASE62_RUN.test(tail)) return false;
  return toBase62(crc32(tail.slice(0, 30)), 6) === tail.slice(30);
}

/** Cloudflare's scheme: a 40-character base62 body, then its CRC-32 as 8 lowercase hex digits. */
export function hasCloudflareChecksum(token: string): boolean {
  const match = CLOUDFLARE_TOKEN.exec(token);
  if (match === null) return false;
  const [, body = '', tail = ''] = match;
  return crc32(body).toString(16).padStart(8, '0') === tail;
}
