import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ApiGroup, ApiSpec, TrackedCall } from '../calls.js';
import { defineApiGroup, getModuleMemberPath } from '../calls.js';
import { arrayElementsOf } from '../bindings.js';
import type { Located } from '../resolution.js';
import { getScopeAt } from '../scope-at.js';
import type { StringPart, StringShape } from '../static-string.js';
import { resolveBinding, resolveStringShape, shapeText } from '../static-string.js';

/**
 * The APIs that run another program, as data, and what command a call runs: the program
 * and its arguments as string shapes (text with holes), whether the code gave a shell
 * command string (`exec('curl -s "https://..."')`) or a program plus an argument array
 * (`spawn('curl', ['-s', url])`). Rules look for a program (`curl`, `openssl`) and then
 * read its arguments.
 */

/** How a call names its command: one shell string, or a program and an argument array. */
export type CommandForm = 'shell' | 'argv';

export interface ChildProcessSpec extends ApiSpec {
  readonly form: CommandForm;
}

function spec(id: string, module: string, path: readonly string[], form: CommandForm): ChildProcessSpec {
  return Object.freeze({ id, module, path: Object.freeze([...path]), kind: 'call', form });
}

export const CHILD_PROCESS_SPECS: readonly ChildProcessSpec[] = Object.freeze([
  spec('child_process.exec', 'child_process', ['exec'], 'shell'),
  spec('child_process.execSync', 'child_process', ['execSync'], 'shell'),
  spec('child_process.spawn', 'child_process', ['spawn'], 'argv'),
  spec('child_process.spawnSync', 'child_process', ['spawnSync'], 'argv'),
  spec('child_process.execFile', 'child_process', ['execFile'], 'argv'),
  spec('child_process.execFileSync', 'child_process', ['execFileSync'], 'argv'),
  spec('cross-spawn', 'cross-spawn', [], 'argv'),
  spec('cross-spawn.sync', 'cross-spawn', ['sync'], 'argv'),
  spec('execa', 'execa', ['execa'], 'argv'),
  spec('execa.execaSync', 'execa', ['execaSync'], 'argv'),
  spec('execa.execaCommand', 'execa', ['execaCommand'], 'shell'),
  spec('execa.execaCommandSync', 'execa', ['execaCommandSync'], 'shell'),
]);

/** Every API that runs a program, compiled once for call tracking. */
export const CHILD_PROCESS_APIS: ApiGroup = defineApiGroup(CHILD_PROCESS_SPECS);

const specsById: ReadonlyMap<string, ChildProcessSpec> = new Map(CHILD_PROCESS_SPECS.map((entry) => [entry.id, entry]));
const specsByPath: ReadonlyMap<string, ChildProcessSpec> = new Map(
  CHILD_PROCESS_SPECS.map((entry) => [[entry.module, ...entry.path].join('.'), entry]),
);

/** One command a call runs. */
export interface CommandShape {
  /** The program as written (`curl`, `/usr/bin/curl`), undefined when it is not static. */
  readonly program: string | undefined;
  /** The program's base name without directory or `.exe` (`curl`), undefined when not static. */
  readonly programName: string | undefined;
  /** Each argument as a string shape, in order. A shell string gives its words with quotes removed. */
  readonly args: StringShape[];
  readonly form: CommandForm;
}

type Scope = TSESLint.Scope.Scope;

/** The child-process spec a tracked call matched (by `TrackedCall.api`). */
export function getChildProcessSpec(api: string): ChildProcessSpec | undefined {
  return specsById.get(api);
}

function specOfCall(call: TrackedCall | TSESTree.CallExpression, scope: Scope): ChildProcessSpec | undefined {
  if ('api' in call) {
    return specsById.get(call.api);
  }
  const path = getModuleMemberPath(call.callee, scope);
  return path ? specsByPath.get(path.join('.')) : undefined;
}

