import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ApiGroup, ApiSpec, TrackedCall } from '../calls.js';
import { defineApiGroup, getStaticMemberName, normalizeModuleName } from '../calls.js';
import type { StringShape } from '../static-string.js';
import { resolveObjectProperties, shapeText } from '../static-string.js';
import type { CommandShape } from './child-process.js';

/**
 * The APIs that decrypt, as data: one entry per API, each saying where the call takes
 * its key (or passphrase) and, where it has one, where it takes the ciphertext. Only
 * decryption is listed: `createCipheriv`, `AES.encrypt` and the like never are, and an
 * API used both ways (aes-js modes of operation, forge private keys) is tracked through
 * its `decrypt` method on the instance. Public-key operations (`publicDecrypt`,
 * signature checks) are not decryption with a secret and are left out.
 */

/** Where a call takes a value. */
export type ArgumentLocation =
  /** The call's argument at this index. */
  | { readonly argument: number }
  /** A property of the options object at this argument index (`openpgp.decrypt({ passwords })`). */
  | { readonly argument: number; readonly property: string };

export interface DecryptionSpec extends ApiSpec {
  /**
   * Where the key, password or passphrase is. For an instance method
   * (`new aesjs.ModeOfOperation.cbc(key, iv).decrypt(bytes)`), on the factory call.
   */
  readonly key: ArgumentLocation;
  /**
   * Where the ciphertext is: an argument of the call itself, or `'update'` for a decipher
   * object that takes it through `.update(data)` (Node, node-forge).
   */
  readonly ciphertext?: ArgumentLocation | 'update';
}

/** One decryption function named in the rule's `additionalDecryptFunctions` option. */
export interface DecryptFunctionOption {
  /** The module that exports it (`'@acme/secrets'`); omitted for a global, then `path[0]` is the global. */
  readonly module?: string;
  /** Member path after the module (`['decryptConfig']`), `[]` for the module itself. */
  readonly path: readonly string[];
  /** Index of the argument that holds the key or passphrase. */
  readonly keyArgument: number;
}

type SpecInput = Omit<DecryptionSpec, 'kind'> & { readonly kind?: DecryptionSpec['kind'] };

function decrypts(input: SpecInput): DecryptionSpec {
  return Object.freeze({ kind: 'call', ...input });
}

const arg = (argument: number): ArgumentLocation => Object.freeze({ argument });
const option = (argument: number, property: string): ArgumentLocation => Object.freeze({ argument, property });

/** Node's `crypto`, reached as a module (`crypto`, `node:crypto`). */
const NODE_CRYPTO: readonly DecryptionSpec[] = [
  decrypts({ id: 'crypto.createDecipheriv', module: 'crypto', path: ['createDecipheriv'], key: arg(1), ciphertext: 'update' }),
  decrypts({ id: 'crypto.createDecipher', module: 'crypto', path: ['createDecipher'], key: arg(1), ciphertext: 'update' }),
  decrypts({ id: 'crypto.privateDecrypt', module: 'crypto', path: ['privateDecrypt'], key: arg(0), ciphertext: arg(1) }),
];

/** WebCrypto's `subtle.decrypt(algorithm, key, data)`, as a global and from Node's module. */
const SUBTLE_ROOTS: readonly { readonly module?: string; readonly path: readonly string[] }[] = [
  { path: ['crypto', 'subtle'] },
  { module: 'crypto', path: ['subtle'] },
  { module: 'crypto', path: ['webcrypto', 'subtle'] },
];
const SUBTLE: readonly DecryptionSpec[] = SUBTLE_ROOTS.flatMap((root) => {
  const prefix = [root.module ?? 'global', ...root.path].join('.');
  return [
    decrypts({ id: `${prefix}.decrypt`, ...root, path: [...root.path, 'decrypt'], key: arg(1), ciphertext: arg(2) }),
    decrypts({ id: `${prefix}.unwrapKey`, ...root, path: [...root.path, 'unwrapKey'], key: arg(2), ciphertext: arg(1) }),
  ];
});

