import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import * as ASTUtils from '@typescript-eslint/utils/ast-utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { splitWords } from '../secrets/names.js';
import { classMemberReads, classMemberWrites, enclosingClassOfThis, resolveBinding } from './static-string.js';
import { getStaticKeyName, getStaticName } from './secret-place.js';
import { PARAMETER_DEFINITION, VARIABLE_DEFINITION } from './scope-kinds.js';
import { unwrapExpression } from './unwrap.js';

/**
 * Tokens of text rather than credentials: a lexer's tokens (`token.type`, `tokens[i]`,
 * `this.nextToken()`) and a language model's tokens (a streamed chunk, a tokenizer's
 * output, the argument of `handleLLMNewToken`). Code names both `token`; the evidence
 * is in how the value is made and read. Every question takes the caller's test for
 * credential names, so a collection named `apiTokens` is never taken for text.
 */

/** Is a name a credential's (`apiTokens`, `accessToken`)? Supplied by the caller, with its options. */
export type CredentialNameTest = (name: string) => boolean;

type Scope = TSESLint.Scope.Scope;

/** Members of a lexer's token object: a variable read this way holds syntax, not a credential. */
const SYNTAX_TOKEN_MEMBERS: ReadonlySet<string> = new Set([
  'type', 'kind', 'loc', 'range', 'start', 'end', 'line', 'column', 'col', 'pos', 'offset', 'image', 'tokenType',
  'startOffset', 'endOffset', 'lineno',
]);

/** Words in a callee that hands out lexer tokens: `this.nextToken()`, `lexer.peek()`, `scanner.scan()`. */
const LEXER_CALL_WORDS: ReadonlySet<string> = new Set([
  'next', 'peek', 'lex', 'lexer', 'scan', 'scanner', 'consume', 'advance', 'lookahead', 'tokenize', 'tokenizer', 'expect', 'eat', 'shift', 'pop',
]);

/** Last words of a receiver that turns text into model tokens and back: `tokenizer.encode`, `enc.decode`, `decoder.decode`. */
const TOKENIZER_RECEIVER_WORDS: ReadonlySet<string> = new Set(['tokenizer', 'tokeniser', 'encoding', 'enc', 'tiktoken', 'bpe']);
/** Names of a chunk read from a stream: `decoder.decode(value)` of `await reader.read()`. */
const STREAM_CHUNK_NAMES: ReadonlySet<string> = new Set(['value', 'chunk', 'data']);
const TOKENIZER_METHODS: ReadonlySet<string> = new Set(['encode', 'decode']);
/** Methods whose name alone says they work on model tokens, whatever the receiver: `sp.encodePieces(text)`. */
const TOKENIZER_ONLY_METHODS: ReadonlySet<string> = new Set([
  'encodeOrdinary', 'encodePieces', 'encodeIds', 'encodeAsPieces', 'tokenize', 'detokenize', 'convertTokensToString', 'convertIdsToTokens',
]);

/** Members on the way to a streamed piece of model output: `chunk.choices[0].delta.content`, `candidates[0].content`. */
const MODEL_OUTPUT_MEMBERS: ReadonlySet<string> = new Set(['delta', 'choices', 'candidates', 'generated_text', 'generatedText', 'textStream']);
/** Names of a streamed piece and what it carries: `chunk.text()`, `part.content`, `output.token.text`. */
const STREAM_PIECE_WORDS: ReadonlySet<string> = new Set(['chunk', 'chunks', 'part', 'completion', 'generation', 'stream', 'output']);
const STREAM_PIECE_TEXT: ReadonlySet<string> = new Set(['text', 'content', 'response', 'toString']);

/** Middle words of a callback that receives model tokens: `handleLLMNewToken`, `onToken`, `onStreamToken`. */
const MODEL_CALLBACK_WORDS: ReadonlySet<string> = new Set(['llm', 'new', 'next', 'stream', 'streamed', 'streaming', 'chat', 'model', 'completion', 'generated']);
/** Events whose listener receives a piece of a stream: `stream.on('data', (token) => ...)`. */
const STREAM_EVENTS: ReadonlySet<string> = new Set(['data', 'token', 'text', 'chunk', 'content', 'delta']);

