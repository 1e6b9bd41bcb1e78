import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { SecretPlace } from '../secrets/classify.js';
import { isTokenHeaderName, isTokenName } from '../secrets/names.js';

/** Where a string value sits, as far as secret detection cares. */
export interface SecretContext {
  readonly place: SecretPlace;
  /** The name the value is bound to (variable, property, header, env var), if any. */
  readonly name: string | undefined;
  /** Set when the value is the literal fallback of `process.env.X ?? '…'`. */
  readonly envFallback: TSESTree.LogicalExpression | undefined;
}

const HEADER_SETTERS = new Set(['set', 'append', 'setHeader', 'header', 'setRequestHeader']);

/** Expressions a value passes through unchanged on its way to a name. */
function isTransparentParent(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.TSTypeAssertion:
    case AST_NODE_TYPES.JSXExpressionContainer:
      return true;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test !== child;
    case AST_NODE_TYPES.BinaryExpression:
      return parent.operator === '+';
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    default:
      return false;
  }
}

/** The static name of a property key or member property, if it has one. */
export function getStaticKeyName(key: TSESTree.Node, computed: boolean): string | undefined {
  if (!computed && key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  if (key.type === AST_NODE_TYPES.TemplateLiteral && key.expressions.length === 0) return key.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** `process.env.NAME` or `process.env['NAME']`: the NAME, else undefined. */
export function getProcessEnvName(node: TSESTree.Node): string | undefined {
  const expression = node.type === AST_NODE_TYPES.ChainExpression ? node.expression : node;
  if (expression.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const object = expression.object;
  if (
    object.type === AST_NODE_TYPES.MemberExpression &&
    !object.computed &&
    object.object.type === AST_NODE_TYPES.Identifier &&
    object.object.name === 'process' &&
    object.property.type === AST_NODE_TYPES.Identifier &&
    object.property.name === 'env'
  ) {
    return getStaticKeyName(expression.property, expression.computed);
  }
  return undefined;
}

/** The own name of an identifier or a member (`token` for `config.auth.token`), if static. */
export function getStaticName(target: TSESTree.Node): string | undefined {
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return getStaticKeyName(target.property, target.computed);
  return undefined;
}

/** Members of a JSON Web Key that hold its secret: `k` of a symmetric key, the private parts of an RSA or EC key. */
const JWK_SECRET_MEMBERS: ReadonlySet<string> = new Set(['k', 'd', 'p', 'q', 'dp', 'dq', 'qi']);

/** `{ kty: 'oct', k: '…' }`: a secret member of an object that is a JSON Web Key. */
function isJwkSecretMember(property: TSESTree.Property, name: string): boolean {
  if (!JWK_SECRET_MEMBERS.has(name) || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return property.parent.properties.some(
    (sibling) => sibling.type === AST_NODE_TYPES.Property && getStaticKeyName(sibling.key, sibling.computed) === 'kty',
  );
}

/** The name a value is given by its parent, or undefined when the parent names nothing. */
function nameFromParent(
  parent: TSESTree.Node,
  child: TSESTree.Node,
): { name: string; header: boolean; credential?: true } | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier
        ? { name: parent.id.name, header: false }
        : undefined;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.AccessorProperty: {
      if (parent.value !== child) return undefined;
      const name = getStaticKeyName(parent.key, parent.computed);
      if (name === undefined) return undefined;
      return parent.type === AST_NODE_TYPES.Property && isJwkSecretMember(parent, name) ? { name, header: false, credential: true } : { name, header: false };
    }
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.AssignmentPattern: {
      if (parent.right !== child) return undefined;
      const name = getStaticName(parent.left);
      return name === undefined ? undefined : { name, header: false };
    }
    case AST_NODE_TYPES.JSXAttribute:
      return parent.name.type === AST_NODE_TYPES.JSXIdentifier ? { name: parent.name.name, header: false } : undefined;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return headerSetterName(parent, child);
    default:
      return undefined;
  }
}

/** `headers.set('Authorization', value)` and the like: the header name. */
function headerSetterName(call: TSESTree.CallExpression | TSESTree.NewExpression, child: TSESTree.Node): { name: string; header: boolean } | undefined {
  const [first, second] = call.arguments;
  if (second !== child || first?.type !== AST_NODE_TYPES.Literal || typeof first.value !== 'string') return undefined;
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = getStaticKeyName(callee.property, callee.computed);
  return method !== undefined && HEADER_SETTERS.has(method) ? { name: first.value, header: true } : undefined;
}

/**
 * Where does this string expression end up: under a token-ish name, in an auth header,
 * or nowhere in particular? Walks up through wrappers (`as`, `!`, `satisfies`, `+`,
 * templates, conditionals) and `process.env.X ?? value` fallbacks to the name it is given.
 */
export function getSecretContext(node: TSESTree.Node, tokenNames: readonly string[] = []): SecretContext {
  let child: TSESTree.Node = node;
  let parent = node.parent;
  let envFallback: TSESTree.LogicalExpression | undefined;
  let envName: string | undefined;
  for (let depth = 0; parent !== undefined && depth < 32; depth++) {
    if (parent.type === AST_NODE_TYPES.LogicalExpression && parent.right === child && parent.operator !== '&&') {
      const name = getProcessEnvName(parent.left);
      if (name !== undefined && envFallback === undefined) {
        envFallback = parent;
        envName = name;
      }
    } else if (!isTransparentParent(parent, child)) {
      break;
    }
    child = parent;
    parent = parent.parent;
  }
  const named = parent === undefined ? undefined : nameFromParent(parent, child);
  if (named?.credential === true) return { place: 'credential-option', name: undefined, envFallback };
  // The name the value is given, then the environment variable it falls back from. (Two
  // calls rather than a loop over a two-item array: this runs for most string literals.)
  const nameHeader = named?.header === true;
  const place = namedPlace(named?.name, nameHeader, tokenNames) ?? namedPlace(envName, nameHeader, tokenNames);
  if (place !== undefined) return { ...place, envFallback };
  return { place: 'anywhere', name: named?.name ?? envName, envFallback };
}

/** An auth header or a token-ish name, when `name` is either. */
function namedPlace(
  name: string | undefined,
  isHeaderName: boolean,
  tokenNames: readonly string[],
): { place: 'auth-header' | 'token-name'; name: string } | undefined {
  if (name === undefined) return undefined;
  if (isTokenHeaderName(name)) return { place: 'auth-header', name };
  if (!isHeaderName && isTokenName(name, tokenNames)) return { place: 'token-name', name };
  return undefined;
}