/**
 * The first command a child-process call runs: `exec('curl -s "$URL"')` or
 * `spawn('curl', ['-s', url])` gives `{ program: 'curl', args: [...] }`. For a shell
 * string with several commands (`cd x && curl ...`), see `getCommandShapes`. Accepts a
 * `TrackedCall` from `CHILD_PROCESS_APIS` or a plain call (resolved through its imports).
 * Undefined when the call is not a tracked API or its command is unknown.
 */
export function getCommandShape(call: TrackedCall | TSESTree.CallExpression, scope: Scope): CommandShape | undefined {
  return getCommandShapes(call, scope)[0];
}

/**
 * Every command a child-process call runs: a shell string is split at `;`, `&&`, `||`,
 * `|`, `&` and newlines (leading `NAME=value` assignments are skipped); the argv form gives
 * one command. Spread arguments and unknown elements become hole arguments.
 */
export function getCommandShapes(call: TrackedCall | TSESTree.CallExpression, scope: Scope): CommandShape[] {
  const node = 'api' in call ? call.node : call;
  const found = specOfCall(call, scope);
  if (!found || node.type !== AST_NODE_TYPES.CallExpression) {
    return [];
  }
  const [first, second] = node.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) {
    return [];
  }
  const array = found.form === 'argv' && second && second.type !== AST_NODE_TYPES.SpreadElement ? arrayElementsOf(second, scope) : undefined;
  const commandShape = resolveStringShape(first, scope) ?? holeShape(first);
  if (found.form === 'shell' || (!array && runsInShell(node, scope))) {
    return splitShellCommand(commandShape);
  }
  const program = isStatic(commandShape) ? shapeText(commandShape) : undefined;
  const args = array ? argumentShapes(array) : [];
  return [{ program, programName: programNameOf(program), args, form: 'argv' }];
}

/** `spawn('curl -s url', { shell: true })`: a whole command in the program argument. */
function runsInShell(call: TSESTree.CallExpression, scope: Scope): boolean {
  const options = call.arguments[1];
  if (!options || options.type === AST_NODE_TYPES.SpreadElement) {
    return false;
  }
  const object = followToNode(options, scope);
  if (object?.type !== AST_NODE_TYPES.ObjectExpression) {
    return false;
  }
  return object.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === 'shell' &&
      !(property.value.type === AST_NODE_TYPES.Literal && property.value.value === false),
  );
}

function isStatic(shape: StringShape): boolean {
  return shape.parts.every((part) => part.kind === 'text');
}

