import type { DataValue, SourceLocation } from './data-value.js';

/**
 * The few @eslint/json (momoa) node shapes the rules read. Declared here, structurally, so that
 * the shared analysis does not depend on the JSON parser's types.
 */
export interface JsonNode {
  readonly type: string;
  readonly range?: readonly [number, number];
  readonly loc: SourceLocation;
}

export interface JsonString extends JsonNode {
  readonly type: 'String';
  readonly value: string;
}

interface JsonMember extends JsonNode {
  readonly type: 'Member';
  readonly name: JsonNode & { readonly value?: unknown; readonly name?: unknown };
  readonly value: JsonNode;
}

export interface JsonSource {
  readonly text: string;
  getParent(node: JsonNode): JsonNode | undefined;
}

/** What a JSON string is to its document: a member name, or a value stored under a key. */
export interface JsonStringRole {
  readonly isKey: boolean;
  /** The member name the value is stored under (for array items, the array's member name). */
  readonly key: string | undefined;
}

function memberName(member: JsonMember): string | undefined {
  const { name } = member;
  if (name.type === 'String' && typeof name.value === 'string') return name.value;
  if (name.type === 'Identifier' && typeof name.name === 'string') return name.name;
  return undefined;
}

const MAX_ARRAY_NESTING = 8;

/**
 * Members of package.json (and of the workspace files that copy its shape) whose object maps
 * package names to version specifiers: a package named `api-token` or `secret-sauce` names a
 * package, not a credential, so its specifier (`file:`, `git+https:`, `github:`, a tarball URL)
 * takes no place from it. A token pasted into a specifier is still found by its format.
 */
const DEPENDENCY_MAPS: ReadonlySet<string> = new Set([
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
  'bundleDependencies',
  'bundledDependencies',
  'overrides',
  'resolutions',
  'catalog',
]);

/** The member whose value is the object holding `member`, if any. */
function enclosingMember(member: JsonMember, source: JsonSource): JsonMember | undefined {
  const object = source.getParent(member);
  if (object?.type !== 'Object') return undefined;
  const parent = source.getParent(object);
  return parent?.type === 'Member' ? (parent as JsonMember) : undefined;
}

/** Is `member` an entry of a dependency map (at any depth of `overrides`)? */
function isDependencyEntry(member: JsonMember, source: JsonSource): boolean {
  let current: JsonMember | undefined = member;
  for (let depth = 0; current !== undefined && depth < MAX_ARRAY_NESTING; depth++) {
    const outer = enclosingMember(current, source);
    const name = outer === undefined ? undefined : memberName(outer);
    if (name === undefined) return false;
    // Only `overrides` nests package maps (`"overrides": { "a": { "b": "1.0.0" } }`).
    if (name === 'overrides') return true;
    if (DEPENDENCY_MAPS.has(name)) return depth === 0;
    if (!isPackageName(name)) return false;
    current = outer;
  }
  return false;
}

/** A package name as a key of a nested override (`"@scope/pkg"`, `"pkg@^2"`). */
function isPackageName(name: string): boolean {
  return /^(?:@[\w.-]+\/)?[\w.-]+(?:@[^\s"]*)?$/u.test(name);
}

export function jsonStringRole(node: JsonString, source: JsonSource): JsonStringRole {
  let child: JsonNode = node;
  let parent = source.getParent(node);
  // `"apiKeys": ["…", "…"]`: array items take the name of the member holding the array.
  for (let depth = 0; parent?.type === 'Element' && depth < MAX_ARRAY_NESTING; depth++) {
    const array = source.getParent(parent);
    if (array?.type !== 'Array') return { isKey: false, key: undefined };
    child = array;
    parent = source.getParent(array);
  }
  if (parent?.type !== 'Member') return { isKey: false, key: undefined };
  const member = parent as JsonMember;
  if (member.name === child) return { isKey: true, key: undefined };
  if (isDependencyEntry(member, source)) return { isKey: false, key: undefined };
  return { isKey: false, key: memberName(member) };
}

/** The string as a data value, pointing into the source when it has no escapes. */
export function jsonDataValue(node: JsonString, source: JsonSource): DataValue {
  const range = node.range;
  let verbatimStart: number | undefined;
  if (range !== undefined) {
    const raw = source.text.slice(range[0], range[1]);
    if (raw.length === node.value.length + 2 && raw.slice(1, -1) === node.value) verbatimStart = range[0] + 1;
  }
  return { value: node.value, loc: node.loc, verbatimStart };
}
