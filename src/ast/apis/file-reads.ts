import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ApiGroup, ApiSpec, TrackedCall } from '../calls.js';
import { defineApiGroup, getModuleMemberPath } from '../calls.js';

/**
 * The APIs that read a file, as data: one entry per API, each saying where the call
 * names the file. Module specifiers (`require`, `import`, `import()`) are not calls a
 * tracker follows; the rules handle them from the AST directly.
 */

/** Where a read call names its file. */
export type FilePathSource =
  /** The call's argument at this index (`readFileSync(path)`). */
  | { readonly argument: number }
  /** A property of the options object at this argument index (`dotenv.config({ path })`). */
  | { readonly argument: number; readonly property: string };

export interface FileReadSpec extends ApiSpec {
  /**
   * Where the file is named. For an instance method (`Bun.file(path).text()`), on the
   * factory call that made the instance.
   */
  readonly file: FilePathSource;
  /**
   * Set for a function made from another (`util.promisify(fs.readFile)`): the call reads a
   * file only when the factory's first argument is a read API of this table, and the file
   * is named by the call itself (`read('token.txt')`), not by the factory.
   */
  readonly wraps?: true;
}

const FIRST_ARGUMENT: FilePathSource = Object.freeze({ argument: 0 });

function reads(id: string, module: string | undefined, path: readonly string[]): FileReadSpec {
  return Object.freeze({ id, ...(module === undefined ? {} : { module }), path: Object.freeze([...path]), kind: 'call', file: FIRST_ARGUMENT });
}

function readsAll(prefix: string, module: string, base: readonly string[], methods: readonly string[]): FileReadSpec[] {
  return methods.map((method) => reads(`${prefix}.${method}`, module, [...base, method]));
}

/** Node's fs calls that read (or open to read) a file by name. */
const FS_METHODS = ['readFileSync', 'readFile', 'createReadStream', 'openSync', 'open'] as const;
const FS_PROMISES_METHODS = ['readFile', 'open'] as const;
/** fs-extra re-exports fs and adds JSON readers. */
const FS_EXTRA_METHODS = ['readJson', 'readJsonSync', 'readJSON', 'readJSONSync', 'readFile', 'readFileSync', 'createReadStream'] as const;
const JSONFILE_METHODS = ['readFile', 'readFileSync'] as const;
/** The `BunFile` methods that read its content. */
const BUN_FILE_READERS = ['text', 'json', 'arrayBuffer', 'bytes', 'stream', 'formData'] as const;
const DENO_METHODS = ['readTextFile', 'readTextFileSync', 'readFile', 'readFileSync', 'open', 'openSync'] as const;
/** dotenv and its fork dotenvx: `config({ path })` loads a file into `process.env`. */
const DOTENV_MODULES = ['dotenv', '@dotenvx/dotenvx'] as const;

export const FILE_READ_SPECS: readonly FileReadSpec[] = Object.freeze([
  ...readsAll('fs', 'fs', [], FS_METHODS),
  ...readsAll('fs.promises', 'fs', ['promises'], FS_PROMISES_METHODS),
  ...readsAll('fs/promises', 'fs/promises', [], FS_PROMISES_METHODS),
  ...readsAll('graceful-fs', 'graceful-fs', [], FS_METHODS),
  ...readsAll('fs-extra', 'fs-extra', [], FS_EXTRA_METHODS),
  ...readsAll('fs-extra.promises', 'fs-extra', ['promises'], FS_PROMISES_METHODS),
  ...readsAll('jsonfile', 'jsonfile', [], JSONFILE_METHODS),
  ...BUN_FILE_READERS.map(
    (method): FileReadSpec =>
      Object.freeze({
        id: `Bun.file().${method}`,
        path: Object.freeze([method]),
        kind: 'call',
        instanceOf: Object.freeze({ path: Object.freeze(['Bun', 'file']), kind: 'call' }),
        file: FIRST_ARGUMENT,
      }),
  ),
  ...DENO_METHODS.map((method) => reads(`Deno.${method}`, undefined, ['Deno', method])),
  // `const read = util.promisify(fs.readFile); await read(path)`.
  Object.freeze({
    id: 'util.promisify()',
    module: 'util',
    path: Object.freeze([]),
    kind: 'call',
    instanceOf: Object.freeze({ path: Object.freeze(['promisify']), kind: 'call' }),
    file: FIRST_ARGUMENT,
    wraps: true,
  }),
  ...DOTENV_MODULES.map(
    (module): FileReadSpec =>
      Object.freeze({ id: `${module}.config`, module, path: Object.freeze(['config']), kind: 'call', file: Object.freeze({ argument: 0, property: 'path' }) }),
  ),
]);

/** Every file-read API, compiled once for call tracking. */
export const FILE_READ_APIS: ApiGroup = defineApiGroup(FILE_READ_SPECS);

const specsById: ReadonlyMap<string, FileReadSpec> = new Map(FILE_READ_SPECS.map((spec) => [spec.id, spec]));

/** The read spec a tracked call matched (by `TrackedCall.api`). */
export function getFileReadSpec(api: string): FileReadSpec | undefined {
  return specsById.get(api);
}

/** Direct read functions by dotted module path (`fs.readFile`, `fs.promises.readFile`): what a wrapper may wrap. */
const directReads: ReadonlySet<string> = new Set(
  FILE_READ_SPECS.filter((spec) => spec.module !== undefined && spec.instanceOf === undefined && !('property' in spec.file)).map((spec) =>
    [spec.module, ...spec.path].join('.'),
  ),
);

/** Does this expression name a read API as a value (`fs.readFile` in `util.promisify(fs.readFile)`)? */
export function isFileReadFunction(node: TSESTree.Node, scope: TSESLint.Scope.Scope): boolean {
  const path = getModuleMemberPath(node, scope);
  return path !== undefined && directReads.has(path.join('.'));
}

export interface FileRead {
  readonly spec: FileReadSpec;
  /** The argument that names the file, or holds the option that does; undefined when missing or spread. */
  readonly argument: TSESTree.Expression | undefined;
}

/**
 * The file read a tracked call makes: its spec and the argument that names the file (on the
 * call, or on the factory of an instance: `Bun.file(path).text()`). Undefined when the call
 * does not read a file after all (`util.promisify(exec)`).
 */
export function getFileRead(call: TrackedCall, sourceCode: Readonly<TSESLint.SourceCode>): FileRead | undefined {
  const spec = specsById.get(call.api);
  if (!spec) return undefined;
  if (spec.wraps) {
    const wrapped = call.factory?.arguments[0];
    if (!wrapped || wrapped.type === AST_NODE_TYPES.SpreadElement || !isFileReadFunction(wrapped, sourceCode.getScope(wrapped))) return undefined;
  }
  const owner = spec.wraps ? call.node : (call.factory ?? call.node);
  const argument = owner.arguments[spec.file.argument];
  return { spec, argument: argument?.type === AST_NODE_TYPES.SpreadElement ? undefined : argument };
}
