import type { SecretPlace } from './finding.js';
import { TOKEN_FORMATS } from './formats.js';
import type { KeywordFormat } from './keyword-formats.js';
import { KEYWORD_FORMATS } from './keyword-formats.js';
import { memoByName } from './name-memo.js';
import { splitWords } from './words.js';

export { splitWords } from './words.js';

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
  'account key',
  'deploy key',
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
  'uuid',
  'uuids',
  'guid',
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
 * True when `name` names a secret value: `apiKey`, `GITHUB_TOKEN`, `clientSecret`, `dbPassword`,
 * `authToken`, `auth`, `x-api-key`, `sasToken`. False for names about tokens rather than of
 * them (`tokenType`, `tokenUrl`, `passwordField`, `secretName`, `publicKey`), for lexer words
 * (`tokenizer`, `tokens` alone), for words that merely contain a token word (`secretary`,
 * `keyboard`, `authority`, `authorName`), and for boolean/function names (`isTokenValid`).
 * `extraWords` (from a rule option) add token-ish words or phrases (`'licenseKey'`).
 */
export function isTokenName(name: string, extraWords: readonly string[] = []): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  const first = words[0];
  if (last === undefined || first === undefined) return false;
  if (words.length > 1 && VERB_PREFIXES.has(first)) return false;
  if (containsPhrase(words, extraWords)) return true;
  if (words.some((word) => PUBLIC_QUALIFIERS.has(word))) return false;

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

/**
 * Metadata words after which a value is plainly something else than the secret: where it is,
 * what it is called, how long it is. (`tokenHeader`, `apiKeyInput`, `tokenStore` may hold the
 * secret itself, so `header`, `input` and `store` are not among them.)
 */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'path', 'paths', 'file', 'files', 'filename', 'dir', 'url', 'urls', 'uri', 'uris', 'endpoint', 'endpoints',
  'name', 'names', 'id', 'ids', 'type', 'types', 'kind', 'kinds', 'length', 'count', 'size', 'pattern', 'patterns',
  'regex', 'regexp', 'label', 'labels', 'field', 'fields', 'location', 'expiry', 'expires', 'expiration', 'ttl',
]);

/**
 * True for a name about a secret rather than of it: a token-ish name followed by a metadata
 * word (`credentialsPath`, `apiKeyFile`, `tokenUrl`, `secretName`). A value bound to such a
 * name is that path, URL or name, even when it is read from a credential-looking place
 * (`const credentialsPath = process.env.GOOGLE_APPLICATION_CREDENTIALS`).
 */
export function isSecretMetadataName(name: string, extraWords: readonly string[] = []): boolean {
  const words = nameWords(name);
  const last = words.at(-1);
  if (words.length < 2 || last === undefined || !DESCRIBING_WORDS.has(last)) return false;
  return !isTokenName(name, extraWords) && isTokenName(words.slice(0, -1).join('_'), extraWords);
}

/**
 * Last words of a name for a value that cannot carry a token's text: an identifier of
 * something, a count, a size, a kind, an expiry (`correlationId`, `retryCount`, `contentType`).
 * Narrower than DESCRIBING_WORDS: a `url`, `path`, `name` or `header` may be built from a token.
 */
const NON_TEXT_VALUE_WORDS: ReadonlySet<string> = new Set([
  'id', 'ids', 'uuid', 'uuids', 'guid', 'guids', 'type', 'types', 'kind', 'kinds', 'count', 'length', 'len', 'size',
  'index', 'ttl', 'expiry', 'expires', 'expiration', 'version',
]);

/**
 * True for a name of a value that is no token's text (`correlationId`, `retryCount`,
 * `contentType`), unless the name is token-ish itself (a `tokenNames` phrase such as
 * `sessionId`). Sink rules do not follow such a value to where it came from.
 */
export function namesNonTextValue(name: string, extraWords: readonly string[] = []): boolean {
  const last = nameWords(name).at(-1);
  return last !== undefined && NON_TEXT_VALUE_WORDS.has(last) && !isTokenName(name, extraWords);
}