/** `curl` from `/usr/bin/curl` or `C:\tools\curl.exe`. */
export function programNameOf(program: string | undefined): string | undefined {
  if (program === undefined) {
    return undefined;
  }
  const base = program.slice(Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\')) + 1);
  return base.toLowerCase().endsWith('.exe') ? base.slice(0, -4) : base;
}

// ---------------------------------------------------------------------------
// Argument arrays

const MAX_FOLLOW = 8;

/** Follows `const` identifiers to the expression they hold. */
function followToNode(node: TSESTree.Node, scope: Scope): TSESTree.Node | undefined {
  let current: TSESTree.Node = node;
  for (let step = 0; step < MAX_FOLLOW; step += 1) {
    if (current.type === AST_NODE_TYPES.TSAsExpression || current.type === AST_NODE_TYPES.TSSatisfiesExpression) {
      current = current.expression;
      continue;
    }
    if (current.type !== AST_NODE_TYPES.Identifier) {
      return current;
    }
    const value = resolveBinding(current, getScopeAt(scope, current));
    if (!value) {
      return undefined;
    }
    current = value;
  }
  return undefined;
}

function holeShape(node: TSESTree.Node): StringShape {
  return { parts: [{ kind: 'hole', node }] };
}

function argumentShapes(elements: readonly Located<TSESTree.Expression | TSESTree.SpreadElement>[], depth = 0): StringShape[] {
  const shapes: StringShape[] = [];
  for (const { node: element, scope } of elements) {
    if (element.type === AST_NODE_TYPES.SpreadElement) {
      const inner = depth < MAX_FOLLOW ? arrayElementsOf(element.argument, scope) : undefined;
      shapes.push(...(inner ? argumentShapes(inner, depth + 1) : [holeShape(element)]));
      continue;
    }
    const elementScope = getScopeAt(scope, element);
    shapes.push(resolveStringShape(element, elementScope) ?? holeShape(element));
  }
  return shapes;
}

// ---------------------------------------------------------------------------
// Shell words

const WHITESPACE = new Set([' ', '\t']);
const COMMAND_SEPARATORS = new Set([';', '|', '&', '\n', '\r']);
const ASSIGNMENT = /^[A-Z_a-z]\w*=/u;

/** Builds the words of one command while the shell text is scanned. */
class WordBuilder {
  readonly commands: StringPart[][][] = [[]];
  private word: StringPart[] = [];
  private started = false;

  add(part: StringPart): void {
    this.word.push(part);
    this.started = true;
  }

  /** Marks a word as present even when empty (`''`). */
  start(): void {
    this.started = true;
  }

  endWord(): void {
    if (this.started) {
      (this.commands[this.commands.length - 1] as StringPart[][]).push(this.word);
    }
    this.word = [];
    this.started = false;
  }

  endCommand(): void {
    this.endWord();
    if ((this.commands[this.commands.length - 1] as StringPart[][]).length > 0) {
      this.commands.push([]);
    }
  }
}

function textPiece(part: Extract<StringPart, { kind: 'text' }>, from: number, to: number): StringPart {
  const value = part.value.slice(from, to);
  return part.range ? { kind: 'text', value, node: part.node, range: [part.range[0] + from, part.range[0] + to] } : { kind: 'text', value, node: part.node };
}

/** Scans the text parts of a shell command: quotes, backslashes, blanks and separators. */
function scanShell(shape: StringShape): StringPart[][][] {
  const builder = new WordBuilder();
  let quote: '"' | "'" | undefined;
  for (const part of shape.parts) {
    if (part.kind === 'hole') {
      builder.add(part);
      continue;
    }
    let runStart = 0;
    const flush = (end: number): void => {
      if (end > runStart) {
        builder.add(textPiece(part, runStart, end));
      }
    };
    for (let index = 0; index < part.value.length; index += 1) {
      const char = part.value[index] as string;
      if (quote !== undefined) {
        if (char === quote) {
          flush(index);
          quote = undefined;
          runStart = index + 1;
        } else if (quote === '"' && char === '\\' && index + 1 < part.value.length) {
          flush(index);
          runStart = index + 1;
          index += 1;
        }
        continue;
      }
      if (char === '"' || char === "'") {
        flush(index);
        builder.start();
        quote = char;
        runStart = index + 1;
      } else if (char === '\\' && index + 1 < part.value.length) {
        flush(index);
        runStart = index + 1;
        index += 1;
      } else if (WHITESPACE.has(char)) {
        flush(index);
        builder.endWord();
        runStart = index + 1;
      } else if (COMMAND_SEPARATORS.has(char)) {
        flush(index);
        builder.endCommand();
        runStart = index + 1;
      }
    }
    flush(part.value.length);
  }
  builder.endCommand();
  return builder.commands.filter((command) => command.length > 0);
}

/**
 * A shell command string (as a shape) split into commands of program + argument shapes.
 * Quotes are removed, backslash escapes kept literal, `NAME=value` prefixes skipped;
 * a hole stays inside the word it touches. No expansion of `$VAR` or globs.
 */
export function splitShellCommand(shape: StringShape): CommandShape[] {
  const commands: CommandShape[] = [];
  for (const words of scanShell(shape)) {
    const shapes = words.map((parts): StringShape => ({ parts }));
    while (shapes.length > 1 && isStatic(shapes[0] as StringShape) && ASSIGNMENT.test(shapeText(shapes[0] as StringShape))) {
      shapes.shift();
    }
    const [programShape, ...args] = shapes;
    if (!programShape) {
      continue;
    }
    const program = isStatic(programShape) ? shapeText(programShape) : undefined;
    commands.push({ program, programName: programNameOf(program), args, form: 'shell' });
  }
  return commands;
}
