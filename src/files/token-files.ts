/**
 * Is this path a plaintext token file? Pure string logic over a path or a partial path
 * shape (with `\uFFFC` holes for the parts the AST could not resolve): no AST, no file
 * system access.
 *
 * Only the base name decides (the folders say nothing about the content), except
 * `allowedFiles`, which may also match the whole path. A base name is cut into words (on
 * `.`, `-`, `_`, other punctuation, camelCase and letter/digit boundaries) and judged by
 * its head: the last word of the stem once data extensions (`.json`, `.txt` ...) and
 * noise words (`prod`, `local`, `bak`, digits ...) are set aside. `client_secret.json`
 * and `api-token-prod.txt` are token files; `secret-santa.csv`, `token-list.json` and
 * `design-tokens.json` are not, because their head is not a secret.
 *
 * Every table is data: adding a file name is one entry. Every check is a scan over the
 * name; the only pattern matcher is the glob NFA below, which never backtracks.
 */

export type TokenFileKind =
  | 'token'
  | 'credentials'
  | 'private-key'
  | 'package-registry-credentials'
  | 'service-account'
  | 'dotenv';

export interface TokenFileOptions {
  /** Extra base-name patterns (simple globs: `*`, `**`, `?`), e.g. `'own-api.cfg'`. */
  readonly fileNames?: readonly string[];
  /** Globs never reported, matched against the base name and the full path. */
  readonly allowedFiles?: readonly string[];
  /** Extra extensions of encrypted files, e.g. `'.sealed'`. */
  readonly encryptedExtensions?: readonly string[];
}

export interface TokenFileMatch {
  readonly kind: TokenFileKind;
  /** For messages: 'a plaintext token file', 'a private key file' ... */
  readonly description: string;
  readonly baseName: string;
}

interface FileRule {
  readonly kind: TokenFileKind;
  readonly description: string;
}

/** The marker the string-shape analysis puts where a part of a string is unknown. */
const HOLE = '\uFFFC';

/** No file system accepts a longer file name: a longer "base name" is not a file. */
const MAX_BASE_NAME_LENGTH = 255;

// ---------------------------------------------------------------------------------------
// What each kind of file is called in a message.
// ---------------------------------------------------------------------------------------

const TOKEN: FileRule = Object.freeze({ kind: 'token', description: 'a plaintext token file' });
const API_KEY: FileRule = Object.freeze({ kind: 'token', description: 'a plaintext API key file' });
const SECRET: FileRule = Object.freeze({ kind: 'credentials', description: 'a plaintext secret file' });
const CREDENTIALS: FileRule = Object.freeze({ kind: 'credentials', description: 'a plaintext credentials file' });
const ACCESS_KEY: FileRule = Object.freeze({ kind: 'credentials', description: 'a plaintext access key file' });
const PASSWORD: FileRule = Object.freeze({ kind: 'credentials', description: 'a plaintext password file' });
const PASSPHRASE: FileRule = Object.freeze({ kind: 'credentials', description: 'a plaintext passphrase file' });
const NETRC: FileRule = Object.freeze({ kind: 'credentials', description: 'a netrc credentials file' });
const PRIVATE_KEY: FileRule = Object.freeze({ kind: 'private-key', description: 'a private key file' });
const SECRET_KEY: FileRule = Object.freeze({ kind: 'private-key', description: 'a secret key file' });
const KEY_FILE: FileRule = Object.freeze({ kind: 'private-key', description: 'a key file' });
const DOTENV_KEYS: FileRule = Object.freeze({ kind: 'private-key', description: 'a dotenv private key file' });
const SERVICE_ACCOUNT: FileRule = Object.freeze({ kind: 'service-account', description: 'a service account key file' });
const REGISTRY: FileRule = Object.freeze({
  kind: 'package-registry-credentials',
  description: 'a package registry credentials file',
});
const DOTENV: FileRule = Object.freeze({ kind: 'dotenv', description: 'a dotenv file' });
const NAMED_IN_OPTIONS: FileRule = TOKEN;

// ---------------------------------------------------------------------------------------
// Tables (lower case).
// ---------------------------------------------------------------------------------------

/** Well-known credential files, by exact base name. */
const EXACT_NAMES: readonly (readonly [string, FileRule])[] = Object.freeze([
  ['.npmrc', REGISTRY],
  ['.yarnrc.yml', REGISTRY],
  ['.pypirc', REGISTRY],
  ['.netrc', NETRC],
  ['_netrc', NETRC],
  ['.git-credentials', CREDENTIALS],
  ['.pgpass', PASSWORD],
  ['.my.cnf', PASSWORD],
  ['.htpasswd', PASSWORD],
  ['.s3cfg', ACCESS_KEY],
  ['.dockercfg', CREDENTIALS],
  ['.env', DOTENV],
  ['.env.keys', DOTENV_KEYS],
  ['.key', KEY_FILE],
] as const);

