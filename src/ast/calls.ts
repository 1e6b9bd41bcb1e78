import { builtinModules } from 'node:module';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { classMemberReads, enclosingClassOfThis } from './bindings.js';
import { getStaticMemberName } from './member-name.js';
import { getScopeAt } from './scope-at.js';
import { unwrapExpression } from './unwrap.js';

export { getStaticMemberName } from './member-name.js';
import { GLOBAL_SCOPE, VARIABLE_DEFINITION, IMPORT_DEFINITION } from './scope-kinds.js';

/**
 * Which API a call reaches, answered from data: each tracked API is one `ApiSpec`
 * entry, a group of entries is compiled once (at module load) into a
 * ReferenceTracker trace map, and every rule asking about the same group in the same
 * file shares one tracker pass.
 */

/** How the tracked function is invoked: `f()`, `new F()`, or either. */
export type CallKind = 'call' | 'construct' | 'both';

/** One tracked API, declared as data. */
export interface ApiSpec {
  /** Names the entry; reported back as `TrackedCall.api`. Unique within a group. */
  readonly id: string;
  /**
   * The module that exports it (`'axios'`, `'fs'`, `'fs/promises'`, `'child_process'`),
   * without `node:`; node built-ins also match their `node:` form. `undefined` means a
   * global, and then `path[0]` is the global's name.
   */
  readonly module?: string;
  /**
   * Member path after the module (`['get']`, `['promises', 'readFile']`, `[]` for the
   * module itself called), or for a global the global's name and members
   * (`['fetch']`, `['crypto', 'subtle', 'decrypt']`). With `instanceOf`, the member path
   * on the instance (`['get']`, or `[]` for the instance itself called).
   */
  readonly path: readonly string[];
  readonly kind: CallKind;
  /**
   * Set for a method of an instance made by a factory: the factory's path (relative to
   * `module`, or starting with the global's name) and how it is invoked. For example
   * `{ module: 'axios', instanceOf: { path: ['create'], kind: 'call' }, path: ['get'] }`
   * matches `const api = axios.create(); api.get(url)`, and
   * `{ instanceOf: { path: ['XMLHttpRequest'], kind: 'construct' }, path: ['open'] }`
   * matches `const xhr = new XMLHttpRequest(); xhr.open('GET', url)`.
   */
  readonly instanceOf?: {
    readonly path: readonly string[];
    readonly kind: CallKind;
    /**
     * The class is also handed over by dependency injection, and never constructed in the
     * file: a constructor parameter, a class field or a parameter typed with it
     * (`constructor(private readonly http: HttpService)`), or `inject(HttpClient)`.
     * Needs `module` and a one-name `path`.
     */
    readonly injected?: boolean;
  };
}

/** A compiled, frozen set of `ApiSpec`s; build it with `defineApiGroup` at module load. */
export interface ApiGroup {
  readonly specs: readonly ApiSpec[];
  /** Module names and global names the group starts from: the cheap per-file prefilter. */
  readonly roots: readonly string[];
}

/** A call or `new` expression that reaches a tracked API. */
export interface TrackedCall {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /**
   * The normalised path: the module (without `node:`, `'fs/promises'` kept whole) or the
   * global name, then members, without `default`: `['fs', 'readFileSync']`,
   * `['axios', 'get']`, `['fetch']`. For an instance call, the factory's path followed by
   * the member path on the instance: `['axios', 'create', 'get']`.
   */
  readonly path: readonly string[];
  /** The `id` of the `ApiSpec` that matched. */
  readonly api: string;
  /** For an instance call, the factory call or `new` that made the instance. */
  readonly factory?: TSESTree.CallExpression | TSESTree.NewExpression;
}

const NODE_BUILTINS: ReadonlySet<string> = new Set(builtinModules.filter((name) => !name.startsWith('_')));
const NODE_PREFIX = 'node:';

/** Strips `node:` from a module specifier so `node:fs` and `fs` are one module. */
export function normalizeModuleName(specifier: string): string {
  return specifier.startsWith(NODE_PREFIX) ? specifier.slice(NODE_PREFIX.length) : specifier;
}

// ---------------------------------------------------------------------------
// Compiling specs into trace maps

interface MarkerInfo {
  /** Ids of specs that match a call at this point. */
  readonly apis: string[];
  /** Instance specs whose factory is the call at this point. */
  readonly instances: ApiSpec[];
}

type TraceNode = Record<string | symbol, unknown>;
/** The tracker's trace-map type; its namespace types are not exported by utils. */
type TraceMap = Parameters<InstanceType<typeof ASTUtils.ReferenceTracker>['iterateGlobalReferences']>[0];
interface FoundReference {
  readonly info: MarkerInfo;
  readonly node: TSESTree.Node;
  readonly path: readonly string[];
}

