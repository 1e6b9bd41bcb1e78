/** Structural checks of JSON Web Tokens (RFC 7519): no signature verification, only shape. */

const BASE64URL_RUN = /^[\w-]+$/;

/** Decodes one base64url segment to text, or undefined when it is not valid base64url. */
export function decodeBase64Url(segment: string): string | undefined {
  if (!BASE64URL_RUN.test(segment) || segment.length % 4 === 1) return undefined;
  const base64 = segment.replaceAll('-', '+').replaceAll('_', '/');
  try {
    return atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
  } catch {
    return undefined;
  }
}

/** True when the first dot-separated segment of `token` decodes to a JSON object with a string "alg". */
export function hasJwtHeader(token: string): boolean {
  const dot = token.indexOf('.');
  const header = decodeBase64Url(dot === -1 ? token : token.slice(0, dot));
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return (
      typeof parsed === 'object' &&
      parsed !== null &&
      !Array.isArray(parsed) &&
      typeof (parsed as Record<string, unknown>)['alg'] === 'string'
    );
  } catch {
    return false;
  }
}
