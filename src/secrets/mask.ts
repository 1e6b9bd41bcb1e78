/** Masked forms of secrets for messages: enough to recognise a value, never enough to use it. */
import { findSecrets } from './classify.js';
import { isHighEntropy, MIN_ENTROPY_LENGTH } from './entropy.js';

const ELLIPSIS = '…';

/**
 * The first 4 and last 2 characters with '…' between (`ghp_…x9`). Values shorter than 12
 * characters show only their first 2 (first 1 below 8, nothing below 4). Never more than 6
 * characters of the value appear, none of them consecutive beyond 4. Counts code points, so a
 * surrogate pair is never split.
 */
export function maskSecret(value: string): string {
  const chars = Array.from(value);
  if (chars.length >= 12) return chars.slice(0, 4).join('') + ELLIPSIS + chars.slice(-2).join('');
  if (chars.length >= 8) return chars.slice(0, 2).join('') + ELLIPSIS;
  if (chars.length >= 4) return (chars[0] ?? '') + ELLIPSIS;
  return ELLIPSIS;
}

/** `GitHub personal access token "ghp_…x9"`: the kind and the masked value, for report messages. */
export function describeSecret(kind: string, value: string): string {
  return `${kind} "${maskSecret(value)}"`;
}

/**
 * A text for a message (a file path, an expression) with every token in it masked: provider
 * formats, and any long high-entropy word. Cut to its last `maxLength` characters so a huge
 * value never floods a message.
 */
export function maskSecretsIn(text: string, maxLength = 120): string {
  let masked = '';
  let last = 0;
  // The tail of a PEM block whose BEGIN line is cut off (a base name after a '/' in the key).
  const orphanEnd = text.indexOf('-----END');
  if (orphanEnd >= 0 && !text.slice(0, orphanEnd).includes('-----BEGIN') && text.includes('PRIVATE KEY', orphanEnd)) {
    last = pemBlockEnd(text, orphanEnd);
    masked = maskSecret(text.slice(0, last));
  }
  for (const finding of findSecrets(text, 'anywhere')) {
    if (finding.start < last) continue;
    // A PEM finding is its BEGIN line: the key material after it is secret too.
    const end = finding.formatId === 'private-key' ? pemBlockEnd(text, finding.end) : finding.end;
    masked += maskWords(text.slice(last, finding.start)) + maskSecret(text.slice(finding.start, end));
    last = end;
  }
  masked += maskWords(text.slice(last));
  const chars = Array.from(masked);
  return chars.length > maxLength ? ELLIPSIS + chars.slice(-maxLength).join('') : masked;
}

/** Where the PEM block that starts before `from` ends: after its END line, else the text's end. */
function pemBlockEnd(text: string, from: number): number {
  const endMarker = text.indexOf('-----END', from);
  if (endMarker < 0) return text.length;
  const close = text.indexOf('-----', endMarker + 8);
  return close < 0 ? text.length : close + 5;
}

/** Masks each run of 16+ token characters that looks random. */
function maskWords(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && isTokenChar(text.charCodeAt(i))) continue;
    const word = text.slice(start, i);
    out += word.length >= MIN_ENTROPY_LENGTH && isHighEntropy(word) ? maskSecret(word) : word;
    if (i < text.length) out += text.charAt(i);
    start = i + 1;
  }
  return out;
}

function isTokenChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 43 || code === 45 || code === 61 || code === 95
  );
}