/**
 * Phrases that make a file a secret when they end the stem (the head of the name).
 * Matched word by word, longest first: `service-account-key` beats `account-key`.
 */
interface PhraseRule extends FileRule {
  readonly words: readonly string[];
  /** The phrase must be the whole stem (`auth.json`, not `oauth-config.json`). */
  readonly whole?: true;
}

const TOKEN_QUALIFIERS = ['api', 'access', 'auth', 'refresh', 'bearer', 'oauth', 'session', 'personal', 'github', 'gitlab', 'npm'] as const;
const PRIVATE_KEY_QUALIFIERS = ['private', 'priv', 'ssh', 'deploy', 'rsa', 'ecdsa', 'ed25519', 'signing'] as const;
const SECRET_KEY_QUALIFIERS = ['secret', 'encryption', 'decryption', 'master', 'aes', 'hmac', 'jwt', 'crypto', 'cipher', 'symmetric'] as const;
const SERVICE_ACCOUNT_KEY_QUALIFIERS = ['gcp', 'gcloud', 'google', 'sa', 'service'] as const;

function phrase(words: readonly string[], rule: FileRule, whole?: true): PhraseRule {
  return Object.freeze({ ...rule, words: Object.freeze([...words]), ...(whole ? { whole } : {}) });
}

const HEAD_PHRASES: readonly PhraseRule[] = Object.freeze([
  phrase(['token'], TOKEN),
  ...TOKEN_QUALIFIERS.map((qualifier) => phrase([qualifier, 'tokens'], TOKEN)),
  phrase(['token', 'cache'], TOKEN),
  phrase(['apitoken'], TOKEN),
  phrase(['apitokens'], TOKEN),
  phrase(['accesstoken'], TOKEN),
  phrase(['authtoken'], TOKEN),
  phrase(['refreshtoken'], TOKEN),
  phrase(['bearertoken'], TOKEN),
  phrase(['oauthtoken'], TOKEN),
  phrase(['api', 'key'], API_KEY),
  phrase(['api', 'keys'], API_KEY),
  phrase(['apikey'], API_KEY),
  phrase(['apikeys'], API_KEY),
  phrase(['auth', 'key'], API_KEY),
  phrase(['access', 'key'], ACCESS_KEY),
  phrase(['access', 'keys'], ACCESS_KEY),
  phrase(['accesskey'], ACCESS_KEY),
  phrase(['accesskeys'], ACCESS_KEY),
  phrase(['secret'], SECRET),
  phrase(['secrets'], SECRET),
  phrase(['clientsecret'], SECRET),
  phrase(['apisecret'], SECRET),
  phrase(['credentials'], CREDENTIALS),
  phrase(['credential'], CREDENTIALS),
  phrase(['creds'], CREDENTIALS),
  phrase(['auth'], CREDENTIALS, true),
  phrase(['password'], PASSWORD),
  phrase(['passwords'], PASSWORD),
  phrase(['passwd'], PASSWORD),
  phrase(['passphrase'], PASSPHRASE),
  phrase(['passphrases'], PASSPHRASE),
  ...PRIVATE_KEY_QUALIFIERS.map((qualifier) => phrase([qualifier, 'key'], PRIVATE_KEY)),
  phrase(['privatekey'], PRIVATE_KEY),
  phrase(['privkey'], PRIVATE_KEY),
  ...SECRET_KEY_QUALIFIERS.map((qualifier) => phrase([qualifier, 'key'], SECRET_KEY)),
  phrase(['secretkey'], SECRET_KEY),
  phrase(['masterkey'], SECRET_KEY),
  ...SERVICE_ACCOUNT_KEY_QUALIFIERS.map((qualifier) => phrase([qualifier, 'key'], SERVICE_ACCOUNT)),
  phrase(['service', 'account'], SERVICE_ACCOUNT),
  phrase(['service', 'account', 'key'], SERVICE_ACCOUNT),
  phrase(['service', 'account', 'credentials'], SERVICE_ACCOUNT),
  phrase(['serviceaccount'], SERVICE_ACCOUNT),
  phrase(['serviceaccountkey'], SERVICE_ACCOUNT),
]);

/** Phrases that mark a secret wherever they stand in the stem. */
const ANYWHERE_PHRASES: readonly (readonly [string, string, FileRule])[] = Object.freeze([
  // Google's OAuth client download: client_secret_<id>.apps.googleusercontent.com.json
  ['client', 'secret', SECRET],
  // Firebase's service account download: <project>-firebase-adminsdk-<id>.json
  ['firebase', 'adminsdk', SERVICE_ACCOUNT],
] as const);

