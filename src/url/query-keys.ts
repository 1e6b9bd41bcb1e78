import { isTokenName, splitWords } from '../secrets/names.js';
import { isNonCredentialTokenName } from '../secrets/non-credential-names.js';

/**
 * Which query parameter keys carry a credential, as data. A key is token-ish when the
 * shared name rules say so (`access_token`, `api_key`, `apikey`, `client_secret`,
 * `password`, `auth`) or it is one of the query-only names below; `key` alone counts only
 * with a token-ish value, and `sig`/`signature` only beside the other fields of a shared
 * access signature. Pagination, CSRF and OAuth-flow keys are never credentials.
 */

/** Query keys that name a credential although the shared name rules do not list them. */
const QUERY_TOKEN_KEYS: ReadonlySet<string> = new Set(['jwt', 'access_key', 'accesskey', 'private_token', 'privatetoken', 'auth_key', 'authkey', 'sas', 'sessionkey', 'session_key']);

/**
 * Keys that are credentials only when their value is token-ish: `?key=AIza...`, `?key=${apiKey}`,
 * OpenWeather's `?appid=${apiKey}` (elsewhere an application id is public).
 */
const VALUE_DEPENDENT_KEYS: ReadonlySet<string> = new Set(['key', 'code', 'appid']);

/** The signature of a shared access signature, and the fields that show the query is one. */
const SIGNATURE_KEYS: ReadonlySet<string> = new Set(['sig', 'signature']);
const SAS_FIELDS: ReadonlySet<string> = new Set(['sv', 'se', 'sp', 'sr', 'ss', 'srt', 'st', 'spr', 'skoid', 'sktid', 'sks', 'skv', 'se', 'si']);

/**
 * Words of query keys and values that belong to an OAuth flow or a cursor rather than a
 * credential, beside the shared non-credential token names (`pageToken`, `csrfToken`):
 * `state`, `nonce`, `code_challenge`, `id_token_hint`, `cursor`.
 */
const FLOW_WORDS: ReadonlySet<string> = new Set(['cursor', 'csrf', 'xsrf', 'nonce', 'state', 'hint', 'challenge', 'verifier']);

/** Keys of public OAuth / OpenID requests and paging that never carry a credential. */
const NON_CREDENTIAL_KEYS: ReadonlySet<string> = new Set([
  'client_id', 'redirect_uri', 'response_type', 'response_mode', 'scope', 'state', 'nonce', 'prompt',
  'code_challenge', 'code_challenge_method', 'login_hint', 'id_token_hint', 'token_type_hint', 'cursor',
]);

export interface QueryKeyOptions {
  /** Extra token-ish keys (rule option `queryKeys`), compared case-insensitively. */
  readonly queryKeys?: readonly string[];
  /** Keys never reported (rule option `allowedKeys`), compared case-insensitively. */
  readonly allowedKeys?: readonly string[];
}

/** How a key weighs as a credential. */
export type QueryKeyKind = 'token' | 'value-dependent' | 'signature' | 'other' | 'allowed';

/** True for names of pagination cursors, CSRF tokens and OAuth flow values (`nextPageToken`). */
export function isNonCredentialName(name: string): boolean {
  if (NON_CREDENTIAL_KEYS.has(name.toLowerCase())) {
    return true;
  }
  return isNonCredentialTokenName(name) || splitWords(name).some((word) => FLOW_WORDS.has(word));
}

function includesKey(list: readonly string[] | undefined, key: string): boolean {
  const lower = key.toLowerCase();
  return list?.some((entry) => entry.toLowerCase() === lower) ?? false;
}

/** Classifies a query key: a credential, one only with a token-ish value, a SAS signature, or other. */
export function classifyQueryKey(key: string, options: QueryKeyOptions = {}): QueryKeyKind {
  const lower = key.toLowerCase();
  if (includesKey(options.allowedKeys, key)) {
    return 'allowed';
  }
  if (includesKey(options.queryKeys, key) || QUERY_TOKEN_KEYS.has(lower)) {
    return 'token';
  }
  if (isNonCredentialName(key)) {
    return 'allowed';
  }
  if (SIGNATURE_KEYS.has(lower)) {
    return 'signature';
  }
  if (VALUE_DEPENDENT_KEYS.has(lower)) {
    return 'value-dependent';
  }
  return isTokenName(key) ? 'token' : 'other';
}

/** True when the keys of a query make it a shared access signature (`sv`, `se`, `sp`, ... beside `sig`). */
export function isSharedAccessSignature(keys: readonly string[]): boolean {
  return keys.filter((key) => SAS_FIELDS.has(key.toLowerCase())).length >= 2;
}