function lastWordOf(node: TSESTree.Node): string | undefined {
  const name = getStaticName(unwrapExpression(node));
  return name === undefined ? undefined : splitWords(name).at(-1);
}

/**
 * The names along a chain of members and calls, root first: `db.apiTokens.findAll()` gives
 * `db`, `apiTokens`, `findAll`; `chunk.choices[0].delta.content` gives `chunk`, `choices`,
 * `delta`, `content`.
 */
export function namesAlong(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrapExpression(node, true);
  for (let step = 0; step < 16; step += 1) {
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getStaticKeyName(current.property, current.computed);
      if (name !== undefined) names.unshift(name);
      current = unwrapExpression(current.object, true);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrapExpression(current.callee, true);
    } else {
      if (current.type === AST_NODE_TYPES.Identifier) names.unshift(current.name);
      else if (current.type === AST_NODE_TYPES.ThisExpression) names.unshift('this');
      break;
    }
  }
  return names;
}

/** Methods that turn a collection into something else than its elements: `Object.keys(secrets)`, `tokens.map((t) => t.id)`. */
const RESHAPING_METHODS: ReadonlySet<string> = new Set(['keys', 'map', 'flatMap', 'reduce', 'entries', 'length', 'size', 'count']);

/**
 * Does this collection hold credentials? Its own name says so (`apiTokens`, `user.accessTokens`,
 * `secrets`), or the binding it reads was taken from one (`await db.apiTokens.findAll()`).
 */
export function isCredentialCollection(node: TSESTree.Node, scope: Scope, isCredential: CredentialNameTest): boolean {
  const target = unwrapExpression(node, true);
  if (namesAlong(target).some((name) => RESHAPING_METHODS.has(name))) return false;
  if (collectionNames(target).some(isCredential)) return true;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  const init = resolveBinding(target, scope);
  if (init === undefined || namesAlong(init).some((name) => RESHAPING_METHODS.has(name))) return false;
  return collectionNames(init).some(isCredential);
}

/**
 * The names that say what the collection holds: the last member of a chain
 * (`config.auth.challengeTypes` is a list of challenge types, whatever object holds it), and
 * for a method call the method and what it is called on (`client.paginateAccessTokens()`,
 * `db.apiTokens.findAll()`, `secrets.filter(...)`).
 */
function collectionNames(node: TSESTree.Node): string[] {
  const names: string[] = [];
  let current = unwrapExpression(node, true);
  for (let step = 0; step < 16; step += 1) {
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getStaticKeyName(current.callee.property, current.callee.computed);
      if (method !== undefined) names.push(method);
      current = unwrapExpression(current.callee.object, true);
      continue;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = getStaticKeyName(current.property, current.computed);
      if (name !== undefined) names.push(name);
    } else if (current.type === AST_NODE_TYPES.Identifier) {
      names.push(current.name);
    }
    break;
  }
  return names;
}

