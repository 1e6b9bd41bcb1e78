import { Minimatch } from 'minimatch';
import { splitWords } from '../secrets/names.js';

/**
 * Is this path a plaintext token file? Pure string logic over a path or a partial path
 * shape (with `\uFFFC` holes for the parts the AST could not resolve): no AST, no file
 * system access.
 *
 * The base name decides first. It is cut into words (the project's identifier splitter:
 * punctuation, camelCase, acronyms; a number after a name kept apart) and judged by its
 * head: the last word of the stem once data extensions (`.json`, `.txt` ...) and noise
 * words (`prod`, `local`, `bak`, digits, a whole dot part left unknown as in
 * `secrets.${env}.json`) are set aside. `client_secret.json` and `api-token-prod.txt` are
 * token files; `secret-santa.csv`, `token-list.json` and `design-tokens.json` are not,
 * because their head is not a secret.
 *
 * A folder that names a secret store (`secrets/`, `.secrets/`, `credentials/`, `keys/`,
 * `private/`) then decides for a data file in it whose name says nothing, even a name the
 * code builds at run time (`secrets/${stage}.json`), unless the name says public material
 * (`keys/public.pem`, `secrets/ca.crt`, a certificate), code, a document or media.
 * `allowedFiles` may match the whole path.
 *
 * Every table is data: adding a file name or a folder is one entry. Every check is a scan
 * over the name; globs are matched by minimatch, as ESLint matches its own.
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
  /** The part of the path that decided, for messages: the base name, or the secret folder and what follows it. */
  readonly decidingPath: string;
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
const PUBLIC_WORDS: readonly string[] = Object.freeze(['public', 'pub', 'pubkey', 'publickey', 'jwks']);
/** Words of a certificate's name: in a secret folder, `ca.pem` and `server-cert.pem` are public. */
const CERTIFICATE_WORDS: readonly string[] = Object.freeze([
  'cert', 'certs', 'certificate', 'certificates', 'ca', 'chain', 'fullchain', 'bundle', 'crt', 'x509',
]);

/**
 * Folders that name a secret store, and how much of the name they decide. A store
 * (`secrets/`, `credentials/`) holds secrets whatever the file is called, even a name built
 * at run time; a key folder (`keys/`, `private/`) also holds public material and more, so
 * only a data or key file whose extension the code spells counts.
 */
interface FolderRule extends FileRule {
  readonly anyName: boolean;
}

function folder(rule: FileRule, description: string, anyName: boolean): FolderRule {
  return Object.freeze({ kind: rule.kind, description, anyName });
}

const IN_SECRETS_FOLDER = folder(SECRET, 'a plaintext file in a secrets folder', true);
const IN_CREDENTIALS_FOLDER = folder(CREDENTIALS, 'a plaintext file in a credentials folder', true);
const IN_KEYS_FOLDER = folder(KEY_FILE, 'a plaintext file in a keys folder', false);
const IN_PRIVATE_FOLDER = folder(SECRET, 'a plaintext file in a private folder', false);

const SECRET_FOLDERS: readonly (readonly [string, FolderRule])[] = Object.freeze([
  ['secrets', IN_SECRETS_FOLDER],
  ['.secrets', IN_SECRETS_FOLDER],
  ['secret', IN_SECRETS_FOLDER],
  ['.secret', IN_SECRETS_FOLDER],
  ['credentials', IN_CREDENTIALS_FOLDER],
  ['.credentials', IN_CREDENTIALS_FOLDER],
  ['credential', IN_CREDENTIALS_FOLDER],
  ['creds', IN_CREDENTIALS_FOLDER],
  ['.creds', IN_CREDENTIALS_FOLDER],
  ['keys', IN_KEYS_FOLDER],
  ['.keys', IN_KEYS_FOLDER],
  ['private-keys', IN_KEYS_FOLDER],
  ['private_keys', IN_KEYS_FOLDER],
  ['private', IN_PRIVATE_FOLDER],
  ['.private', IN_PRIVATE_FOLDER],
] as const);

