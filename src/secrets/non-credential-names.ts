import { isTokenName, splitWords } from './names.js';

/**
 * Token-ish names that do not hold a credential: tokens of paging, cancellation, forms,
 * parsers, device addresses and language models. `isTokenName` accepts every
 * `<word>Token`; these are the qualifiers that make such a name something other than an
 * API token (`pageToken`, `nextPageToken`, `cancelToken`, `csrfToken`, `currentToken`,
 * `closingToken`, `pushToken`, `prompt_tokens`, `maxTokens`).
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
  'expected', 'unexpected', 'next', 'prev', 'previous', 'current', 'cur', 'last', 'first', 'peek', 'peeked', 'lookahead', 'lexer', 'syntax',
  'start', 'end', 'open', 'opening', 'close', 'closing', 'word', 'text', 'punctuation', 'punctuator', 'keyword',
  'operator', 'identifier', 'delimiter', 'separator', 'template', 'jsx', 'html', 'css', 'markdown', 'inline', 'block',
  // design systems
  'design', 'theme', 'color', 'colour', 'spacing', 'typography',
  // device addresses for push notifications: sending to one takes the server's own key
  'push', 'device', 'fcm', 'apns', 'notification',
  // one-time proofs that a human filled a form, checked once by the server
  'captcha', 'recaptcha', 'hcaptcha', 'turnstile',
]);

/**
 * Words that, right before a plural `tokens`, make it a count of language-model tokens
 * (`prompt_tokens`, `maxTokens`, `input_tokens`, `reasoning_tokens`). Only the plural: a
 * count is of tokens, while `inputToken` may well hold one. Words that also describe a pool
 * of credentials (`cachedTokens`, `availableTokens`) are left out.
 */
const MODEL_TOKEN_COUNT_QUALIFIERS: ReadonlySet<string> = new Set([
  'prompt', 'completion', 'completions', 'total', 'max', 'min', 'num', 'number', 'input', 'output', 'reasoning',
  'audio', 'image', 'generated', 'generation', 'used', 'estimated', 'context', 'prediction', 'response',
  'candidates', 'thoughts', 'billed', 'consumed',
]);

/** Words earlier in a name that make a later plural `tokens` a limit or a count: `max_new_tokens`. */
const MODEL_TOKEN_LIMIT_WORDS: ReadonlySet<string> = new Set(['max', 'min', 'num', 'total']);

/**
 * Last words that make a token-ish name describe tokens rather than hold one: a character
 * of syntax (`tokenChar`), the names of variables (`API_KEY_ENV_VARS`), or a word list
 * (`secretWords`, `passwordTerms`).
 */
const DESCRIPTIVE_LAST_WORDS: ReadonlySet<string> = new Set([
  'char', 'chars', 'character', 'characters', 'vars', 'variables', 'words', 'terms', 'keywords', 'names', 'msg', 'msgs',
  'seconds', 'secs', 'ms', 'millis', 'minutes', 'timeout', 'failed', 'found', 'missing', 'invalid', 'expired', 'mismatch',
  'arn', 'arns',
]);

/** Words that make a name a phrase about a token (`API_KEY_WITH_CREDENTIALS`) rather than its value. */
const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['with', 'without']);

/** Last words of a PascalCase or SCREAMING_CASE object that holds constants: `ErrorMessages.API_KEY`, `StorageKeys.TOKEN`. */
const CATALOG_WORDS: ReadonlySet<string> = new Set([
  'names', 'messages', 'message', 'codes', 'code', 'errors', 'types', 'type', 'kinds', 'kind', 'constants', 'events', 'labels',
  'strings', 'keys', 'fields', 'enum', 'ids', 'scopes', 'claims', 'params', 'parameters',
  // enum-like tables of states: `CacheOutcome.NO_CACHED_ACCESS_TOKEN`, `AuthStatus.TOKEN_EXPIRED`
  'outcome', 'outcomes', 'status', 'statuses', 'state', 'states', 'reason', 'reasons', 'mode', 'modes',
]);