/** A word before the head that says "this is not a credential" (design tokens, lexers). */
const NON_SECRET_QUALIFIERS: readonly string[] = Object.freeze([
  'design', 'theme', 'style', 'css', 'color', 'colour', 'lexer', 'parser', 'syntax', 'grammar',
]);

/** Words that make a file a template, a schema or a stand-in rather than the real thing. */
const TEMPLATE_MARKERS: readonly string[] = Object.freeze([
  'example', 'examples', 'sample', 'samples', 'template', 'templates', 'tmpl', 'tpl',
  'defaults', 'schema', 'schemas', 'dist', 'placeholder', 'placeholders',
  'dummy', 'fake', 'mock', 'mocks', 'stub', 'stubs',
]);

/** Trailing words that do not change what a file holds (`secrets.local.json`, `token-2`). */
const NOISE_WORDS: readonly string[] = Object.freeze([
  'dev', 'development', 'prod', 'production', 'staging', 'stage', 'stg', 'test', 'testing',
  'qa', 'uat', 'local', 'live', 'sandbox', 'preview', 'ci', 'v',
  'backup', 'bak', 'old', 'new', 'orig', 'copy', 'tmp', 'temp', 'latest', 'current', 'file',
]);

/** Extensions of plain data files: set aside before reading the stem. */
const DATA_EXTENSIONS: readonly string[] = Object.freeze([
  'txt', 'text', 'json', 'json5', 'jsonc', 'yaml', 'yml', 'toml', 'ini', 'cfg', 'conf', 'config',
  'properties', 'props', 'xml', 'plist', 'csv', 'tsv', 'dat', 'data', 'bin', 'raw', 'db',
  'sqlite', 'sqlite3', 'b64', 'base64', 'hex', 'out',
]);

/** Extensions of code, documents and media: never a token file. */
const NOT_SECRET_EXTENSIONS: readonly string[] = Object.freeze([
  // code (a `token.ts` module, a `.d.ts`, a source map)
  'js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx', 'map', 'vue', 'svelte', 'astro',
  'coffee', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'swift', 'php', 'cs', 'wasm', 'tsbuildinfo',
  // documents and style sheets
  'md', 'mdx', 'markdown', 'rst', 'adoc', 'html', 'htm', 'xhtml', 'css', 'scss', 'sass',
  'less', 'styl', 'pdf', 'log', 'lock', 'snap',
  // media and fonts
  'png', 'jpg', 'jpeg', 'gif', 'webp', 'avif', 'svg', 'ico', 'bmp', 'tif', 'tiff',
  'mp3', 'mp4', 'wav', 'webm', 'ogg', 'woff', 'woff2', 'ttf', 'otf', 'eot',
]);

/** Extensions of public material: public keys, certificates, signing requests. */
const PUBLIC_EXTENSIONS: readonly string[] = Object.freeze(['pub', 'crt', 'cer', 'csr', 'crl', 'p7b', 'p7c']);

/** Extensions that always hold a key (`.key` unless its name says public). */
const KEY_EXTENSIONS: readonly (readonly [string, FileRule])[] = Object.freeze([
  ['key', KEY_FILE],
  ['ppk', PRIVATE_KEY],
  ['p8', PRIVATE_KEY],
] as const);

/** Containers that hold either a certificate or a key: only a key word decides. */
const PEM_EXTENSIONS: readonly string[] = Object.freeze(['pem', 'der']);
const KEY_WORDS: readonly string[] = Object.freeze(['key', 'private', 'priv', 'privkey', 'privatekey', 'secret', 'secretkey']);
const PUBLIC_WORDS: readonly string[] = Object.freeze(['public', 'pub', 'pubkey', 'publickey']);

/** OpenSSH's default private key names: `id_rsa`, `id_ed25519_sk`, `id_ecdsa-work` ... */
const SSH_KEY_ALGORITHMS: readonly string[] = Object.freeze(['rsa', 'dsa', 'ecdsa', 'ed25519', 'ecdsa_sk', 'ed25519_sk']);

/** Heads that name a key file for a decryption (`key.txt`, `keyfile`), though not a token file. */
const KEY_FILE_HEADS: readonly string[] = Object.freeze(['key', 'keyfile']);

/** Dot parts that mark an encrypted file: `token.txt.gpg`, `secrets.enc.yaml`, `x.sops.json`. */
const ENCRYPTED_EXTENSIONS: readonly string[] = Object.freeze([
  'enc', 'encrypted', 'gpg', 'pgp', 'age', 'asc', 'vault', 'kdbx', 'p12', 'pfx', 'sops',
]);
/** A word that marks an encrypted file anywhere in the name (`encryptedToken.json`). */
const ENCRYPTED_WORDS: readonly string[] = Object.freeze(['encrypted']);