/** Folders of translations: a `password` key there is a label, not a credential. */
const TRANSLATION_FOLDERS: readonly string[] = Object.freeze([
  'locales', 'locale', 'i18n', 'l10n', 'lang', 'langs', 'languages', 'translations', 'translation', 'intl', 'messages',
]);
/** Files that describe a project or an API: their `token` and `bearerAuth` keys are names, not credentials. */
const DESCRIPTIVE_FILE_STEMS: readonly string[] = Object.freeze([
  'package', 'package-lock', 'composer', 'tsconfig', 'jsconfig', 'manifest', 'openapi', 'swagger', 'asyncapi',
]);
/** Languages that translation files are named after (`en.json`, `pt-BR.json`, `zh_Hant.yaml`). */
const LANGUAGES: readonly string[] = Object.freeze([
  'ar', 'bg', 'bn', 'ca', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fa', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'id', 'it',
  'ja', 'ko', 'lt', 'lv', 'ms', 'nb', 'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sk', 'sl', 'sr', 'sv', 'th', 'tr', 'uk',
  'vi', 'zh',
]);
/** A language with a region or a script: `en-US`, `pt_BR`, `zh-Hant`. */
const LANGUAGE_TAG = /^([a-z]{2})(?:[-_](?:[a-z]{2}|[a-z]{4}))?$/iu;

/**
 * Where container platforms mount secrets for the process (Docker and Compose secrets,
 * Kubernetes service account tokens): in memory, outside the application's folders, and
 * the way those platforms ask applications to read them.
 */
const PLATFORM_SECRET_MOUNTS: readonly string[] = Object.freeze(['/run/secrets/', '/var/run/secrets/']);

/** The longest stem a message shows for a file in a secret folder (`service-account-prod` is 20). */
const MAX_SHOWN_STEM_LENGTH = 24;

/** How many named folders above a file are read for a secret folder (`secrets/google/sa.json`). */
const MAX_FOLDERS_READ = 2;

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
const certificateWords: ReadonlySet<string> = new Set(CERTIFICATE_WORDS);
const secretFolders: ReadonlyMap<string, FolderRule> = new Map(SECRET_FOLDERS);
const translationFolders: ReadonlySet<string> = new Set(TRANSLATION_FOLDERS);
const languages: ReadonlySet<string> = new Set(LANGUAGES);
const descriptiveFileStems: ReadonlySet<string> = new Set(DESCRIPTIVE_FILE_STEMS);
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
  if (isEncryptedName(name, compiled.encryptedNeedles) || isPlatformSecretMount(path.fullPath)) return undefined;
  const byName = classifyName(name);
  const byFolder = byName === undefined ? classifyByFolder(path, name) : undefined;
  const rule = byName ?? byFolder?.rule ?? matchFileNamePatterns(compiled, name, path.fullPath);
  if (rule === undefined || isAllowed(compiled, name, path.fullPath)) return undefined;
  return { kind: rule.kind, description: rule.description, baseName: path.baseName, decidingPath: byFolder?.decidingPath ?? path.baseName };
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

/** Is this file left alone whatever it holds: encrypted, mounted by a container platform, or listed in `allowedFiles`? */
export function isSparedFile(pathText: string, options?: TokenFileOptions): boolean {
  const path = splitPath(pathText);
  const name = readName(path.baseName);
  if (name === undefined) return false;
  const compiled = compileOptions(options);
  return isEncryptedName(name, compiled.encryptedNeedles) || isPlatformSecretMount(path.fullPath) || isAllowed(compiled, name, path.fullPath);
}

/**
 * May the keys of this data file be credentials? Not when it is a template, a sample or a
 * schema (`config.example.json`, `schema.json`), a file that describes a project or an API
 * (`package.json`, `openapi.json`), or a translation (`en.json`, `locales/de/common.json`):
 * their `password` and `token` keys are names and labels.
 */
export function mayHoldCredentials(pathText: string): boolean {
  const path = splitPath(pathText);
  const name = readName(path.baseName);
  if (name === undefined) return true;
  if (name.words.some((word) => !word.partial && templateMarkers.has(word.text))) return false;
  const stem = name.parts.slice(0, countStemParts(name.parts)).join('.');
  if (descriptiveFileStems.has(stem)) return false;
  const language = LANGUAGE_TAG.exec(stem)?.[1];
  if (language !== undefined && languages.has(language.toLowerCase())) return false;
  return !path.fullPath.split('/').some((folder) => translationFolders.has(folder.toLowerCase()));
}

