import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ApiGroup, ApiSpec } from '../calls.js';
import { defineApiGroup, getStaticMemberName } from '../calls.js';
import { getStaticName } from '../secret-place.js';
import { resolveObjectProperties } from '../static-string.js';
import { splitWords } from '../../secrets/names.js';

/**
 * Where a value leaves the program in plain text, as data: loggers (console, process
 * streams, winston, pino, bunyan, log4js, loglevel, debug, NestJS, consola, npmlog),
 * error values (`Promise.reject`, http-errors) and plain file writes (fs, fs-extra,
 * write streams, Bun, Deno). Each entry says which arguments carry the written text.
 */

/** What a sink does with the text: log it, put it in an error, or persist it in a file. */
export type SinkKind = 'log' | 'error' | 'file';

/** The arguments that reach the sink: from index `from` up to `to` (inclusive, open when absent). */
export interface SinkArguments {
  readonly from: number;
  readonly to?: number;
}

export interface SinkSpec extends ApiSpec {
  readonly sink: SinkKind;
  readonly args: SinkArguments;
  /**
   * For file writes: the argument that names the file (on the factory call for a stream's
   * `write`), so a write to an encrypted file (`.enc`, `.gpg`) is not reported.
   */
  readonly fileArgument?: number;
}

const ALL: SinkArguments = Object.freeze({ from: 0 });
const AFTER_FIRST: SinkArguments = Object.freeze({ from: 1 });
const FIRST_ONLY: SinkArguments = Object.freeze({ from: 0, to: 0 });
const SECOND_ONLY: SinkArguments = Object.freeze({ from: 1, to: 1 });

type Factory = NonNullable<ApiSpec['instanceOf']>;

function spec(id: string, sink: SinkKind, module: string | undefined, path: readonly string[], args: SinkArguments, extra: Partial<SinkSpec> = {}): SinkSpec {
  return Object.freeze({ id, sink, ...(module === undefined ? {} : { module }), path: Object.freeze([...path]), kind: 'call' as const, args, ...extra });
}

function methods(prefix: string, sink: SinkKind, module: string | undefined, base: readonly string[], names: readonly string[], args: SinkArguments = ALL): SinkSpec[] {
  return names.map((name) => spec(`${prefix}.${name}`, sink, module, [...base, name], args));
}

function instanceMethods(prefix: string, module: string, factory: Factory, names: readonly string[]): SinkSpec[] {
  return names.map((name) => spec(`${prefix}.${name}`, 'log', module, [name], ALL, { instanceOf: Object.freeze(factory) }));
}

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'dirxml', 'table', 'group', 'groupCollapsed'] as const;
const WINSTON_METHODS = ['log', 'error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly', 'child'] as const;
const PINO_METHODS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent', 'child'] as const;
const LOG4JS_METHODS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'mark', 'log'] as const;
const LOGLEVEL_METHODS = ['trace', 'debug', 'info', 'warn', 'error', 'log'] as const;
const NEST_METHODS = ['log', 'error', 'warn', 'debug', 'verbose', 'fatal'] as const;
const CONSOLA_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'fatal', 'success', 'start', 'box', 'ready', 'fail'] as const;
const NPMLOG_METHODS = ['silly', 'verbose', 'info', 'timing', 'http', 'notice', 'warn', 'error', 'log'] as const;

/** fs-style writers: the data is the second argument, the file the first. */
const FS_WRITERS = ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync'] as const;
const FS_PROMISE_WRITERS = ['writeFile', 'appendFile'] as const;
const FS_EXTRA_WRITERS = ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'outputFile', 'outputFileSync', 'writeJson', 'writeJsonSync', 'writeJSON', 'writeJSONSync', 'outputJson', 'outputJsonSync', 'outputJSON', 'outputJSONSync'] as const;
const STREAM_WRITERS = ['write', 'end'] as const;

function fileWriters(prefix: string, module: string | undefined, base: readonly string[], names: readonly string[]): SinkSpec[] {
  return names.map((name) => spec(`${prefix}.${name}`, 'file', module, [...base, name], SECOND_ONLY, { fileArgument: 0 }));
}

function streamWriters(prefix: string, module: string, factoryPath: readonly string[]): SinkSpec[] {
  return STREAM_WRITERS.map((name) =>
    spec(`${prefix}.${name}`, 'file', module, [name], FIRST_ONLY, { fileArgument: 0, instanceOf: Object.freeze({ path: Object.freeze([...factoryPath]), kind: 'call' as const }) }),
  );
}

const call = (path: readonly string[]): Factory => ({ path: Object.freeze([...path]), kind: 'call' });

