import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '../secrets/names.js';
import { getStaticKeyName, getStaticName } from './secret-place.js';
import { HOLE, resolveBinding, resolveObjectProperties, resolveStringShape, shapeText } from './static-string.js';
import { PARAMETER_DEFINITION, VARIABLE_DEFINITION } from './scope-kinds.js';
import { namesAlong } from './text-tokens.js';
import { unwrapExpression } from './unwrap.js';

/**
 * Whole credential results: what a token endpoint, a token-set getter or a sign-in call
 * gives back. Such an object holds an access token (and often a refresh token) under
 * names the code never spells out, so writing it whole leaks them:
 *
 *   const { data } = await axios.post('https://login.own.example/oauth2/token', form);
 *   const { tokens } = await oauth2Client.getToken(code);
 *   const session = await auth.signIn();
 *
 * A response of an ordinary endpoint is not one, nor a member that is not the body
 * (`res.status`, `session.user`).
 */

type Scope = TSESLint.Scope.Scope;

/** Calls that send an HTTP request and take the URL first: `fetch(url)`, `axios.post(url)`, `this.http.post(url)`. */
const REQUEST_CALLS: ReadonlySet<string> = new Set(['fetch', '$fetch', 'ofetch', 'axios', 'got', 'ky', 'request', 'post', 'put', 'patch', 'get']);
/** Wrappers that hand on the value of what they wrap: `firstValueFrom(this.http.post(...))`. */
const PASS_THROUGH_CALLS: ReadonlySet<string> = new Set(['firstValueFrom', 'lastValueFrom', 'toPromise']);
/** Methods of a response (or a request builder) that lead to the body: `res.json()`, `req.send(form)`. */
const BODY_METHODS: ReadonlySet<string> = new Set(['json', 'text', 'then', 'send', 'set', 'type', 'accept', 'query', 'field', 'form', 'promise']);
/** Members and destructured keys of a credential result that hold the credentials: `res.data`, `{ tokens }`. */
const BODY_MEMBERS: ReadonlySet<string> = new Set(['data', 'body', 'json', 'tokens', 'tokenSet', 'credentials', 'session', 'result', 'payload']);

/** Last path segments of a token endpoint: `/oauth2/token`, `/login/oauth/access_token`, `/app/installations/1/access_tokens`. */
const TOKEN_ENDPOINT_SEGMENTS: ReadonlySet<string> = new Set(['token', 'tokens', 'access_token', 'access_tokens', 'access-token', 'accesstoken', 'refresh_token', 'refresh-token']);
/** Last path segments that hand out a session token when posted to: `POST /auth/login`, `POST /api/token/refresh`. */
const SIGN_IN_SEGMENTS: ReadonlySet<string> = new Set(['login', 'signin', 'sign-in', 'sign_in', 'authenticate', 'refresh']);

/** Verbs of a call that hands out a token set: `getToken(code)`, `refreshTokens()`, `exchangeCodeForTokens()`. */
const TOKEN_SET_VERBS: ReadonlySet<string> = new Set(['get', 'fetch', 'load', 'retrieve', 'acquire', 'obtain', 'request', 'refresh', 'issue', 'mint', 'exchange']);
const TOKEN_SET_NOUNS: ReadonlySet<string> = new Set(['token', 'tokens', 'tokenset']);
/** Receivers whose tokens are syntax: `sourceCode.getTokens(node)`, `lexer.getTokens()`. */
const SYNTAX_RECEIVER_WORDS: ReadonlySet<string> = new Set(['source', 'code', 'lexer', 'tokenizer', 'parser', 'scanner', 'ast', 'program', 'grammar', 'context']);

/** Names under which a sign-in result is kept when it is the session: `session`, `authResult`, `tokens`, `credentials`. */
const SESSION_WORDS: ReadonlySet<string> = new Set(['session', 'sessions', 'tokens', 'credentials', 'creds', 'auth']);

const MAX_DEPTH = 6;

/** A credential result and why it is one, for messages. */
export interface CredentialResult {
  readonly reason: string;
}

function wordsOf(name: string | undefined): readonly string[] {
  return name === undefined ? [] : splitWords(name);
}

