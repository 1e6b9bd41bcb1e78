import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { ClassifyOptions } from '../secrets/classify.js';
import { findSecrets } from '../secrets/classify.js';
import { describeSecret, maskSecretsIn } from '../secrets/mask.js';
import { isTokenHeaderName, isTokenName, splitWords } from '../secrets/names.js';
import { isConstantCatalogName, isNonCredentialTokenName } from '../secrets/non-credential-names.js';
import { getProcessEnvName, getStaticKeyName, getStaticName } from './secret-place.js';
import { resolveBinding } from './static-string.js';
import { isGuardedAsNonToken } from './value-guards.js';
import { VARIABLE_DEFINITION } from './scope-kinds.js';

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
  return splitWords(name).some((word) => MASKING_WORDS.has(word));
}

/** `.slice(0, 4)`, `.slice(-4)`: a few characters of a token are a safe preview. */
function isShortSlice(call: TSESTree.CallExpression): boolean {
  const [start, end] = call.arguments;
  const value = (node: TSESTree.Node | undefined): number | undefined => {
    if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'number') return node.value;
    if (node?.type === AST_NODE_TYPES.UnaryExpression && node.operator === '-' && node.argument.type === AST_NODE_TYPES.Literal) {
      return typeof node.argument.value === 'number' ? -node.argument.value : undefined;
    }
    return undefined;
  };
  const from = value(start);
  const to = value(end);
  if (from !== undefined && from < 0 && end === undefined) return from >= -6;
  return from !== undefined && to !== undefined && to - from <= 6;
}

/** `ErrorMessages.API_KEY_MISSING`, `StorageKeys.ACCESS_TOKEN`: a member of a table of constants names, not holds, a token. */
function isConstantTable(object: TSESTree.Node): boolean {
  const name = lastNameOf(object);
  return name !== undefined && isConstantCatalogName(name);
}

function lastNameOf(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  return node.type === AST_NODE_TYPES.MemberExpression ? getStaticKeyName(node.property, node.computed) : undefined;
}

function memberDescription(node: TSESTree.MemberExpression, name: string): string {
  return maskSecretsIn(node.object.type === AST_NODE_TYPES.Identifier ? `${node.object.name}.${name}` : name);
}

function isVaultSecretResult(node: TSESTree.Node, scope: TSESLint.Scope.Scope, depth: number): boolean {
  let current = node;
  for (;;) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) current = current.argument;
    else if (current.type === AST_NODE_TYPES.TSNonNullExpression) current = current.expression;
    else break;
  }
  if (current.type === AST_NODE_TYPES.CallExpression) {
    const name = getCalleeBaseName(current);
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
  if (!isTokenishName(name, tokenNames)) return false;
  if (!isNonCredentialTokenName(name)) return true;
  // A user's `tokenNames: ['pageToken']` wins over the built-in exceptions.
  const words = splitWords(name).join(' ');
  return tokenNames.some((extra) => splitWords(extra).join(' ') === words);
}

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

/** Members of a lexer's token object: a variable read this way holds syntax, not a credential. */
const SYNTAX_TOKEN_MEMBERS: ReadonlySet<string> = new Set([
  'type', 'kind', 'loc', 'range', 'start', 'end', 'line', 'column', 'col', 'pos', 'offset', 'image', 'tokenType',
  'startOffset', 'endOffset', 'lineno', 'raw',
]);
/** Words in a callee that hands out lexer tokens: `this.nextToken()`, `lexer.peek()`, `scanner.scan()`. */
const LEXER_CALL_WORDS: ReadonlySet<string> = new Set([
  'next', 'peek', 'lex', 'lexer', 'scan', 'scanner', 'consume', 'advance', 'lookahead', 'tokenize', 'tokenizer', 'expect', 'eat', 'shift', 'pop',
]);

function lastWordOf(node: TSESTree.Node): string | undefined {
  const name = lastNameOf(node);
  return name === undefined ? undefined : splitWords(name).at(-1);
}

/** `tokens[i]`, `this.tokens[pos]`, `tokens.shift()`, `lexer.next()`: a value taken from a lexer. */
function isFromLexer(init: TSESTree.Node): boolean {
  if (init.type === AST_NODE_TYPES.MemberExpression) return init.computed && lastWordOf(init.object) === 'tokens';
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCalleeBaseName(init);
  if (name !== undefined && splitWords(name).some((word) => LEXER_CALL_WORDS.has(word) && word !== 'shift' && word !== 'pop')) return true;
  const callee = init.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiver = lastWordOf(callee.object);
  return receiver === 'tokens' || (receiver !== undefined && LEXER_CALL_WORDS.has(receiver) && receiver.length > 4);
}

/**
 * Is this `token` variable a lexer's token object rather than a credential? It is read as an
 * object with syntax members (`token.type`, `token.loc`), given (in any assignment) a value
 * from a `tokens` array or a lexer call, or the loop variable of `for (const token of tokens)`.
 */
function isSyntaxToken(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): boolean {
  if (!splitWords(identifier.name).includes('token')) return false;
  const variable = ASTUtils.findVariable(scope, identifier);
  if (variable === null) return false;
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier) {
      const member = getStaticKeyName(parent.property, parent.computed);
      if (member !== undefined && SYNTAX_TOKEN_MEMBERS.has(member)) return true;
    }
  }
  if (variable.references.some((reference) => reference.writeExpr != null && isFromLexer(reference.writeExpr))) return true;
  const definition = variable.defs[0];
  if (definition?.type !== VARIABLE_DEFINITION) return false;
  const loop = definition.node.parent.parent;
  return loop.type === AST_NODE_TYPES.ForOfStatement && lastWordOf(loop.right) === 'tokens';
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
 * follows `const`/single-assignment bindings, TS wrappers, `await`, `??`/`||` and
 * conditionals; it does not look inside strings built around the value (see
 * `findTokenValue` for that).
 */
