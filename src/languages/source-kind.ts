/**
 * Which language a rule is looking at. The rules run on JavaScript/TypeScript (ESTree with a
 * scope manager), on JSON/JSONC/JSON5 through @eslint/json, and on key=value credential files
 * through this plugin's key-value language. A rule enabled for a language it does not read
 * returns no listeners instead of failing on an AST it does not know.
 */
export type SourceKind = 'javascript' | 'json' | 'key-value' | 'other';

interface RootLike {
  readonly type?: unknown;
  readonly body?: unknown;
  readonly dialect?: unknown;
}

export function sourceKindOf(sourceCode: { readonly ast: unknown }): SourceKind {
  const root = sourceCode.ast as RootLike | null | undefined;
  if (root === null || typeof root !== 'object') return 'other';
  if (root.type === 'Program') return 'javascript';
  if (root.type !== 'Document') return 'other';
  if (typeof root.dialect === 'string') return 'key-value';
  const body = root.body as RootLike | null | undefined;
  return body !== null && typeof body === 'object' && typeof body.type === 'string' ? 'json' : 'other';
}
