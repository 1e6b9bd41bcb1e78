import type { TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { compileGlob, isEncryptedFileName } from '../files/token-files.js';
import { CHILD_PROCESS_APIS, getCommandShapes } from './apis/child-process.js';
import { findOpensslKeyArguments } from './apis/decryption.js';
import { FILE_READ_APIS, getFileRead } from './apis/file-reads.js';
import { getSecretArgument, getSecretArgumentSpec, KEY_DERIVATION_PASSWORDS, SECRET_ARGUMENT_APIS } from './apis/secret-arguments.js';
import type { TrackedCall } from './calls.js';
import { getModuleMemberPath, getStaticMemberName, isGlobalReference, iterateTrackedCalls, mentionsTrackedApi } from './calls.js';
import { displayPath, getBaseName, isFileModuleSpecifier, resolveFilePath } from './file-path.js';
import { getProcessEnvName, getStaticKeyName } from './secret-place.js';
import type { StringShape } from './static-string.js';
import { getStaticString, isFullyStatic, locateInShape, resolveBinding, resolveObjectProperties, resolveValue, shapeText } from './static-string.js';
import { unwrapExpression } from './unwrap.js';
import { VARIABLE_DEFINITION, IMPORT_DEFINITION, PARAMETER_DEFINITION } from './scope-kinds.js';

const unwrapAwaited = (node: TSESTree.Node): TSESTree.Node => unwrapExpression(node, true);

/**
 * Where a decryption key comes from. Given the expression a decryption takes as its key
 * (or password, or passphrase), follow it through `const` bindings, encodings
 * (`Buffer.from`, `TextEncoder.encode`, `CryptoJS.enc.Hex.parse`, `importKey` ...), key
 * derivations (`scryptSync`, `pbkdf2`, `hkdf`, `createHash().update().digest()`,
 * `subtle.deriveKey`) and file reads, and say what it rests on:
 *
 * - exposed: a literal (or a constant built from literals), a key derived from one, a
 *   plain file in the project, or the very file that holds the ciphertext;
 * - kept elsewhere: the environment, a secrets vault, a KMS, the OS keychain;
 * - unknown: a function parameter, an import, anything else.
 *
 * No file system access: a file is judged by the path the code names.
 */

export type KeySourceKind =
  | 'literal'
  | 'derived'
  | 'project-file'
  | 'ciphertext-file'
  | 'environment'
  | 'vault'
  | 'kms'
  | 'keychain'
  | 'parameter'
  | 'unknown';

export interface KeySource {
  readonly kind: KeySourceKind;
  /**
   * The expression to report: the key expression itself, or, inside an object or array
   * given as the key (`{ key, passphrase: '…' }`, `passwords: ['…']`), the member that
   * exposes it.
   */
  readonly node: TSESTree.Node;
  /** What the key is, for messages: `written in the code`, `read from 'secret.key', a plain file in the project`. */
  readonly description: string;
  /** For a key written in the code (or derived from such a password): the string expression that holds it. */
  readonly origin?: TSESTree.Node;
}

export interface KeySourceOptions {
  /** The ciphertext the same decryption takes, to recognise a key kept in the same file. */
  readonly ciphertext?: TSESTree.Node;
  /** Files whose keys are accepted (see `compileAllowedKeyFiles`). */
  readonly isAllowedFile?: (pathText: string) => boolean;
}

type SourceCode = Readonly<TSESLint.SourceCode>;

const EXPOSED_KINDS: ReadonlySet<KeySourceKind> = new Set(['literal', 'derived', 'project-file', 'ciphertext-file']);

/** Is the key at hand for anyone who can read the code or the project's files? */
export function isExposedKeySource(source: KeySource): boolean {
  return EXPOSED_KINDS.has(source.kind);
}

// ---------------------------------------------------------------------------
// Tables

/** Calls that turn key material into another form and the index of that material: `Buffer.from(x, 'hex')`. */
const KEY_ENCODINGS: ReadonlyMap<string, number> = new Map([
  ['from', 0], // Buffer.from, Uint8Array.from
  ['parse', 0], // CryptoJS.enc.Hex.parse, JSON.parse
  ['encode', 0], // new TextEncoder().encode
  ['decode', 0], // base64url.decode
  ['String', 0],
  ['atob', 0],
  ['importKey', 1], // subtle.importKey(format, keyData, ...)
  ['createSecretKey', 0],
  ['createPrivateKey', 0],
  ['importPKCS8', 0],
  ['importJWK', 0],
  ['hexToBytes', 0],
  ['decode64', 0],
  ['decodeBase64', 0],
  ['decodeUTF8', 0],
  ['toBytes', 0],
  ['from_hex', 0],
  ['from_base64', 0],
  ['from_string', 0],
  ['privateKeyFromPem', 0],
  ['readPrivateKey', 0], // openpgp.readPrivateKey({ armoredKey })
  ['readKey', 0],
  ['createBuffer', 0], // forge.util.createBuffer
]);

/** Methods whose result is (a piece of) the value they are called on: `key.toString('hex')`. */
const RECEIVER_METHODS: ReadonlySet<string> = new Set([
  'toString', 'valueOf', 'slice', 'subarray', 'substring', 'substr', 'trim', 'trimEnd', 'trimStart', 'padEnd', 'padStart', 'toLowerCase', 'toUpperCase', 'getBytes', 'bytes', 'promise',
]);

/** Key derivations by name and the index of the password they stretch (from the table of secret arguments). */
const KEY_DERIVATIONS: ReadonlyMap<string, number> = KEY_DERIVATION_PASSWORDS;
/** Hashes used as key derivation: `createHash('sha256').update(password).digest()`. */
const HASH_DIGESTS: ReadonlySet<string> = new Set(['digest']);

/** Properties of a key object or JWK that hold the secret, most telling first. */
const KEY_OBJECT_PROPERTIES: readonly string[] = ['passphrase', 'password', 'k', 'd', 'key', 'armoredKey', 'binaryKey'];

/** Calls that fetch a secret from a vault, and the commands sent to one. */
const VAULT_CALLS: ReadonlySet<string> = new Set(['getSecret', 'getSecretValue', 'accessSecretVersion', 'getParameter', 'GetSecretValueCommand', 'GetParameterCommand']);
/** Calls that decrypt or unwrap a key with a KMS (the key never leaves it). */
const KMS_CALLS: ReadonlySet<string> = new Set(['decrypt', 'unwrapKey', 'DecryptCommand', 'generateDataKey', 'GenerateDataKeyCommand']);
/** The OS keychain (keytar and its forks). */
const KEYCHAIN_CALLS: ReadonlySet<string> = new Set(['getPassword', 'findPassword', 'findCredentials']);

/** Functions that keep a file's content when they parse it: `JSON.parse(readFileSync(f))`, `yaml.parse`, `ini.parse`. */
const CONTENT_PARSERS: ReadonlySet<string> = new Set(['parse', 'load', 'safeLoad', 'decode', 'from', 'String', 'toString', 'trim']);

const TYPED_ARRAYS: ReadonlySet<string> = new Set(['Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Buffer']);

const MAX_DEPTH = 12;

// ---------------------------------------------------------------------------
// Options

function normalizeGlob(glob: string): string {
  let text = glob.trim().replaceAll('\\', '/');
  while (text.startsWith('./')) text = text.slice(2);
  return text;
}

/**
 * Compiles `allowedKeyFiles` globs: a glob matches the base name, or the path at any depth
 * (`fixtures/**` allows `test/fixtures/aes.key`); a leading `/` anchors it to the start of the path.
 */
export function compileAllowedKeyFiles(globs: readonly string[]): (pathText: string) => boolean {
  const matchers = globs
    .map(normalizeGlob)
    .filter((glob) => glob !== '' && glob !== '/')
    .map((glob) => (glob.startsWith('/') ? compileGlob(glob.slice(1)) : compileGlob(glob.startsWith('**/') ? glob : `**/${glob}`)));
  if (matchers.length === 0) return () => false;
  return (pathText) => {
    const path = normalizeGlob(pathText).replace(/^\/+/u, '');
    const base = getBaseName(path);
    return matchers.some((matches) => matches(base) || matches(path));
  };
}

// ---------------------------------------------------------------------------
// State

interface State {
  readonly sourceCode: SourceCode;
  readonly options: KeySourceOptions;
  readonly active: Set<TSESLint.Scope.Variable>;
}

function source(kind: KeySourceKind, node: TSESTree.Node, description: string): KeySource {
  return { kind, node, description };
}

const UNKNOWN_DESCRIPTION = 'of unknown origin';

function isStringExpression(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral || node.type === AST_NODE_TYPES.BinaryExpression;
}

/** A key written in the code: `node` is the string expression that holds it. */
function written(node: TSESTree.Node): KeySource {
  return { kind: 'literal', node, description: 'written in the code', origin: node };
}

function unknown(node: TSESTree.Node): KeySource {
  return source('unknown', node, UNKNOWN_DESCRIPTION);
}


function scopeOf(state: State, node: TSESTree.Node): TSESLint.Scope.Scope {
  return state.sourceCode.getScope(node);
}

/** The name a call's callee stands for: the imported name (`scryptSync` even when aliased), else its own name. */
function calleeName(callee: TSESTree.Node, state: State): string | undefined {
  const node = unwrapAwaited(callee);
  const modulePath = getModuleMemberPath(node, scopeOf(state, node));
  const last = modulePath?.[modulePath.length - 1];
  if (modulePath && modulePath.length > 1 && last !== undefined) return last;
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getStaticMemberName(node);
  return undefined;
}

// ---------------------------------------------------------------------------
// Entry point

/** Where the key expression `node` comes from (see the module header). */
export function getKeySource(node: TSESTree.Node, sourceCode: SourceCode, options: KeySourceOptions = {}): KeySource {
  const state: State = { sourceCode, options, active: new Set() };
  const found = classify(node, state, 0);
  // Inside an object or array given as the key, report the member that exposes it; else the key itself.
  return found.node === node || isMemberOf(found.node, node) ? found : { ...found, node };
}

function isMemberOf(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  const container = unwrapAwaited(outer);
  if (container.type !== AST_NODE_TYPES.ObjectExpression && container.type !== AST_NODE_TYPES.ArrayExpression) return false;
  return inner.range[0] >= container.range[0] && inner.range[1] <= container.range[1];
}

function classify(input: TSESTree.Node, state: State, depth: number): KeySource {
  const node = unwrapAwaited(input);
  if (depth > MAX_DEPTH) return unknown(node);
  if (getProcessEnvName(node) !== undefined || isProcessEnv(node)) return source('environment', node, 'read from the environment');
  const file = findFileOrigin(node, state, 0);
  if (file) return fileSource(file, node, state);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' && node.value !== '' ? written(node) : unknown(node);
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression:
      return classifyStringExpression(node, state, depth);
    case AST_NODE_TYPES.Identifier:
      return classifyIdentifier(node, state, depth);
    case AST_NODE_TYPES.MemberExpression:
      return classifyMember(node, state, depth);
    case AST_NODE_TYPES.CallExpression:
      return classifyCall(node, state, depth);
    case AST_NODE_TYPES.NewExpression:
      return classifyConstruction(node, state, depth);
    case AST_NODE_TYPES.ArrayExpression:
      return classifyArray(node, state, depth);
    case AST_NODE_TYPES.ObjectExpression:
      return classifyKeyObject(node, state, depth);
    case AST_NODE_TYPES.LogicalExpression:
      return firstExposed([node.right, node.left], state, depth) ?? unknown(node);
    case AST_NODE_TYPES.ConditionalExpression:
      return firstExposed([node.consequent, node.alternate], state, depth) ?? unknown(node);
    default:
      return unknown(node);
  }
}