/** `signIn`, `signInWithPassword`, `login`, `loginPopup`, `authenticateUser`: a call that signs a user in. */
function isSignInName(name: string): boolean {
  const words = splitWords(name);
  const [first, second] = words;
  return (first === 'sign' && second === 'in') || (first === 'log' && second === 'in') || first === 'signin' || first === 'login' || first === 'authenticate';
}

/** The last path segment of a URL's text, lowercased, without query, fragment or trailing slash. */
function lastPathSegment(url: string): string {
  const end = [url.indexOf('?'), url.indexOf('#')].filter((index) => index >= 0);
  const segments = url.slice(0, end.length > 0 ? Math.min(...end) : url.length).split('/');
  while (segments.at(-1) === '') segments.pop();
  return (segments.at(-1) ?? '').toLowerCase();
}

/** `tokenUrl`, `TOKEN_ENDPOINT`, `discovery.token_endpoint`: a name that says it holds a token endpoint's URL. */
function isTokenEndpointName(node: TSESTree.Node): boolean {
  const words = wordsOf(getStaticName(unwrapExpression(node)));
  const last = words.at(-1);
  return (last === 'url' || last === 'uri' || last === 'endpoint') && words.some((word) => word === 'token' || word === 'oauth' || word === 'oauth2');
}