/** crypto-js ciphers: `CryptoJS.AES.decrypt(ciphertext, passphraseOrKey)`, and the submodule that exports each alone. */
const CRYPTO_JS_CIPHERS: ReadonlyMap<string, string | undefined> = new Map([
  ['AES', 'crypto-js/aes'],
  ['DES', undefined],
  ['TripleDES', 'crypto-js/tripledes'],
  ['Rabbit', 'crypto-js/rabbit'],
  ['RabbitLegacy', 'crypto-js/rabbit-legacy'],
  ['RC4', 'crypto-js/rc4'],
  ['RC4Drop', undefined],
  ['Blowfish', 'crypto-js/blowfish'],
]);
const CRYPTO_JS: readonly DecryptionSpec[] = [...CRYPTO_JS_CIPHERS].flatMap(([cipher, submodule]) => [
  decrypts({ id: `crypto-js.${cipher}.decrypt`, module: 'crypto-js', path: [cipher, 'decrypt'], key: arg(1), ciphertext: arg(0) }),
  ...(submodule === undefined ? [] : [decrypts({ id: `${submodule}.decrypt`, module: submodule, path: ['decrypt'], key: arg(1), ciphertext: arg(0) })]),
]);

/** jose: JWE decryption with a secret or private key. */
const JOSE: readonly DecryptionSpec[] = ['compactDecrypt', 'jwtDecrypt', 'flattenedDecrypt', 'generalDecrypt'].map((name) =>
  decrypts({ id: `jose.${name}`, module: 'jose', path: [name], key: arg(1), ciphertext: arg(0) }),
);

/** node-forge: decipher factories, legacy block-cipher helpers, encrypted private keys. */
const FORGE: readonly DecryptionSpec[] = [
  decrypts({ id: 'node-forge.cipher.createDecipher', module: 'node-forge', path: ['cipher', 'createDecipher'], key: arg(1), ciphertext: 'update' }),
  ...['aes', 'des', 'rc2'].flatMap((cipher) => [
    decrypts({ id: `node-forge.${cipher}.startDecrypting`, module: 'node-forge', path: [cipher, 'startDecrypting'], key: arg(0), ciphertext: 'update' }),
    decrypts({ id: `node-forge.${cipher}.createDecryptionCipher`, module: 'node-forge', path: [cipher, 'createDecryptionCipher'], key: arg(0), ciphertext: 'update' }),
  ]),
  decrypts({ id: 'node-forge.pki.decryptRsaPrivateKey', module: 'node-forge', path: ['pki', 'decryptRsaPrivateKey'], key: arg(1), ciphertext: arg(0) }),
  decrypts({
    id: 'node-forge.pki.privateKeyFromPem().decrypt',
    module: 'node-forge',
    path: ['decrypt'],
    instanceOf: { path: ['pki', 'privateKeyFromPem'], kind: 'call' },
    key: arg(0),
  }),
];

/** aes-js: `new aesjs.ModeOfOperation.cbc(key, iv).decrypt(bytes)`; the same instance also encrypts. */
const AES_JS: readonly DecryptionSpec[] = [
  ...['ecb', 'cbc', 'cfb', 'ofb', 'ctr'].map((mode) =>
    decrypts({
      id: `aes-js.ModeOfOperation.${mode}.decrypt`,
      module: 'aes-js',
      path: ['decrypt'],
      instanceOf: { path: ['ModeOfOperation', mode], kind: 'construct' },
      key: arg(0),
      ciphertext: arg(0),
    }),
  ),
  decrypts({ id: 'aes-js.AES.decrypt', module: 'aes-js', path: ['decrypt'], instanceOf: { path: ['AES'], kind: 'construct' }, key: arg(0), ciphertext: arg(0) }),
];