/**
 * The words of a name with numbering taken off: `bot_token1` and `ACCESS_TOKEN_2` read as
 * `bot token` and `access token`. A word that is only digits is dropped, trailing digits are cut
 * from the others (`oauth2` keeps its digit: it is not a count).
 */
function nameWords(name: string): readonly string[] {
  return nameWordsOnce(name);
}

const nameWordsOnce = memoByName((name) => Object.freeze(numberlessWords(name)));

function numberlessWords(name: string): string[] {
  const words: string[] = [];
  for (const word of splitWords(name)) {
    const letters = NUMBERED_WORD.exec(word)?.[1] ?? word;
    if (letters !== '' && !/^\d+$/.test(word)) words.push(KEEPS_DIGITS.has(word) ? word : letters);
  }
  return words;
}

/** A word and a number after it (`token1`). */
const NUMBERED_WORD = /^([a-z]+)\d+$/;
/** Words whose digits are part of the word, not a number. */
const KEEPS_DIGITS: ReadonlySet<string> = new Set(['oauth1', 'oauth2', 'sha1', 'sha256', 'sha512', 'md5', 'base64', 'base32', 'utf8', 'ec2', 's3', 'b2', 'r2', 'k8s', 'i18n', 'web3']);

/**
 * Words that make a credential name one designed to ship: a publishable key, a public token, a
 * browser-exposed setting (`NEXT_PUBLIC_API_KEY`). Such values are public by design.
 */
const PUBLIC_QUALIFIERS: ReadonlySet<string> = new Set(['public', 'publishable', 'pub']);

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
 * Provider names that are also ordinary words, or that label settings rather than a credential
 * when they stand alone as a key (`age`, `docker`, `url`): a key made of them is not a secret place.
 */
const AMBIGUOUS_PROVIDER_WORDS: ReadonlySet<string> = new Set(['age', 'jwt', 'pem', 'url', 'database', 'npm', 'docker', 'google', 'aws', 'azure', 'linear', 'square', 'notion', 'postman', '42', 'django', 'vault', 'drone', 'lob', 'etsy', 'plaid', 'looker']);

/** Words that may follow a provider name in a key that holds its credential (`CLOUDFLARE_API`, `sendgrid_key`). */
const PROVIDER_KEY_SUFFIXES: ReadonlySet<string> = new Set(['api', 'key', 'keys', 'secret', 'token', 'pat']);

/** Provider names, joined to one lower-case word (`huggingface`, `sumologic`), from both catalogs. */
const PROVIDER_KEYS: ReadonlySet<string> = new Set(
  [...TOKEN_FORMATS.map((format) => format.provider), ...KEYWORD_FORMATS.flatMap((format) => [format.provider, ...format.keywords])]
    .map((provider) => splitWords(provider).join(''))
    .filter((provider) => provider !== '' && !AMBIGUOUS_PROVIDER_WORDS.has(provider)),
);

/**
 * True when the key is a provider's name, alone or numbered (`cloudflare`, `SENDGRID_2`) or with
 * a credential word after it (`CLOUDFLARE_API`): a `.env` line or a config entry that stores that
 * provider's credential.
 */
export function isProviderKey(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (PROVIDER_KEYS.has(words.join(''))) return true;
  const last = words.at(-1) ?? '';
  return words.length > 1 && PROVIDER_KEY_SUFFIXES.has(last) && PROVIDER_KEYS.has(words.slice(0, -1).join(''));
}

/**
 * The keyword formats a key calls for: those whose provider the key names (`okta_token`,
 * `HEROKU_API_KEY`, `sumoLogicKey`), unless the key describes rather than holds a credential
 * (`heroku_app_id`, `okta_domain_url`, a public key).
 */