/** `process.env` itself, as destructured in `const { KEY } = process.env`. */
function isProcessEnv(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    getStaticMemberName(node) === 'env' &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'process'
  );
}

/** The first of the branches whose key is exposed; else the first known source among them. */
function firstExposed(nodes: readonly TSESTree.Node[], state: State, depth: number): KeySource | undefined {
  const sources = nodes.map((node) => classify(node, state, depth + 1));
  return sources.find(isExposedKeySource) ?? sources.find((found) => found.kind !== 'unknown');
}

function classifyStringExpression(node: TSESTree.TemplateLiteral | TSESTree.BinaryExpression, state: State, depth: number): KeySource {
  const value = getStaticString(node, scopeOf(state, node));
  if (value !== undefined) return value === '' ? unknown(node) : written(node);
  const parts = node.type === AST_NODE_TYPES.TemplateLiteral ? node.expressions : node.operator === '+' ? [node.left, node.right] : [];
  // `${process.env.KEY_A}${process.env.KEY_B}`: kept in the environment; a literal part alone does not expose it.
  const sources = parts.map((part) => classify(part, state, depth + 1));
  return sources.length > 0 && sources.every((found) => found.kind === 'environment' || found.kind === 'literal') && sources.some((found) => found.kind === 'environment')
    ? source('environment', node, 'read from the environment')
    : unknown(node);
}