export function getTokenValue(
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions = {},
  depth = 0,
): TokenValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const tokenNames = options.tokenNames ?? [];
  switch (node.type) {
    case AST_NODE_TYPES.Identifier: {
      const init = resolveBinding(node, scope);
      if (isCredentialName(node.name, tokenNames)) {
        const notSecret = (init !== undefined && isPlainlyNotSecret(init, options)) || isSyntaxToken(node, scope) || isGuardedAsNonToken(node);
        return notSecret ? undefined : { node, description: node.name };
      }
      const inner = init === undefined ? undefined : getTokenValue(init, scope, options, depth + 1);
      return inner === undefined ? undefined : { node, description: `${node.name} (${inner.description})` };
    }
    case AST_NODE_TYPES.MemberExpression: {
      const envName = getProcessEnvName(node);
      if (envName !== undefined) {
        return isCredentialName(envName, tokenNames) ? { node, description: maskSecretsIn(`process.env.${envName}`) } : undefined;
      }
      const name = getStaticKeyName(node.property, node.computed);
      if (name === undefined || isConstantTable(node.object)) return undefined;
      if (isHeaderOnlyName(name) && !isHeadersObject(node.object)) return undefined;
      if (isCredentialName(name, tokenNames) || isTokenHeaderName(name)) {
        return isGuardedAsNonToken(node) ? undefined : { node, description: memberDescription(node, name) };
      }
      if (SECRET_RESULT_MEMBERS.has(name) && isVaultSecretResult(node.object, scope, depth)) {
        return { node, description: 'a vault secret' };
      }
      return undefined;
    }
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
      return getTokenFromCall(node, options);
    case AST_NODE_TYPES.Literal: {
      const [secret] = typeof node.value === 'string' ? findSecrets(node.value, 'anywhere', options.classify) : [];
      return secret === undefined ? undefined : { node, description: describeSecret(secret.kind, secret.value) };
    }
    default:
      return undefined;
  }
}

function getTokenFromCall(call: TSESTree.CallExpression, options: TokenValueOptions): TokenValue | undefined {
  if (isMaskingCall(call, options.maskFunctions)) return undefined;
  const name = getCalleeBaseName(call);
  if (name === undefined) return undefined;
  const read = namedValueRead(call, options.tokenNames ?? []);
  if (read !== undefined) return read;
  const words = splitWords(name);
  const [verb, ...rest] = words;
  if (verb === undefined || !GETTER_VERBS.has(verb) || rest.length === 0) return undefined;
  return isCredentialName(rest.join('_'), options.tokenNames ?? []) ? { node: call, description: `${name}()` } : undefined;
}

/**
 * The first token value carried by an expression or anything it builds: the value itself,
 * or a part of a template literal, `+` concatenation, object or array literal (`{ token }`),
 * or a `JSON.stringify`/`String` of one. Masking calls stop the search.
 */
export function findTokenValue(
  node: TSESTree.Node,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions = {},
  depth = 0,
): TokenValue | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const direct = getTokenValue(node, scope, options, depth);
  if (direct !== undefined) return direct;
  const next = (child: TSESTree.Node): TokenValue | undefined => findTokenValue(child, scope, options, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return firstOf(node.expressions, next);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? (next(node.left) ?? next(node.right)) : undefined;
    case AST_NODE_TYPES.ObjectExpression:
      return firstOf(node.properties, (property) =>
        property.type === AST_NODE_TYPES.Property ? propertyTokenValue(property, scope, options, depth) : next(property.argument),
      );
    case AST_NODE_TYPES.ArrayExpression:
      return firstOf(node.elements, (element) => (element === null ? undefined : next(element)));
    case AST_NODE_TYPES.SpreadElement:
      return next(node.argument);
    case AST_NODE_TYPES.CallExpression:
      return findInCall(node, next, options);
    case AST_NODE_TYPES.ChainExpression:
      return next(node.expression);
    case AST_NODE_TYPES.Identifier: {
      const init = resolveBinding(node, scope);
      return init === undefined ? undefined : next(init);
    }
    default:
      return undefined;
  }
}

function propertyTokenValue(
  property: TSESTree.Property,
  scope: TSESLint.Scope.Scope,
  options: TokenValueOptions,
  depth: number,
): TokenValue | undefined {
  const key = getStaticKeyName(property.key, property.computed);
  if (key !== undefined && (isCredentialName(key, options.tokenNames ?? []) || isTokenHeaderName(key))) {
    return valueUnderTokenKey(property.value, key, scope, options, depth + 1);
  }
  return findTokenValue(property.value, scope, options, depth + 1);
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
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
      return findTokenValue(value, scope, options, depth);
    case AST_NODE_TYPES.BinaryExpression:
      return value.operator === '+' ? findTokenValue(value, scope, options, depth) : undefined;
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

/** String methods whose result still holds the whole value: `token.trim()`, `header.replace('Bearer ', '')`. */
const VALUE_PRESERVING_METHODS: ReadonlySet<string> = new Set([
  'trim', 'trimStart', 'trimEnd', 'toString', 'toLowerCase', 'toUpperCase', 'valueOf', 'normalize', 'padStart', 'padEnd',
  'replace', 'replaceAll', 'concat', 'join',
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
  const inArguments = isTransparentCall(call) ? firstOf(call.arguments, next) : undefined;
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

function firstOf<T>(items: readonly T[], find: (item: T) => TokenValue | undefined): TokenValue | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
