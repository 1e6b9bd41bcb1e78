import { maskSecretsIn } from '../secrets/mask.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getModuleMemberPath, getStaticMemberName, isGlobalReference } from './calls.js';
import type { StringShape } from './static-string.js';
import { HOLE, resolveBinding, resolveStringShape } from './static-string.js';

/**
 * What file a path expression names, as a string shape. The shared resolver already
 * follows literals, templates, `+`, constants, `path.join/resolve` (with `__dirname`,
 * `import.meta.dirname`, `os.homedir()` and `process.cwd()` as holes) and
 * `new URL('./x', import.meta.url)`. This adds the wrappers that turn one path form into
 * another without changing the file: `fileURLToPath(url)`, `pathToFileURL(path)`,
 * `path.normalize(p)`, `require.resolve(p)` and `url.pathname`, directly or behind a
 * constant.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Module members that return the same file in another form. */
const PATH_WRAPPERS: ReadonlySet<string> = new Set([
  'url.fileURLToPath',
  'url.pathToFileURL',
  'path.normalize',
  'path.toNamespacedPath',
  'path.posix.normalize',
  'path.win32.normalize',
]);

const MAX_WRAPPERS = 8;

function unwrapTypes(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.ChainExpression
  ) {
    current = current.expression;
  }
  return current;
}

function isRequireResolve(callee: TSESTree.Node, scope: TSESLint.Scope.Scope): boolean {
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    getStaticMemberName(callee) === 'resolve' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'require' &&
    isGlobalReference(callee.object, scope)
  );
}

/** The path expression a wrapper passes through (`fileURLToPath(x)` gives `x`), or undefined. */
function unwrapPathWrapper(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | undefined {
  const scope = sourceCode.getScope(node);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const [first] = node.arguments;
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const callee = unwrapTypes(node.callee);
    if (isRequireResolve(callee, scope)) return first;
    const member = getModuleMemberPath(callee, scope)?.join('.');
    return member !== undefined && PATH_WRAPPERS.has(member) ? first : undefined;
  }
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    // `new URL('./token.txt', import.meta.url).pathname`: the URL's text ends with the same file.
    return getStaticMemberName(node) === 'pathname' ? node.object : undefined;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    // A constant that holds a wrapped path: `const file = fileURLToPath(new URL(...))`.
    const value = resolveBinding(node, scope);
    const inner = value ? unwrapTypes(value) : undefined;
    return inner && unwrapPathWrapper(inner, sourceCode) !== undefined ? inner : undefined;
  }
  return undefined;
}

/**
 * The string shape of the file a path argument names (a string, a `file:` URL, a `URL`
 * object, or one of the wrappers above); undefined when nothing of it is known.
 */
export function resolveFilePath(node: TSESTree.Node, sourceCode: SourceCode): StringShape | undefined {
  let current = unwrapTypes(node);
  for (let step = 0; step < MAX_WRAPPERS; step += 1) {
    const inner = unwrapPathWrapper(current, sourceCode);
    if (inner === undefined) break;
    current = unwrapTypes(inner);
  }
  return resolveStringShape(current, sourceCode.getScope(current));
}

/**
 * The files a path argument may name: both branches of `cond ? a : b`, and both sides of
 * `a ?? b` / `a || b` (the default a path falls back to counts), directly or behind a
 * constant. Each alternative is resolved as `resolveFilePath` does; unknown ones are left out.
 */
export function resolveFilePaths(node: TSESTree.Node, sourceCode: SourceCode): StringShape[] {
  const shapes: StringShape[] = [];
  const pending: TSESTree.Node[] = [node];
  for (let visited = 0; pending.length > 0 && visited < MAX_ALTERNATIVES; visited += 1) {
    const current = unwrapTypes(pending.shift() as TSESTree.Node);
    const branches = alternativesOf(current, sourceCode);
    if (branches) {
      pending.push(...branches);
      continue;
    }
    const shape = resolveFilePath(current, sourceCode);
    if (shape) shapes.push(shape);
  }
  return shapes;
}

const MAX_ALTERNATIVES = 8;

function alternativesOf(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node[] | undefined {
  if (node.type === AST_NODE_TYPES.ConditionalExpression) return [node.consequent, node.alternate];
  if (node.type === AST_NODE_TYPES.LogicalExpression) return node.operator === '&&' ? [node.right] : [node.left, node.right];
  if (node.type === AST_NODE_TYPES.Identifier) {
    const value = resolveBinding(node, sourceCode.getScope(node));
    const inner = value ? unwrapTypes(value) : undefined;
    if (inner?.type === AST_NODE_TYPES.ConditionalExpression || inner?.type === AST_NODE_TYPES.LogicalExpression) return [inner];
  }
  return undefined;
}

/** The last segment of a path text, without a query (`./token.txt?raw` gives `token.txt`). */
export function getBaseName(pathText: string): string {
  const normalized = pathText.replaceAll('\\', '/');
  const base = normalized.slice(normalized.lastIndexOf('/') + 1);
  const query = base.indexOf('?');
  return query === -1 ? base : base.slice(0, query);
}

/**
 * Does a module specifier name a data file rather than code? Node and bundlers resolve
 * an extensionless specifier (`./token`, `secrets`) to a module, so only a specifier whose
 * base name has an extension (`./secrets.json`) or is a dotfile (`./.npmrc`) names a file
 * to judge by its name.
 */
export function isFileModuleSpecifier(specifier: string): boolean {
  const base = getBaseName(specifier);
  if (base === '' || base === '.' || base === '..') return false;
  return base.startsWith('.') || base.indexOf('.') > 0;
}

/** A path text fit for a message: holes shown as `…`. */
export function displayPath(pathText: string): string {
  return maskSecretsIn(pathText.replaceAll(HOLE, '…'));
}

/** Longer base names are not names a file is usually given, but values pasted into a path. */
const MAX_SHOWN_NAME_LENGTH = 40;

/**
 * A file's name fit for a message: its base name, or `…` with the extension when the name is
 * longer than a file is usually called (a value pasted into the path is never echoed).
 */
export function displayFileName(pathText: string): string {
  const base = getBaseName(pathText);
  if (base.length <= MAX_SHOWN_NAME_LENGTH) return displayPath(base);
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 && base.length - dot <= 8 ? base.slice(dot) : '';
  return `…${displayPath(extension)}`;
}