function classifyIdentifier(node: TSESTree.Identifier, state: State, depth: number): KeySource {
  const scope = scopeOf(state, node);
  const variable = ASTUtils.findVariable(scope, node);
  if (!variable || state.active.has(variable)) return unknown(node);
  const [definition] = variable.defs;
  if (definition?.type === PARAMETER_DEFINITION) {
    return derivationCallbackSource(node, definition.node, state, depth) ?? source('parameter', node, 'a parameter');
  }
  state.active.add(variable);
  try {
    const value = resolveBinding(node, scope);
    if (value) {
      const inner = classify(value, state, depth + 1);
      return inner.kind === 'unknown' ? unknown(node) : { ...inner, node };
    }
    const destructured = destructuredFrom(variable);
    if (destructured) {
      const origin = classify(destructured, state, depth + 1);
      return isContainerKind(origin.kind) ? { ...origin, node } : unknown(node);
    }
  } finally {
    state.active.delete(variable);
  }
  return unknown(node);
}

/** `const { key } = <init>`: the init, when the variable is destructured from it once. */
function destructuredFrom(variable: TSESLint.Scope.Variable): TSESTree.Expression | undefined {
  const [definition] = variable.defs;
  if (variable.defs.length !== 1 || definition?.type !== VARIABLE_DEFINITION) return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern && declarator.id.type !== AST_NODE_TYPES.ArrayPattern) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return undefined;
  return declarator.init ?? undefined;
}

