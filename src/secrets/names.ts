import type { SecretPlace } from './classify.js';

/**
 * Is this variable, property or header name token-ish? Names are split into lowercase words,
 * then judged by tables: words that name a secret value, pairs that do ("api key"), and
 * metadata words that, when last, turn the name into a description of a token rather than the
 * token itself (`tokenType`, `passwordField`, `secretPath`).
 */

/** Words that on their own make a name token-ish. */
const TOKEN_WORDS: ReadonlySet<string> = new Set([
  'token',
  'secret',
  'secrets',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'apikey',
  'apitoken',
  'accesstoken',
  'authtoken',
  'authorization',
  'bearer',
  'credential',
  'credentials',
  'creds',
  'pat',
  'sas',
  'privatekey',
  'clientsecret',
]);

/** Adjacent word pairs that make a name token-ish (`api key`, `access key`, ...). */
const TOKEN_PAIRS: ReadonlySet<string> = new Set([
  'api key',
  'access key',
  'private key',
  'secret key',
  'signing key',
  'session key',
  'master key',
  'encryption key',
  'subscription key',
  'client secret',
  'webhook secret',
  'auth key',
  'auth token',
  'auth header',
  'authorization header',
  'bearer token',
  'access token',
  'refresh token',
  'api token',
]);

/** When one of these is the last word, the name describes a token (its type, where it lives, how long it is). */
const METADATA_WORDS: ReadonlySet<string> = new Set([
  'type',
  'types',
  'kind',
  'kinds',
  'name',
  'names',
  'id',
  'ids',
  'url',
  'urls',
  'uri',
  'uris',
  'endpoint',
  'endpoints',
  'header',
  'headers',
  'field',
  'fields',
  'label',
  'labels',
  'length',
  'len',
  'count',
  'size',
  'path',
  'paths',
  'file',
  'files',
  'filename',
  'dir',
  'regex',
  'regexp',
  're',
  'pattern',
  'patterns',
  'placeholder',
  'expiry',
  'expires',
  'expiration',
  'expired',
  'ttl',
  'at',
  'prefix',
  'suffix',
  'policy',
  'format',
  'version',
  'scope',
  'scopes',
  'location',
  'env',
  'var',
  'variable',
  'provider',
  'manager',
  'service',
  'store',
  'storage',
  'cache',
  'input',
  'validator',
  'validation',
  'error',
  'errors',
  'message',
  'hint',
  'prompt',
  'strength',
  'hash',
  'digest',
  'mode',
  'index',
  'offset',
  'start',
  'end',
  'position',
  'min',
  'max',
  'limit',
  'rule',
  'rules',
  'schema',
  'icon',
  'visible',
  'visibility',
  'enabled',
  'required',
  'class',
  'ref',
  'key',
  'keys',
  'param',
  'parameter',
  'option',
  'options',
  'method',
  'callback',
  'handler',
  'listener',
  'parser',
  'reader',
  'writer',
  'generator',
  'factory',
  'source',
  'status',
  'state',
  'reset',
  'changed',
  'usage',
  'list',
  'map',
]);

/** First words of a boolean or function name (`isToken`, `getToken`, `hasSecret`). */
const VERB_PREFIXES: ReadonlySet<string> = new Set(['is', 'has', 'should', 'can', 'use', 'get', 'set', 'fetch', 'load', 'read', 'validate', 'show', 'hide', 'toggle', 'on', 'handle', 'mask', 'redact', 'parse', 'create', 'generate']);

/** The last word may be `header` or `key`/`keys` when it completes a token-ish pair. */
const PAIR_COMPLETING_METADATA: ReadonlySet<string> = new Set(['header', 'key', 'keys']);

/**
 * Splits an identifier into lowercase words: camelCase, PascalCase, snake_case, SCREAMING_CASE,
 * kebab-case and dots. Acronyms stay together (`APIKey` -> api, key; `apiKEY` -> api, key), and
 * digits stay with the word they follow (`oauth2Token` -> oauth2, token).
 */