// Indexes built once from the tables.
const exactNames: ReadonlyMap<string, FileRule> = new Map(EXACT_NAMES);
const headPhrases: ReadonlyMap<string, readonly PhraseRule[]> = indexPhrasesByHead(HEAD_PHRASES);
const nonSecretQualifiers: ReadonlySet<string> = new Set(NON_SECRET_QUALIFIERS);
const templateMarkers: ReadonlySet<string> = new Set(TEMPLATE_MARKERS);
const noiseWords: ReadonlySet<string> = new Set(NOISE_WORDS);
const dataExtensions: ReadonlySet<string> = new Set(DATA_EXTENSIONS);
const notSecretExtensions: ReadonlySet<string> = new Set(NOT_SECRET_EXTENSIONS);
const publicExtensions: ReadonlySet<string> = new Set(PUBLIC_EXTENSIONS);
const keyExtensions: ReadonlyMap<string, FileRule> = new Map(KEY_EXTENSIONS);
const pemExtensions: ReadonlySet<string> = new Set(PEM_EXTENSIONS);
const keyWords: ReadonlySet<string> = new Set(KEY_WORDS);
const publicWords: ReadonlySet<string> = new Set(PUBLIC_WORDS);
const keyFileHeads: ReadonlySet<string> = new Set(KEY_FILE_HEADS);
const encryptedWords: ReadonlySet<string> = new Set(ENCRYPTED_WORDS);
const builtInEncryptedNeedles: readonly string[] = Object.freeze(ENCRYPTED_EXTENSIONS.map((extension) => `.${extension}.`));

