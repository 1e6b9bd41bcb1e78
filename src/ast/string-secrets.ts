import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ClassifyOptions, SecretFinding, SecretPlaceOf } from '../secrets/classify.js';
import { findSecrets } from '../secrets/classify.js';
import { minSecretLength } from '../secrets/min-length.js';
import type { StringShape } from './static-string.js';
import { locateInShape, resolveStringShape, shapeText } from './static-string.js';

/** A secret found in the string an expression builds, with the source range to report. */
export interface LocatedSecret {
  readonly finding: SecretFinding;
  readonly range: readonly [number, number];
  /** True when the secret is the expression's entire value (so it can be replaced whole). */
  readonly whole: boolean;
}


function isInside(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[1];
}

/**
 * Is the text at [start, end) this expression's own to report? Yes when part of it is
 * written inside `root`, or when it is assembled from several pieces; no when it is one
 * piece written elsewhere (a constant reported where it is declared).
 */
function isOwnedByRoot(shape: StringShape, start: number, end: number, root: TSESTree.Node): boolean {
  let offset = 0;
  let pieces = 0;
  for (const part of shape.parts) {
    const length = part.kind === 'text' ? part.value.length : 1;
    if (offset < end && offset + length > start) {
      if (isInside(part.node, root)) return true;
      pieces++;
    }
    offset += length;
    if (offset >= end) break;
  }
  return pieces > 1;
}

/** Secrets in a string literal, whose value maps 1:1 to its source when it has no escapes. */
function findInLiteral(node: TSESTree.StringLiteral, place: SecretPlaceOf, options: ClassifyOptions): LocatedSecret[] {
  const value = node.value;
  if (value.length < minSecretLength(options)) return [];
  const findings = findSecrets(value, place, options);
  if (findings.length === 0) return [];
  const exact = node.raw.length === value.length + 2;
  return findings.map((finding) => ({
    finding,
    range: exact ? [node.range[0] + 1 + finding.start, node.range[0] + 1 + finding.end] : node.range,
    whole: value.trim() === finding.value,
  }));
}

/**
 * Secrets in the string an expression builds: a literal, a template, a `+` chain or a
 * constant in the file. Text that only comes from elsewhere (a `const` declared in another
 * statement) is left to the place it is written, so each secret is reported once; a secret
 * assembled from pieces (`'sk_' + 'live_' + rest`) is reported on the expression. The scope
 * is asked for only when the expression has names to resolve.
 */
export function findSecretsInExpression(
  root: TSESTree.Node,
  scopeOf: (node: TSESTree.Node) => TSESLint.Scope.Scope,
  place: SecretPlaceOf,
  options: ClassifyOptions,
): LocatedSecret[] {
  if (root.type === AST_NODE_TYPES.Literal) {
    return typeof root.value === 'string' ? findInLiteral(root, place, options) : [];
  }
  const shape = resolveStringShape(root, scopeOf(root));
  if (shape === undefined) return [];
  const text = shapeText(shape);
  if (text.length < minSecretLength(options)) return [];
  const located: LocatedSecret[] = [];
  for (const finding of findSecrets(text, place, options)) {
    if (!isOwnedByRoot(shape, finding.start, finding.end, root)) continue;
    const location = locateInShape(shape, finding.start, finding.end);
    const range = location !== undefined && isInside(location.node, root) ? location.range : root.range;
    located.push({ finding, range, whole: text.trim() === finding.value });
  }
  return located;
}

/** A string literal too short to hold any secret: the common case, answered before any other work. */
export function isTooShortForSecret(node: TSESTree.Node, options: ClassifyOptions): boolean {
  return node.type === AST_NODE_TYPES.Literal && (typeof node.value !== 'string' || node.value.length < minSecretLength(options));
}

/** Is this node a string expression whose value is checked as its own unit? */
export function isStringRoot(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (parent === undefined) return false;
  if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') return false;
  if (parent.type === AST_NODE_TYPES.TemplateLiteral) return false;
  if (node.type !== AST_NODE_TYPES.Literal) return true;
  switch (parent.type) {
    case AST_NODE_TYPES.ImportDeclaration:
    case AST_NODE_TYPES.ExportAllDeclaration:
    case AST_NODE_TYPES.ExportNamedDeclaration:
    case AST_NODE_TYPES.ImportExpression:
    case AST_NODE_TYPES.ImportAttribute:
    case AST_NODE_TYPES.TSLiteralType:
    case AST_NODE_TYPES.TSExternalModuleReference:
    case AST_NODE_TYPES.TSModuleDeclaration:
      return false;
    case AST_NODE_TYPES.ExpressionStatement:
      return parent.directive === undefined;
    case AST_NODE_TYPES.CallExpression:
      // `require('./config')`: a module's name, like an import's.
      return !(parent.callee.type === AST_NODE_TYPES.Identifier && parent.callee.name === 'require' && parent.arguments.length === 1);
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.TSPropertySignature:
    case AST_NODE_TYPES.TSEnumMember:
      return !('key' in parent) || parent.key !== node;
    default:
      return true;
  }
}