/** A piece of a value kept in these places is kept there too (`const { KEY } = process.env`, `(await vault.getSecret(n)).value`). */
function isContainerKind(kind: KeySourceKind): boolean {
  return kind === 'environment' || kind === 'vault' || kind === 'kms' || kind === 'keychain';
}

/** `scrypt('pw', salt, 32, (err, key) => …)`: the key parameter of a derivation's callback. */
function derivationCallbackSource(node: TSESTree.Identifier, fn: TSESTree.Node, state: State, depth: number): KeySource | undefined {
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn)) return undefined;
  const parameter = fn.params[1];
  if (parameter?.type !== AST_NODE_TYPES.Identifier || parameter.name !== node.name) return undefined;
  const found = derivationSource(call, state, depth);
  return found ? { ...found, node } : undefined;
}

function classifyMember(node: TSESTree.MemberExpression, state: State, depth: number): KeySource {
  const scope = scopeOf(state, node);
  const value = getStaticString(node, scope);
  if (value !== undefined && value !== '') {
    const held = resolveValue(node, scope).node;
    return { ...source('literal', node, 'written in the code'), ...(isStringExpression(held) ? { origin: held } : {}) };
  }
  const name = getStaticMemberName(node);
  const property = name === undefined ? undefined : resolveObjectProperties(node.object, scope)?.findLast((entry) => entry.key === name);
  if (property) {
    const inner = classify(property.value, state, depth + 1);
    return inner.kind === 'unknown' ? unknown(node) : { ...inner, node };
  }
  const origin = classify(node.object, state, depth + 1);
  return isContainerKind(origin.kind) ? { ...origin, node } : unknown(node);
}