export const LOG_SINK_SPECS: readonly SinkSpec[] = Object.freeze([
  // console and the process streams (globals)
  ...methods('console', 'log', undefined, ['console'], CONSOLE_METHODS),
  spec('console.assert', 'log', undefined, ['console', 'assert'], AFTER_FIRST),
  spec('console.timeLog', 'log', undefined, ['console', 'timeLog'], AFTER_FIRST),
  spec('process.stdout.write', 'log', undefined, ['process', 'stdout', 'write'], FIRST_ONLY),
  spec('process.stderr.write', 'log', undefined, ['process', 'stderr', 'write'], FIRST_ONLY),
  // winston: the default logger, and loggers from createLogger() / loggers.get()
  ...methods('winston', 'log', 'winston', [], WINSTON_METHODS),
  ...instanceMethods('winston.createLogger()', 'winston', call(['createLogger']), WINSTON_METHODS),
  ...instanceMethods('winston.loggers.get()', 'winston', call(['loggers', 'get']), WINSTON_METHODS),
  // pino: the module is the factory
  ...instanceMethods('pino()', 'pino', call([]), PINO_METHODS),
  ...instanceMethods('pino.pino()', 'pino', call(['pino']), PINO_METHODS),
  // bunyan, log4js, loglevel
  ...instanceMethods('bunyan.createLogger()', 'bunyan', call(['createLogger']), PINO_METHODS),
  ...instanceMethods('log4js.getLogger()', 'log4js', call(['getLogger']), LOG4JS_METHODS),
  ...methods('loglevel', 'log', 'loglevel', [], LOGLEVEL_METHODS),
  ...instanceMethods('loglevel.getLogger()', 'loglevel', call(['getLogger']), LOGLEVEL_METHODS),
  // debug: require('debug')('app') is a function that logs its arguments
  spec('debug()', 'log', 'debug', [], ALL, { instanceOf: Object.freeze(call([])) }),
  spec('util.debuglog()', 'log', 'util', [], ALL, { instanceOf: Object.freeze(call(['debuglog'])) }),
  // NestJS: new Logger(context) and the static Logger methods
  ...methods('Logger', 'log', '@nestjs/common', ['Logger'], NEST_METHODS),
  ...NEST_METHODS.map((name) =>
    spec(`new Logger().${name}`, 'log', '@nestjs/common', [name], ALL, { instanceOf: Object.freeze({ path: Object.freeze(['Logger']), kind: 'construct' as const }) }),
  ),
  // consola, npmlog
  ...methods('consola', 'log', 'consola', [], CONSOLA_METHODS),
  ...methods('consola.consola', 'log', 'consola', ['consola'], CONSOLA_METHODS),
  ...methods('npmlog', 'log', 'npmlog', [], NPMLOG_METHODS),
  // error values
  spec('Promise.reject', 'error', undefined, ['Promise', 'reject'], FIRST_ONLY),
  spec('http-errors', 'error', 'http-errors', [], ALL),
  // plain file writes
  ...fileWriters('fs', 'fs', [], FS_WRITERS),
  ...fileWriters('fs.promises', 'fs', ['promises'], FS_PROMISE_WRITERS),
  ...fileWriters('fs/promises', 'fs/promises', [], FS_PROMISE_WRITERS),
  ...fileWriters('graceful-fs', 'graceful-fs', [], FS_WRITERS),
  ...fileWriters('fs-extra', 'fs-extra', [], FS_EXTRA_WRITERS),
  ...fileWriters('jsonfile', 'jsonfile', [], ['writeFile', 'writeFileSync']),
  ...streamWriters('fs.createWriteStream()', 'fs', ['createWriteStream']),
  ...streamWriters('fs-extra.createWriteStream()', 'fs-extra', ['createWriteStream']),
  spec('Bun.write', 'file', undefined, ['Bun', 'write'], SECOND_ONLY, { fileArgument: 0 }),
  ...['writeTextFile', 'writeTextFileSync', 'writeFile', 'writeFileSync'].map((name) =>
    spec(`Deno.${name}`, 'file', undefined, ['Deno', name], SECOND_ONLY, { fileArgument: 0 }),
  ),
]);

/** Every sink API, compiled once for call tracking. */
export const LOG_SINK_APIS: ApiGroup = defineApiGroup(LOG_SINK_SPECS);

const specsById: ReadonlyMap<string, SinkSpec> = new Map(LOG_SINK_SPECS.map((entry) => [entry.id, entry]));

