import type { TSESTree } from '@typescript-eslint/utils';
import type { Resolved, Resolver, Scope } from './resolution.js';
import { stringOf, text } from './resolution.js';
import type { StringPart } from './string-shape.js';

/**
 * File paths as the resolver reads them: `path.join(a, b)` as `a/b` and `path.resolve`
 * restarting at its last absolute segment. A root the file cannot know (`__dirname`,
 * `process.cwd()`, `os.homedir()`, a parameter) stays a hole, and the known segments after
 * it still name the folders and the file.
 */

/** Module members that join path segments, by the dotted path `getModuleMemberPath` gives. */
export const PATH_JOINERS: ReadonlyMap<string, 'join' | 'resolve'> = new Map([
  ['path.join', 'join'],
  ['path.resolve', 'resolve'],
  ['path.posix.join', 'join'],
  ['path.posix.resolve', 'resolve'],
  ['path.win32.join', 'join'],
  ['path.win32.resolve', 'resolve'],
  ['path/posix.join', 'join'],
  ['path/posix.resolve', 'resolve'],
  ['upath.join', 'join'],
  ['upath.resolve', 'resolve'],
]);

function startsWithSlash(parts: readonly StringPart[]): boolean {
  const [first] = parts;
  return first?.kind === 'text' && first.value.startsWith('/');
}

function endsWithSlash(parts: readonly StringPart[]): boolean {
  const last = parts[parts.length - 1];
  return last?.kind === 'text' && last.value.endsWith('/');
}

/** `path.join(a, b)` as `a/b`; `path.resolve` restarts at the last absolute segment. No cwd, no `..` folding. */
export function resolvePathJoin(
  resolver: Resolver,
  args: readonly TSESTree.Expression[],
  joiner: 'join' | 'resolve',
  scope: Scope,
  call: TSESTree.CallExpression,
  depth: number,
): Resolved {
  const segments = args.map((argument) => resolver.resolve(argument, scope, depth + 1).parts).filter((parts) => parts.length > 0);
  let startIndex = 0;
  if (joiner === 'resolve') {
    segments.forEach((parts, index) => {
      if (startsWithSlash(parts)) {
        startIndex = index;
      }
    });
  }
  const parts: StringPart[] = [];
  for (const segment of segments.slice(startIndex)) {
    if (parts.length > 0 && !endsWithSlash(parts) && !startsWithSlash(segment)) {
      parts.push(text('/', call));
    }
    parts.push(...segment);
  }
  return stringOf(parts);
}