function classifyCall(node: TSESTree.CallExpression, state: State, depth: number): KeySource {
  const callee = unwrapAwaited(node.callee);
  const name = calleeName(callee, state);
  if (name === undefined) return unknown(node);
  const derived = derivationSource(node, state, depth);
  if (derived) return derived;
  if (VAULT_CALLS.has(name)) return source('vault', node, 'fetched from a secrets vault');
  if (KMS_CALLS.has(name)) return source('kms', node, 'decrypted by a key management service');
  if (KEYCHAIN_CALLS.has(name)) return source('keychain', node, 'read from the OS keychain');
  if (name === 'send') {
    // `client.send(new GetSecretValueCommand(...))`, `kms.send(new DecryptCommand(...))`.
    const [command] = node.arguments;
    return command ? { ...classify(command, state, depth + 1), node } : unknown(node);
  }
  const index = KEY_ENCODINGS.get(name);
  const material = index === undefined ? undefined : node.arguments[index];
  if (material && material.type !== AST_NODE_TYPES.SpreadElement) return passThrough(classify(material, state, depth + 1), node);
  if (callee.type === AST_NODE_TYPES.MemberExpression && RECEIVER_METHODS.has(name)) {
    return passThrough(classify(callee.object, state, depth + 1), node);
  }
  return unknown(node);
}

/** A conversion of key material is as exposed as the material; its report goes on the outer node. */
function passThrough(inner: KeySource, node: TSESTree.Node): KeySource {
  return inner.kind === 'unknown' ? unknown(node) : { ...inner, node };
}

/** A key derived from a password (`scryptSync(pw, …)`, `promisify(pbkdf2)(pw, …)`, `createHash(…).update(pw).digest()`). */
function derivationSource(call: TSESTree.CallExpression, state: State, depth: number): KeySource | undefined {
  const callee = unwrapAwaited(call.callee);
  const name = derivationName(callee, state);
  const index = name === undefined ? undefined : KEY_DERIVATIONS.get(name);
  let password: TSESTree.Node | undefined = index === undefined ? undefined : call.arguments[index];
  let via = name;
  if (password === undefined && callee.type === AST_NODE_TYPES.MemberExpression && HASH_DIGESTS.has(getStaticMemberName(callee) ?? '')) {
    password = hashedInput(callee.object);
    via = 'a hash';
  }
  if (!password || password.type === AST_NODE_TYPES.SpreadElement || via === undefined) return undefined;
  const inner = classify(password, state, depth + 1);
  if (isExposedKeySource(inner)) {
    const derived = source('derived', call, `derived by ${via} from a password ${inner.description}`);
    return inner.origin === undefined ? derived : { ...derived, origin: inner.origin };
  }
  return inner.kind === 'unknown' || inner.kind === 'parameter' ? undefined : { ...inner, node: call };
}

/** The derivation a callee names, also through `const derive = promisify(scrypt)`. */
function derivationName(callee: TSESTree.Node, state: State): string | undefined {
  const name = calleeName(callee, state);
  if (name !== undefined && KEY_DERIVATIONS.has(name)) return name;
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const value = resolveBinding(callee, scopeOf(state, callee));
  const inner = value ? unwrapAwaited(value) : undefined;
  if (inner?.type !== AST_NODE_TYPES.CallExpression || calleeName(inner.callee, state) !== 'promisify') return undefined;
  const [wrapped] = inner.arguments;
  return wrapped && wrapped.type !== AST_NODE_TYPES.SpreadElement ? derivationName(unwrapAwaited(wrapped), state) : undefined;
}

