import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '../secrets/names.js';
import {
  CERTIFICATE_CREDENTIAL_APIS,
  CERTIFICATE_HALF_OPTION_NAMES,
  CERTIFICATE_OPTION_NAMES,
  PRIVATE_KEY_OPTION_NAMES,
  TLS_NESTING_OPTION_NAMES,
} from './apis/certificate-credentials.js';
import { DECRYPTION_APIS } from './apis/decryption.js';
import type { ApiGroup } from './calls.js';
import { getCalleeName, getStaticMemberName, isGlobalReference, iterateTrackedCalls } from './calls.js';
import { getStaticKeyName } from './secret-place.js';

/**
 * Where the value of a file read goes, when it goes straight into something that says
 * what the file holds: a decryption (the file is ciphertext, or the key of a cipher), or
 * the certificate / private key option of a TLS client or a certificate credential (the
 * file authenticates the application, for example to a vault). "Straight" means through
 * `await`, `.toString()`, `.trim()`, `JSON.parse`, `Buffer.from`, `String`, TypeScript
 * wrappers, and at most two `const` bindings whose every read is such a use.
 */

export type ReadValueUse = 'decryption' | 'certificate-credential';

type SourceCode = Readonly<TSESLint.SourceCode>;
type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** Words in a callee's name that say it decrypts: `privateDecrypt`, `createDecipheriv`, `decipher.update`. */
const DECRYPTION_WORDS: ReadonlySet<string> = new Set(['decrypt', 'decipher', 'decipheriv', 'unprotect', 'unseal']);
/** String methods that keep the content: `readFileSync(p, 'utf8').trim()`. */
const CONTENT_METHODS: ReadonlySet<string> = new Set(['toString', 'trim', 'trimEnd', 'trimStart']);
/** Global functions that keep the content: `JSON.parse(x)`, `Buffer.from(x)`, `String(x)`. */
const CONTENT_FUNCTIONS: ReadonlySet<string> = new Set(['JSON.parse', 'Buffer.from', 'String']);
const MAX_BINDINGS = 2;

/** What the value of `read` (a read call, a `require(...)`) is used for, when the code says so. */
export function getReadValueUse(read: TSESTree.Node, sourceCode: SourceCode): ReadValueUse | undefined {
  return useOf(read, sourceCode, 0);
}

function useOf(node: TSESTree.Node, sourceCode: SourceCode, bindings: number): ReadValueUse | undefined {
  const value = climbContentWrappers(node, sourceCode);
  const parent = value.parent;
  if (!parent) return undefined;
  if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.callee !== value) {
    return isDecryptionCall(parent, sourceCode) ? 'decryption' : undefined;
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === value && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    return isCertificateOption(parent, sourceCode) ? 'certificate-credential' : undefined;
  }
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === value && bindings < MAX_BINDINGS) {
    return useOfBinding(parent, sourceCode, bindings + 1);
  }
  return undefined;
}

/** `const pem = read(...)`: the use every read of `pem` shares, if each has one. */
function useOfBinding(declarator: TSESTree.VariableDeclarator, sourceCode: SourceCode, bindings: number): ReadValueUse | undefined {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(declarator), declarator.id);
  if (!variable || variable.references.some((reference) => reference.isWrite() && reference.init !== true)) return undefined;
  const reads = variable.references.filter((reference) => reference.isRead());
  let found: ReadValueUse | undefined;
  for (const reference of reads) {
    const use = useOf(reference.identifier, sourceCode, bindings);
    if (use === undefined) return undefined;
    found ??= use;
  }
  return found;
}

/** Up from a read through the steps that keep its content (`await`, `.toString()`, `.trim()`, `JSON.parse`, `Buffer.from`, `String`, TypeScript wrappers). */
export function climbContentWrappers(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    if (
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression
    ) {
      current = parent;
    } else if (isContentMethodCall(parent, current)) {
      current = parent.parent;
    } else if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === current && isContentFunction(parent, sourceCode)) {
      current = parent;
    } else {
      return current;
    }
  }
}

