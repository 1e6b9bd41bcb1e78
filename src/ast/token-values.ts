import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ClassifyOptions } from '../secrets/classify.js';
import { findSecrets } from '../secrets/classify.js';
import { describeSecret, maskSecretsIn } from '../secrets/mask.js';
import { isProviderKey, isSecretMetadataName, isTokenHeaderName, isTokenName, namesNonTextValue, splitWords } from '../secrets/names.js';
import { memoByName } from '../secrets/name-memo.js';
import { isConstantCatalogName, isNonCredentialTokenName, isOtherKindOfTokenName } from '../secrets/non-credential-names.js';
import { argumentsForParameter, parameterOf } from './call-sites.js';
import { credentialResultOf, destructuredFrom } from './credential-results.js';
import { getScopeAt } from './scope-at.js';
import { getProcessEnvName, getStaticKeyName, getStaticName } from './secret-place.js';
import { classMemberWrites, localFunctionOf, resolveBinding, resolveObjectProperties, resolveValue, returnedExpressions } from './static-string.js';
import { elementOf, isCredentialCollection, isReadAsSyntax, isTextToken, isTextTokenMember } from './text-tokens.js';
import { unwrapExpression } from './unwrap.js';
import { isGuardedAsNonToken } from './value-guards.js';

/**
 * Does an expression carry a token value? The answer every sink-based rule asks
 * (a token in a URL, in a log line, in an error): a token-ish identifier or member,
 * `process.env.<TOKEN-ISH>`, an `Authorization` header read, a vault secret's `.value`,
 * a token getter's result, a token-like literal, or a binding initialised from one.
 */

/** Why an expression counts as a token value, for messages. */
export interface TokenValue {
  /** The sub-expression that carries the token (report here). */
  readonly node: TSESTree.Node;
  /** A readable name for the value: `apiKey`, `process.env.GITHUB_TOKEN`, `a token literal`. */
  readonly description: string;
}

/** The options of a search (searchOptions copies each field into a search's own options). */
export interface TokenValueOptions {
  /** Extra token-ish words (rule option `tokenNames`). */
  readonly tokenNames?: readonly string[];
  /** Extra names of functions that mask a value (rule option `maskFunctions`). */
  readonly maskFunctions?: readonly string[];
  /** Options for recognising token-like literals. */
  readonly classify?: ClassifyOptions;
}

/** Words in a function name that make its result safe to show: it masks, hashes or measures. */
const MASKING_WORDS: ReadonlySet<string> = new Set([
  'mask', 'masked', 'redact', 'redacted', 'hash', 'hashed', 'digest', 'truncate', 'truncated', 'obfuscate',
  'obfuscated', 'censor', 'scrub', 'sanitize', 'sanitise', 'anonymize', 'encrypt', 'encrypted', 'fingerprint',
  'hmac', 'sha1', 'sha256', 'sha512', 'md5', 'bcrypt', 'last4', 'preview', 'length', 'count', 'validate',
  'verify', 'check', 'compare', 'is', 'has',
]);

/** Verbs of functions that hand out a token: `getToken()`, `fetchAccessToken()`. */
const GETTER_VERBS: ReadonlySet<string> = new Set(['get', 'fetch', 'load', 'read', 'retrieve', 'acquire', 'obtain', 'request', 'refresh', 'issue', 'mint']);

/** Vault clients whose `getSecret(...)` result holds the secret in `.value` / `.SecretString`. */
const SECRET_GETTERS: ReadonlySet<string> = new Set(['getSecret', 'getSecretValue', 'accessSecretVersion', 'getPassword']);
const SECRET_RESULT_MEMBERS: ReadonlySet<string> = new Set(['value', 'SecretString', 'payload', 'data']);

const MAX_DEPTH = 8;

/**
 * Calls of the file's own functions being inlined while the search reads what they return:
 * their parameters take these calls' arguments, not those of every call in the file.
 */
const INLINED_CALLS = Symbol('inlined calls');
/** One search's shared state: the nodes already searched and the nodes it may still visit. */
const SEARCH = Symbol('search');
interface SearchOptions extends TokenValueOptions {
  readonly [INLINED_CALLS]?: ReadonlyMap<TSESTree.FunctionLike, TSESTree.CallExpression>;
  readonly [SEARCH]?: SearchState;
}

interface SearchState extends Remembered {
  readonly visited: Set<TSESTree.Node>;
  budget: number;
  /** Set when getTokenValue stopped at MAX_DEPTH: a value read so is not remembered. */
  cutShort: boolean;
}

/**
 * What the searches made with the same options (one rule's, for one file) remember: a file
 * names the same few variables in many sinks (`throw new Error(msg)`), and a search reads a
 * binding's value again each level it follows it. Plain maps: they live as long as the
 * options object, one file's.
 */
interface Remembered {
  /**
   * What each variable was found to hold, by the number of writes into its object before the
   * read (a read sees only those: see writtenIntoTokenValue); index 0 alone for most variables.
   */
  readonly heldByVariable: Map<TSESLint.Scope.Variable, (TokenValue | null)[]>;
  /**
   * The token written into a variable's object (`headers.Authorization = ...`), per part of it
   * read (`headers`, `config.headers`): entry k is the first token the first k writes in source
   * order put there, null for none. A file that writes into and reads the same object many
   * times reads each write's value once, not at every later read.
   */
  readonly writtenByVariable: Map<TSESLint.Scope.Variable, Map<string, (TokenValue | null)[]>>;
  /** What getTokenValue read of a node, in the scope it was read in. */
  readonly readByNode: Map<TSESTree.Node, { readonly scope: TSESLint.Scope.Scope; readonly value: TokenValue | undefined }>;
}

const rememberedByOptions = new WeakMap<TokenValueOptions, Remembered>();

function rememberedFor(options: TokenValueOptions): Remembered {
  let remembered = rememberedByOptions.get(options);
  if (remembered === undefined) {
    remembered = { heldByVariable: new Map(), writtenByVariable: new Map(), readByNode: new Map() };
    rememberedByOptions.set(options, remembered);
  }
  return remembered;
}

/**
 * The options of one search: the caller's, with the search's state (written out rather than
 * spread: this runs for every sink argument, and spreading symbol keys is slow).
 */
function searchOptions(
  given: TokenValueOptions,
  search: SearchState | undefined,
  inlined: ReadonlyMap<TSESTree.FunctionLike, TSESTree.CallExpression> | undefined,
): SearchOptions {
  return { tokenNames: given.tokenNames, maskFunctions: given.maskFunctions, classify: given.classify, [SEARCH]: search, [INLINED_CALLS]: inlined };
}