/** `createHash('sha256').update(password)`: the hashed input, when the chain is one `update`. */
function hashedInput(node: TSESTree.Node): TSESTree.Node | undefined {
  const call = unwrapAwaited(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  if (getStaticMemberName(call.callee) !== 'update') return undefined;
  const [input] = call.arguments;
  return input && input.type !== AST_NODE_TYPES.SpreadElement ? input : undefined;
}

function classifyConstruction(node: TSESTree.NewExpression, state: State, depth: number): KeySource {
  const callee = unwrapAwaited(node.callee);
  const name = calleeName(callee, state);
  if (name === undefined) return unknown(node);
  if (VAULT_CALLS.has(name)) return source('vault', node, 'fetched from a secrets vault');
  if (KMS_CALLS.has(name)) return source('kms', node, 'decrypted by a key management service');
  const [material] = node.arguments;
  if (TYPED_ARRAYS.has(name) && material && material.type !== AST_NODE_TYPES.SpreadElement) {
    return passThrough(classify(material, state, depth + 1), node);
  }
  return unknown(node);
}

/** `[0x3a, 0x91, …]` is a literal key; `['pw1', process.env.PW]` exposes what its members expose. */
function classifyArray(node: TSESTree.ArrayExpression, state: State, depth: number): KeySource {
  const elements = node.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
  if (elements.length > 0 && elements.length === node.elements.length && elements.every(isNumberLiteral)) {
    return source('literal', node, 'written in the code');
  }
  return firstExposed(elements, state, depth) ?? unknown(node);
}

function isNumberLiteral(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.Literal && typeof node.value === 'number';
}

/** `{ key: pem, passphrase: '…' }`, a JWK `{ kty: 'oct', k: '…' }`, `{ armoredKey }`: the member that holds the secret. */
function classifyKeyObject(node: TSESTree.ObjectExpression, state: State, depth: number): KeySource {
  const values = new Map<string, TSESTree.Node>();
  for (const property of node.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
    const name = getStaticKeyName(property.key, property.computed);
    if (name !== undefined) values.set(name, property.value);
  }
  for (const name of KEY_OBJECT_PROPERTIES) {
    const value = values.get(name);
    if (value) return classify(value, state, depth + 1);
  }
  return unknown(node);
}

// ---------------------------------------------------------------------------
// Files

/** A file read whose content (or a piece of it) an expression carries. */
interface FileOrigin {
  /** The read call, `require(...)` or import declaration. */
  readonly read: TSESTree.Node;
  /** The path expression, when the read names one. */
  readonly path?: TSESTree.Node;
}

/**
 * The file read an expression's value comes from: the read itself, its content parsed or
 * converted (`JSON.parse`, `yaml.load`, `.toString()`, `Buffer.from`), a member of it,
 * or a `const` (or destructuring) holding one of these.
 */
function findFileOrigin(input: TSESTree.Node, state: State, depth: number): FileOrigin | undefined {
  const node = unwrapAwaited(input);
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      const read = trackedReadOf(node, state);
      if (read) return read;
      const required = requiredFile(node, state);
      if (required) return required;
      const callee = unwrapAwaited(node.callee);
      const name = calleeName(callee, state);
      if (name === undefined || !CONTENT_PARSERS.has(name)) return undefined;
      if (callee.type === AST_NODE_TYPES.MemberExpression && (name === 'toString' || name === 'trim')) {
        return findFileOrigin(callee.object, state, depth + 1);
      }
      const [content] = node.arguments;
      return content && content.type !== AST_NODE_TYPES.SpreadElement ? findFileOrigin(content, state, depth + 1) : undefined;
    }
    case AST_NODE_TYPES.MemberExpression:
      return findFileOrigin(node.object, state, depth + 1);
    case AST_NODE_TYPES.Identifier:
      return identifierFileOrigin(node, state, depth);
    default:
      return undefined;
  }
}

function identifierFileOrigin(node: TSESTree.Identifier, state: State, depth: number): FileOrigin | undefined {
  const variable = ASTUtils.findVariable(scopeOf(state, node), node);
  if (!variable || state.active.has(variable)) return undefined;
  const [definition] = variable.defs;
  if (definition?.type === IMPORT_DEFINITION) {
    const declaration = definition.parent;
    // `import config from './config.json' with { type: 'json' }`
    return declaration.type === AST_NODE_TYPES.ImportDeclaration && isDataFileSpecifier(declaration.source.value)
      ? { read: declaration, path: declaration.source }
      : undefined;
  }
  const value = resolveBinding(node, scopeOf(state, node)) ?? destructuredFrom(variable);
  if (!value) return undefined;
  state.active.add(variable);
  try {
    return findFileOrigin(value, state, depth + 1);
  } finally {
    state.active.delete(variable);
  }
}

const readsByProgram = new WeakMap<TSESTree.Program, ReadonlyMap<TSESTree.Node, TrackedCall>>();