interface CompiledGroup {
  readonly globalMap: TraceNode;
  readonly moduleMap: TraceNode;
  readonly hasGlobals: boolean;
  readonly hasModules: boolean;
  /** Global names the tracker starts from: the group's globals, the global objects, `require`. */
  readonly rootNames: ReadonlySet<string>;
  /** Instance specs whose class can be injected by type. */
  readonly injected: readonly ApiSpec[];
  /** The group's roots (`ApiGroup.roots`) as a set. */
  readonly rootSet: ReadonlySet<string>;
  /** How many groups were defined before this one. */
  readonly id: number;
}

/** Names through which any global can be reached (`globalThis.fetch`, `window.fetch`). */
const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'window', 'self', 'global']);

const compiledGroups = new WeakMap<ApiGroup, CompiledGroup>();

/** The global names any group starts from (`rootNames` of every group defined). */
const EVERY_ROOT_NAME = new Set<string>();

/** How many groups have been defined. */
let definedGroups = 0;

/**
 * The groups each root starts: a module or global name, and GLOBAL_OBJECT_MARK for every group
 * with a global (reachable as `globalThis.<name>`). A file's roots are looked up here once,
 * rather than each group's roots in the file's for every group a rule asks about.
 */
const groupsByRoot = new Map<string, CompiledGroup[]>();

function childOf(parent: TraceNode, key: string): TraceNode {
  const existing = parent[key];
  if (existing !== undefined) {
    return existing as TraceNode;
  }
  const created: TraceNode = {};
  parent[key] = created;
  return created;
}

function markerOf(node: TraceNode, marker: symbol): MarkerInfo {
  const existing = node[marker];
  if (existing !== undefined) {
    return existing as MarkerInfo;
  }
  const created: MarkerInfo = { apis: [], instances: [] };
  node[marker] = created;
  return created;
}

function markersFor(kind: CallKind): symbol[] {
  const { CALL, CONSTRUCT } = ASTUtils.ReferenceTracker;
  if (kind === 'call') {
    return [CALL];
  }
  return kind === 'construct' ? [CONSTRUCT] : [CALL, CONSTRUCT];
}

/** The trace-map node for a spec's root plus member path, created as needed. */
function traceNodeAt(compiled: { globalMap: TraceNode; moduleMap: TraceNode }, module: string | undefined, path: readonly string[]): TraceNode {
  let node = module === undefined ? compiled.globalMap : childOf(compiled.moduleMap, module);
  for (const key of path) {
    node = childOf(node, key);
  }
  return node;
}

function validateSpec(spec: ApiSpec): void {
  if (spec.module === undefined) {
    const rootPath = spec.instanceOf ? spec.instanceOf.path : spec.path;
    if (rootPath.length === 0) {
      throw new Error(`ApiSpec '${spec.id}' tracks a global but names none: path[0] must be the global's name.`);
    }
  } else if (spec.module.startsWith(NODE_PREFIX)) {
    throw new Error(`ApiSpec '${spec.id}' must name module '${spec.module}' without 'node:'; it is added automatically.`);
  }
}

/**
 * Compiles API specs once into trace maps. Call it at module load and keep the result
 * in a constant: groups are cached by identity.
 */
export function defineApiGroup(specs: readonly ApiSpec[]): ApiGroup {
  const seen = new Set<string>();
  const maps = { globalMap: {} as TraceNode, moduleMap: {} as TraceNode };
  const roots = new Set<string>();
  for (const spec of specs) {
    validateSpec(spec);
    if (seen.has(spec.id)) {
      throw new Error(`ApiSpec id '${spec.id}' is declared twice in one group.`);
    }
    seen.add(spec.id);
    const factoryPath = spec.instanceOf?.path ?? spec.path;
    roots.add(spec.module ?? (factoryPath[0] as string));
    if (spec.instanceOf) {
      const factoryNode = traceNodeAt(maps, spec.module, spec.instanceOf.path);
      for (const marker of markersFor(spec.instanceOf.kind)) {
        markerOf(factoryNode, marker).instances.push(spec);
      }
    } else {
      const node = traceNodeAt(maps, spec.module, spec.path);
      for (const marker of markersFor(spec.kind)) {
        markerOf(node, marker).apis.push(spec.id);
      }
    }
  }
  for (const module of Object.keys(maps.moduleMap)) {
    const subtree = maps.moduleMap[module] as TraceNode;
    // `require('axios').default.get(...)`: the CJS-interop default export is the module.
    subtree.default = subtree;
    if (NODE_BUILTINS.has(module)) {
      maps.moduleMap[NODE_PREFIX + module] = subtree;
    }
  }
  const group: ApiGroup = Object.freeze({
    specs: Object.freeze([...specs]),
    roots: Object.freeze([...roots]),
  });
  const hasGlobals = Object.keys(maps.globalMap).length > 0;
  const hasModules = Object.keys(maps.moduleMap).length > 0;
  const rootNames = new Set([...Object.keys(maps.globalMap), ...(hasGlobals ? GLOBAL_OBJECTS : []), ...(hasModules ? ['require'] : [])]);
  const injected = specs.filter((spec) => spec.instanceOf?.injected === true && spec.module !== undefined && spec.instanceOf.path.length === 1);
  const compiled: CompiledGroup = { ...maps, hasGlobals, hasModules, rootNames, injected, rootSet: roots, id: definedGroups };
  compiledGroups.set(group, compiled);
  definedGroups += 1;
  for (const name of rootNames) EVERY_ROOT_NAME.add(name);
  for (const root of hasGlobals ? [...roots, GLOBAL_OBJECT_MARK] : roots) {
    const started = groupsByRoot.get(root);
    if (started === undefined) groupsByRoot.set(root, [compiled]);
    else started.push(compiled);
  }
  return group;
}