/** The URL argument of a request call: the first argument, or the `url` of an options object. */
function requestUrl(call: TSESTree.CallExpression, scope: Scope): TSESTree.Node | undefined {
  const [first] = call.arguments;
  if (first === undefined || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const properties = first.type === AST_NODE_TYPES.ObjectExpression ? resolveObjectProperties(first, scope) : undefined;
  return properties === undefined ? first : properties.find((property) => property.key === 'url')?.value;
}

/** `{ method: 'POST' }` in the options of `fetch(url, options)` or `axios({ method: 'post' })`. */
function isPost(call: TSESTree.CallExpression, name: string, scope: Scope): boolean {
  if (name === 'post') return true;
  return call.arguments.some((argument) => {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
    const method = resolveObjectProperties(argument, scope)?.find((property) => property.key === 'method');
    const value = method?.value;
    return value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string' && value.value.toLowerCase() === 'post';
  });
}

/** A request to a token endpoint (or a sign-in endpoint, posted to): its response holds credentials. */
function isTokenEndpointRequest(call: TSESTree.CallExpression, scope: Scope): boolean {
  const name = getStaticName(unwrapExpression(call.callee));
  if (name === undefined || !REQUEST_CALLS.has(name)) return false;
  const url = requestUrl(call, scope);
  if (url === undefined) return false;
  const shape = resolveStringShape(url, scope);
  const text = shape === undefined ? '' : shapeText(shape);
  if (text.replaceAll(HOLE, '') === '') return isTokenEndpointName(url);
  const segment = lastPathSegment(text);
  return TOKEN_ENDPOINT_SEGMENTS.has(segment) || (SIGN_IN_SEGMENTS.has(segment) && isPost(call, name, scope));
}

/** `oauth2Client.getToken(code)`, `refreshTokens()`: a getter of a token set, not of a lexer's tokens. */
function isTokenSetGetter(call: TSESTree.CallExpression): boolean {
  const words = wordsOf(getStaticName(unwrapExpression(call.callee)));
  const [verb] = words;
  if (verb === undefined || !TOKEN_SET_VERBS.has(verb) || !TOKEN_SET_NOUNS.has(words.at(-1) ?? '')) return false;
  const receivers = namesAlong(call.callee).slice(0, -1);
  return !receivers.some((receiver) => splitWords(receiver).some((word) => SYNTAX_RECEIVER_WORDS.has(word)));
}

function calleeText(call: TSESTree.CallExpression): string {
  return namesAlong(call.callee).join('.');
}

/**
 * The credential result an expression is (or reads the body of), or undefined. `named`
 * is the name the value is kept under, which decides whether a sign-in result counts:
 * `const session = await auth.signIn()` does, `const result = await signIn('github')`
 * (a redirect status) does not.
 */
export function credentialResultOf(node: TSESTree.Node, scope: Scope, named?: string, depth = 0): CredentialResult | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const target = unwrapExpression(node, true);
  switch (target.type) {
    case AST_NODE_TYPES.CallExpression:
      return callResult(target, scope, named, depth);
    case AST_NODE_TYPES.MemberExpression: {
      const name = getStaticKeyName(target.property, target.computed);
      return name !== undefined && BODY_MEMBERS.has(name) ? credentialResultOf(target.object, scope, named, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.Identifier:
      return identifierResult(target, scope, named ?? target.name, depth);
    default:
      return undefined;
  }
}

function callResult(call: TSESTree.CallExpression, scope: Scope, named: string | undefined, depth: number): CredentialResult | undefined {
  const name = getStaticName(unwrapExpression(call.callee));
  if (name === undefined) return undefined;
  if (isTokenEndpointRequest(call, scope)) return { reason: "a token endpoint's response" };
  if (isTokenSetGetter(call)) return { reason: `the result of ${calleeText(call)}()` };
  if (isSignInName(name)) {
    const isSession = wordsOf(named).some((word) => SESSION_WORDS.has(word));
    return isSession ? { reason: `the result of ${calleeText(call)}()` } : undefined;
  }
  const [first] = call.arguments;
  if (PASS_THROUGH_CALLS.has(name) && first !== undefined) return credentialResultOf(first, scope, named, depth + 1);
  const callee = unwrapExpression(call.callee);
  return BODY_METHODS.has(name) && callee.type === AST_NODE_TYPES.MemberExpression ? credentialResultOf(callee.object, scope, named, depth + 1) : undefined;
}

function identifierResult(identifier: TSESTree.Identifier, scope: Scope, named: string, depth: number): CredentialResult | undefined {
  const init = resolveBinding(identifier, scope);
  if (init !== undefined) return credentialResultOf(init, scope, named, depth + 1);
  const source = destructuredFrom(identifier, scope);
  // `const { data } = await axios.post(tokenUrl)`, `const { data: { session } } = await auth.signIn()`.
  if (source?.init === undefined || !source.path.every((key) => typeof key === 'string' && BODY_MEMBERS.has(key))) return undefined;
  return credentialResultOf(source.init, scope, named, depth + 1);
}

/** Where a destructured variable's value comes from: the declarator's initializer and the keys (or indexes) down to it. */
export interface DestructuredSource {
  /** The initializer; undefined for a destructured parameter, whose value comes from the calls. */
  readonly init: TSESTree.Expression | undefined;
  readonly path: readonly (string | number)[];
}

/**
 * `const { data: { session } } = await signIn()` read at `session`: the initializer and the
 * path `['data', 'session']`; `function connect({ apiKey: key })` read at `key`: the path
 * `['apiKey']`. Undefined for plain declarations and parameters, loop variables, rest
 * elements and computed keys.
 */
export function destructuredFrom(identifier: TSESTree.Identifier, scope: Scope): DestructuredSource | undefined {
  const variable = ASTUtils.findVariable(scope, identifier);
  const [definition] = variable?.defs ?? [];
  if (variable?.defs.length !== 1 || definition === undefined) return undefined;
  let root: TSESTree.Node;
  let init: TSESTree.Expression | undefined;
  if (definition.type === VARIABLE_DEFINITION) {
    const declarator = definition.node;
    if (!declarator.init || declarator.id === definition.name) return undefined;
    root = declarator.id;
    init = declarator.init;
  } else if (definition.type === PARAMETER_DEFINITION) {
    const pattern = definition.node.params.find((parameter) => parameter.range[0] <= definition.name.range[0] && definition.name.range[1] <= parameter.range[1]);
    if (pattern === undefined || pattern === definition.name) return undefined;
    root = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
  } else {
    return undefined;
  }
  const path: (string | number)[] = [];
  let current: TSESTree.Node = definition.name;
  while (current !== root) {
    const parent: TSESTree.Node = current.parent;
    if (parent.type === AST_NODE_TYPES.AssignmentPattern && parent.left === current) {
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const key = getStaticKeyName(parent.key, parent.computed);
      if (key === undefined) return undefined;
      path.unshift(key);
      current = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      path.unshift(parent.elements.findIndex((element) => element === current));
      current = parent;
    } else {
      return undefined;
    }
  }
  return path.length === 0 ? undefined : { init, path };
}
