import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isTokenName, splitWords } from '../secrets/names.js';
import { isNonCredentialTokenName } from '../secrets/non-credential-names.js';
import { callersOf, classMemberReads, enclosingClassOfThis, enclosingFunction } from './bindings.js';
import { getStaticMemberName } from './calls.js';
import { climbContentWrappers, getReadValueUse } from './read-value-use.js';
import { getStaticKeyName, getStaticName } from './secret-place.js';

/**
 * Which keys the code reads from the parsed content of a file: `JSON.parse(read(...)).apiKey`,
 * `const { token } = require('./settings.json')`, `const cfg = await fs.readJson(p)` then
 * `cfg.github.token`, `this.config = yaml.parse(...)` then `this.config.password` in another
 * method, or the result of a local `loadConfig()` read for its `clientSecret`. A key whose
 * name holds a credential makes the file a credential file, whatever it is called.
 *
 * The content is followed through `await`, `JSON.parse` and other parsers, `.toString()`,
 * `const`/`let` bindings, destructuring, `this.x` in a class, the file's own functions that
 * return it, and the callback of `fs.readFile(path, cb)`. A key whose value goes straight
 * into a decryption is an encrypted value, not a plain credential.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface CredentialKeyRead {
  /** Where the key is read: a member, a destructuring property or an import specifier. */
  readonly node: TSESTree.Node;
  readonly key: string;
}

/** Names of the functions that parse text into an object: `yaml.parse`, `toml.parse`, `YAML.load`, `parseYaml`. */
const PARSER_NAMES: ReadonlySet<string> = new Set(['parse', 'load', 'safeLoad', 'parseDocument']);
const PARSER_PREFIX = 'parse';
/** Keys of a module namespace that lead to the data itself: `(await import('./x.json')).default`. */
const MODULE_DEFAULT = 'default';
/** How many bindings, returns and class members the content is followed through. */
const MAX_STEPS = 4;

/**
 * Does this key name a credential? A token-ish name (the shared name analysis) that is not
 * a paging, parser or design token, and does not count tokens (`maxTokens`, `inputTokens`:
 * a name ending in the plural counts or lists them).
 */
export function isCredentialKey(name: string): boolean {
  if (!isTokenName(name) || isNonCredentialTokenName(name)) return false;
  return splitWords(name).at(-1) !== 'tokens';
}

/** The first credential key the code reads from the content that `read` (a read call, `require(...)`, `import(...)`) returns. */
export function findCredentialKeyRead(read: TSESTree.Node, sourceCode: SourceCode): CredentialKeyRead | undefined {
  const search = new Search(sourceCode);
  return search.fromValue(read, 0) ?? search.fromCallback(read);
}

/** The first credential key an import of a data file takes: `import { token } from './x.json'`, or a read of the default import. */
export function findCredentialImport(declaration: TSESTree.ImportDeclaration, sourceCode: SourceCode): CredentialKeyRead | undefined {
  const search = new Search(sourceCode);
  for (const specifier of declaration.specifiers) {
    if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
      const key = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
      if (key === MODULE_DEFAULT) {
        const found = search.fromVariableOf(specifier.local, 0);
        if (found) return found;
      } else if (isCredentialKey(key)) {
        return { node: specifier, key };
      }
    } else {
      const found = search.fromVariableOf(specifier.local, 0);
      if (found) return found;
    }
  }
  return undefined;
}

class Search {
  private readonly seen = new Set<TSESTree.Node>();

  constructor(private readonly sourceCode: SourceCode) {}

  /** `node` evaluates to the content (or to the text the content is parsed from). */
  fromValue(node: TSESTree.Node, steps: number): CredentialKeyRead | undefined {
    if (steps > MAX_STEPS || this.seen.has(node)) return undefined;
    this.seen.add(node);
    const value = this.climbToContent(node);
    return this.fromKeys(value, steps);
  }

  /** `fs.readFile(path, 'utf8', (error, text) => ...)`: the content is the callback's second parameter. */
  fromCallback(read: TSESTree.Node): CredentialKeyRead | undefined {
    if (read.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callback = read.arguments.at(-1);
    if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression && callback?.type !== AST_NODE_TYPES.FunctionExpression) return undefined;
    const content = callback.params[1];
    return content?.type === AST_NODE_TYPES.Identifier ? this.fromVariableOf(content, 1) : undefined;
  }

