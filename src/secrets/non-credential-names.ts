import { splitWords } from './names.js';

/**
 * Token-ish names that do not hold a credential: tokens of paging, cancellation, forms
 * and parsers. `isTokenName` accepts every `<word>Token`; these are the qualifiers that
 * make such a name something other than an API token (`pageToken`, `nextPageToken`,
 * `cancelToken`, `csrfToken`, `currentToken`, `closingToken`).
 */

/** Words that, right before `token`/`tokens`, say what kind of non-credential token it is. */
const NON_CREDENTIAL_QUALIFIERS: ReadonlySet<string> = new Set([
  // paging and sync cursors
  'page', 'pagination', 'continuation', 'cursor', 'sync', 'resume', 'delta', 'watermark',
  // cancellation (VS Code, axios, .NET-style APIs)
  'cancel', 'cancellation', 'abort',
  // anti-forgery form values, bound to one session
  'csrf', 'xsrf', 'antiforgery', 'forgery',
  // request de-duplication
  'idempotency', 'dedupe', 'dedup',
  // lexers and parsers
  'next', 'prev', 'previous', 'current', 'cur', 'last', 'first', 'peek', 'peeked', 'lookahead', 'lexer', 'syntax',
  'start', 'end', 'open', 'opening', 'close', 'closing', 'word', 'text', 'punctuation', 'punctuator', 'keyword',
  'operator', 'identifier', 'delimiter', 'separator', 'template', 'jsx', 'html', 'css', 'markdown', 'inline', 'block',
  // design systems
  'design', 'theme', 'color', 'colour', 'spacing', 'typography',
]);

/** True when a token-ish name names a paging, cancellation, anti-forgery or syntax token. */
export function isNonCredentialTokenName(name: string): boolean {
  const words = splitWords(name);
  for (let index = 1; index < words.length; index++) {
    const word = words[index];
    if ((word === 'token' || word === 'tokens') && NON_CREDENTIAL_QUALIFIERS.has(words[index - 1] ?? '')) return true;
  }
  return false;
}
