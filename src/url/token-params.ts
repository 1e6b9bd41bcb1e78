import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getScopeAt } from '../ast/scope-at.js';
import type { StringShape } from '../ast/static-string.js';
import { HOLE, shapeText } from '../ast/static-string.js';
import type { TokenValueOptions } from '../ast/token-values.js';
import { getTokenValue, isMaskingCall } from '../ast/token-values.js';
import { findSecrets, isTokenLike } from '../secrets/classify.js';
import { maskSecret } from '../secrets/mask.js';
import { isTokenName } from '../secrets/names.js';
import { isNonSecretValue } from '../secrets/placeholders.js';
import type { QueryParam } from './query.js';
import type { QueryKeyOptions } from './query-keys.js';
import { classifyQueryKey, isNonCredentialName, isSharedAccessSignature } from './query-keys.js';

/**
 * Which query parameters carry a token: a token-ish key with a value that is not plainly
 * harmless, or a token value under any key (a token-ish variable or member,
 * `process.env.<TOKEN>`, a token-like literal, a binding made from one).
 */

export interface TokenParamOptions extends QueryKeyOptions {
  readonly tokenValues?: TokenValueOptions;
  /**
   * The URL is a word of a shell command: `$NAME` and `${NAME}` in it are expansions of a
   * variable, not placeholder text.
   */
  readonly shellExpansion?: boolean;
}

export interface TokenParamFinding {
  readonly param: QueryParam;
  /** A safe rendering of the value for messages: a masked literal, or the expression's name. */
  readonly shown: string;
  /** The expression that is the whole value, when the value is one expression (for suggestions). */
  readonly valueNode: TSESTree.Node | undefined;
}

const SHELL_VARIABLE = /^\$\{?([A-Z_a-z]\w*)\}?$/u;
const MAX_SHOWN_EXPRESSION = 40;

type Scope = TSESLint.Scope.Scope;

/** What a value is, as far as the token question goes. */
type ValueVerdict = { readonly kind: 'token'; readonly shown: string } | { readonly kind: 'unknown'; readonly shown: string } | { readonly kind: 'harmless' };

function expressionText(node: TSESTree.Node, sourceText: string): string {
  const text = sourceText.slice(node.range[0], node.range[1]).replaceAll(/\s+/gu, ' ');
  return text.length > MAX_SHOWN_EXPRESSION ? `${text.slice(0, MAX_SHOWN_EXPRESSION - 1)}…` : text;
}

function judgeHole(node: TSESTree.Node, scope: Scope, options: TokenParamOptions, sourceText: string): ValueVerdict {
  if (node.type === AST_NODE_TYPES.CallExpression && isMaskingCall(node, options.tokenValues?.maskFunctions)) {
    return { kind: 'harmless' };
  }
  if (node.type === AST_NODE_TYPES.Literal || node.type === AST_NODE_TYPES.ObjectExpression || node.type === AST_NODE_TYPES.ArrayExpression) {
    return { kind: 'harmless' };
  }
  const value = getTokenValue(node, getScopeAt(scope, node), options.tokenValues);
  if (value) {
    return isNonCredentialName(value.description) ? { kind: 'harmless' } : { kind: 'token', shown: value.description };
  }
  const shown = expressionText(node, sourceText);
  return isNonCredentialName(shown) ? { kind: 'harmless' } : { kind: 'unknown', shown };
}

function judgeText(text: string, options: TokenParamOptions, tokenKey: boolean): ValueVerdict {
  const variable = options.shellExpansion ? SHELL_VARIABLE.exec(text) : null;
  if (variable) {
    const name = variable[1] ?? '';
    if (isNonCredentialName(name)) {
      return { kind: 'harmless' };
    }
    return isTokenName(name, options.tokenValues?.tokenNames) ? { kind: 'token', shown: `$${name}` } : { kind: 'unknown', shown: `$${name}` };
  }
  if (isTokenLike(text, options.tokenValues?.classify)) {
    return { kind: 'token', shown: `"${maskSecret(text)}"` };
  }
  // Under a token-ish key the value is read as the key's secret: a hex API key is no digest there.
  if (tokenKey && findSecrets(text, 'token-name', options.tokenValues?.classify).length > 0) {
    return { kind: 'token', shown: `"${maskSecret(text)}"` };
  }
  return isNonSecretValue(text) ? { kind: 'harmless' } : { kind: 'unknown', shown: `"${maskSecret(text)}"` };
}

/** Judges a whole value: its token part if any, else unknown if any part may be a secret. */
function judgeValue(value: StringShape, scope: Scope, options: TokenParamOptions, sourceText: string, tokenKey: boolean): ValueVerdict {
  const [only] = value.parts;
  if (value.parts.length === 0) {
    return { kind: 'harmless' };
  }
  if (value.parts.every((part) => part.kind === 'text')) {
    return judgeText(shapeText(value), options, tokenKey);
  }
  let unknown: ValueVerdict | undefined;
  for (const part of value.parts) {
    if (part.kind !== 'hole') {
      continue;
    }
    const verdict = judgeHole(part.node, scope, options, sourceText);
    if (verdict.kind === 'token') {
      return verdict;
    }
    unknown ??= verdict.kind === 'unknown' ? verdict : undefined;
  }
  if (value.parts.length > 1 && only?.kind === 'text') {
    // `?token=abc${suffix}`: the static text may be the secret itself.
    const staticText = shapeText(value).replaceAll(HOLE, '');
    const verdict = judgeText(staticText, options, tokenKey);
    if (verdict.kind === 'token') {
      return verdict;
    }
  }
  return unknown ?? { kind: 'harmless' };
}

/** The value's single expression, when the value is exactly one hole. */
function singleExpression(value: StringShape): TSESTree.Node | undefined {
  const [only] = value.parts;
  return value.parts.length === 1 && only?.kind === 'hole' ? only.node : undefined;
}

/**
 * The parameters among `params` that carry a token. `sourceText` is the file's text (to
 * show an unknown expression by its code, never a value).
 */
export function findTokenQueryParams(
  params: readonly QueryParam[],
  scope: Scope,
  sourceText: string,
  options: TokenParamOptions = {},
): TokenParamFinding[] {
  const findings: TokenParamFinding[] = [];
  for (const param of params) {
    const keyKind = classifyQueryKey(param.key, options);
    if (keyKind === 'allowed') {
      continue;
    }
    const verdict = judgeValue(param.value, scope, options, sourceText, keyKind === 'token');
    if (verdict.kind === 'harmless') {
      continue;
    }
    const keyCarriesToken = keyKind === 'token' || (keyKind === 'signature' && isSharedAccessSignature(param.siblings));
    if (verdict.kind === 'token' || keyCarriesToken) {
      findings.push({ param, shown: verdict.shown, valueNode: singleExpression(param.value) });
    }
  }
  return findings;
}