// ---------------------------------------------------------------------------
// Finding calls

type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * What the call finders keep per file, in one entry per file: a weak map's entries cost the
 * garbage collector more than the fields of one object.
 */
interface FileIndex {
  readonly calls: Map<ApiGroup, readonly TrackedCall[]>;
  roots?: ReadonlySet<string>;
  /** The groups the file mentions a root of, among the first `known` groups defined. */
  mentioned?: { readonly groups: ReadonlySet<CompiledGroup>; readonly known: number };
  requireCalls?: readonly TSESTree.CallExpression[];
  trackerScope?: TSESLint.Scope.Scope;
  /** How many global names the groups started from when `trackerScope` was made. */
  trackerRootNames?: number;
}

const fileIndexes = new WeakMap<TSESTree.Program, FileIndex>();

function fileIndexOf(program: TSESTree.Program): FileIndex {
  let index = fileIndexes.get(program);
  if (index === undefined) {
    index = { calls: new Map(), roots: undefined, mentioned: undefined, requireCalls: undefined, trackerScope: undefined, trackerRootNames: undefined };
    fileIndexes.set(program, index);
  }
  return index;
}

/**
 * Every call in the file that reaches an API of the group, through imports, requires,
 * destructuring, aliases, globals (as declared in `languageOptions.globals`), and
 * instances made by a tracked factory. Shadowed names are not followed. Computed once per
 * file and group, in source order.
 *
 * Shared analysis takes the `SourceCode`, never the rule context. ESLint gives each rule a
 * context whose prototype is the file's context (which holds the file's syntax tree), so
 * each file's contexts have a hidden class of their own. A function that reads the context
 * in a hot loop gets optimized code that embeds that hidden class, and V8 keeps hidden
 * classes used by optimized code alive for the next two major collections: the previous
 * file's whole tree stays in the heap while the next file is linted (measured: 650 MB kept
 * after a 50,000-line file). `SourceCode` objects all share one hidden class.
 */
export function iterateTrackedCalls(sourceCode: Readonly<TSESLint.SourceCode>, group: ApiGroup): Iterable<TrackedCall> {
  const perGroup = fileIndexOf(sourceCode.ast).calls;
  let calls = perGroup.get(group);
  if (!calls) {
    calls = findTrackedCalls(sourceCode, group);
    perGroup.set(group, calls);
  }
  return calls;
}

const GLOBAL_OBJECT_MARK = '\u0000global-object';

function moduleOfRequire(identifier: TSESTree.Node): string | undefined {
  const call = identifier.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) return undefined;
  const [first] = call.arguments;
  if (first?.type === AST_NODE_TYPES.Literal && typeof first.value === 'string') return first.value;
  if (first?.type === AST_NODE_TYPES.TemplateLiteral && first.expressions.length === 0) return first.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/**
 * The calls of the global `require` in the file (`require('./keys.json')`), in source order,
 * read from the global scope's references once per file: cheaper than a `CallExpression`
 * listener that looks at every call. A `require` the file declares itself is not one.
 */