const VERSION_WORD = /^v\d+$/u;
const SCREAMING_CASE = /^[A-Z][A-Z\d]*(?:_[A-Z\d]+)+$/u;

/**
 * A SCREAMING_CASE constant that holds a credential ends with the credential's noun
 * (`OWN_API_TOKEN`, `API_KEY`, `JWT_SECRET`); one that does not (`INVALID_TOKEN_RESPONSE`,
 * `RESET_PASSWORD_TIMEOUT`, `NO_CREDENTIALS_FOUND`) is an error code or a message id.
 */
function isDescriptiveConstant(name: string, words: readonly string[]): boolean {
  if (!SCREAMING_CASE.test(name)) return false;
  const last = words.at(-1) ?? '';
  // `key` ends a credential only as the end of a pair: `API_KEY`, `AWS_SECRET_ACCESS_KEY`.
  const credentialEnd = last === 'key' || last === 'keys' ? isTokenName(words.slice(-2).join('_')) : isTokenName(last);
  return !credentialEnd;
}

/** Is this the name of an object of constants (PascalCase or SCREAMING_CASE, ending in `Messages`, `Codes`, `Keys` ...)? */
export function isConstantCatalogName(name: string): boolean {
  const first = name.charAt(0);
  if (first < 'A' || first > 'Z') return false;
  // A version suffix does not change what the table holds: `AuthenticationMethodTypeV2`.
  const words = splitWords(name).filter((word) => !VERSION_WORD.test(word));
  return CATALOG_WORDS.has(words.at(-1) ?? '');
}

/**
 * True when a token-ish name names a paging, cancellation, anti-forgery, syntax or device
 * token, counts language-model tokens (`completion_tokens`, `max_new_tokens`), or describes
 * tokens rather than holding one (`tokenChar`, `apiKeyMsg`, `RESET_PASSWORD_TIMEOUT`).
 */
export function isNonCredentialTokenName(name: string): boolean {
  const words = splitWords(name);
  if (namesOtherTokenKind(words)) return true;
  if (words.length > 1 && DESCRIPTIVE_LAST_WORDS.has(words.at(-1) ?? '')) return true;
  return words.some((word) => CONNECTOR_WORDS.has(word)) || isDescriptiveConstant(name, words);
}

/**
 * True when a name says its token is of another kind than a credential: a page, CSRF,
 * lexer, push or model token, or a count of model tokens (`nextPageToken`, `fcmToken`,
 * `prompt_tokens`). Unlike a name that describes a token (`apiKeyMsg`, which may well be a
 * message built around one), such a name tells what the value is.
 */
export function isOtherKindOfTokenName(name: string): boolean {
  return namesOtherTokenKind(splitWords(name));
}

function namesOtherTokenKind(words: readonly string[]): boolean {
  // `TokenCredential` is the type of a credential provider (`AZURE_TOKEN_CREDENTIALS` picks one).
  if (words.some((word, index) => word === 'token' && /^credentials?$/u.test(words[index + 1] ?? ''))) return true;
  // `x-ratelimit-remaining-tokens`: a rate limit counts tokens.
  const isRateLimit = words.some((word, index) => word === 'ratelimit' || (word === 'rate' && words[index + 1] === 'limit'));
  if (isRateLimit && words.at(-1) === 'tokens') return true;
  for (let index = 1; index < words.length; index++) {
    const word = words[index];
    const before = words[index - 1] ?? '';
    if ((word === 'token' || word === 'tokens') && NON_CREDENTIAL_QUALIFIERS.has(before)) return true;
    if (word === 'tokens' && isModelTokenCount(before, words.slice(0, index))) return true;
  }
  return false;
}

function isModelTokenCount(before: string, earlier: readonly string[]): boolean {
  return MODEL_TOKEN_COUNT_QUALIFIERS.has(before) || earlier.some((word) => MODEL_TOKEN_LIMIT_WORDS.has(word));
}