/** Variables met this close to the sink are remembered; deeper, the search's own state decides. */
const MAX_REMEMBERED_DEPTH = 2;

/** Nodes one search may visit: following helpers' calls can fan out, and a file must stay cheap. */
const SEARCH_BUDGET = 2_000;

/** The called function's own name (`mask` for `utils.mask(x)`), if static. */
export function getCalleeBaseName(call: TSESTree.CallExpression): string | undefined {
  return getStaticName(call.callee);
}

/** Does calling this function make a token safe to show (mask, redact, hash, truncate, measure)? */
export function isMaskingCall(call: TSESTree.CallExpression, maskFunctions: readonly string[] = []): boolean {
  const name = getCalleeBaseName(call);
  if (name === undefined) return false;
  if (maskFunctions.includes(name)) return true;
  if (name === 'slice' || name === 'substring' || name === 'substr') return isShortSlice(call);
  if (name === 'replace' || name === 'replaceAll') return isMaskingReplace(call);
  return splitWords(name).some((word) => MASKING_WORDS.has(word));
}

/** Characters a masking replacement writes in place of a token's: `*`, `•`, `…`, `x`, `#`, `.`. */
const MASK_CHARACTERS = /^[*•…xX#.]+$/u;
/** Group references in a replacement (`$1`, `$&`, `$<head>`), which keep a few characters of the match. */
const GROUP_REFERENCE = /\$(?:\d{1,2}|&|<\w{1,32}>)/gu;

/**
 * `token.replace(/.(?=.{4})/g, '*')`, `key.replace(/^(.{4}).*$/, '$1…')`: a regular
 * expression replaced by mask characters (and groups of the match). A plain string
 * pattern (`header.replace('Bearer ', '')`) keeps the rest of the value.
 */
function isMaskingReplace(call: TSESTree.CallExpression): boolean {
  const [pattern, replacement] = call.arguments;
  if (pattern?.type !== AST_NODE_TYPES.Literal || !('regex' in pattern)) return false;
  let text: string | undefined;
  if (replacement?.type === AST_NODE_TYPES.Literal && typeof replacement.value === 'string') {
    text = replacement.value;
  } else if (replacement?.type === AST_NODE_TYPES.ArrowFunctionExpression && replacement.body.type === AST_NODE_TYPES.CallExpression) {
    // (match) => '*'.repeat(match.length)
    const callee = replacement.body.callee;
    const object = callee.type === AST_NODE_TYPES.MemberExpression ? callee.object : undefined;
    if (getStaticName(callee) === 'repeat' && object?.type === AST_NODE_TYPES.Literal && typeof object.value === 'string') text = object.value;
  }
  return text !== undefined && MASK_CHARACTERS.test(text.replace(GROUP_REFERENCE, '') || '-');
}

/** `.slice(0, 4)`, `.slice(-4)`, `.substring(key.length - 4)`: a few characters of a token are a safe preview. */
function isShortSlice(call: TSESTree.CallExpression): boolean {
  const [start, end] = call.arguments;
  const value = (node: TSESTree.Node | undefined): number | undefined => {
    if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return node.value;
    if (node?.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-' && node.argument.type === AST_NODE_TYPES.Literal) {
      return typeof node.argument.value === 'number' ? -node.argument.value : undefined;
    }
    return undefined;
  };
  // `key.substring(key.length - 3)`: the last few characters.
  const fromEnd =
    start?.type === AST_NODE_TYPES.BinaryExpression && start.operator === '-' && start.left.type === AST_NODE_TYPES.MemberExpression && getStaticName(start.left) === 'length'
      ? value(start.right)
      : undefined;
  if (fromEnd !== undefined && end === undefined) return fromEnd > 0 && fromEnd <= 6;
  const from = value(start);
  const to = value(end);
  if (from !== undefined && from < 0 && end === undefined) return from >= -6;
  return from !== undefined && to !== undefined && to - from <= 6;
}

/** `ErrorMessages.API_KEY_MISSING`, `StorageKeys.ACCESS_TOKEN`: a member of a table of constants names, not holds, a token. */
function isConstantTable(object: TSESTree.Node): boolean {
  const name = getStaticName(object);
  return name !== undefined && isConstantCatalogName(name);
}

function memberDescription(node: TSESTree.MemberExpression, name: string): string {
  return maskSecretsIn(node.object.type === AST_NODE_TYPES.Identifier ? `${node.object.name}.${name}` : name);
}

/** Is this (bound to) a vault client's secret result? Its own depth count: the answer depends on the node alone. */
function isVaultSecretResult(node: TSESTree.Node, scope: TSESLint.Scope.Scope, depth: number): boolean {
  let current = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
    else if (current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
    else break;
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const name = getCalleeBaseName(current);
    // `await sm.getSecretValue(params).promise()` (AWS SDK v2)
    if (name === 'promise' && current.callee.type === AST_NODE_TYPES.MemberExpression) return isVaultSecretResult(current.callee.object, scope, depth + 1);
    return name !== undefined && SECRET_GETTERS.has(name);
  }
  if (current.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
    const init = resolveBinding(current, scope);
    return init !== undefined && isVaultSecretResult(init, scope, depth + 1);
  }
  return false;
}

/** Words that name a token format rather than say "token": `jwt`, `idJwt`, `JWT_VALUE` read as `token`. */
const TOKEN_FORMAT_WORDS: ReadonlySet<string> = new Set(['jwt']);

function isTokenishName(name: string, tokenNames: readonly string[]): boolean {
  if (isTokenName(name, tokenNames)) return true;
  const words = splitWords(name);
  return words.some((word) => TOKEN_FORMAT_WORDS.has(word)) && isTokenName(words.map((word) => (TOKEN_FORMAT_WORDS.has(word) ? 'token' : word)).join('_'), tokenNames);
}

/** A token-ish name that holds a credential: not a paging, cancellation, anti-forgery or parser token. */
function isCredentialName(name: string, tokenNames: readonly string[]): boolean {
  return tokenNames.length > 0 ? judgeCredentialName(name, tokenNames) : isBuiltInCredentialName(name);
}

/** Names judged without `tokenNames` (the usual case): a search asks about the same names again and again. */
const isBuiltInCredentialName = memoByName((name) => judgeCredentialName(name, []));

function judgeCredentialName(name: string, tokenNames: readonly string[]): boolean {
  if (!isTokenishName(name, tokenNames)) return false;
  if (!isNonCredentialTokenName(name)) return true;
  // A user's `tokenNames: ['pageToken']` wins over the built-in exceptions.
  const words = splitWords(name).join(' ');
  return tokenNames.some((extra) => splitWords(extra).join(' ') === words);
}

/**
 * A member name whose value a search does not follow: another kind of token (`nextPageToken`)
 * or a value that is no token's text (`requestId`, `retryCount`). Asked at every member and
 * identifier a search meets, so the built-in answer is remembered per name.
 */
function namesUnfollowedMember(name: string, tokenNames: readonly string[]): boolean {
  return tokenNames.length > 0 ? judgeUnfollowedMember(name, tokenNames) : isBuiltInUnfollowedMember(name);
}

/** The same for a variable's name, which may also name a path, URL or name of a token (`tokenUrl`). */
function namesUnfollowedVariable(name: string, tokenNames: readonly string[]): boolean {
  return tokenNames.length > 0 ? judgeUnfollowedVariable(name, tokenNames) : isBuiltInUnfollowedVariable(name);
}

function judgeUnfollowedMember(name: string, tokenNames: readonly string[]): boolean {
  return isOtherKindOfTokenName(name) || namesNonTextValue(name, tokenNames);
}

function judgeUnfollowedVariable(name: string, tokenNames: readonly string[]): boolean {
  return judgeUnfollowedMember(name, tokenNames) || isSecretMetadataName(name, tokenNames);
}

const isBuiltInUnfollowedMember = memoByName((name) => judgeUnfollowedMember(name, []));
const isBuiltInUnfollowedVariable = memoByName((name) => judgeUnfollowedVariable(name, []));

/** `authorization` names a credential as a header; elsewhere (`challenge.authorization`) it is often a URI. */
function isHeaderOnlyName(name: string): boolean {
  const words = splitWords(name);
  return words.length > 0 && words.every((word) => word === 'authorization' || word === 'proxy');
}

/** `req.headers`, `headers`, `this.requestHeaders`: an object of HTTP headers. */
function isHeadersObject(node: TSESTree.Node): boolean {
  const name = getStaticName(node);
  return name !== undefined && name.toLowerCase().includes('header');
}

/**
 * Is a binding's value plainly not a secret: a number, boolean, null or a string that is not
 * token-like (`const AUTH_HEADER = 'Authorization'`), a negation, `typeof`, comparison or
 * arithmetic, a function, or a masking call?
 */
function isPlainlyNotSecret(init: TSESTree.Node, options: TokenValueOptions): boolean {
  switch (init.type) {
    case AST_NODE_TYPES.Literal:
      return typeof init.value !== 'string' || findSecrets(init.value, 'token-name', options.classify).length === 0;
    case AST_NODE_TYPES.TemplateLiteral: {
      const text = init.expressions.length === 0 ? init.quasis[0]?.value.cooked : undefined;
      return text !== undefined && text !== null && findSecrets(text, 'token-name', options.classify).length === 0;
    }
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return init.operator !== '+';
    case AST_NODE_TYPES.CallExpression:
      return isMaskingCall(init, options.maskFunctions);
    case AST_NODE_TYPES.AwaitExpression:
      return isPlainlyNotSecret(init.argument, options);
    default:
      return false;
  }
}

/** Getters whose static first argument names what they return: `req.get('authorization')`, `core.getInput('api-token')`. */
const NAMED_VALUE_GETTERS: ReadonlySet<string> = new Set(['get', 'getItem', 'header', 'getHeader', 'getInput']);

function namedValueRead(call: TSESTree.CallExpression, tokenNames: readonly string[]): TokenValue | undefined {
  const name = getCalleeBaseName(call);
  const [first] = call.arguments;
  if (name === undefined || !NAMED_VALUE_GETTERS.has(name) || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (first?.type !== AST_NODE_TYPES.Literal || typeof first.value !== 'string') return undefined;
  const key = first.value;
  return isCredentialName(key, tokenNames) || isTokenHeaderName(key) ? { node: call, description: maskSecretsIn(`${name}('${key}')`) } : undefined;
}

/**
 * The token value this expression is, or undefined. Looks at the expression itself and
 * follows what the value was kept in: `const`/single-assignment bindings, destructuring
 * (`const { OWN_API_TOKEN: key } = process.env`), object members (`auth.key` of
 * `const auth = { key: process.env.OWN_API_TOKEN }`), `this.x` set anywhere in the class,
 * a credential's `.value`, TS wrappers, `await`, `??`/`||` and conditionals. It does not
 * look inside strings or objects built around the value (see `findTokenValue` for that).
 */
export function getTokenValue(
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions = {},
  depth = 0,
): TokenValue | undefined {
  const search = (options as SearchOptions)[SEARCH];
  if (search === undefined) return readTokenValue(node, scope, options, depth);
  // Within a search, a node read in the same scope is read once: findTokenValue reads each
  // binding's value again at every level it follows it. A read cut short at MAX_DEPTH (which
  // a shallower read might get past) is not remembered.
  const known = search.readByNode.get(node);
  if (known !== undefined && known.scope === scope) return known.value;
  const cutBefore = search.cutShort;
  search.cutShort = false;
  const value = readTokenValue(node, scope, options, depth);
  if (!wasCutShort(search)) search.readByNode.set(node, { scope, value });
  search.cutShort ||= cutBefore;
  return value;
}

/** Did a read stop at MAX_DEPTH since the flag was cleared? (readTokenValue sets it.) */
function wasCutShort(search: SearchState): boolean {
  return search.cutShort;
}

function readTokenValue(node: TSESTree.Node, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  if (depth > MAX_DEPTH) {
    const search = (options as SearchOptions)[SEARCH];
    if (search !== undefined) search.cutShort = true;
    return undefined;
  }
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierTokenValue(node, scope, options, depth);
    case AST_NODE_TYPES.MemberExpression:
      return memberTokenValue(node, scope, options, depth);
    case AST_NODE_TYPES.ChainExpression:
      return getTokenValue(node.expression, scope, options, depth + 1);
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
      return getTokenValue(node.expression, scope, options, depth + 1);
    case AST_NODE_TYPES.AwaitExpression:
      return getTokenValue(node.argument, scope, options, depth + 1);
    case AST_NODE_TYPES.LogicalExpression:
      return getTokenValue(node.left, scope, options, depth + 1) ?? getTokenValue(node.right, scope, options, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
      return getTokenValue(node.consequent, scope, options, depth + 1) ?? getTokenValue(node.alternate, scope, options, depth + 1);
    case AST_NODE_TYPES.CallExpression:
      return getTokenFromCall(node, scope, options, depth);
    case AST_NODE_TYPES.Literal: {
      const [secret] = typeof node.value === 'string' ? findSecrets(node.value, 'anywhere', options.classify) : [];
      return secret === undefined ? undefined : { node, description: describeSecret(secret.kind, secret.value) };
    }
    default:
      return undefined;
  }
}

/** The caller's test for credential names, with its `tokenNames`. */
function credentialNameTest(options: TokenValueOptions): (name: string) => boolean {
  const tokenNames = options.tokenNames ?? [];
  return (name) => isCredentialName(name, tokenNames);
}

/** A `token` that is a token of text (a lexer's, a language model's) rather than a credential. */
function isTextTokenName(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope, options: TokenValueOptions): boolean {
  const words = splitWords(identifier.name);
  return (words.includes('token') || words.includes('tokens')) && isTextToken(identifier, scope, credentialNameTest(options));
}

function identifierTokenValue(node: TSESTree.Identifier, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  const init = resolveBinding(node, scope);
  if (isCredentialName(node.name, options.tokenNames ?? [])) {
    const notSecret = (init !== undefined && isPlainlyNotSecret(init, options)) || isTextTokenName(node, scope, options) || isGuardedAsNonToken(node);
    return notSecret ? undefined : { node, description: node.name };
  }
  // `const fcmToken = await messaging().getToken()`: the name says which kind of token it is;
  // `const credentialsPath = process.env.GOOGLE_APPLICATION_CREDENTIALS`: a path to one.
  if (namesUnfollowedVariable(node.name, options.tokenNames ?? [])) return undefined;
  const inner =
    init === undefined
      ? (destructuredTokenValue(node, scope, options, depth) ?? loopElementTokenValue(node, scope, options))
      : getTokenValue(init, scope, options, depth + 1)?.description;
  return inner === undefined || isGuardedAsNonToken(node) ? undefined : { node, description: `${node.name} (${inner})` };
}

/**
 * `const { OWN_API_TOKEN: key } = process.env`, `const { auth: { key } } = settings` with
 * `settings` an object literal, `const [scheme, value] = authHeader.split(' ')`: what a
 * destructured variable was given, described.
 */
function destructuredTokenValue(node: TSESTree.Identifier, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): string | undefined {
  const source = destructuredFrom(node, scope);
  if (source === undefined) return undefined;
  const last = source.path.at(-1);
  if (typeof last === 'string' && (isCredentialName(last, options.tokenNames ?? []) || isTokenHeaderName(last))) {
    const fromEnv = source.path.length === 1 && source.init !== undefined && isProcessEnv(source.init);
    return maskSecretsIn(fromEnv ? `process.env.${last}` : last);
  }
  if (source.init === undefined) return undefined;
  let current: { node: TSESTree.Node; scope: TSESLint.Scope.Scope } = { node: source.init, scope };
  for (const key of source.path) {
    const target = unwrapExpression(current.node, true);
    if (typeof key === 'number') {
      // `const [, value] = header.split(' ')`: a part after the scheme is the token.
      const callee = target.type === AST_NODE_TYPES.CallExpression ? target.callee : undefined;
      const splits = callee?.type === AST_NODE_TYPES.MemberExpression && getStaticName(callee) === 'split' && key >= 1;
      return splits ? getTokenValue(callee.object, current.scope, options, depth + 1)?.description : undefined;
    }
    const property = resolveObjectProperties(target, current.scope)?.find((entry) => entry.key === key);
    if (property === undefined) return undefined;
    current = { node: property.value, scope: getScopeAt(current.scope, property.value) };
  }
  return getTokenValue(current.node, current.scope, options, depth + 1)?.description;
}

function isProcessEnv(node: TSESTree.Node): boolean {
  const target = unwrapExpression(node);
  return (
    target.type === AST_NODE_TYPES.MemberExpression &&
    getStaticName(target) === 'env' &&
    target.object.type === AST_NODE_TYPES.Identifier &&
    target.object.name === 'process'
  );
}

/**
 * `for (const key of apiKeys)`, `apiKeys.forEach((key) => ...)`: an element of a collection
 * of credentials.
 */
function loopElementTokenValue(node: TSESTree.Identifier, scope: TSESLint.Scope.Scope, options: TokenValueOptions): string | undefined {
  const variable = ASTUtils.findVariable(scope, node);
  const element = variable === null ? undefined : elementOf(variable);
  if (element === undefined || !isCredentialCollection(element.collection, scope, credentialNameTest(options))) return undefined;
  return `an element of ${maskSecretsIn(getStaticName(unwrapExpression(element.collection, true)) ?? 'a credential list')}`;
}

/** Members that hold a credential object's own value: `accessToken.value`, `this.token.raw`. */
const CREDENTIAL_VALUE_MEMBERS: ReadonlySet<string> = new Set(['value', 'raw', 'plaintext', 'plainText', 'cleartext', 'clearText']);

function memberTokenValue(node: TSESTree.MemberExpression, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  const tokenNames = options.tokenNames ?? [];
  const envName = getProcessEnvName(node);
  if (envName !== undefined) {
    // `process.env.STRIPE_KEY`: a provider's name before `KEY` names its API key.
    const credential = isCredentialName(envName, tokenNames) || isProviderKey(envName);
    return credential ? { node, description: maskSecretsIn(`process.env.${envName}`) } : undefined;
  }
  const name = getStaticKeyName(node.property, node.computed);
  if (name === undefined || isConstantTable(node.object)) return undefined;
  if (isHeaderOnlyName(name) && !isHeadersObject(node.object)) return undefined;
  if (isCredentialName(name, tokenNames) || isTokenHeaderName(name)) {
    const parserToken = node.object.type === AST_NODE_TYPES.ThisExpression && isTextTokenMember(node, credentialNameTest(options));
    return parserToken || isGuardedAsNonToken(node) ? undefined : { node, description: memberDescription(node, name) };
  }
  if (namesUnfollowedMember(name, tokenNames)) return undefined;
  if (SECRET_RESULT_MEMBERS.has(name) && isVaultSecretResult(node.object, scope, 0)) {
    return { node, description: 'a vault secret' };
  }
  const inner = CREDENTIAL_VALUE_MEMBERS.has(name) ? credentialObjectValue(node.object, scope, options, depth) : keptValue(node, scope, options, depth);
  if (inner === undefined || isGuardedAsNonToken(node)) return undefined;
  return CREDENTIAL_VALUE_MEMBERS.has(name)
    ? { node, description: `${inner.description}.${name}` }
    : { node, description: `${memberText(node, name)} (${inner.description})` };
}

/**
 * The credential whose own value `.value` / `.raw` reads: `accessToken.value`,
 * `this.token.raw`. A variable named just `token` is a lexer's as often as not
 * (`token.value` is how parsers read a token's text), so it counts only when it was given
 * a token value (`const token = await credential.getToken(scope)`).
 */
function credentialObjectValue(object: TSESTree.Node, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  const target = unwrapExpression(object);
  if (target.type === AST_NODE_TYPES.Identifier && splitWords(target.name).join(' ') === 'token') {
    const init = resolveBinding(target, scope);
    return init === undefined || isTextTokenName(target, scope, options) ? undefined : getTokenValue(init, scope, options, depth + 1);
  }
  return getTokenValue(object, scope, options, depth + 1);
}

/**
 * The token value a member was given where the code keeps it: any write of `this.x` in the
 * class (`this.key = process.env.OWN_API_TOKEN` in the constructor makes every `this.key` a
 * token), or the property of the object literal it reads.
 */
function keptValue(node: TSESTree.MemberExpression, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  if (node.object.type === AST_NODE_TYPES.ThisExpression) {
    return firstOf(classMemberWrites(node) ?? [], (write) =>
      write.kind === 'parameter' ? undefined : getTokenValue(write.value, getScopeAt(scope, write.value), options, depth + 1),
    );
  }
  const resolved = resolveValue(node, scope);
  return resolved.node === unwrapExpression(node) ? undefined : getTokenValue(resolved.node, resolved.scope, options, depth + 1);
}

function memberText(node: TSESTree.MemberExpression, name: string): string {
  const object = node.object;
  if (object.type === AST_NODE_TYPES.ThisExpression) return `this.${name}`;
  return maskSecretsIn(object.type === AST_NODE_TYPES.Identifier ? `${object.name}.${name}` : name);
}

/** Methods of a secret wrapper that hand out the secret: `apiKey.reveal()`, `token.getValue()`. */
const REVEALING_METHODS: ReadonlySet<string> = new Set(['getValue', 'reveal', 'unwrap', 'expose', 'exposeSecret', 'getPlaintext']);

function getTokenFromCall(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  if (isMaskingCall(call, options.maskFunctions)) return undefined;
  const name = getCalleeBaseName(call);
  if (name === undefined) return undefined;
  const read = namedValueRead(call, options.tokenNames ?? []);
  if (read !== undefined) return read;
  if (REVEALING_METHODS.has(name) && call.callee.type === AST_NODE_TYPES.MemberExpression) {
    const inner = getTokenValue(call.callee.object, scope, options, depth + 1);
    return inner === undefined ? undefined : { node: call, description: `${inner.description}.${name}()` };
  }
  const words = splitWords(name);
  const [verb, ...rest] = words;
  if (verb === undefined || !GETTER_VERBS.has(verb) || rest.length === 0) return undefined;
  return isCredentialName(rest.join('_'), options.tokenNames ?? []) ? { node: call, description: `${name}()` } : undefined;
}

/**
 * The first token value carried by an expression or anything it builds: the value itself,
 * or a part of a template literal, `+` concatenation, object or array literal (`{ token }`),
 * a `JSON.stringify`/`String` of one, an object the code wrote a token into after making it
 * (`headers.Authorization = ...`), a whole credential result (a token endpoint's response,
 * `oauth2Client.getToken()`'s tokens) or the whole `process.env`. Masking calls stop the search.
 */
export function findTokenValue(
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  givenOptions: TokenValueOptions = {},
  depth = 0,
): TokenValue | undefined {
  let options: SearchOptions = givenOptions;
  if (options[SEARCH] === undefined) {
    // A literal leads nowhere else (`new Error('Invalid key')`, the most common sink argument):
    // its own text is the whole answer, without a search's state.
    if (node.type === AST_NODE_TYPES.Literal) return depth > MAX_DEPTH ? undefined : readTokenValue(node, scope, givenOptions, depth);
    const { heldByVariable, writtenByVariable, readByNode } = rememberedFor(givenOptions);
    options = searchOptions(givenOptions, { visited: new Set(), budget: SEARCH_BUDGET, heldByVariable, writtenByVariable, readByNode, cutShort: false }, undefined);
  }
  const search = options[SEARCH];
  if (depth > MAX_DEPTH || search === undefined || search.budget <= 0 || search.visited.has(node)) return undefined;
  search.visited.add(node);
  search.budget -= 1;
  const direct = getTokenValue(node, scope, options, depth);
  if (direct !== undefined) return direct;
  const next = (child: TSESTree.Node, at = scope): TokenValue | undefined => findTokenValue(child, at, options, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return firstOf(node.expressions, (expression) => next(expression));
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? (next(node.left) ?? next(node.right)) : undefined;
    case AST_NODE_TYPES.ObjectExpression:
      return firstOf(node.properties, (property, index) => {
        if (property.type === AST_NODE_TYPES.Property) return propertyTokenValue(property, scope, options, depth);
        // `{ ...headers, Authorization: '[redacted]' }`: a later token-ish key replaces what the spread brought.
        return overridesTokenKey(node.properties.slice(index + 1), options) ? undefined : next(property.argument);
      });
    case AST_NODE_TYPES.ArrayExpression:
      return firstOf(node.elements, (element) => (element === null ? undefined : next(element)));
    case AST_NODE_TYPES.SpreadElement:
      return next(node.argument);
    case AST_NODE_TYPES.CallExpression:
      if (isMaskingCall(node, options.maskFunctions)) return undefined;
      return findInCall(node, next, options) ?? returnedTokenValue(node, scope, options, depth) ?? wholeCredentialResult(node, scope);
    case AST_NODE_TYPES.NewExpression:
      // new Headers({ Authorization: ... })
      return getStaticName(node.callee) === 'Headers' && node.arguments[0] !== undefined ? next(node.arguments[0]) : undefined;
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
      return next(node.expression);
    case AST_NODE_TYPES.AwaitExpression:
      return next(node.argument);
    case AST_NODE_TYPES.Identifier: {
      if (namesUnfollowedVariable(node.name, options.tokenNames ?? [])) return undefined;
      if (isGuardedAsNonToken(node)) return undefined;
      // A credential result is reported where it is written whole, not where it was received.
      const result = wholeCredentialResult(node, scope);
      if (result !== undefined) return result;
      const variable = depth <= MAX_REMEMBERED_DEPTH && options[INLINED_CALLS] === undefined ? ASTUtils.findVariable(scope, node) : null;
      const writesBefore = variable === null ? 0 : countObjectWritesBefore(variable, node);
      const remembered = variable === null ? undefined : search.heldByVariable.get(variable)?.[writesBefore];
      if (remembered !== undefined) return remembered ?? undefined;
      const init = resolveBinding(node, scope);
      const kept = init === undefined ? undefined : next(init);
      const held = kept ?? passedTokenValue(node, scope, options, depth) ?? writtenIntoTokenValue(node, scope, options, depth);
      // A search cut short by its budget may have missed the value: only a finished one is kept.
      if (variable !== null && search.budget > 0) {
        let byWrites = search.heldByVariable.get(variable);
        if (byWrites === undefined) {
          byWrites = [];
          search.heldByVariable.set(variable, byWrites);
        }
        byWrites[writesBefore] = held ?? null;
      }
      return held;
    }
    case AST_NODE_TYPES.MemberExpression:
      return findInMember(node, scope, options, depth, next);
    default:
      return undefined;
  }
}

function findInMember(
  node: TSESTree.MemberExpression,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions,
  depth: number,
  next: (child: TSESTree.Node, at?: TSESLint.Scope.Scope) => TokenValue | undefined,
): TokenValue | undefined {
  // `parts[1]`: an element of what carries a token.
  if (node.computed && node.property.type === AST_NODE_TYPES.Literal && typeof node.property.value === 'number') return next(node.object);
  const name = getStaticKeyName(node.property, node.computed);
  if ((name !== undefined && namesUnfollowedMember(name, options.tokenNames ?? [])) || isGuardedAsNonToken(node)) return undefined;
  if (isProcessEnv(node)) return { node, description: 'process.env (every environment variable)' };
  let kept: TokenValue | undefined;
  if (node.object.type === AST_NODE_TYPES.ThisExpression) {
    kept = firstOf(classMemberWrites(node) ?? [], (write) => (write.kind === 'parameter' ? undefined : next(write.value, getScopeAt(scope, write.value))));
  } else {
    const resolved = resolveValue(node, scope);
    kept = resolved.node === unwrapExpression(node) ? undefined : next(resolved.node, resolved.scope);
  }
  return kept ?? writtenIntoTokenValue(node, scope, options, depth) ?? wholeCredentialResult(node, scope);
}

/**
 * A parameter of one of the file's functions, given a token by a call of it:
 * `function trace(...args) { console.log(...args); }` called as `trace('token', token)`.
 * Reported at the argument of the call.
 */
/**
 * How deep in a search a parameter is still followed to the calls of its function: a value
 * written out by a helper, or by a helper of a helper, is found at the call that passes it;
 * further up the file's call graph each hop multiplies the calls to read, for little.
 */
const MAX_PARAMETER_DEPTH = 3;

function passedTokenValue(node: TSESTree.Identifier, scope: TSESLint.Scope.Scope, options: SearchOptions, depth: number): TokenValue | undefined {
  if (depth > MAX_PARAMETER_DEPTH && options[INLINED_CALLS] === undefined) return undefined;
  const parameter = parameterOf(node, scope);
  // `function describe(astNode) { ... astNode.type ... }`: a node of syntax, whatever the callers name it.
  if (parameter === undefined || isReadAsSyntax(parameter.variable)) return undefined;
  const inlined = options[INLINED_CALLS]?.get(parameter.fn);
  const passed = argumentsForParameter(node, scope, inlined === undefined ? undefined : [inlined]);
  return firstOf(passed, (argument) => findTokenValue(argument.node, argument.scope, options, depth + 1));
}

/** `authHeaders()` of `function authHeaders() { return { Authorization: ... }; }`: what a call of the file's own function returns. */
function returnedTokenValue(call: TSESTree.CallExpression, scope: TSESLint.Scope.Scope, options: SearchOptions, depth: number): TokenValue | undefined {
  const fn = localFunctionOf(call.callee, scope, (object) => resolveValue(object, scope));
  if (fn === undefined || options[INLINED_CALLS]?.has(fn) === true) return undefined;
  const inlined = new Map(options[INLINED_CALLS]);
  inlined.set(fn, call);
  const inner = searchOptions(options, options[SEARCH], inlined);
  return firstOf(returnedExpressions(fn), (returned) => findTokenValue(returned, getScopeAt(scope, returned), inner, depth + 1));
}

/** A whole credential result, reported at the expression that writes it. */
function wholeCredentialResult(node: TSESTree.Node, scope: TSESLint.Scope.Scope): TokenValue | undefined {
  const result = credentialResultOf(node, scope);
  if (result === undefined) return undefined;
  const name = getStaticName(unwrapExpression(node, true));
  return { node, description: name === undefined ? result.reason : `${maskSecretsIn(name)} (${result.reason})` };
}

/** `a.b.c` as its root identifier and the static member names after it, or undefined. */
function memberPath(node: TSESTree.Node): { root: TSESTree.Identifier; path: string[] } | undefined {
  const path: string[] = [];
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticKeyName(current.property, current.computed);
    if (name === undefined) return undefined;
    path.unshift(name);
    current = unwrapExpression(current.object);
  }
  return current.type === AST_NODE_TYPES.Identifier ? { root: current, path } : undefined;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((name, index) => path[index] === name);
}

/** Methods that set a header on a `Headers`-like object: `headers.set('Authorization', value)`. */
const HEADER_SETTERS: ReadonlySet<string> = new Set(['set', 'append']);

/** A reference that may write into its variable's object: `x.a.b = value`, `x.set('b', value)`, `Object.assign(x, ...)`. */
interface ObjectWrite {
  readonly identifier: TSESTree.Node;
  /** The member path written and the value, for a member write. */
  readonly member?: { readonly path: readonly string[]; readonly value: TSESTree.Node };
  /** The `Object.assign` call that takes the variable as its target. */
  readonly assign?: TSESTree.CallExpression;
}

/**
 * Per variable, its references that write into the object it holds, in source order: made once
 * per variable, so a file that reads the same object in many sinks (or a module import in
 * every statement) does not walk its references at each read.
 */
const objectWritesByVariable = new WeakMap<TSESLint.Scope.Variable, readonly ObjectWrite[]>();
/** Most variables have no such write: they share one empty list. */
const NO_OBJECT_WRITES: readonly ObjectWrite[] = Object.freeze([]);

function objectWritesOf(variable: TSESLint.Scope.Variable): readonly ObjectWrite[] {
  const known = objectWritesByVariable.get(variable);
  if (known !== undefined) return known;
  const list: ObjectWrite[] = [];
  for (const { identifier } of variable.references) {
    const member = memberWrite(identifier);
    if (member !== undefined) {
      list.push({ identifier, member });
      continue;
    }
    const call = identifier.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === identifier && isObjectAssign(call)) {
      list.push({ identifier, assign: call });
    }
  }
  const writes = list.length === 0 ? NO_OBJECT_WRITES : list.sort((a, b) => a.identifier.range[0] - b.identifier.range[0]);
  objectWritesByVariable.set(variable, writes);
  return writes;
}