export function getGlobalRequireCalls(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESTree.CallExpression[] {
  const program = sourceCode.ast;
  const index = fileIndexOf(program);
  if (index.requireCalls !== undefined) return index.requireCalls;
  const calls: TSESTree.CallExpression[] = [];
  const addCall = (reference: TSESLint.Scope.Reference): void => {
    const call = reference.identifier.parent;
    if (call.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier) calls.push(call);
  };
  const globalScope = sourceCode.getScope(program);
  for (const reference of globalScope.through) {
    if (reference.identifier.name === 'require') addCall(reference);
  }
  const declared = globalScope.set.get('require');
  if (declared !== undefined && declared.defs.length === 0) declared.references.forEach(addCall);
  calls.sort((a, b) => a.range[0] - b.range[0]);
  index.requireCalls = calls;
  return calls;
}

/**
 * What a file can reach a tracked API through, read once per file from the scope manager
 * and the module declarations: the globals it uses without declaring, and the modules it
 * imports or requires. Reading these is cheap and exact, where scanning the text is neither.
 */
function getMentionedRoots(sourceCode: Readonly<TSESLint.SourceCode>): ReadonlySet<string> {
  const program = sourceCode.ast;
  const index = fileIndexOf(program);
  if (index.roots !== undefined) return index.roots;
  const roots = new Set<string>();
  const addModule = (specifier: string): void => {
    roots.add(specifier);
    roots.add(normalizeModuleName(specifier));
  };
  const addReference = (reference: TSESLint.Scope.Reference): void => {
    const name = reference.identifier.name;
    roots.add(GLOBAL_OBJECTS.has(name) ? GLOBAL_OBJECT_MARK : name);
    if (name === 'require') {
      const module = moduleOfRequire(reference.identifier);
      if (module !== undefined) addModule(module);
    }
  };
  const globalScope = sourceCode.getScope(program);
  // Globals the config declares are variables of the global scope; undeclared ones pass through it.
  for (const reference of globalScope.through) addReference(reference);
  for (const variable of globalScope.variables) {
    if (variable.defs.length === 0 && variable.references.length > 0) {
      // One reference names the root; a `require` needs each, for the modules it loads.
      if (variable.name === 'require') variable.references.forEach(addReference);
      else addReference(variable.references[0] as TSESLint.Scope.Reference);
    }
  }
  for (const statement of program.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration) &&
      statement.source
    ) {
      addModule(statement.source.value);
    } else if (
      statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration &&
      statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference
    ) {
      addModule(statement.moduleReference.expression.value);
    }
  }
  index.roots = roots;
  return roots;
}

/**
 * Does the file mention a root of the group: a module it imports or requires, a global it uses
 * (or a global object, for a group with globals)? The file's roots are read once, and the
 * groups they start found once, for all the groups defined by then.
 */
function mentionsAnyRoot(sourceCode: Readonly<TSESLint.SourceCode>, compiled: CompiledGroup): boolean {
  const index = fileIndexOf(sourceCode.ast);
  let mentioned = index.mentioned;
  if (mentioned === undefined || compiled.id >= mentioned.known) {
    const groups = new Set<CompiledGroup>();
    for (const root of getMentionedRoots(sourceCode)) {
      const started = groupsByRoot.get(root);
      if (started !== undefined) for (const group of started) groups.add(group);
    }
    mentioned = { groups, known: definedGroups };
    index.mentioned = mentioned;
  }
  return mentioned.groups.has(compiled);
}

/**
 * Can the file reach an API of the group at all: does it mention one of the group's roots
 * (a module it imports or requires, a global it uses)? When not, iterateTrackedCalls finds
 * nothing; asking first spares a caller's own gate on the text (a search of a large file).
 */
export function mentionsTrackedApi(sourceCode: Readonly<TSESLint.SourceCode>, group: ApiGroup): boolean {
  const compiled = compiledGroups.get(group);
  return compiled !== undefined && mentionsAnyRoot(sourceCode, compiled);
}

function findTrackedCalls(sourceCode: Readonly<TSESLint.SourceCode>, group: ApiGroup): readonly TrackedCall[] {
  const compiled = compiledGroups.get(group);
  if (!compiled || !mentionsAnyRoot(sourceCode, compiled)) {
    return [];
  }
  const globalScope = trackerScopeOf(sourceCode);
  const tracker = new ASTUtils.ReferenceTracker(globalScope, { mode: 'legacy', globalObjectNames: [...GLOBAL_OBJECTS] });
  const found: FoundReference[] = [];
  if (compiled.hasGlobals) {
    found.push(...tracker.iterateGlobalReferences<MarkerInfo>(compiled.globalMap as TraceMap));
  }
  if (compiled.hasModules) {
    const moduleMap = compiled.moduleMap as TraceMap;
    found.push(...tracker.iterateCjsReferences<MarkerInfo>(moduleMap), ...tracker.iterateEsmReferences<MarkerInfo>(moduleMap));
  }

  const calls: TrackedCall[] = [];
  const seen = new Set<string>();
  const add = (call: TrackedCall): void => {
    const key = `${call.node.range[0]}:${call.node.range[1]}:${call.api}`;
    if (!seen.has(key)) {
      seen.add(key);
      calls.push(call);
    }
  };
  for (const reference of found) {
    const node = reference.node;
    if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) {
      continue;
    }
    const path = normalizeTrackedPath(reference.path);
    for (const api of reference.info.apis) {
      add({ node, path, api });
    }
    for (const spec of reference.info.instances) {
      for (const use of findInstanceUses([node], globalScope, spec)) {
        add({ node: use, path: [...path, ...spec.path], api: spec.id, factory: node });
      }
    }
  }
  for (const spec of compiled.injected) {
    const starts = injectedInstances(sourceCode, spec.module as string, spec.instanceOf?.path[0] as string);
    if (starts.length === 0) continue;
    const path = [spec.module as string, ...(spec.instanceOf?.path ?? [])];
    for (const use of findInstanceUses(starts, globalScope, spec)) {
      add({ node: use, path: [...path, ...spec.path], api: spec.id });
    }
  }
  return calls.sort((a, b) => a.node.range[0] - b.node.range[0] || a.node.range[1] - b.node.range[1]);
}