/** Does the name end with the extension of a plain data file (`.json`, `.yaml`, `.txt` ...), as the code spells it? */
export function isDataFileName(pathText: string): boolean {
  const name = readName(splitPath(pathText).baseName);
  return name?.extension !== undefined && name.extensionKnown && dataExtensions.has(name.extension);
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
    words: splitNameWords(baseName),
    stemWords: splitNameWords(originalParts.slice(0, stemPartCount).join('.')),
  };
}

/**
 * How many dot parts remain once trailing data extensions and noise parts are set aside. A
 * dot part the code fills in at run time (`secrets.${env}.json`) is such a part.
 */
function countStemParts(parts: readonly string[]): number {
  let count = parts.length;
  let firstNamed = parts.findIndex((part) => part !== '');
  if (firstNamed === -1) firstNamed = parts.length;
  while (count - 1 > firstNamed) {
    const last = parts[count - 1] ?? '';
    if (!dataExtensions.has(last) && !noiseWords.has(last) && !isDigits(last) && last !== HOLE) break;
    count -= 1;
  }
  return count;
}

const DIGITS = /^\d+$/u;
const TRAILING_DIGITS = /^([a-z]+)(\d+)$/u;
const LETTER = /^[a-z]$/iu;

function isDigits(text: string): boolean {
  return DIGITS.test(text);
}

/** `token2` as `token`, `2`: a number after a name is a counter (`token2.txt`, `secrets3.json`). */
function splitTrailingDigits(word: string): string[] {
  const match = TRAILING_DIGITS.exec(word);
  return match?.[1] !== undefined && match[2] !== undefined ? [match[1], match[2]] : [word];
}

/**
 * Cuts a name into lower-case words with the project's identifier splitter (punctuation,
 * camelCase, acronyms), a number after a name kept apart. A hole joins the word it touches,
 * which then counts as unknown (`token${x}`, `${x}token`); an upper-case letter or a digit
 * after a hole starts a word of its own (`${x}Token`), and so does a separator.
 */