function isContentMethodCall(parent: TSESTree.Node, object: TSESTree.Node): parent is TSESTree.MemberExpression {
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== object) return false;
  const name = getStaticMemberName(parent);
  return name !== undefined && CONTENT_METHODS.has(name) && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.callee === parent;
}

function isContentFunction(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const name = getCalleeName(call);
  if (!CONTENT_FUNCTIONS.has(name)) return false;
  let root: TSESTree.Node = call.callee;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  return root.type === AST_NODE_TYPES.Identifier && isGlobalReference(root, sourceCode.getScope(call));
}

/** A tracked decryption API (through imports and aliases), or a function whose name says it decrypts. */
function isDecryptionCall(call: CallNode, sourceCode: SourceCode): boolean {
  return splitWords(getCalleeName(call)).some((word) => DECRYPTION_WORDS.has(word)) || trackedCalls(sourceCode, DECRYPTION_APIS).has(call);
}

// ---------------------------------------------------------------------------
// Certificate options

function optionName(property: TSESTree.Property): string | undefined {
  return getStaticKeyName(property.key, property.computed);
}

function isCertificateOption(property: TSESTree.Property, sourceCode: SourceCode): boolean {
  const name = optionName(property);
  if (name === undefined || !CERTIFICATE_OPTION_NAMES.has(name)) return false;
  const object = property.parent as TSESTree.ObjectExpression;
  return isCertificatePair(object) || isCertificateSetupArgument(object, sourceCode);
}

/** `{ key, cert }`, `{ privateKey, certificate }`, `{ pfx }`: a TLS identity wherever it is passed. */
function isCertificatePair(object: TSESTree.ObjectExpression): boolean {
  const names = new Set<string>();
  for (const member of object.properties) {
    if (member.type === AST_NODE_TYPES.Property) {
      const name = optionName(member);
      if (name !== undefined) names.add(name);
    }
  }
  const hasKey = [...PRIVATE_KEY_OPTION_NAMES].some((name) => names.has(name));
  const hasCertificate = [...CERTIFICATE_HALF_OPTION_NAMES].some((name) => names.has(name));
  return (hasKey && hasCertificate) || names.has('pfx');
}

/** The options object (or a nested `connect` / `tls` object, or a const holding it) is passed to a certificate API. */
function isCertificateSetupArgument(object: TSESTree.ObjectExpression, sourceCode: SourceCode): boolean {
  const setups = trackedCalls(sourceCode, CERTIFICATE_CREDENTIAL_APIS);
  let current: TSESTree.Node = object;
  const outer = object.parent;
  if (outer.type === AST_NODE_TYPES.Property && outer.value === object && TLS_NESTING_OPTION_NAMES.has(optionName(outer) ?? '')) {
    current = outer.parent;
  }
  const candidates: TSESTree.Node[] = [current];
  const holder = current.parent;
  if (holder.type === AST_NODE_TYPES.VariableDeclarator && holder.init === current && holder.id.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(holder), holder.id);
    for (const reference of variable?.references ?? []) {
      if (reference.isRead()) candidates.push(reference.identifier);
    }
  }
  return candidates.some((candidate) => {
    const call = candidate.parent;
    return (
      (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) &&
      call.callee !== candidate &&
      setups.has(call)
    );
  });
}

const callSets = new WeakMap<TSESTree.Program, Map<ApiGroup, ReadonlySet<TSESTree.Node>>>();

/** The nodes of the calls of a group in the file, as a set, built once per file and group. */
function trackedCalls(sourceCode: SourceCode, group: ApiGroup): ReadonlySet<TSESTree.Node> {
  const program = sourceCode.ast;
  let perGroup = callSets.get(program);
  if (!perGroup) {
    perGroup = new Map();
    callSets.set(program, perGroup);
  }
  let calls = perGroup.get(group);
  if (!calls) {
    calls = new Set([...iterateTrackedCalls(sourceCode, group)].map((call) => call.node));
    perGroup.set(group, calls);
  }
  return calls;
}