function indexPhrasesByHead(phrases: readonly PhraseRule[]): ReadonlyMap<string, readonly PhraseRule[]> {
  const index = new Map<string, PhraseRule[]>();
  for (const rule of phrases) {
    const head = rule.words.at(-1);
    if (head === undefined) continue;
    const list = index.get(head) ?? [];
    list.push(rule);
    index.set(head, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

// ---------------------------------------------------------------------------------------
// Public API.
// ---------------------------------------------------------------------------------------

/**
 * Classifies a path (or a path shape with `\uFFFC` holes) as a plaintext token file, or
 * returns `undefined` when the name is not one, is encrypted, is allowed, or is not
 * conclusive because a hole hides the part that would decide.
 */
export function classifyTokenFile(pathText: string, options?: TokenFileOptions): TokenFileMatch | undefined {
  const path = splitPath(pathText);
  const name = readName(path.baseName);
  if (name === undefined) return undefined;
  const compiled = compileOptions(options);
  if (isEncryptedName(name, compiled.encryptedNeedles)) return undefined;
  const rule = classifyName(name) ?? matchFileNamePatterns(compiled, name, path.fullPath);
  if (rule === undefined || isAllowed(compiled, name, path.fullPath)) return undefined;
  return { kind: rule.kind, description: rule.description, baseName: path.baseName };
}

/** Does a `fileNames` pattern of the options name this path (whatever the built-in tables say)? */
export function matchesFileNamePatterns(pathText: string, options?: TokenFileOptions): boolean {
  const path = splitPath(pathText);
  const name = readName(path.baseName);
  return name !== undefined && matchFileNamePatterns(compileOptions(options), name, path.fullPath) !== undefined;
}

/** Does the base name say the file is encrypted (`.enc`, `.gpg`, `.age`, `.sops.` ... or an extra extension)? */
export function isEncryptedFileName(pathText: string, extraExtensions?: readonly string[]): boolean {
  const name = readName(splitPath(pathText).baseName);
  if (name === undefined) return false;
  return isEncryptedName(name, extraExtensions === undefined ? [] : toEncryptedNeedles(extraExtensions));
}

/**
 * Does the base name say the file holds a key: a private key (`id_rsa`, `*.key`,
 * `private.pem`), a secret key (`master.key`, `encryption-key.txt`), a key file
 * (`key.txt`, `keyfile`) or a passphrase? Public keys and certificates are not.
 */
export function isKeyFileName(pathText: string): boolean {
  const name = readName(splitPath(pathText).baseName);
  if (name === undefined || isEncryptedName(name, [])) return false;
  const rule = classifyName(name);
  // A passphrase file is the key of a decryption, though not a key in name.
  if (rule !== undefined) return rule.kind === 'private-key' || rule.description === PASSPHRASE.description;
  if (!isStemReadable(name)) return false;
  const head = findHead(name.stemWords);
  return head !== undefined && keyFileHeads.has(head.word.text) && !name.words.some((word) => publicWords.has(word.text));
}

// ---------------------------------------------------------------------------------------
// Reading a path.
// ---------------------------------------------------------------------------------------

interface SplitPath {
  /** The path with `/` separators, no `file:` scheme, no query, no leading `./`. */
  readonly fullPath: string;
  readonly baseName: string;
}

function splitPath(pathText: string): SplitPath {
  let text = pathText;
  if (text.slice(0, 5).toLowerCase() === 'file:') {
    text = cutAt(cutAt(text.slice(5), '#'), '?');
    text = decodePercent(text);
  }
  text = text.replaceAll('\\', '/');
  const slash = text.lastIndexOf('/');
  // A query on a module specifier (`./token.txt?raw`) is not part of the file name.
  const baseName = cutAt(text.slice(slash + 1), '?');
  let fullPath = text.slice(0, slash + 1) + baseName;
  while (fullPath.startsWith('./')) fullPath = fullPath.slice(2);
  return { fullPath, baseName };
}

function cutAt(text: string, marker: string): string {
  const index = text.indexOf(marker);
  return index === -1 ? text : text.slice(0, index);
}

function decodePercent(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface Word {
  /** Lower case. */
  readonly text: string;
  /** The word touches a hole: its real spelling is unknown. */
  readonly partial: boolean;
}

interface Name {
  readonly baseName: string;
  /** Lower case. */
  readonly lower: string;
  /** Lower-case parts between dots. */
  readonly parts: readonly string[];
  /** The last dot part, unless the name starts with its only dot (`.token`). */
  readonly extension: string | undefined;
  /** False when a hole follows the last dot: the extension could be anything. */
  readonly extensionKnown: boolean;
  readonly words: readonly Word[];
  /** Words of the name without its trailing data extensions and noise parts. */
  readonly stemWords: readonly Word[];
}

function readName(baseName: string): Name | undefined {
  if (baseName === '' || baseName.length > MAX_BASE_NAME_LENGTH) return undefined;
  const lower = baseName.toLowerCase();
  const originalParts = baseName.split('.');
  const parts = originalParts.map((part) => part.toLowerCase());
  const lastDot = baseName.lastIndexOf('.');
  const lastHole = baseName.lastIndexOf(HOLE);
  const stemPartCount = countStemParts(parts);
  return {
    baseName,
    lower,
    parts,
    extension: lastDot > 0 ? parts.at(-1) : undefined,
    extensionKnown: lastHole === -1 || lastHole < lastDot,
    words: splitWords(baseName),
    stemWords: splitWords(originalParts.slice(0, stemPartCount).join('.')),
  };
}

/** How many dot parts remain once trailing data extensions and noise parts are set aside. */
function countStemParts(parts: readonly string[]): number {
  let count = parts.length;
  let firstNamed = parts.findIndex((part) => part !== '');
  if (firstNamed === -1) firstNamed = parts.length;
  while (count - 1 > firstNamed) {
    const last = parts[count - 1] ?? '';
    if (!dataExtensions.has(last) && !noiseWords.has(last) && !isDigits(last)) break;
    count -= 1;
  }
  return count;
}

const enum CharClass {
  Separator,
  Upper,
  Lower,
  Digit,
  Hole,
}

/** The class of a UTF-16 code unit; `NaN` (past the end of a string) is a separator. */
function classOf(code: number): CharClass {
  if (Number.isNaN(code)) return CharClass.Separator;
  if (code >= 0x61 && code <= 0x7a) return CharClass.Lower;
  if (code >= 0x41 && code <= 0x5a) return CharClass.Upper;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  if (code === 0xfffc) return CharClass.Hole;
  // Other ASCII is punctuation; other characters are letters of some script.
  return code < 0x80 ? CharClass.Separator : CharClass.Lower;
}

/**
 * Cuts a name into lower-case words on punctuation, camelCase (`serviceAccountKey`,
 * `APIToken`) and letter/digit boundaries. A hole joins the word it touches, which then
 * counts as unknown; an upper-case letter after a hole starts a word either way.
 */
function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  let partial = false;
  const flush = (end: number): void => {
    if (start !== -1) words.push({ text: text.slice(start, end).toLowerCase(), partial });
    start = -1;
    partial = false;
  };
  let previous = CharClass.Separator;
  for (let index = 0; index < text.length; index += 1) {
    const current = classOf(text.charCodeAt(index));
    if (current === CharClass.Separator) {
      flush(index);
    } else {
      if (start !== -1 && isWordBoundary(previous, current, classOf(text.charCodeAt(index + 1)))) flush(index);
      if (start === -1) start = index;
      if (current === CharClass.Hole) partial = true;
    }
    previous = current;
  }
  flush(text.length);
  return words;
}

function isWordBoundary(previous: CharClass, current: CharClass, next: CharClass): boolean {
  const previousIsDigit = previous === CharClass.Digit;
  const currentIsDigit = current === CharClass.Digit;
  if (previousIsDigit !== currentIsDigit) return true;
  if (current !== CharClass.Upper) return false;
  // fooBar, <hole>Bar: a new word; APIToken: the last capital starts "Token".
  return previous === CharClass.Lower || previous === CharClass.Hole || (previous === CharClass.Upper && next === CharClass.Lower);
}

function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let index = 0; index < text.length; index += 1) {
    if (classOf(text.charCodeAt(index)) !== CharClass.Digit) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------
// Judging a name.
// ---------------------------------------------------------------------------------------

function isEncryptedName(name: Name, extraNeedles: readonly string[]): boolean {
  const dotted = `${name.lower}.`;
  if (builtInEncryptedNeedles.some((needle) => dotted.includes(needle))) return true;
  if (extraNeedles.some((needle) => dotted.includes(needle))) return true;
  return name.words.some((word) => !word.partial && encryptedWords.has(word.text));
}

/** The built-in judgement of a (non-encrypted) base name. */
function classifyName(name: Name): FileRule | undefined {
  const exact = exactNames.get(name.lower);
  if (exact !== undefined) return exact;
  if (name.words.some((word) => !word.partial && templateMarkers.has(word.text))) return undefined;
  if (isDotenvName(name)) return DOTENV;
  if (!isStemReadable(name)) return undefined;
  return classifyKeyFile(name) ?? classifyStem(name.stemWords);
}

/** False when the extension is hidden by a hole, or says code, documents, media or public material. */
function isStemReadable(name: Name): boolean {
  if (!name.extensionKnown) return false;
  const extension = name.extension;
  return extension === undefined || !(notSecretExtensions.has(extension) || publicExtensions.has(extension));
}

/** `.env`, `.env.local`, `.env.production`, `.env.<hole>`, `web.env`; not `.envrc` or `.env.d.ts`. */
function isDotenvName(name: Name): boolean {
  const { lower, extension } = name;
  if (extension !== undefined && name.extensionKnown && notSecretExtensions.has(extension)) return false;
  if (lower.startsWith('.env.') || lower.startsWith('.env-') || lower.startsWith('.env_')) return true;
  return extension === 'env' && name.extensionKnown && lower.length > '.env'.length;
}

function classifyKeyFile(name: Name): FileRule | undefined {
  if (isSshKeyName(name.lower)) return PRIVATE_KEY;
  const extension = name.extension;
  if (extension === undefined) return undefined;
  const saysPublic = name.words.some((word) => !word.partial && publicWords.has(word.text));
  const keyRule = keyExtensions.get(extension);
  if (keyRule !== undefined) return saysPublic ? undefined : keyRule;
  if (!pemExtensions.has(extension) || saysPublic) return undefined;
  return name.words.some((word) => !word.partial && keyWords.has(word.text)) ? PRIVATE_KEY : undefined;
}

/** `id_rsa`, `id_ed25519`, `id_ecdsa_sk`, `id_rsa_work`, `id_rsa.old`: OpenSSH private keys. */
function isSshKeyName(lower: string): boolean {
  if (!lower.startsWith('id_')) return false;
  return SSH_KEY_ALGORITHMS.some((algorithm) => {
    if (!lower.startsWith(algorithm, 3)) return false;
    const after = lower.charCodeAt(3 + algorithm.length);
    return Number.isNaN(after) || classOf(after) === CharClass.Separator;
  });
}

interface Head {
  readonly word: Word;
  /** Index of the head in the stem words. */
  readonly index: number;
}

/** The last word of the stem that is not noise (`prod`, `local`, digits). */
function findHead(words: readonly Word[]): Head | undefined {
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index];
    if (word === undefined) return undefined;
    if (word.partial || !(noiseWords.has(word.text) || isDigits(word.text))) return { word, index };
  }
  return undefined;
}

function classifyStem(words: readonly Word[]): FileRule | undefined {
  for (let index = 0; index + 1 < words.length; index += 1) {
    const first = words[index];
    const second = words[index + 1];
    if (first === undefined || second === undefined || first.partial || second.partial) continue;
    const found = ANYWHERE_PHRASES.find(([a, b]) => a === first.text && b === second.text);
    if (found !== undefined) return found[2];
  }
  const head = findHead(words);
  if (head === undefined || head.word.partial) return undefined;
  for (const rule of headPhrases.get(head.word.text) ?? []) {
    const start = head.index - rule.words.length + 1;
    if (start < 0 || (rule.whole === true && start !== 0)) continue;
    if (!rule.words.every((text, offset) => isWord(words[start + offset], text))) continue;
    const before = words[start - 1];
    if (before !== undefined && !before.partial && nonSecretQualifiers.has(before.text)) return undefined;
    return rule;
  }
  return undefined;
}

function isWord(word: Word | undefined, text: string): boolean {
  return word !== undefined && !word.partial && word.text === text;
}

// ---------------------------------------------------------------------------------------
// Options.
// ---------------------------------------------------------------------------------------

/** Tests the lower-case base name and full path. */
type PathMatcher = (baseName: string, fullPath: string) => boolean;

interface CompiledOptions {
  readonly fileNames: readonly PathMatcher[];
  readonly allowedFiles: readonly PathMatcher[];
  readonly encryptedNeedles: readonly string[];
}

const NO_OPTIONS: CompiledOptions = Object.freeze({ fileNames: [], allowedFiles: [], encryptedNeedles: [] });
const compiledOptionsCache = new WeakMap<TokenFileOptions, CompiledOptions>();

/** Compiles the options once per options object (a rule passes the same object for a whole run). */
function compileOptions(options: TokenFileOptions | undefined): CompiledOptions {
  if (options === undefined) return NO_OPTIONS;
  const cached = compiledOptionsCache.get(options);
  if (cached !== undefined) return cached;
  const compiled: CompiledOptions = Object.freeze({
    fileNames: (options.fileNames ?? []).flatMap(compileFileNamePattern),
    allowedFiles: (options.allowedFiles ?? []).flatMap(compileAllowedPattern),
    encryptedNeedles: toEncryptedNeedles(options.encryptedExtensions ?? []),
  });
  compiledOptionsCache.set(options, compiled);
  return compiled;
}

function normalizePattern(pattern: string): string {
  return pattern.trim().replaceAll('\\', '/').toLowerCase();
}

/** A pattern without `/` matches the base name; one with `/` matches the end of the path. */
function compileFileNamePattern(pattern: string): PathMatcher[] {
  const glob = normalizePattern(pattern);
  if (glob === '') return [];
  if (!glob.includes('/')) {
    const matches = compileGlob(glob);
    return [(baseName) => matches(baseName)];
  }
  const matches = compileGlob(toDeepGlob(glob));
  return [(_baseName, fullPath) => matches(fullPath)];
}

/**
 * Allowed globs match the base name, or the path at any depth (`fixtures/**` allows
 * `test/fixtures/token.txt`); a leading `/` anchors the glob to the start of the path.
 */
function compileAllowedPattern(pattern: string): PathMatcher[] {
  const glob = normalizePattern(pattern);
  if (glob === '' || glob === '/') return [];
  if (glob.startsWith('/')) {
    const matches = compileGlob(glob.slice(1));
    return [(_baseName, fullPath) => matches(trimLeadingSlashes(fullPath))];
  }
  const matches = compileGlob(toDeepGlob(glob));
  return [(baseName, fullPath) => matches(baseName) || matches(fullPath)];
}

function trimLeadingSlashes(path: string): string {
  let start = 0;
  while (path.charCodeAt(start) === SLASH) start += 1;
  return path.slice(start);
}

function toDeepGlob(glob: string): string {
  return glob.startsWith('**/') ? glob : `**/${glob}`;
}

function toEncryptedNeedles(extensions: readonly string[]): string[] {
  const needles: string[] = [];
  for (const extension of extensions) {
    let text = extension.trim().toLowerCase();
    while (text.startsWith('.')) text = text.slice(1);
    while (text.endsWith('.')) text = text.slice(0, -1);
    if (text !== '') needles.push(`.${text}.`);
  }
  return needles;
}

function matchFileNamePatterns(compiled: CompiledOptions, name: Name, fullPath: string): FileRule | undefined {
  return matchesAny(compiled.fileNames, name, fullPath) ? NAMED_IN_OPTIONS : undefined;
}

function isAllowed(compiled: CompiledOptions, name: Name, fullPath: string): boolean {
  return matchesAny(compiled.allowedFiles, name, fullPath);
}

function matchesAny(matchers: readonly PathMatcher[], name: Name, fullPath: string): boolean {
  if (matchers.length === 0) return false;
  const lowerPath = fullPath.toLowerCase();
  return matchers.some((matches) => matches(name.lower, lowerPath));
}

// ---------------------------------------------------------------------------------------
// Globs.
// ---------------------------------------------------------------------------------------

const LITERAL = 0;
const ANY_CHARACTER = 1;
const STAR = 2;
const GLOBSTAR = 3;
const SLASH = 0x2f;
const ASTERISK = 0x2a;
const QUESTION_MARK = 0x3f;

/**
 * Compiles a simple glob: `?` is one character but `/`, `*` any run without `/`, `**`
 * any run (and `**∕` zero or more whole folders). Case-sensitive; no classes, braces or
 * escapes. Runs of stars collapse, and matching simulates the pattern as an automaton
 * over a set of states, so a test costs O(text length × pattern tokens) at worst and
 * never backtracks.
 */
export function compileGlob(glob: string): (text: string) => boolean {
  const kinds: number[] = [];
  const codes: number[] = [];
  let index = 0;
  while (index < glob.length) {
    const code = glob.charCodeAt(index);
    if (code !== ASTERISK) {
      kinds.push(code === QUESTION_MARK ? ANY_CHARACTER : LITERAL);
      codes.push(code);
      index += 1;
      continue;
    }
    let end = index + 1;
    while (end < glob.length && glob.charCodeAt(end) === ASTERISK) end += 1;
    const kind = end - index > 1 ? GLOBSTAR : STAR;
    index = end;
    // `**/**` is `**` when the first one starts a folder.
    const length = kinds.length;
    if (kind === GLOBSTAR && length >= 2 && kinds[length - 2] === GLOBSTAR && codes[length - 1] === SLASH && kinds[length - 1] === LITERAL && startsFolder(kinds, codes, length - 2)) {
      kinds.pop();
      codes.pop();
      continue;
    }
    kinds.push(kind);
    codes.push(0);
  }
  return createGlobMatcher(kinds, codes);
}

/** Is token `index` at the start of the pattern or right after a `/`? */
function startsFolder(kinds: readonly number[], codes: readonly number[], index: number): boolean {
  return index === 0 || (kinds[index - 1] === LITERAL && codes[index - 1] === SLASH);
}

function createGlobMatcher(kindList: readonly number[], codeList: readonly number[]): (text: string) => boolean {
  const size = kindList.length;
  if (kindList.every((kind) => kind === LITERAL)) {
    const literal = fromCodes(codeList);
    return (text) => text === literal;
  }
  const kinds = Uint8Array.from(kindList);
  const codes = Uint16Array.from(codeList);
  // `**/` at the start of a folder may also match nothing: a jump over the `/`.
  const skipsFolder = Uint8Array.from(kindList, (kind, index) =>
    kind === GLOBSTAR && codeList[index + 1] === SLASH && kindList[index + 1] === LITERAL && startsFolder(kindList, codeList, index) ? 1 : 0,
  );
  const stamps = new Float64Array(size + 1);
  const skipStamps = new Float64Array(size + 1);
  let generation = 0;
  let current = new Int32Array(size + 1);
  let next = new Int32Array(size + 1);
  const pendingStates = new Int32Array(size + 1);
  const pendingEntries = new Uint8Array(size + 1);

  /**
   * Adds a state and every state reachable from it without reading a character. A `**∕`
   * may match no folder only when it is entered, not while it loops over characters.
   */
  const addState = (list: Int32Array, count: number, state: number, entering: boolean): number => {
    let added = count;
    let stackSize = 0;
    pendingStates[stackSize] = state;
    pendingEntries[stackSize] = entering ? 1 : 0;
    stackSize += 1;
    while (stackSize > 0) {
      stackSize -= 1;
      let at = pendingStates[stackSize] ?? size;
      let entry = pendingEntries[stackSize] === 1;
      for (;;) {
        if (entry && skipsFolder[at] === 1 && skipStamps[at] !== generation) {
          skipStamps[at] = generation;
          pendingStates[stackSize] = at + 2;
          pendingEntries[stackSize] = 1;
          stackSize += 1;
        }
        if (stamps[at] === generation) break;
        stamps[at] = generation;
        list[added] = at;
        added += 1;
        const kind = kinds[at];
        if (at === size || (kind !== STAR && kind !== GLOBSTAR)) break;
        at += 1;
        entry = true;
      }
    }
    return added;
  };

  return (text) => {
    generation += 1;
    let count = addState(current, 0, 0, true);
    for (let position = 0; position < text.length; position += 1) {
      const code = text.charCodeAt(position);
      generation += 1;
      let nextCount = 0;
      for (let item = 0; item < count; item += 1) {
        const state = current[item] ?? size;
        if (state === size) continue;
        const kind = kinds[state];
        if (kind === LITERAL) {
          if (codes[state] === code) nextCount = addState(next, nextCount, state + 1, true);
        } else if (kind === ANY_CHARACTER) {
          if (code !== SLASH) nextCount = addState(next, nextCount, state + 1, true);
        } else if (kind === GLOBSTAR || code !== SLASH) {
          nextCount = addState(next, nextCount, state, false);
        }
      }
      if (nextCount === 0) return false;
      [current, next] = [next, current];
      count = nextCount;
    }
    for (let item = 0; item < count; item += 1) {
      if (current[item] === size) return true;
    }
    return false;
  };
}

function fromCodes(codes: readonly number[]): string {
  let text = '';
  for (const code of codes) text += String.fromCharCode(code);
  return text;
}
