/** The key=value file formats the key-value language reads. */
export type Dialect = 'dotenv' | 'npmrc' | 'ini' | 'properties' | 'netrc' | 'text';

export const DIALECTS: readonly Dialect[] = Object.freeze(['dotenv', 'npmrc', 'ini', 'properties', 'netrc', 'text']);

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (DIALECTS as readonly string[]).includes(value);
}

/** Whole base names (lower case) and the dialect they are read in. */
const DIALECT_BY_NAME: Readonly<Record<string, Dialect>> = Object.freeze({
  '.env': 'dotenv',
  '.npmrc': 'npmrc',
  '.pypirc': 'ini',
  '.netrc': 'netrc',
  _netrc: 'netrc',
});

/** Base-name extensions (lower case, with the dot) and their dialect. */
const DIALECT_BY_EXTENSION: Readonly<Record<string, Dialect>> = Object.freeze({
  '.env': 'dotenv',
  '.ini': 'ini',
  '.cfg': 'ini',
  '.properties': 'properties',
});

/** The last segment of a POSIX or Windows path. */
function baseNameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(cut + 1);
}

/**
 * The dialect a file is read in, from its base name (case-insensitive): `.env`, `.env.*` and
 * `*.env` are dotenv; `.npmrc` npmrc; `.pypirc`, `*.ini`, `*.cfg` ini; `*.properties`
 * properties; `.netrc` and `_netrc` netrc; anything else one value per line (text).
 */
export function dialectForPath(path: string): Dialect {
  const name = baseNameOf(path).toLowerCase();
  const byName = DIALECT_BY_NAME[name];
  if (byName !== undefined) return byName;
  if (name.startsWith('.env.')) return 'dotenv';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return 'text';
  return DIALECT_BY_EXTENSION[name.slice(dot)] ?? 'text';
}