/** `tokens[i]`, `this.tokens[pos]`, `tokens.shift()`, `lexer.next()`: a value taken from a lexer. */
function isFromLexer(init: TSESTree.Node, isCredential: CredentialNameTest): boolean {
  if (init.type === AST_NODE_TYPES.MemberExpression) {
    const name = getStaticName(unwrapExpression(init.object));
    return init.computed && lastWordOf(init.object) === 'tokens' && !(name !== undefined && isCredential(name));
  }
  if (init.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getStaticName(init.callee);
  if (name !== undefined && splitWords(name).some((word) => LEXER_CALL_WORDS.has(word) && word !== 'shift' && word !== 'pop')) return true;
  const callee = init.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const receiverName = getStaticName(unwrapExpression(callee.object));
  if (receiverName !== undefined && isCredential(receiverName)) return false;
  const receiver = lastWordOf(callee.object);
  return receiver === 'tokens' || (receiver !== undefined && LEXER_CALL_WORDS.has(receiver) && receiver.length > 4);
}

/**
 * `tokenizer.encode(text)`, `enc.decode(ids)`: text turned into model tokens or back; and
 * `decoder.decode(value)` of a chunk read from a stream (a `TextDecoder` over decrypted
 * bytes is not one).
 */
function isFromTokenizer(init: TSESTree.Node): boolean {
  const call = unwrapExpression(init, true);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getStaticName(call.callee);
  const receiver = lastWordOf(call.callee.object);
  if (method !== undefined && TOKENIZER_ONLY_METHODS.has(method)) return true;
  if (method === undefined || receiver === undefined || !TOKENIZER_METHODS.has(method)) return false;
  if (receiver === 'decoder') {
    const [chunk] = call.arguments;
    return chunk?.type === AST_NODE_TYPES.Identifier && STREAM_CHUNK_NAMES.has(chunk.name);
  }
  return TOKENIZER_RECEIVER_WORDS.has(receiver);
}

/**
 * A piece of a language model's streamed output: `chunk.choices[0]?.delta?.content`,
 * `event.delta.text`, `chunk.text()`, `output.token.text`. The last member must not name a
 * credential itself.
 */
function isModelOutput(init: TSESTree.Node, isCredential: CredentialNameTest): boolean {
  const names = namesAlong(init);
  const last = names.at(-1);
  if (last === undefined || names.length < 2 || isCredential(last)) return false;
  if (names.some((name) => MODEL_OUTPUT_MEMBERS.has(name))) return true;
  const root = names[0] ?? '';
  return STREAM_PIECE_TEXT.has(last) && splitWords(root).some((word) => STREAM_PIECE_WORDS.has(word));
}

/** `handleLLMNewToken`, `onToken`, `onNewToken`: a callback that receives model tokens one by one. */
function isModelTokenCallbackName(name: string): boolean {
  const words = splitWords(name);
  const first = words[0];
  const last = words.at(-1);
  if (words.length < 2 || (first !== 'on' && first !== 'handle') || (last !== 'token' && last !== 'tokens')) return false;
  return words.slice(1, -1).every((word) => MODEL_CALLBACK_WORDS.has(word));
}

/** The name a function is given where it is passed: a property, a method, a JSX attribute, or the event of `.on(event, fn)`. */
function isStreamListener(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  if (parent === undefined) return false;
  if (parent.type === AST_NODE_TYPES.Property || parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.PropertyDefinition) {
    const key = getStaticKeyName(parent.key, parent.computed);
    return key !== undefined && isModelTokenCallbackName(key);
  }
  if (parent.type === AST_NODE_TYPES.JSXExpressionContainer && parent.parent.type === AST_NODE_TYPES.JSXAttribute) {
    const attribute = parent.parent.name;
    return attribute.type === AST_NODE_TYPES.JSXIdentifier && isModelTokenCallbackName(attribute.name);
  }
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) {
    const [event] = parent.arguments;
    const method = getStaticName(parent.callee);
    return (method === 'on' || method === 'once') && event?.type === AST_NODE_TYPES.Literal && typeof event.value === 'string' && STREAM_EVENTS.has(event.value);
  }
  return false;
}

/**
 * Is this `token` variable a token of text rather than a credential? It is read as an
 * object with syntax members (`token.type`, `token.loc`); given (in any assignment) a value
 * from a `tokens` array, a lexer call, a tokenizer or a model's streamed output; the loop
 * variable of `for (const token of tokens)` over a lexer's tokens or of a `for await` over
 * a stream; or the parameter of a callback that receives model tokens (`handleLLMNewToken`,
 * `onToken`, `stream.on('data', ...)`).
 */
export function isTextToken(identifier: TSESTree.Identifier, scope: Scope, isCredential: CredentialNameTest): boolean {
  const variable = ASTUtils.findVariable(scope, identifier);
  if (variable === null) return false;
  if (isReadAsSyntax(variable)) return true;
  const writes = variable.references.flatMap((reference) => (reference.writeExpr == null ? [] : alternativesOf(reference.writeExpr)));
  if (writes.some((write) => isFromLexer(write, isCredential) || isFromTokenizer(write) || isModelOutput(write, isCredential))) return true;
  const definition = variable.defs[0];
  if (definition?.type === PARAMETER_DEFINITION && isStreamListener(definition.node)) return true;
  const element = elementOf(variable);
  if (element === undefined || isCredentialCollection(element.collection, scope, isCredential)) return false;
  return element.streamed || isTextCollection(element.collection, scope, isCredential);
}

