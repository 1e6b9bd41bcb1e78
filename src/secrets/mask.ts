/** Masked forms of secrets for messages: enough to recognise a value, never enough to use it. */

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