export function keywordFormatsFor(name: string): readonly KeywordFormat[] {
  const words = nameWords(name);
  const last = words.at(-1);
  if (last === undefined) return [];
  if (METADATA_WORDS.has(last) && !PAIR_COMPLETING_METADATA.has(last)) return [];
  if (DESCRIPTIVE_LAST_WORDS.has(last) || words.some((word) => PUBLIC_QUALIFIERS.has(word))) return [];
  return KEYWORD_FORMATS.filter((format) => format.keywords.some((keyword) => containsKeyword(words, keyword)));
}

/** Last words that make a key about the provider's account, not its credential (`okta_domain`, `heroku_app`). */
const DESCRIPTIVE_LAST_WORDS: ReadonlySet<string> = new Set(['domain', 'host', 'hostname', 'region', 'org', 'organization', 'account', 'user', 'username', 'email', 'project', 'app', 'site', 'environment', 'team', 'workspace', 'channel', 'client', 'zone', 'stack']);

/** A keyword of one word is one of `words`; of two words, those two in a row or run together. */
function containsKeyword(words: readonly string[], keyword: string): boolean {
  const space = keyword.indexOf(' ');
  if (space < 0) return words.includes(keyword);
  const first = keyword.slice(0, space);
  const second = keyword.slice(space + 1);
  for (let i = 0; i < words.length; i++) {
    if (words[i] === first && words[i + 1] === second) return true;
    if (words[i] === first + second) return true;
  }
  return false;
}

/**
 * The place a value takes from the name it is stored under (a variable, a JSON key, a dotenv
 * key, a header): an auth header, a token-ish name or a provider's name, or nowhere in particular.
 */
export function placeOfName(name: string | undefined, extraWords: readonly string[] = []): SecretPlace {
  if (name === undefined) return 'anywhere';
  if (isTokenHeaderName(name)) return 'auth-header';
  return isTokenName(name, extraWords) || isProviderKey(name) ? 'token-name' : 'anywhere';
}

/**
 * A cheap necessary condition for `placeOfName(name) !== 'anywhere' || keywordFormatsFor(name)
 * .length > 0`, read straight from `text[start, end)` without allocating: the name, lower-cased
 * with its separators dropped, holds the first three characters of some word those judgements
 * accept (a token word, the last word of a token pair, a provider's name, a keyword). Readers of
 * large texts ask it first, so that most names cost a few table reads.
 */
export function mayNameCredential(text: string, start: number, end: number): boolean {
  let code = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const index = trigramIndex(text.charCodeAt(i));
    if (index < 0) continue;
    code = ((code % (TRIGRAM_BASE * TRIGRAM_BASE)) * TRIGRAM_BASE) + index;
    run++;
    if (run >= 3 && CREDENTIAL_TRIGRAMS[code] === 1) return true;
  }
  return false;
}

const TRIGRAM_BASE = 36;

/** 0–25 for letters in either case, 26–35 for digits, -1 for anything else. */
function trigramIndex(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return code - 22;
  return -1;
}

/** 1 at the code of the first three characters of every word a credential name can be recognised by. */
const CREDENTIAL_TRIGRAMS: Uint8Array = buildCredentialTrigrams();

function buildCredentialTrigrams(): Uint8Array {
  const table = new Uint8Array(TRIGRAM_BASE ** 3);
  const words = [
    ...TOKEN_WORDS,
    ...[...TOKEN_PAIRS].flatMap((pair) => pair.split(' ')),
    ...[...TOKEN_HEADERS].flatMap((header) => header.split('-')),
    'tokens',
    'auth',
    'key',
    'keys',
    ...PROVIDER_KEYS,
    ...KEYWORD_FORMATS.flatMap((format) => format.keywords.map((keyword) => keyword.replaceAll(' ', ''))),
  ];
  for (const word of words) {
    const letters = Array.from(word, (ch) => trigramIndex(ch.charCodeAt(0))).filter((index) => index >= 0);
    const [a, b, c] = letters;
    if (a === undefined || b === undefined || c === undefined) {
      // Words shorter than three letters are only recognised together with a longer word.
      continue;
    }
    table[(a * TRIGRAM_BASE + b) * TRIGRAM_BASE + c] = 1;
  }
  return table;
}