/** How many of the writes (in source order) start before `position`: a binary search. */
function countWritesBefore(writes: readonly ObjectWrite[], position: number): number {
  let low = 0;
  let high = writes.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((writes[middle] as ObjectWrite).identifier.range[0] < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of the writes into the variable's object come before `read`: the reads between two writes see the same ones. */
function countObjectWritesBefore(variable: TSESLint.Scope.Variable, read: TSESTree.Node): number {
  return countWritesBefore(objectWritesOf(variable), read.range[0]);
}

/** Does the write put something into the part of the object at `path` (`[]` for the whole object)? */
function writesInto(write: ObjectWrite, path: readonly string[]): boolean {
  return write.member !== undefined ? write.member.path.length > path.length && startsWith(write.member.path, path) : path.length === 0;
}

/** What one write puts into the object: the value under its key, or what `Object.assign` copies in. */
function valueGivenBy(write: ObjectWrite, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  const at = getScopeAt(scope, write.identifier);
  if (write.member !== undefined) return valueUnderName(write.member.value, write.member.path.at(-1) ?? '', at, options, depth + 1);
  return write.assign === undefined ? undefined : firstOf(write.assign.arguments.slice(1), (source) => findTokenValue(source, at, options, depth + 1));
}

/** The remembered firsts (see Remembered.writtenByVariable) for one part of a variable's object. */
function writtenFirstsFor(search: SearchState, variable: TSESLint.Scope.Variable, path: readonly string[]): (TokenValue | null)[] {
  let byPath = search.writtenByVariable.get(variable);
  if (byPath === undefined) {
    byPath = new Map();
    search.writtenByVariable.set(variable, byPath);
  }
  const key = path.join('\u0000');
  let firsts = byPath.get(key);
  if (firsts === undefined) {
    firsts = [null];
    byPath.set(key, firsts);
  }
  return firsts;
}

/**
 * A token the code wrote into the object (or the part of it) that is read, before the
 * read: `headers.Authorization = \`Bearer ${token}\``, `config.headers.Authorization = ...`
 * in an axios interceptor, `headers.set('Authorization', ...)`, `Object.assign(headers, {...})`.
 * The first such write in source order.
 */
function writtenIntoTokenValue(read: TSESTree.Node, scope: TSESLint.Scope.Scope, options: SearchOptions, depth: number): TokenValue | undefined {
  const target = memberPath(read);
  const variable = target === undefined ? null : ASTUtils.findVariable(scope, target.root);
  if (target === undefined || variable === null) return undefined;
  const writes = objectWritesOf(variable);
  if (writes.length === 0) return undefined;
  const count = countWritesBefore(writes, read.range[0]);
  // Remembered only outside an inlined call, whose parameters stand for that call's arguments,
  // and close to the sink, as heldByVariable is: deeper, a write's value may be searched past
  // MAX_DEPTH and missed, which a later, shallower read must not take for its answer.
  const search = options[SEARCH];
  const firsts =
    search !== undefined && options[INLINED_CALLS] === undefined && depth <= MAX_REMEMBERED_DEPTH ? writtenFirstsFor(search, variable, target.path) : undefined;
  let index = firsts === undefined ? 0 : Math.min(count, firsts.length - 1);
  let found = firsts?.[index] ?? undefined;
  for (; found === undefined && index < count; index++) {
    const write = writes[index] as ObjectWrite;
    found = writesInto(write, target.path) ? valueGivenBy(write, scope, options, depth) : undefined;
    // A search cut short by its budget may have missed the value: only a finished one is kept.
    if (firsts !== undefined && search !== undefined && firsts.length === index + 1 && search.budget > 0) firsts.push(found ?? null);
  }
  return found;
}

/** `Object.assign(...)`. */
function isObjectAssign(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Object' && getStaticName(callee) === 'assign';
}

/** `x.a.b = value` or `x.a.set('b', value)` starting at the identifier `x`: the path written and the value. */
function memberWrite(identifier: TSESTree.Node): { path: string[]; value: TSESTree.Node } | undefined {
  // The chain's end first: most references are reads and calls, answered without building the path.
  let top: TSESTree.Node = identifier;
  while (top.parent?.type === AST_NODE_TYPES.MemberExpression && top.parent.object === top) top = top.parent;
  const parent = top.parent;
  if (top === identifier || parent === undefined) return undefined;
  const assigned = parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.left === top;
  if (!assigned && !(parent.type === AST_NODE_TYPES.CallExpression && parent.callee === top && HEADER_SETTERS.has(getStaticName(top) ?? ''))) return undefined;
  const path: string[] = [];
  for (let node: TSESTree.Node = identifier; node !== top; ) {
    const member = node.parent as TSESTree.MemberExpression;
    const name = getStaticKeyName(member.property, member.computed);
    if (name === undefined) return undefined;
    path.push(name);
    node = member;
  }
  if (assigned) return { path, value: parent.right };
  const [key, value] = (parent as TSESTree.CallExpression).arguments;
  const header = key?.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
  return header !== undefined && value !== undefined ? { path: [...path.slice(0, -1), header], value } : undefined;
}

/** The token a value carries when kept under `name`: judged as under a token-ish key, or searched. */
function valueUnderName(value: TSESTree.Node, name: string, scope: TSESLint.Scope.Scope, options: TokenValueOptions, depth: number): TokenValue | undefined {
  if (isCredentialName(name, options.tokenNames ?? []) || isTokenHeaderName(name)) return valueUnderTokenKey(value, name, scope, options, depth);
  return findTokenValue(value, scope, options, depth);
}

function propertyTokenValue(
  property: TSESTree.Property,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions,
  depth: number,
): TokenValue | undefined {
  const key = getStaticKeyName(property.key, property.computed);
  return key === undefined ? findTokenValue(property.value, scope, options, depth + 1) : valueUnderName(property.value, key, scope, options, depth + 1);
}

/** Conversions whose result says nothing of the value: `{ token: Boolean(token) }`. */
const NON_STRING_CONVERSIONS: ReadonlySet<string> = new Set(['Boolean', 'Number', 'parseInt', 'parseFloat']);

/**
 * `{ token }`, `{ apiKey: config.key }`: the value under a token-ish key is the token,
 * unless it is plainly something else (a literal that is not one, a masking call, a boolean
 * or a number, `undefined`); conditionals and fallbacks are judged branch by branch.
 */
function valueUnderTokenKey(
  value: TSESTree.Node,
  key: string,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions,
  depth: number,
): TokenValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const under = (child: TSESTree.Node): TokenValue | undefined => valueUnderTokenKey(child, key, scope, options, depth + 1);
  switch (value.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
      return findTokenValue(value, scope, options, depth);
    case AST_NODE_TYPES.TemplateLiteral:
      // `Authorization: \`Bearer ${session}\``: what a header or a token-ish key is built from is the token.
      return findTokenValue(value, scope, options, depth) ?? (value.expressions.some((part) => !isPlainlyNotSecret(part, options)) ? { node: value, description: maskSecretsIn(key) } : undefined);
    case AST_NODE_TYPES.BinaryExpression:
      if (value.operator !== '+') return undefined;
      return findTokenValue(value, scope, options, depth) ?? (isBuiltFromValues(value, options) ? { node: value, description: maskSecretsIn(key) } : undefined);
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.AssignmentPattern:
      return undefined;
    case AST_NODE_TYPES.ConditionalExpression:
      return under(value.consequent) ?? under(value.alternate);
    case AST_NODE_TYPES.LogicalExpression:
      return value.operator === '&&' ? under(value.right) : (under(value.left) ?? under(value.right));
    case AST_NODE_TYPES.CallExpression: {
      const name = getCalleeBaseName(value);
      if (isMaskingCall(value, options.maskFunctions) || (name !== undefined && NON_STRING_CONVERSIONS.has(name))) return undefined;
      return { node: value, description: maskSecretsIn(key) };
    }
    case AST_NODE_TYPES.Identifier: {
      if (value.name === 'undefined' || isTokenishName(value.name, options.tokenNames ?? [])) return getTokenValue(value, scope, options, depth);
      const init = resolveBinding(value, scope);
      if (init !== undefined && isPlainlyNotSecret(init, options)) return undefined;
      return { node: value, description: maskSecretsIn(key) };
    }
    default:
      return { node: value, description: maskSecretsIn(key) };
  }
}

/** `'Bearer ' + session.id`: a concatenation with a part that is not plainly something else than a secret. */
function isBuiltFromValues(node: TSESTree.BinaryExpression, options: TokenValueOptions): boolean {
  return [node.left, node.right].some((part) =>
    part.type === AST_NODE_TYPES.BinaryExpression && part.operator === '+' ? isBuiltFromValues(part, options) : !isPlainlyNotSecret(part, options),
  );
}

/** String methods whose result still holds the whole value: `token.trim()`, `header.replace('Bearer ', '')`, `header.split(' ')`. */
const VALUE_PRESERVING_METHODS: ReadonlySet<string> = new Set([
  'trim', 'trimStart', 'trimEnd', 'toString', 'toLowerCase', 'toUpperCase', 'valueOf', 'normalize', 'padStart', 'padEnd',
  'replace', 'replaceAll', 'concat', 'join', 'split',
]);

/** `header.slice(7)`: dropping a prefix keeps the rest of the value (a short `slice(-4)` masks, see isMaskingCall). */
function isOpenSlice(call: TSESTree.CallExpression, name: string): boolean {
  if (name !== 'slice' && name !== 'substring' && name !== 'substr') return false;
  const [start, end] = call.arguments;
  if (start === undefined || end !== undefined) return false;
  return !(start.type === AST_NODE_TYPES.UnaryExpression && start.operator === '-');
}

/** A token inside a call that passes it through: `JSON.stringify({ token })`, `util.format('%s', token)`, `token.trim()`. */
function findInCall(
  call: TSESTree.CallExpression,
  next: (child: TSESTree.Node) => TokenValue | undefined,
  options: TokenValueOptions,
): TokenValue | undefined {
  if (isMaskingCall(call, options.maskFunctions)) return undefined;
  const inArguments = isTransparentCall(call) ? firstOf(call.arguments, (argument) => next(argument)) : undefined;
  if (inArguments !== undefined) return inArguments;
  const name = getCalleeBaseName(call);
  if (name === undefined || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  return VALUE_PRESERVING_METHODS.has(name) || isOpenSlice(call, name) ? next(call.callee.object) : undefined;
}

/** Calls that pass their arguments' text through: `JSON.stringify(x)`, `String(x)`, `util.format(...)`, `Buffer.from(x)`. */
function isTransparentCall(call: TSESTree.CallExpression): boolean {
  const name = getCalleeBaseName(call);
  if (name === 'from') {
    const callee = call.callee;
    return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === 'Buffer';
  }
  return name !== undefined && TRANSPARENT_CALLS.has(name);
}

const TRANSPARENT_CALLS: ReadonlySet<string> = new Set([
  'stringify', 'String', 'format', 'concat', 'inspect', 'toString', 'encodeURIComponent', 'encodeURI', 'btoa',
]);

function firstOf<T>(items: readonly T[], find: (item: T, index: number) => TokenValue | undefined): TokenValue | undefined {
  for (const [index, item] of items.entries()) {
    const found = find(item, index);
    if (found !== undefined) return found;
  }
  return undefined;
}

function overridesTokenKey(properties: readonly TSESTree.ObjectLiteralElement[], options: TokenValueOptions): boolean {
  return properties.some((property) => {
    const key = property.type === AST_NODE_TYPES.Property ? getStaticKeyName(property.key, property.computed) : undefined;
    return key !== undefined && (isCredentialName(key, options.tokenNames ?? []) || isTokenHeaderName(key));
  });
}