/** The sink spec a tracked call matched (by `TrackedCall.api`). */
export function getSinkSpec(api: string): SinkSpec | undefined {
  return specsById.get(api);
}

/** The arguments of a call that reach the sink. */
export function sinkArguments(call: TSESTree.CallExpression | TSESTree.NewExpression, args: SinkArguments): TSESTree.CallExpressionArgument[] {
  return call.arguments.slice(args.from, args.to === undefined ? undefined : args.to + 1);
}

// ---------------------------------------------------------------------------
// Logger configs with redaction

/** Logger options that redact fields of logged objects (`pino({ redact: ['token'] })`). */
const REDACTION_OPTIONS: ReadonlySet<string> = new Set(['redact']);

/**
 * Was the logger made with a redaction config? Redaction paths apply to the fields of
 * logged objects, so objects are safe with such a logger while message strings are not.
 */
export function hasRedactionConfig(factory: TSESTree.CallExpression | TSESTree.NewExpression, scope: TSESLint.Scope.Scope): boolean {
  const [options] = factory.arguments;
  if (options === undefined || options.type === AST_NODE_TYPES.SpreadElement) return false;
  const properties = resolveObjectProperties(options, scope);
  return properties?.some((property) => REDACTION_OPTIONS.has(property.key)) ?? false;
}

// ---------------------------------------------------------------------------
// Loggers of unknown origin, by name

/** Level methods of the common loggers. */
const LEVEL_METHODS: ReadonlySet<string> = new Set([
  'trace', 'debug', 'info', 'warn', 'warning', 'error', 'fatal', 'verbose', 'silly', 'notice', 'critical', 'log', 'child',
]);

/** Last words of a receiver name that say it is a logger: `logger`, `log`, `appLogger`, `req.log`. */
const LOGGER_WORDS: ReadonlySet<string> = new Set(['logger', 'log']);

function receiverName(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getStaticMemberName(node);
  if (node.type === AST_NODE_TYPES.ChainExpression) return receiverName(node.expression);
  return undefined;
}

/**
 * Is this `<logger>.<level>(...)` on an object whose origin the file does not show, judged
 * by names: the method is a level (`info`, `debug`, `error` ...) and the receiver's name
 * ends in `logger` or `log` (`logger`, `this.logger`, `auditLogger`, `req.log`,
 * `fastify.log`). A heuristic: such objects are loggers in practice.
 */
export function isNamedLoggerCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticMemberName(callee);
  if (method === undefined || !LEVEL_METHODS.has(method)) return false;
  const name = receiverName(callee.object);
  const last = name === undefined ? undefined : splitWords(name).at(-1);
  return last !== undefined && LOGGER_WORDS.has(last);
}

// ---------------------------------------------------------------------------
// Error constructors

/** The built-in error classes and the argument that is their message (`AggregateError` takes it second). */
const MESSAGE_ARGUMENT: ReadonlyMap<string, SinkArguments> = new Map(
  ([['Error', 0], ['TypeError', 0], ['RangeError', 0], ['SyntaxError', 0], ['ReferenceError', 0], ['EvalError', 0], ['URIError', 0], ['AggregateError', 1]] as const).map(
    ([name, index]) => [name, Object.freeze({ from: index, to: index })],
  ),
);

/** Is this the name of an error class: `Error`, `ValidationError`, `AuthException`? */
function isErrorClassName(name: string): boolean {
  return name.endsWith('Error') || name.endsWith('Exception');
}

/**
 * The arguments of `new XError(...)` / `XError(...)` that become the error's text: the
 * message of a built-in error, every argument of a custom `*Error` / `*Exception` class.
 * Undefined when the callee is not an error class. Asked of every call in a file, so the
 * name's ending is tested before any lookup.
 */
export function errorMessageArguments(node: TSESTree.CallExpression | TSESTree.NewExpression): SinkArguments | undefined {
  const name = getStaticName(node.callee);
  if (name === undefined || !isErrorClassName(name)) return undefined;
  const builtin = MESSAGE_ARGUMENT.get(name);
  if (builtin !== undefined) return builtin;
  // A plain call `FooError(...)` is a factory only for the built-ins; custom classes need `new`.
  return node.type === AST_NODE_TYPES.NewExpression ? ALL : undefined;
}

/** The node a file-write sink names its file with, if any (the stream factory's argument for a stream). */
export function fileNameArgument(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  factory: TSESTree.CallExpression | TSESTree.NewExpression | undefined,
  sinkSpec: SinkSpec,
): TSESTree.Node | undefined {
  return sinkSpec.fileArgument === undefined ? undefined : (factory ?? node).arguments[sinkSpec.fileArgument];
}
