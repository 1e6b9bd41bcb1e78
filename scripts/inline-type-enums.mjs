// Writes `AST_NODE_TYPES.Identifier` as `"Identifier"` in the plugin's own modules when they are
// bundled (scripts/bundle.mjs). The rules compare node types on every node they visit; read from
// the imported enum, each comparison loads the import and a property of it, where a string
// constant costs nothing (counted in instructions: bench/README.md). Each member of the two enums
// holds its own name (checked here for the version installed at build time, and in the tests for
// the lower bound of the dependency's range), so the text means what the user's installed version
// would. A member that does not hold its own name (or does not exist), a local name that
// shadows an enum and an enum read otherwise than through a static member fail the build.
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/types';
import { parseAst } from 'rolldown/parseAst';

const TYPES_MODULE = '@typescript-eslint/types';

/** The enums of node and token types, by the names the package exports them under. */
export const TYPE_ENUMS = new Map([
  ['AST_NODE_TYPES', /** @type {Readonly<Record<string, string>>} */ (AST_NODE_TYPES)],
  ['AST_TOKEN_TYPES', /** @type {Readonly<Record<string, string>>} */ (AST_TOKEN_TYPES)],
]);

/**
 * Each node of an ESTree program, parents before children.
 * @param {unknown} node
 * @returns {Generator<any>}
 */
function* nodesOf(node) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) yield* nodesOf(item);
    return;
  }
  if (typeof (/** @type {{ type?: unknown }} */ (node).type) === 'string') yield node;
  for (const value of Object.values(node)) if (typeof value === 'object') yield* nodesOf(value);
}

/**
 * The module's code with each static member of an imported type enum written as its string, or
 * undefined when the module imports neither enum.
 * @param {string} code an ES module
 * @param {string} id its path, for errors
 * @param {ReadonlyMap<string, Readonly<Record<string, unknown>>>} enums
 * @returns {string | undefined}
 */
export function inlineTypeEnums(code, id, enums = TYPE_ENUMS) {
  if (![...enums.keys()].some((name) => code.includes(name))) return undefined;
  const program = parseAst(code, { sourceType: 'module' }, id);
  /** @type {Map<string, Readonly<Record<string, unknown>>>} each enum by its local name */
  const locals = new Map();
  /** @type {Set<unknown>} identifiers that are no other read of an enum: the imports, the members inlined, property names */
  const accounted = new Set();
  for (const node of nodesOf(program)) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== TYPES_MODULE) continue;
    for (const specifier of node.specifiers) {
      const values = specifier.type === 'ImportSpecifier' ? enums.get(specifier.imported.name) : undefined;
      if (values === undefined) continue;
      locals.set(specifier.local.name, values);
      accounted.add(specifier.imported).add(specifier.local);
    }
  }
  if (locals.size === 0) return undefined;
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  for (const node of nodesOf(program)) {
    if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'Identifier') continue;
    const values = locals.get(node.object.name);
    if (values === undefined) continue;
    const name = `${node.object.name}.${node.property.name}`;
    if (values[node.property.name] !== node.property.name) throw new Error(`${id}: ${name} does not hold the string "${node.property.name}"`);
    if (code.slice(node.start, node.end) !== name) throw new Error(`${id}: ${name} is not written as such at offset ${node.start}`);
    edits.push({ start: node.start, end: node.end, text: JSON.stringify(node.property.name) });
    accounted.add(node.object);
  }
  for (const node of nodesOf(program)) {
    // A property's name (`x.AST_NODE_TYPES`, `{ AST_NODE_TYPES: 1 }`) is no read of the enum.
    if (node.type === 'MemberExpression' && !node.computed) accounted.add(node.property);
    if (node.type === 'Property' && !node.computed && !node.shorthand) accounted.add(node.key);
  }
  for (const node of nodesOf(program)) {
    if (node.type === 'Identifier' && locals.has(node.name) && !accounted.has(node)) {
      throw new Error(`${id}: ${node.name} at offset ${node.start} is declared here or read otherwise than as a static member`);
    }
  }
  let output = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return output;
}