/** `inject(HttpClient)`: Angular's injection function, whatever it is imported as. */
function isInjectCall(node: TSESTree.Node, argument: TSESTree.Node): node is TSESTree.CallExpression {
  return (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.arguments[0] === argument &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'inject'
  );
}

/**
 * The nodes that hold an instance of `className` from `module` that the file is handed by
 * type: `this.http` for a constructor parameter property or a class field typed with the
 * class, a parameter or variable typed with it, and `inject(Class)` calls.
 */
function injectedInstances(sourceCode: Readonly<TSESLint.SourceCode>, module: string, className: string): TSESTree.Node[] {
  const starts: TSESTree.Node[] = [];
  const globalScope = sourceCode.getScope(sourceCode.ast);
  for (const statement of sourceCode.ast.body) {
    if (statement.type !== AST_NODE_TYPES.ImportDeclaration || normalizeModuleName(statement.source.value) !== module) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (imported !== className) continue;
      for (const variable of sourceCode.getDeclaredVariables(specifier)) {
        for (const reference of variable.references) starts.push(...typedHolders(reference.identifier, globalScope));
      }
    }
  }
  return starts;
}

/** What a reference to an injected class gives an instance to: see `injectedInstances`. */
function typedHolders(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier, scope: TSESLint.Scope.Scope): TSESTree.Node[] {
  const parent = identifier.parent;
  if (isInjectCall(parent, identifier)) return [parent];
  if (parent.type !== AST_NODE_TYPES.TSTypeReference || parent.typeName !== identifier) return [];
  const annotation = parent.parent;
  if (annotation.type !== AST_NODE_TYPES.TSTypeAnnotation) return [];
  const owner = annotation.parent;
  if (owner.type === AST_NODE_TYPES.PropertyDefinition && !owner.static) {
    return classReads(owner.parent.parent, propertyName(owner.key, owner.computed)) ?? [];
  }
  if (owner.type !== AST_NODE_TYPES.Identifier) return [];
  if (owner.parent.type === AST_NODE_TYPES.TSParameterProperty) {
    const constructor = owner.parent.parent;
    const method = constructor.parent;
    return method.type === AST_NODE_TYPES.MethodDefinition ? (classReads(method.parent.parent, owner.name) ?? []) : [];
  }
  const variable = ASTUtils.findVariable(getScopeAt(scope, owner), owner.name);
  return variable?.defs.some((definition) => definition.name === owner) === true ? readsOf(variable) : [];
}

/**
 * The global scope the tracker reads, with the undeclared globals of every group: made once
 * per file for all groups (a group's tracker only looks up the names its own trace map holds).
 */