/**
 * A collection of text tokens: named `tokens`, or made (here or in the binding it reads) by a
 * lexer, a tokenizer, or a `split` of a text that is not a credential
 * (`text.toLowerCase().split(/\s+/)`, not `authorization.split(' ')`).
 */
function isTextCollection(node: TSESTree.Node, scope: Scope, isCredential: CredentialNameTest): boolean {
  const target = unwrapExpression(node, true);
  const init = target.type === AST_NODE_TYPES.Identifier ? resolveBinding(target, scope) : undefined;
  return [target, ...(init === undefined ? [] : [unwrapExpression(init, true)])].some(
    (candidate) => lastWordOf(candidate) === 'tokens' || isFromTokenizer(candidate) || isFromLexer(candidate, isCredential) || isTextSplit(candidate, isCredential),
  );
}

function isTextSplit(node: TSESTree.Node, isCredential: CredentialNameTest): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression || getStaticName(node.callee) !== 'split') return false;
  return !namesAlong(node.callee.object).some(isCredential);
}

/** Array methods whose callback gets each element first: `apiKeys.forEach((key) => ...)`. */
const ELEMENT_CALLBACK_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter', 'find', 'some', 'every']);

/**
 * The collection a variable takes its values from, one element at a time: the loop
 * variable of `for (const x of collection)` (`streamed` for a `for await`), or the first
 * parameter of a callback given to `collection.forEach(...)`, `.map(...)` and the like.
 */
export function elementOf(variable: TSESLint.Scope.Variable): { collection: TSESTree.Node; streamed: boolean } | undefined {
  const [definition] = variable.defs;
  if (definition?.type === VARIABLE_DEFINITION && definition.node.id === definition.name) {
    const loop = definition.node.parent.parent;
    return loop.type === AST_NODE_TYPES.ForOfStatement ? { collection: loop.right, streamed: loop.await } : undefined;
  }
  if (definition?.type !== PARAMETER_DEFINITION || definition.node.params[0] !== definition.name) return undefined;
  const fn = definition.node;
  const call = fn.parent;
  if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return undefined;
  const callee = unwrapExpression(call.callee);
  const method = callee.type === AST_NODE_TYPES.MemberExpression ? getStaticName(callee) : undefined;
  return callee.type === AST_NODE_TYPES.MemberExpression && method !== undefined && ELEMENT_CALLBACK_METHODS.has(method)
    ? { collection: callee.object, streamed: false }
    : undefined;
}

/** The values an expression may take: both sides of `a || b` / `a ?? b`, both branches of `c ? a : b`. */
function alternativesOf(node: TSESTree.Node): TSESTree.Node[] {
  const target = unwrapExpression(node, true);
  if (target.type === AST_NODE_TYPES.LogicalExpression) return [...alternativesOf(target.left), ...alternativesOf(target.right)];
  if (target.type === AST_NODE_TYPES.ConditionalExpression) return [...alternativesOf(target.consequent), ...alternativesOf(target.alternate)];
  return [target];
}

/** Is the variable read as an object of syntax anywhere (`node.type`, `token.loc`)? */
export function isReadAsSyntax(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => isSyntaxMemberRead(reference.identifier));
}

/** `token.type`, `token.loc`: a read of a lexer token's members. */
function isSyntaxMemberRead(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== node) return false;
  const member = getStaticKeyName(parent.property, parent.computed);
  return member !== undefined && SYNTAX_TOKEN_MEMBERS.has(member);
}

/**
 * Is `this.token` a parser's current token? The class reads it as one (`this.token.type`)
 * or sets it from a lexer (`this.token = this.lexer.next()`).
 */
export function isTextTokenMember(member: TSESTree.MemberExpression, isCredential: CredentialNameTest): boolean {
  const name = getStaticKeyName(member.property, member.computed);
  const writes = classMemberWrites(member);
  const owner = enclosingClassOfThis(member);
  if (name === undefined || writes === undefined || owner === undefined) return false;
  if (classMemberReads(owner, name).some(isSyntaxMemberRead)) return true;
  return writes.some((write) => write.kind !== 'parameter' && (isFromLexer(write.value, isCredential) || isFromTokenizer(write.value)));
}