/** tweetnacl and libsodium: authenticated secret-key (and box) decryption. */
const NACL: readonly DecryptionSpec[] = [
  decrypts({ id: 'tweetnacl.secretbox.open', module: 'tweetnacl', path: ['secretbox', 'open'], key: arg(2), ciphertext: arg(0) }),
  decrypts({ id: 'tweetnacl.box.open', module: 'tweetnacl', path: ['box', 'open'], key: arg(3), ciphertext: arg(0) }),
  decrypts({ id: 'tweetnacl.box.open.after', module: 'tweetnacl', path: ['box', 'open', 'after'], key: arg(2), ciphertext: arg(0) }),
];
/** libsodium-wrappers functions and the index of their key (the ciphertext is the first argument, or after `nsec`). */
const SODIUM_FUNCTIONS: ReadonlyMap<string, readonly [key: number, ciphertext: number]> = new Map([
  ['crypto_secretbox_open_easy', [2, 0]],
  ['crypto_secretbox_open_detached', [3, 0]],
  ['crypto_box_open_easy', [3, 0]],
  ['crypto_box_open_easy_afternm', [2, 0]],
  ['crypto_aead_xchacha20poly1305_ietf_decrypt', [4, 1]],
  ['crypto_aead_chacha20poly1305_ietf_decrypt', [4, 1]],
  ['crypto_aead_chacha20poly1305_decrypt', [4, 1]],
  ['crypto_aead_aes256gcm_decrypt', [4, 1]],
  ['crypto_secretstream_xchacha20poly1305_init_pull', [1, 0]],
]);
/** sodium-native writes into its first argument, so every index is one further. */
const SODIUM_NATIVE_FUNCTIONS: ReadonlyMap<string, readonly [key: number, ciphertext: number]> = new Map([
  ['crypto_secretbox_open_easy', [3, 1]],
  ['crypto_secretbox_open_detached', [4, 1]],
  ['crypto_box_open_easy', [4, 1]],
  ['crypto_aead_xchacha20poly1305_ietf_decrypt', [5, 2]],
  ['crypto_aead_chacha20poly1305_ietf_decrypt', [5, 2]],
]);
function sodium(module: string, functions: ReadonlyMap<string, readonly [number, number]>): DecryptionSpec[] {
  return [...functions].map(([name, [key, ciphertext]]) => decrypts({ id: `${module}.${name}`, module, path: [name], key: arg(key), ciphertext: arg(ciphertext) }));
}
const SODIUM: readonly DecryptionSpec[] = [
  ...sodium('libsodium-wrappers', SODIUM_FUNCTIONS),
  ...sodium('libsodium-wrappers-sumo', SODIUM_FUNCTIONS),
  ...sodium('sodium-native', SODIUM_NATIVE_FUNCTIONS),
];

/** OpenPGP.js: password-encrypted messages and passphrase-protected private keys. */
const OPENPGP: readonly DecryptionSpec[] = [
  decrypts({ id: 'openpgp.decrypt', module: 'openpgp', path: ['decrypt'], key: option(0, 'passwords'), ciphertext: option(0, 'message') }),
  decrypts({ id: 'openpgp.decryptSessionKeys', module: 'openpgp', path: ['decryptSessionKeys'], key: option(0, 'passwords'), ciphertext: option(0, 'message') }),
  decrypts({ id: 'openpgp.decryptKey', module: 'openpgp', path: ['decryptKey'], key: option(0, 'passphrase'), ciphertext: option(0, 'privateKey') }),
];

export const DECRYPTION_SPECS: readonly DecryptionSpec[] = Object.freeze([
  ...NODE_CRYPTO,
  ...SUBTLE,
  ...CRYPTO_JS,
  ...JOSE,
  ...FORGE,
  ...AES_JS,
  ...NACL,
  ...SODIUM,
  ...OPENPGP,
]);

/** Every built-in decryption API, compiled once for call tracking. */
export const DECRYPTION_APIS: ApiGroup = defineApiGroup(DECRYPTION_SPECS);

const builtInById: ReadonlyMap<string, DecryptionSpec> = new Map(DECRYPTION_SPECS.map((spec) => [spec.id, spec]));

/** A group of decryption APIs with the specs behind it, for lookups by `TrackedCall.api`. */
export interface DecryptionApis {
  readonly group: ApiGroup;
  readonly specs: ReadonlyMap<string, DecryptionSpec>;
}

const BUILT_IN: DecryptionApis = Object.freeze({ group: DECRYPTION_APIS, specs: builtInById });
const compiledByOptions = new Map<string, DecryptionApis>();