function splitNameWords(text: string): Word[] {
  const words: Word[] = [];
  /** The last word ends at a hole and grows with what touches it. */
  let open = false;
  const segments = text.split(HOLE);
  segments.forEach((segment, index) => {
    if (index > 0) {
      const last = words.at(-1);
      if (open && last) words[words.length - 1] = { text: last.text + HOLE, partial: true };
      else words.push({ text: HOLE, partial: true });
      open = true;
    }
    const pieces = splitWords(segment).flatMap(splitTrailingDigits);
    const first = segment.charAt(0);
    let rest = pieces;
    const joined = pieces[0];
    // `${x}token`: the first word continues the hole's word; `${x}Token`, `${x}-token` start anew.
    if (open && joined !== undefined && LETTER.test(first) && first === first.toLowerCase()) {
      const last = words.at(-1) as Word;
      words[words.length - 1] = { text: last.text + joined, partial: true };
      rest = pieces.slice(1);
    }
    for (const piece of rest) words.push({ text: piece, partial: false });
    const touchesNextHole = index < segments.length - 1 && LETTER.test(segment.charAt(segment.length - 1));
    if (touchesNextHole && rest.length > 0) {
      const last = words.at(-1) as Word;
      words[words.length - 1] = { text: last.text, partial: true };
    }
    open = touchesNextHole || (segment === '' && open);
  });
  return words;
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

function isPlatformSecretMount(fullPath: string): boolean {
  return PLATFORM_SECRET_MOUNTS.some((mount) => fullPath.startsWith(mount));
}

interface FolderMatch {
  readonly rule: FolderRule;
  readonly decidingPath: string;
}

/**
 * A file in a secret folder whose own name said nothing: the nearest named folders
 * (environment names such as `prod/` and folders the code builds at run time are skipped)
 * decide, unless the name says public material, code, a document or media.
 */
function classifyByFolder(path: SplitPath, name: Name): FolderMatch | undefined {
  if (name.words.some((word) => !word.partial && (templateMarkers.has(word.text) || publicWords.has(word.text) || certificateWords.has(word.text)))) {
    return undefined;
  }
  const folders = path.fullPath.split('/').slice(0, -1);
  let named = 0;
  for (let index = folders.length - 1; index >= 0 && named < MAX_FOLDERS_READ; index -= 1) {
    const segment = (folders[index] ?? '').toLowerCase();
    if (isSkippedFolder(segment)) continue;
    named += 1;
    const rule = secretFolders.get(segment);
    if (rule === undefined) continue;
    if (!isNameHeldInFolder(name, rule)) return undefined;
    const shownFolders = folders.slice(index).map((folder) => (folder.length > MAX_SHOWN_STEM_LENGTH ? HOLE : folder));
    return { rule, decidingPath: [...shownFolders, shownBaseName(name)].join('/') };
  }
  return undefined;
}

/**
 * The base name as a message shows it after its folder. The folder decided, so the name
 * may be anything, even a value pasted into the path: a name (or a folder under the secret
 * folder) longer than a file is usually called is shown as `…`, with its extension.
 */
function shownBaseName(name: Name): string {
  const stemLength = name.extension === undefined ? name.baseName.length : name.baseName.length - name.extension.length - 1;
  if (stemLength <= MAX_SHOWN_STEM_LENGTH) return name.baseName;
  return name.extension === undefined || !name.extensionKnown ? HOLE : `${HOLE}.${name.baseName.slice(-name.extension.length)}`;
}

/**
 * True when a static path's file extension says code, a document or media (`./client.js`,
 * `../styles.css`): no token file, whatever its name or folder. A cheap first look for the
 * module specifiers of a file, most of which name code.
 */
export function hasCodeOrMediaExtension(path: string): boolean {
  const dot = path.lastIndexOf('.');
  if (dot <= 0 || dot < path.lastIndexOf('/') || dot === path.length - 1) return false;
  return notSecretExtensions.has(path.slice(dot + 1).toLowerCase());
}

/** `.`, `..`, a folder built at run time, an environment (`prod`, `staging`) or a number: they say nothing of the content. */
function isSkippedFolder(segment: string): boolean {
  return segment === '' || segment === '.' || segment === '..' || segment === HOLE || noiseWords.has(segment) || isDigits(segment);
}

/** Does a secret folder decide for this name? A data or key file, or for a store any name not public, code or media. */
function isNameHeldInFolder(name: Name, rule: FolderRule): boolean {
  const extension = name.extension;
  if (!name.extensionKnown) return rule.anyName;
  if (extension === undefined) return rule.anyName || !name.lower.includes(HOLE);
  if (notSecretExtensions.has(extension) || publicExtensions.has(extension)) return false;
  return dataExtensions.has(extension) || keyExtensions.has(extension) || pemExtensions.has(extension) || rule.anyName;
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

function isAlphanumericCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** `id_rsa`, `id_ed25519`, `id_ecdsa_sk`, `id_rsa_work`, `id_rsa.old`: OpenSSH private keys. */
function isSshKeyName(lower: string): boolean {
  if (!lower.startsWith('id_')) return false;
  return SSH_KEY_ALGORITHMS.some((algorithm) => {
    if (!lower.startsWith(algorithm, 3)) return false;
    const after = lower.charCodeAt(3 + algorithm.length);
    return Number.isNaN(after) || !isAlphanumericCode(after);
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
  while (path.charAt(start) === '/') start += 1;
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

const GLOB_OPTIONS = Object.freeze({ dot: true, nocomment: true, nonegate: true });

/**
 * Compiles a glob with minimatch, the matcher ESLint itself uses for `files` and `ignores`:
 * `*` and `?` stay within a folder, `**` spans folders, dotfiles match like any name.
 * Case-sensitive. A pattern minimatch refuses (longer than 64 KB) matches nothing.
 */
export function compileGlob(glob: string): (text: string) => boolean {
  let matcher: Minimatch;
  try {
    matcher = new Minimatch(glob, GLOB_OPTIONS);
  } catch {
    return () => false;
  }
  return (text) => matcher.match(text);
}