function trackedReads(sourceCode: SourceCode): ReadonlyMap<TSESTree.Node, TrackedCall> {
  const program = sourceCode.ast;
  let reads = readsByProgram.get(program);
  if (!reads) {
    reads = new Map([...iterateTrackedCalls(sourceCode, FILE_READ_APIS)].map((call) => [call.node, call]));
    readsByProgram.set(program, reads);
  }
  return reads;
}

function trackedReadOf(node: TSESTree.CallExpression, state: State): FileOrigin | undefined {
  const call = trackedReads(state.sourceCode).get(node);
  const read = call ? getFileRead(call, state.sourceCode) : undefined;
  if (!read) return undefined;
  const path = 'property' in read.spec.file ? undefined : read.argument;
  return path ? { read: node, path } : { read: node };
}

/** `require('./keys.json')`: a data file loaded as a module. */
function requiredFile(node: TSESTree.CallExpression, state: State): FileOrigin | undefined {
  const callee = node.callee;
  const [path] = node.arguments;
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'require' || !path || path.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!isGlobalReference(callee, scopeOf(state, node))) return undefined;
  const specifier = getStaticString(path, scopeOf(state, path));
  return specifier !== undefined && isDataFileSpecifier(specifier) ? { read: node, path } : undefined;
}

const CODE_EXTENSION = /\.(?:[cm]?[jt]sx?|node|wasm)$/iu;

/** A module specifier that loads a data file (`./keys.json`), not code (`./keys.js`). */
function isDataFileSpecifier(specifier: string): boolean {
  return isFileModuleSpecifier(specifier) && !CODE_EXTENSION.test(getBaseName(specifier));
}

/** Roots of a path inside the project: `path.join(__dirname, …)`, `new URL('./k', import.meta.url)`, `process.cwd()`. */
function isProjectRoot(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === '__dirname' || node.name === '__filename';
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticMemberName(node);
    return node.object.type === AST_NODE_TYPES.MetaProperty && (name === 'dirname' || name === 'filename' || name === 'url');
  }
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression) {
    return getStaticMemberName(node.callee) === 'cwd' && node.callee.object.type === AST_NODE_TYPES.Identifier && node.callee.object.name === 'process';
  }
  return false;
}

const ABSOLUTE_PATH = /^(?:[/\\~]|[A-Za-z]:[/\\]|file:)/u;

/** Does the path name a file in the project: relative, or under the module's folder or the working directory? */
function isProjectPath(shape: StringShape): boolean {
  const [first] = shape.parts;
  if (!first) return false;
  if (first.kind === 'hole') return isProjectRoot(unwrapAwaited(first.node)) && shape.parts.some((part) => part.kind === 'text');
  return !ABSOLUTE_PATH.test(first.value);
}

function pathShapeOf(origin: FileOrigin, state: State): StringShape | undefined {
  return origin.path ? resolveFilePath(origin.path, state.sourceCode) : undefined;
}

function isSameFile(a: FileOrigin, b: FileOrigin, state: State): boolean {
  if (a.read === b.read) return true;
  const first = pathShapeOf(a, state);
  const second = pathShapeOf(b, state);
  return first !== undefined && second !== undefined && first.parts.every((part) => part.kind === 'text') && shapeText(first) === shapeText(second);
}

function fileSource(origin: FileOrigin, node: TSESTree.Node, state: State): KeySource {
  const shape = pathShapeOf(origin, state);
  const pathText = shape ? shapeText(shape) : undefined;
  const name = pathText === undefined ? undefined : `'${displayPath(getBaseName(pathText))}'`;
  const ciphertext = state.options.ciphertext ? findFileOrigin(state.options.ciphertext, state, 0) : undefined;
  const allowed = pathText !== undefined && (state.options.isAllowedFile?.(pathText) ?? false);
  if (ciphertext && !allowed && isSameFile(origin, ciphertext, state)) {
    return source('ciphertext-file', node, `read from ${name ?? 'the file'} that also holds the ciphertext`);
  }
  if (!shape || pathText === undefined || !isProjectPath(shape) || allowed || isEncryptedFileName(pathText)) {
    return source('unknown', node, 'read from a file');
  }
  return source('project-file', node, `read from ${name ?? 'a file'}, a plain file in the project`);
}