/** The spec id of a user-declared decryption function. */
function customId(entry: DecryptFunctionOption): string {
  return `option:${entry.module ?? ''}:${entry.path.join('.')}:${String(entry.keyArgument)}`;
}

function customSpec(entry: DecryptFunctionOption): DecryptionSpec | undefined {
  const module = entry.module === undefined ? undefined : normalizeModuleName(entry.module);
  // A global needs a name; a negative or fractional index names no argument.
  if ((module === undefined && entry.path.length === 0) || !Number.isInteger(entry.keyArgument) || entry.keyArgument < 0) return undefined;
  return decrypts({
    id: customId(entry),
    ...(module === undefined ? {} : { module }),
    path: Object.freeze([...entry.path]),
    kind: 'both',
    key: arg(entry.keyArgument),
  });
}

/**
 * The built-in decryption APIs plus the ones a rule's options declare, compiled once per
 * distinct option value (the group is cached, so every file of a run shares it).
 */
export function getDecryptionApis(additional: readonly DecryptFunctionOption[] = []): DecryptionApis {
  if (additional.length === 0) return BUILT_IN;
  const cacheKey = JSON.stringify(additional);
  const cached = compiledByOptions.get(cacheKey);
  if (cached) return cached;
  const specs = new Map(builtInById);
  for (const entry of additional) {
    const spec = customSpec(entry);
    if (spec) specs.set(spec.id, spec);
  }
  const compiled: DecryptionApis = Object.freeze({ group: defineApiGroup([...specs.values()]), specs });
  compiledByOptions.set(cacheKey, compiled);
  return compiled;
}

/** A readable name of the API a tracked call reached, from its normalised path: `crypto.createDecipheriv`. */
export function decryptionApiName(path: readonly string[]): string {
  return path.join('.');
}

// ---------------------------------------------------------------------------
// Reading a tracked call

type Scope = TSESLint.Scope.Scope;
type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** The expression at an argument location: `call.arguments[i]`, or property `p` of the options object there. */
export function getArgumentAt(call: CallNode, location: ArgumentLocation, scope: Scope): TSESTree.Node | undefined {
  const argument = call.arguments[location.argument];
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (!('property' in location)) return argument;
  return resolveObjectProperties(argument, scope)?.findLast((property) => property.key === location.property)?.value;
}

/** The key expression of a tracked decryption call (on the factory call for an instance method). */
export function getKeyArgument(call: TrackedCall, spec: DecryptionSpec, scope: Scope): TSESTree.Node | undefined {
  return getArgumentAt(call.factory ?? call.node, spec.key, scope);
}

/** The ciphertext a tracked decryption call takes, when the code shows it. */
export function getCiphertextArgument(call: TrackedCall, spec: DecryptionSpec, scope: Scope): TSESTree.Node | undefined {
  if (spec.ciphertext === undefined) return undefined;
  if (spec.ciphertext !== 'update') return getArgumentAt(call.node, spec.ciphertext, scope);
  return firstUpdateArgument(call.node, scope);
}

/** `createDecipheriv(...).update(data)`, or `const decipher = createDecipheriv(...); decipher.update(data)`: the data. */
function firstUpdateArgument(decipher: CallNode, scope: Scope): TSESTree.Node | undefined {
  const holders: TSESTree.Node[] = [decipher];
  const parent = decipher.parent;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === decipher && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(scope, parent.id);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) holders.push(reference.identifier);
    }
  }
  for (const holder of holders) {
    const member = holder.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== holder || getStaticMemberName(member) !== 'update') continue;
    const call = member.parent;
    const [data] = call.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments : [];
    if (data && data.type !== AST_NODE_TYPES.SpreadElement) return data;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// openssl run from code

/** Where an openssl command line takes a secret for a decryption. */
export interface OpensslKeyArgument {
  /** The option that introduces it (`-pass`, `-passin`, `-k`, `-K`, `-kfile`). */
  readonly option: string;
  /** How the value is given: the secret itself, a file holding it, or somewhere safe (`env:`, `fd:`, `stdin`). */
  readonly form: 'literal' | 'file' | 'other';
  /** The argument shape that holds the value (the option's own word for `-pass pass:x`, the next word for `-k x`). */
  readonly shape: StringShape;
  /** Offset of the value inside `shapeText(shape)` (after `pass:` or `file:`). */
  readonly start: number;
}

