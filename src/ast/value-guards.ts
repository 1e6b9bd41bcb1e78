import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getStaticKeyName } from './secret-place.js';
import { unwrapExpression } from './unwrap.js';

/**
 * Is a read of a name, where it stands, guarded by a test that says the value is not a
 * token? A token is a non-empty string, so a value that the branch knows to be empty,
 * missing or not a string is not one:
 *
 *   if (typeof token !== 'string' || !token) throw new Error(`bad token: ${token}`);
 *   const shown = apiKey ? mask(apiKey) : `none (${apiKey})`;
 *
 * The value is named by an identifier or a static member chain (`this.apiKey`,
 * `config.auth.token`); the guard is an `if`, a `? :` or a `&&`/`||` whose branch holds
 * the read, in the same function. A test on another name proves nothing.
 */
export function isGuardedAsNonToken(read: TSESTree.Node): boolean {
  if (!isValueChain(read)) return false;
  let current: TSESTree.Node = read;
  for (let parent = current.parent; parent !== undefined; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression: {
        if (current === parent.consequent && whenTrue(parent.test, read)) return true;
        if (current === parent.alternate && whenFalse(parent.test, read)) return true;
        break;
      }
      case AST_NODE_TYPES.LogicalExpression: {
        if (current === parent.right && (parent.operator === '&&' ? whenTrue(parent.left, read) : parent.operator === '||' && whenFalse(parent.left, read))) {
          return true;
        }
        break;
      }
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.Program:
        return false;
      default:
        break;
    }
  }
  return false;
}

const MAX_CHAIN = 8;

/** `token`, `this.apiKey`, `config.auth.token`: a name or a chain of at most MAX_CHAIN static members. */
function isValueChain(node: TSESTree.Node): boolean {
  let current = unwrapExpression(node);
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    if (current.type === AST_NODE_TYPES.Identifier || current.type === AST_NODE_TYPES.ThisExpression) return true;
    if (current.type !== AST_NODE_TYPES.MemberExpression || getStaticKeyName(current.property, current.computed) === undefined) return false;
    current = unwrapExpression(current.object);
  }
  return false;
}

/**
 * Do two value chains name the same value (`token` and `token`, `this.apiKey` and
 * `this.apiKey`)? Compared member by member, without building their text: a search asks this
 * at every test on the way from a read to its function.
 */
function sameValue(node: TSESTree.Node, key: TSESTree.Node): boolean {
  let a = unwrapExpression(node);
  let b = unwrapExpression(key);
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    if (a.type === AST_NODE_TYPES.Identifier) return b.type === AST_NODE_TYPES.Identifier && a.name === b.name;
    if (a.type === AST_NODE_TYPES.ThisExpression) return b.type === AST_NODE_TYPES.ThisExpression;
    if (a.type !== AST_NODE_TYPES.MemberExpression || b.type !== AST_NODE_TYPES.MemberExpression) return false;
    const name = getStaticKeyName(a.property, a.computed);
    if (name === undefined || name !== getStaticKeyName(b.property, b.computed)) return false;
    a = unwrapExpression(a.object);
    b = unwrapExpression(b.object);
  }
  return false;
}

/** When `test` is true, is the value of `key` known not to be a non-empty string? */
function whenTrue(test: TSESTree.Node, key: TSESTree.Node): boolean {
  switch (test.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' && (sameValue(test.argument, key) || whenFalse(test.argument, key));
    case AST_NODE_TYPES.LogicalExpression:
      // a || b: either may hold, so both must say it; a && b: both hold, one is enough.
      if (test.operator === '||') return whenTrue(test.left, key) && whenTrue(test.right, key);
      return test.operator === '&&' && (whenTrue(test.left, key) || whenTrue(test.right, key));
    case AST_NODE_TYPES.BinaryExpression:
      return comparison(test, key, true);
    default:
      return false;
  }
}

/** When `test` is false, is the value of `key` known not to be a non-empty string? */
function whenFalse(test: TSESTree.Node, key: TSESTree.Node): boolean {
  if (sameValue(test, key)) return true;
  switch (test.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' && whenTrue(test.argument, key);
    case AST_NODE_TYPES.LogicalExpression:
      // !(a && b): one of them is false, so both must say it; !(a || b): both are false.
      if (test.operator === '&&') return whenFalse(test.left, key) && whenFalse(test.right, key);
      return test.operator === '||' && (whenFalse(test.left, key) || whenFalse(test.right, key));
    case AST_NODE_TYPES.BinaryExpression:
      return comparison(test, key, false);
    default:
      return false;
  }
}

/**
 * `typeof key !== 'string'`, `typeof key === 'undefined'`, `key == null`, `key === ''`,
 * `key === undefined`, read with the test's outcome.
 */
function comparison(test: TSESTree.BinaryExpression, key: TSESTree.Node, outcome: boolean): boolean {
  const equality = test.operator === '===' || test.operator === '==';
  if (!equality && test.operator !== '!==' && test.operator !== '!=') return false;
  // Whether the two sides are equal in this branch.
  const equal = equality === outcome;
  // Either side may be the subject (`typeof key === 'string'`, `'string' === typeof key`).
  const left = sideVerdict(test.left, test.right, key, equal);
  return left !== undefined ? left : sideVerdict(test.right, test.left, key, equal) === true;
}

/**
 * What `subject <op> other` says of `key` in this branch: true or false when the subject is
 * `typeof key` (the answer), true when it is `key` equal to an empty value, undefined when the
 * other side may still tell.
 */
function sideVerdict(subject: TSESTree.Node, other: TSESTree.Node, key: TSESTree.Node, equal: boolean): boolean | undefined {
  if (subject.type === AST_NODE_TYPES.UnaryExpression && subject.operator === 'typeof' && sameValue(subject.argument, key)) {
    const type = other.type === AST_NODE_TYPES.Literal && typeof other.value === 'string' ? other.value : undefined;
    if (type === undefined) return false;
    return equal ? type !== 'string' : type === 'string';
  }
  return equal && sameValue(subject, key) && isEmptyValue(other) ? true : undefined;
}

/** `null`, `undefined`, `''`: values that are not a token. */
function isEmptyValue(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Literal) return node.value === null || node.value === '';
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void';
}