export function splitWords(name: string): string[] {
  // Each word is sliced out of the name once, not built a character at a time: names are
  // split for every string literal's context, so this runs on most nodes of a file.
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    if (!isAlphanumeric(ch)) {
      if (i > start) words.push(name.slice(start, i).toLowerCase());
      start = i + 1;
      continue;
    }
    if (i > start && isUpper(ch)) {
      // lower/digit -> Upper starts a word; in an acronym run, the last capital before a
      // lowercase letter starts the next word (APIKey -> API | Key).
      const prev = name.charAt(i - 1);
      if (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(name.charAt(i + 1)))) {
        words.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  if (name.length > start) words.push(name.slice(start).toLowerCase());
  return words;
}

function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}
function isLower(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isAlphanumeric(ch: string): boolean {
  return isUpper(ch) || isLower(ch) || isDigit(ch);
}

/**
 * True when `name` names a secret value: `apiKey`, `GITHUB_TOKEN`, `clientSecret`, `dbPassword`,
 * `authToken`, `auth`, `x-api-key`, `sasToken`. False for names about tokens rather than of
 * them (`tokenType`, `tokenUrl`, `passwordField`, `secretName`, `publicKey`), for lexer words
 * (`tokenizer`, `tokens` alone), for words that merely contain a token word (`secretary`,
 * `keyboard`, `authority`, `authorName`), and for boolean/function names (`isTokenValid`).
 * `extraWords` (from a rule option) add token-ish words or phrases (`'licenseKey'`).
 */
export function isTokenName(name: string, extraWords: readonly string[] = []): boolean {
  const words = splitWords(name);
  const last = words.at(-1);
  const first = words[0];
  if (last === undefined || first === undefined) return false;
  if (words.length > 1 && VERB_PREFIXES.has(first)) return false;
  if (containsPhrase(words, extraWords)) return true;

  if (METADATA_WORDS.has(last)) {
    const beforeLast = words.at(-2);
    const completesPair = beforeLast !== undefined && PAIR_COMPLETING_METADATA.has(last) && TOKEN_PAIRS.has(`${beforeLast} ${singular(last)}`);
    if (!completesPair) return false;
  }
  if (words.length === 1 && (first === 'auth' || first === 'tokens')) return first === 'auth';

  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (TOKEN_WORDS.has(word)) return true;
    const next = words[i + 1];
    if (next !== undefined && TOKEN_PAIRS.has(`${word} ${singular(next)}`)) return true;
    // `tokens` counts when it is qualified (`accessTokens`); `auth` when it is the last word (`basicAuth`).
    if (word === 'tokens' && i > 0) return true;
    if (word === 'auth' && i === words.length - 1) return true;
  }
  return false;
}

function singular(word: string): string {
  return word.endsWith('s') && word.length > 3 && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

function containsPhrase(words: readonly string[], phrases: readonly string[]): boolean {
  for (const phrase of phrases) {
    const wanted = splitWords(phrase);
    if (wanted.length === 0 || wanted.length > words.length) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (wanted.every((w, j) => words[i + j] === w)) return true;
    }
  }
  return false;
}

/** Exact header names that carry a credential (compared in lowercase). */
const TOKEN_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'x-api-key',
  'api-key',
  'apikey',
  'x-apikey',
  'x-auth-token',
  'x-access-token',
  'private-token',
  'job-token',
  'x-functions-key',
  'ocp-apim-subscription-key',
]);

/** `x-<something>-token` / `x-<something>-key` headers that are not credentials. */
const NON_CREDENTIAL_HEADER_WORDS: ReadonlySet<string> = new Set(['csrf', 'xsrf', 'idempotency', 'request', 'correlation', 'trace', 'cache', 'dedupe', 'public', 'continuation', 'page', 'next']);

const CUSTOM_TOKEN_HEADER = /^x-((?:[\da-z]+-)*)(?:token|key)$/;

/** True for HTTP header names that carry a credential (case-insensitive). */
export function isTokenHeaderName(name: string): boolean {
  const lower = name.trim().toLowerCase();
  if (TOKEN_HEADERS.has(lower)) return true;
  const match = CUSTOM_TOKEN_HEADER.exec(lower);
  if (match === null) return false;
  const middle = (match[1] ?? '').split('-').filter((w) => w !== '');
  return middle.length > 0 && !middle.some((w) => NON_CREDENTIAL_HEADER_WORDS.has(w));
}

/**
 * The place a value takes from the name it is stored under (a variable, a JSON key, a dotenv
 * key, a header): an auth header, a token-ish name, or nowhere in particular.
 */
export function placeOfName(name: string | undefined, extraWords: readonly string[] = []): SecretPlace {
  if (name === undefined) return 'anywhere';
  if (isTokenHeaderName(name)) return 'auth-header';
  return isTokenName(name, extraWords) ? 'token-name' : 'anywhere';
}