// ---------------------------------------------------------------------------
// Secrets on a command line

/**
 * What a secret given on a command line rests on (`openssl … -pass pass:<value>` gives
 * `'literal'`, `-pass file:<value>` gives `'file'`): a literal value is written in the code
 * unless the shell expands it (`$KEY`, `%KEY%`); a file is exposed when the path is relative
 * (in the project) and not allowed. `value` is static text.
 */
export function getCommandSecretSource(
  value: string,
  form: 'literal' | 'file',
  node: TSESTree.Node,
  options: Pick<KeySourceOptions, 'isAllowedFile'> = {},
): KeySource {
  if (value === '') return unknown(node);
  if (value.startsWith('$') || value.startsWith('%')) return source('environment', node, 'read from the environment');
  if (form === 'literal') return source('literal', node, 'written in the code');
  if (ABSOLUTE_PATH.test(value) || (options.isAllowedFile?.(value) ?? false) || isEncryptedFileName(value)) return unknown(node);
  return source('project-file', node, `read from '${displayPath(getBaseName(value))}', a plain file in the project`);
}

/** A secret an openssl command run from the code is given (`-pass pass:<value>`, `-k <value>`, `-pass file:<path>`). */
export interface CommandSecret {
  /** `openssl -pass`: the program and the option, for messages. */
  readonly api: string;
  /** The value as written (the password, or the path for a file form). */
  readonly value: string;
  /** What the value rests on: `literal` for a password written in the code. */
  readonly source: KeySource;
  /** Where the value sits in the file. */
  readonly range: readonly [number, number];
}

/**
 * The secrets the file's openssl commands are given, as static text: for `'decryption'` the
 * keys they decrypt with (no-exposed-decryption-key), for `'any'` every password and key,
 * encrypting too (no-hardcoded-token). Only a file that names `openssl` is searched.
 */
export function getCommandSecrets(
  sourceCode: SourceCode,
  use: 'decryption' | 'any',
  options: Pick<KeySourceOptions, 'isAllowedFile'> = {},
): CommandSecret[] {
  const found: CommandSecret[] = [];
  // A file that reaches no child-process API runs no command; in one that does, a search of
  // the text is far cheaper than finding its child-process calls.
  if (!mentionsTrackedApi(sourceCode, CHILD_PROCESS_APIS) || !sourceCode.text.includes('openssl')) return found;
  for (const call of iterateTrackedCalls(sourceCode, CHILD_PROCESS_APIS)) {
    for (const command of getCommandShapes(call, sourceCode.getScope(call.node))) {
      for (const secret of findOpensslKeyArguments(command, use)) {
        const text = shapeText(secret.shape);
        const location = locateInShape(secret.shape, secret.start, text.length);
        if (!isFullyStatic(secret.shape) || secret.form === 'other' || !location) continue;
        const value = text.slice(secret.start);
        found.push({
          api: `${command.program ?? 'openssl'} ${secret.option}`,
          value,
          source: getCommandSecretSource(value, secret.form, location.node, options),
          range: location.range,
        });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------
// Secrets written where a secret goes

const writtenSecretsByProgram = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * The string expressions of the file that hold a secret given to an API that takes one (the
 * table in apis/secret-arguments.ts): the key of a cipher, a MAC or a JWT signature, the
 * password of a key derivation, the credential of an SDK client, written in the code directly
 * or through constants, encodings (`Buffer.from('…', 'hex')`) and derivations. Found once per file.
 */
export function getWrittenSecretArguments(sourceCode: SourceCode): ReadonlySet<TSESTree.Node> {
  const program = sourceCode.ast;
  const cached = writtenSecretsByProgram.get(program);
  if (cached) return cached;
  const written = new Set<TSESTree.Node>();
  for (const call of iterateTrackedCalls(sourceCode, SECRET_ARGUMENT_APIS)) {
    const spec = getSecretArgumentSpec(call.api);
    const argument = spec ? getSecretArgument(call, spec, sourceCode.getScope(call.node)) : undefined;
    const origin = argument ? getKeySource(argument, sourceCode).origin : undefined;
    if (origin) written.add(origin);
  }
  writtenSecretsByProgram.set(program, written);
  return written;
}