  /** Every read of the variable an identifier declares. */
  fromVariableOf(identifier: TSESTree.Identifier, steps: number): CredentialKeyRead | undefined {
    if (steps > MAX_STEPS) return undefined;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(identifier), identifier);
    for (const reference of variable?.references ?? []) {
      if (!reference.isRead()) continue;
      const found = this.fromValue(reference.identifier, steps + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** Up through `await`, `.toString()`, `JSON.parse` and other parsers to the expression that holds the parsed content. */
  private climbToContent(node: TSESTree.Node): TSESTree.Node {
    let current = node;
    for (;;) {
      current = climbContentWrappers(current, this.sourceCode);
      const parent = current.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === current && isParserCall(parent)) {
        current = parent;
      } else {
        return current;
      }
    }
  }

  /** `value` holds the content: the keys read off it, directly or after binding it. */
  private fromKeys(value: TSESTree.Node, steps: number): CredentialKeyRead | undefined {
    let current = value;
    let lastKey: { node: TSESTree.Node; key: string } | undefined;
    for (;;) {
      const parent = current.parent;
      if (parent?.type === AST_NODE_TYPES.ChainExpression || parent?.type === AST_NODE_TYPES.TSNonNullExpression || parent?.type === AST_NODE_TYPES.TSAsExpression) {
        current = parent;
        continue;
      }
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current || isMethodCallee(parent)) break;
      const key = getStaticMemberName(parent);
      // `secrets[stage].apiKey`: a key chosen at run time is passed over.
      if (key !== undefined && key !== MODULE_DEFAULT) lastKey = { node: parent, key };
      current = parent;
    }
    if (lastKey && isCredentialKey(lastKey.key) && !isWritten(current) && getReadValueUse(current, this.sourceCode) !== 'decryption') {
      return lastKey;
    }
    return this.fromHolder(current, steps);
  }

  /** Where an expression that holds (part of) the content goes: a binding, a pattern, `this.x`, a return. */
  private fromHolder(node: TSESTree.Node, steps: number): CredentialKeyRead | undefined {
    const parent = node.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node) return this.fromTarget(parent.id, steps);
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === node && parent.operator === '=') {
      return this.fromTarget(parent.left, steps);
    }
    if (parent.type === AST_NODE_TYPES.ReturnStatement) {
      const fn = enclosingFunction(parent);
      return fn ? this.fromCallsOf(fn, steps) : undefined;
    }
    if (parent.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === node) return this.fromCallsOf(parent, steps);
    return undefined;
  }

  private fromTarget(target: TSESTree.Node, steps: number): CredentialKeyRead | undefined {
    if (target.type === AST_NODE_TYPES.Identifier) return this.fromVariableOf(target, steps);
    if (target.type === AST_NODE_TYPES.ObjectPattern) return this.fromPattern(target, steps);
    if (target.type === AST_NODE_TYPES.MemberExpression && target.object.type === AST_NODE_TYPES.ThisExpression) {
      const owner = enclosingClassOfThis(target);
      const name = target.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${target.property.name}` : getStaticMemberName(target);
      if (!owner || name === undefined) return undefined;
      for (const read of classMemberReads(owner, name)) {
        const found = this.fromValue(read, steps + 1);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** `const { apiKey, github: { token } } = content`: the keys the pattern takes. */
  private fromPattern(pattern: TSESTree.ObjectPattern, steps: number): CredentialKeyRead | undefined {
    for (const property of pattern.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = getStaticKeyName(property.key, property.computed);
      const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
      if (key !== undefined && key !== MODULE_DEFAULT && isCredentialKey(key)) return { node: property, key };
      const found = this.fromTarget(value, steps + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** `function loadConfig() { return JSON.parse(...) }`: each call of the function holds the content. */
  private fromCallsOf(fn: TSESTree.FunctionLike, steps: number): CredentialKeyRead | undefined {
    if (fn.generator) return undefined;
    for (const call of callersOf(fn, this.sourceCode.getScope(fn))) {
      const found = this.fromValue(call, steps + 1);
      if (found) return found;
    }
    return undefined;
  }
}

function isParserCall(call: TSESTree.CallExpression): boolean {
  const name = getStaticName(call.callee);
  return name !== undefined && (PARSER_NAMES.has(name) || (name.startsWith(PARSER_PREFIX) && name.length > PARSER_PREFIX.length && name !== 'parseInt' && name !== 'parseFloat'));
}

/** `content.keys()`, `config.get('x')`: the member is a method, not a key of the data. */
function isMethodCallee(member: TSESTree.MemberExpression): boolean {
  const parent = member.parent;
  return parent.type === AST_NODE_TYPES.CallExpression && parent.callee === member;
}

/** `cfg.token = fresh`: a write, not a read of the file's key. */
function isWritten(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node;
}