function trackerScopeOf(sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Scope {
  const index = fileIndexOf(sourceCode.ast);
  // A group defined since (with a global of its own) needs the view made again.
  if (index.trackerScope === undefined || index.trackerRootNames !== EVERY_ROOT_NAME.size) {
    index.trackerScope = withUndeclaredGlobals(sourceCode.getScope(sourceCode.ast), EVERY_ROOT_NAME);
    index.trackerRootNames = EVERY_ROOT_NAME.size;
  }
  return index.trackerScope;
}

/**
 * The global scope as the tracker should read it: a global the file uses without any
 * declaration (`fetch(url)` with no `languageOptions.globals`) is the global, as ESLint's
 * `no-restricted-globals` reads the global scope's unresolved references. ReferenceTracker
 * only follows variables of the global scope, so each such name gets a variable made of its
 * unresolved references, in a view of the scope (the scope itself is left as it is). A local
 * binding of the name resolves its references before they reach the global scope, so it
 * still shadows the global; a write to the global (`fetch = wrap(fetch)`) stops tracking, as
 * it does for a declared global. The view holds what the tracker reads of the global scope:
 * its variables, its node, and the child scopes it searches for the scope of a node.
 */
function withUndeclaredGlobals(globalScope: TSESLint.Scope.Scope, names: ReadonlySet<string>): TSESLint.Scope.Scope {
  let undeclared: Map<string, TSESLint.Scope.Reference[]> | undefined;
  for (const reference of globalScope.through) {
    const name = reference.identifier.name;
    if (!names.has(name) || globalScope.set.has(name)) continue;
    undeclared ??= new Map();
    const references = undeclared.get(name);
    if (references === undefined) undeclared.set(name, [reference]);
    else references.push(reference);
  }
  if (undeclared === undefined) return globalScope;
  const added = new Map<string, unknown>();
  for (const [name, references] of undeclared) {
    // What the tracker reads of a global variable: its references, and no definition.
    added.set(name, { name, references, defs: [], identifiers: [], scope: globalScope });
  }
  // A plain object of one shape for every file, not `Object.create(globalScope)`: an object
  // whose prototype is the file's scope gets a hidden class of its own, which optimized code
  // keeps alive, and the file's syntax tree with it (see iterateTrackedCalls).
  const view: Pick<TSESLint.Scope.Scope, 'block' | 'childScopes' | 'upper'> & { set: GlobalVariables } = {
    set: new GlobalVariables(globalScope.set, added),
    block: globalScope.block,
    childScopes: globalScope.childScopes,
    upper: null,
  };
  return view as unknown as TSESLint.Scope.Scope;
}

/**
 * The variables of the tracker's view of the global scope: the scope's own and the undeclared
 * globals made for it, read through by name without copying the scope's map (73 or more
 * entries, ESLint's built-in globals, for every file). The tracker and `findVariable` only
 * look variables up by name.
 */
class GlobalVariables {
  constructor(
    private readonly declared: ReadonlyMap<string, unknown>,
    private readonly added: ReadonlyMap<string, unknown>,
  ) {}

  get(name: string): unknown {
    return this.added.get(name) ?? this.declared.get(name);
  }
}

function normalizeTrackedPath(path: readonly string[]): readonly string[] {
  const root = path[0];
  if (root === undefined) {
    return [];
  }
  const module = normalizeModuleName(root);
  // The common path (`fetch`, `axios.get`) is kept as the tracker gave it, without copies.
  if (module === root && !path.includes('default', 1)) return path;
  return [module, ...path.slice(1).filter((key) => key !== 'default')];
}

// ---------------------------------------------------------------------------
// Instances made by factories

/** Wrappers that pass a value through unchanged: TS casts, `!`, optional chains, `await`. */
function isTransparentParent(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) {
    return false;
  }
  switch (parent.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.ChainExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return true;
    default:
      return false;
  }
}

function outermostValueNode(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (isTransparentParent(current) && current.parent) {
    current = current.parent;
  }
  return current;
}

function callMatchesKind(node: TSESTree.Node, kind: CallKind): node is CallNode {
  if (node.type === AST_NODE_TYPES.CallExpression) {
    return kind !== 'construct';
  }
  if (node.type === AST_NODE_TYPES.NewExpression) {
    return kind !== 'call';
  }
  return false;
}

/**
 * The single variable that holds the instance: `const x = <expr>`, `let x = <expr>` or
 * `x = <expr>` with no other write to `x`.
 */
function singleAssignedVariable(target: TSESTree.Node | null | undefined, scope: TSESLint.Scope.Scope): TSESLint.Scope.Variable | undefined {
  if (target?.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const variable = ASTUtils.findVariable(scope, target);
  if (!variable) {
    return undefined;
  }
  const writes = variable.references.filter((reference) => reference.isWrite());
  return writes.length <= 1 ? variable : undefined;
}

function readsOf(variable: TSESLint.Scope.Variable): TSESTree.Node[] {
  return variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier);
}

/** Reads of `name` on a `const` object: `api.http` for `const api = { http: <value> }`. */
function memberReads(variable: TSESLint.Scope.Variable, name: string): TSESTree.Node[] {
  const reads: TSESTree.Node[] = [];
  for (const identifier of readsOf(variable)) {
    const member = identifier.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === identifier && getStaticMemberName(member) === name) reads.push(member);
  }
  return reads;
}

function classReads(owner: TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined, name: string | undefined): TSESTree.Node[] | undefined {
  return owner && name !== undefined ? [...classMemberReads(owner, name)] : undefined;
}

function propertyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${key.name}`;
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
}

/** The function a `return <value>` belongs to, and the nodes that call it: `const client = makeClient()`. */
function callsOfReturningFunction(returned: TSESTree.ReturnStatement | TSESTree.ArrowFunctionExpression, scope: TSESLint.Scope.Scope): TSESTree.Node[] | undefined {
  let fn: TSESTree.Node | undefined = returned.type === AST_NODE_TYPES.ArrowFunctionExpression ? returned : returned.parent;
  while (fn && fn.type !== AST_NODE_TYPES.FunctionDeclaration && fn.type !== AST_NODE_TYPES.FunctionExpression && fn.type !== AST_NODE_TYPES.ArrowFunctionExpression) {
    fn = fn.parent;
  }
  if (!fn) return undefined;
  let name: TSESTree.Node | null | undefined;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) name = fn.id;
  else if (fn.parent.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn) name = fn.parent.id;
  const variable = singleAssignedVariable(name, scope);
  if (!variable) return undefined;
  const calls: TSESTree.Node[] = [];
  for (const identifier of readsOf(variable)) {
    const call = identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier) calls.push(call);
  }
  return calls;
}

/**
 * Where an instance is read again after `value` holds it: the variable it is assigned to,
 * `this.x` in the class that sets it (a field, `this.x = ...` in a method, a constructor
 * parameter property), `api.http` for a `const api = { http: ... }`, and the calls of a
 * local function that returns it. Undefined when it goes nowhere the file can follow.
 */
function holdersOf(value: TSESTree.Node, scope: TSESLint.Scope.Scope): TSESTree.Node[] | undefined {
  const parent = value.parent;
  if (!parent) return undefined;
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value) {
    const variable = singleAssignedVariable(parent.id, scope);
    return variable ? readsOf(variable) : undefined;
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === '=' && parent.right === value) {
    const target = parent.left;
    if (target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
      return classReads(enclosingClassOfThis(target), propertyName(target.property, target.computed));
    }
    const variable = singleAssignedVariable(target, scope);
    return variable ? readsOf(variable) : undefined;
  }
  if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === value && !parent.static) {
    return classReads(parent.parent.parent, propertyName(parent.key, parent.computed));
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === value && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    const name = propertyName(parent.key, parent.computed);
    const object = parent.parent;
    const holder = object.parent;
    if (name === undefined || holder.type !== AST_NODE_TYPES.VariableDeclarator || holder.init !== object) return undefined;
    const variable = singleAssignedVariable(holder.id, scope);
    return variable ? memberReads(variable, name) : undefined;
  }
  if (parent.type === AST_NODE_TYPES.ReturnStatement || (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === value)) {
    return callsOfReturningFunction(parent, scope);
  }
  return undefined;
}

/** Calls `x.method(...)` / `x(...)` on the instance the start nodes hold, per the spec. */
function findInstanceUses(starts: readonly TSESTree.Node[], scope: TSESLint.Scope.Scope, spec: ApiSpec): CallNode[] {
  const uses: CallNode[] = [];
  const visited = new Set<TSESTree.Node>();
  const pending: TSESTree.Node[] = [...starts];
  // Each value node is looked at once; the walk is bounded by the file's size.
  while (pending.length > 0) {
    const valueNode = outermostValueNode(pending.pop() as TSESTree.Node);
    if (visited.has(valueNode)) {
      continue;
    }
    visited.add(valueNode);
    const call = instanceCallAt(valueNode, spec);
    if (call) {
      uses.push(call);
      continue;
    }
    pending.push(...(holdersOf(valueNode, scope) ?? []));
  }
  return uses;
}

/** When `valueNode` (an instance) is the start of `instance.<spec.path>(...)`, that call. */
function instanceCallAt(valueNode: TSESTree.Node, spec: ApiSpec): CallNode | undefined {
  let current = valueNode;
  for (const key of spec.path) {
    const parent = current.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current || getStaticMemberName(parent) !== key) {
      return undefined;
    }
    current = outermostValueNode(parent);
  }
  const parent = current.parent;
  if (parent && callMatchesKind(parent, spec.kind) && parent.callee === current) {
    return parent;
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Names for messages, and per-node module resolution


const MAX_NAME_SEGMENTS = 8;

/**
 * A readable name of what a call or `new` invokes, for messages: `axios.get`,
 * `fs.readFileSync`, `fetch`, `api.get`, `axios.create().get`. Unknown pieces render as
 * `…`; long chains are shortened from the left.
 */
export function getCalleeName(node: TSESTree.Node): string {
  let current = unwrapExpression(
    node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression ? node.callee : node,
  );
  const segments: string[] = [];
  for (;;) {
    if (segments.length >= MAX_NAME_SEGMENTS) {
      segments.unshift('…');
      break;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getStaticMemberName(current);
      segments.unshift(name === undefined ? '[…]' : current.computed ? `[${JSON.stringify(name)}]` : `.${name}`);
      current = unwrapExpression(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      segments.unshift('()');
      current = unwrapExpression(current.callee);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      segments.unshift(current.name);
      break;
    } else if (current.type === AST_NODE_TYPES.ThisExpression) {
      segments.unshift('this');
      break;
    } else if (current.type === AST_NODE_TYPES.Super) {
      segments.unshift('super');
      break;
    } else {
      segments.unshift('…');
      break;
    }
  }
  return segments.join('').replace(/^\./u, '');
}

function requiredModuleName(node: TSESTree.Node | null | undefined, scope: TSESLint.Scope.Scope): string | undefined {
  if (!node) {
    return undefined;
  }
  const call = unwrapExpression(node);
  if (
    call.type !== AST_NODE_TYPES.CallExpression ||
    call.callee.type !== AST_NODE_TYPES.Identifier ||
    call.callee.name !== 'require' ||
    !isGlobalReference(call.callee, scope)
  ) {
    return undefined;
  }
  const argument = call.arguments[0];
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === 'string' ? argument.value : undefined;
}

/** True when `identifier` names a global (declared in config or lib, or undeclared), not a local. */
export function isGlobalReference(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): boolean {
  return isGlobalVariable(ASTUtils.findVariable(scope, identifier));
}

/** isGlobalReference for a variable already looked up (null: undeclared). */
export function isGlobalVariable(variable: TSESLint.Scope.Variable | null): boolean {
  return !variable || (variable.scope.type === GLOBAL_SCOPE && variable.defs.length === 0);
}

function moduleOfVariable(variable: TSESLint.Scope.Variable, scope: TSESLint.Scope.Scope): readonly string[] | undefined {
  const [definition] = variable.defs;
  if (!definition || variable.defs.length !== 1) {
    return undefined;
  }
  if (definition.type === IMPORT_DEFINITION) {
    const declaration = definition.parent;
    if (declaration.type !== AST_NODE_TYPES.ImportDeclaration) {
      return undefined;
    }
    const module = normalizeModuleName(declaration.source.value);
    const specifier = definition.node;
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      return imported === 'default' ? [module] : [module, imported];
    }
    return specifier.type === AST_NODE_TYPES.TSImportEqualsDeclaration ? undefined : [module];
  }
  if (definition.type !== VARIABLE_DEFINITION) {
    return undefined;
  }
  if (variable.references.filter((reference) => reference.isWrite()).length > 1) {
    return undefined;
  }
  const declarator = definition.node;
  const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
  let base: string[] | undefined;
  const direct = requiredModuleName(init, scope);
  if (direct !== undefined) {
    base = [normalizeModuleName(direct)];
  } else if (init?.type === AST_NODE_TYPES.MemberExpression) {
    // const promises = require('fs').promises
    const module = requiredModuleName(init.object, scope);
    const member = getStaticMemberName(init);
    base = module !== undefined && member !== undefined ? [normalizeModuleName(module), member] : undefined;
  }
  if (!base) {
    return undefined;
  }
  if (declarator.id === definition.name) {
    return base;
  }
  // const { join: pathJoin } = require('path')
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    for (const property of declarator.id.properties) {
      if (property.type !== AST_NODE_TYPES.Property) {
        continue;
      }
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (value !== definition.name) {
        continue;
      }
      const key = property.computed ? undefined : property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
      const literalKey = property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
      const name = key ?? literalKey;
      return name === undefined ? undefined : [...base, name];
    }
  }
  return undefined;
}

/**
 * Which module member an expression names, from its own bindings (no tracker pass):
 * `path.join` after `import path from 'node:path'` gives `['path', 'join']`;
 * `join` after `const { join } = require('path')` gives the same; `path.posix.join`
 * gives `['path', 'posix', 'join']`. `default` is dropped, `node:` stripped. Undefined
 * when the root is not an import or a `require(...)`.
 */
export function getModuleMemberPath(node: TSESTree.Node, scope: TSESLint.Scope.Scope): readonly string[] | undefined {
  const members: string[] = [];
  let current = unwrapExpression(node);
  for (let steps = 0; steps < MAX_NAME_SEGMENTS; steps += 1) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getStaticMemberName(current);
      if (name === undefined) {
        return undefined;
      }
      if (name !== 'default') {
        members.unshift(name);
      }
      current = unwrapExpression(current.object);
      continue;
    }
    if (current.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(scope, current);
      const base = variable ? moduleOfVariable(variable, scope) : undefined;
      return base ? [...base, ...members] : undefined;
    }
    const module = requiredModuleName(current, scope);
    return module === undefined ? undefined : [normalizeModuleName(module), ...members];
  }
  return undefined;
}