/** `openssl enc -d` options whose next word is the password (`-k`), the raw key in hex (`-K`) or a password file (`-kfile`). */
const OPENSSL_ENC_VALUE_OPTIONS: ReadonlyMap<string, OpensslKeyArgument['form']> = new Map([
  ['-k', 'literal'],
  ['-K', 'literal'],
  ['-kfile', 'file'],
]);
/** Subcommands that decrypt with `-decrypt`. */
const OPENSSL_DECRYPT_FLAG_COMMANDS: ReadonlySet<string> = new Set(['rsautl', 'pkeyutl', 'smime', 'cms']);
/** Password sources of `-pass`/`-passin`: `pass:` is the password itself, `file:` a file holding it. */
const PASS_PREFIXES: readonly (readonly [prefix: string, form: OpensslKeyArgument['form']])[] = [
  ['pass:', 'literal'],
  ['file:', 'file'],
];

function isStaticWord(shape: StringShape | undefined): shape is StringShape {
  return shape !== undefined && shape.parts.every((part) => part.kind === 'text');
}

/** Is this openssl subcommand a cipher (`enc`, `aes-256-cbc`, ...), whose `-k`/`-K` take the password and key? */
function isOpensslCipher(subcommand: string): boolean {
  return subcommand === 'enc' || /^(?:aes|des|bf|camellia|cast|chacha20|rc2|rc4|seed|sm4|aria)/u.test(subcommand);
}

/** Is this openssl command a decryption: `enc -d`, `aes-256-cbc -d`, `rsautl -decrypt`, ...? `-passin` always unlocks a key. */
function opensslDecrypts(words: readonly (string | undefined)[]): boolean {
  const [subcommand] = words;
  if (subcommand === undefined) return false;
  if (OPENSSL_DECRYPT_FLAG_COMMANDS.has(subcommand)) return words.includes('-decrypt');
  return isOpensslCipher(subcommand) && words.includes('-d');
}

function passSource(option: string, shape: StringShape): OpensslKeyArgument {
  const text = shapeText(shape);
  for (const [prefix, form] of PASS_PREFIXES) {
    if (text.startsWith(prefix)) return { option, form, shape, start: prefix.length };
  }
  return { option, form: 'other', shape, start: 0 };
}

/**
 * The secrets an openssl command takes. For `'decryption'` (the default): the secrets it
 * decrypts with (`openssl enc -d ... -pass pass:x`, `-k x`, `-K <hex>`, `-kfile f`,
 * `-pass file:f`, and `-passin` on any subcommand, which unlocks an encrypted private key or
 * PKCS#12 file), empty when the command does not decrypt. For `'any'`: every password and key
 * it is given, encrypting too (`-pass`, `-passin`, `-passout` on any subcommand; `-k`, `-K`,
 * `-kfile` on a cipher). Empty when the command is not openssl.
 */
export function findOpensslKeyArguments(command: CommandShape, use: 'decryption' | 'any' = 'decryption'): OpensslKeyArgument[] {
  if (command.programName !== 'openssl') return [];
  const words = command.args.map((shape) => (isStaticWord(shape) ? shapeText(shape) : undefined));
  const [subcommand] = words;
  const takesCipherKeys = use === 'any' ? subcommand !== undefined && isOpensslCipher(subcommand) : opensslDecrypts(words);
  const found: OpensslKeyArgument[] = [];
  command.args.forEach((shape, index) => {
    const word = words[index];
    const value = command.args[index + 1];
    if (word === undefined || value === undefined) return;
    if (word === '-passin' || (use === 'any' && word === '-passout') || ((use === 'any' || takesCipherKeys) && word === '-pass')) {
      found.push(passSource(word, value));
      return;
    }
    const form = takesCipherKeys ? OPENSSL_ENC_VALUE_OPTIONS.get(word) : undefined;
    if (form !== undefined) found.push({ option: word, form, shape: value, start: 0 });
  });
  return found;
}
