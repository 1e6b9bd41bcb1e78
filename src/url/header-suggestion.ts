import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { QuerySource } from './request-query.js';
import type { TokenParamFinding } from './token-params.js';

/**
 * Editor fixes that move a query token into an `Authorization: Bearer` header, only for
 * the call shapes where that is mechanical: `fetch` with a template-literal URL and no
 * second argument, and an axios `params` object written in the call's config with no
 * `headers` yet. Anything else gets no suggestion.
 */

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

function headerProperty(sourceCode: SourceCode, value: TSESTree.Node): string {
  return `headers: { Authorization: \`Bearer \${${sourceCode.getText(value)}}\` }`;
}

/** The `}` that closes the template expression `value`, if only blanks lie between. */
function closingBrace(text: string, value: TSESTree.Node): number | undefined {
  const brace = text.indexOf('}', value.range[1]);
  return brace >= 0 && text.slice(value.range[1], brace).trim() === '' ? brace : undefined;
}

/** The source range that removes `key=${value}` and one separator from a template URL. */
function removalRange(text: string, keyStart: number, value: TSESTree.Node): [number, number] | undefined {
  const brace = closingBrace(text, value);
  if (brace === undefined) {
    return undefined;
  }
  const before = text[keyStart - 1];
  const after = text[brace + 1];
  if (before === '&') {
    return [keyStart - 1, brace + 1];
  }
  if (before !== '?') {
    return undefined;
  }
  return after === '&' ? [keyStart, brace + 2] : [keyStart - 1, brace + 1];
}

/** `fetch(\`…?token=${t}\`)` becomes `fetch(\`…\`, { headers: { Authorization: \`Bearer ${t}\` } })`. */
export function fetchHeaderFix(sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression, finding: TokenParamFinding): Fix | undefined {
  const [url] = call.arguments;
  const value = finding.valueNode;
  if (call.arguments.length !== 1 || url?.type !== AST_NODE_TYPES.TemplateLiteral || !value || value.parent !== url) {
    return undefined;
  }
  const removal = removalRange(sourceCode.text, finding.param.range[0], value);
  if (!removal || finding.param.range[1] !== value.range[1] || removal[0] < url.range[0]) {
    return undefined;
  }
  return (fixer) => [fixer.removeRange(removal), fixer.insertTextAfter(url, `, { ${headerProperty(sourceCode, value)} }`)];
}

function removeProperty(sourceCode: SourceCode, fixer: TSESLint.RuleFixer, property: TSESTree.Node): TSESLint.RuleFix {
  const after = sourceCode.getTokenAfter(property);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    return fixer.removeRange([property.range[0], next && next.value !== '}' ? next.range[0] : after.range[1]]);
  }
  const before = sourceCode.getTokenBefore(property);
  return before?.value === ',' ? fixer.removeRange([before.range[0], property.range[1]]) : fixer.remove(property);
}

/** `axios.get(url, { params: { api_key: key } })` gets `headers: { Authorization: … }` and loses the parameter. */
export function axiosHeaderFix(sourceCode: SourceCode, source: QuerySource, finding: TokenParamFinding): Fix | undefined {
  const value = finding.valueNode;
  const property = finding.param.node;
  if (source.kind !== 'params-option' || !source.config || !value || property.parent !== source.value) {
    return undefined;
  }
  const config = source.config;
  const hasHeaders = config.properties.some(
    (entry) => entry.type !== AST_NODE_TYPES.Property || (entry.key.type === AST_NODE_TYPES.Identifier ? entry.key.name : sourceCode.getText(entry.key)).includes('headers'),
  );
  const paramsProperty = config.properties.find((entry) => entry.type === AST_NODE_TYPES.Property && entry.value === source.value);
  if (hasHeaders || !paramsProperty) {
    return undefined;
  }
  const header = headerProperty(sourceCode, value);
  const onlyParam = source.value.type === AST_NODE_TYPES.ObjectExpression && source.value.properties.length === 1;
  if (onlyParam) {
    return (fixer) => [fixer.replaceText(paramsProperty, header)];
  }
  return (fixer) => [fixer.insertTextBefore(paramsProperty, `${header}, `), removeProperty(sourceCode, fixer, property)];
}
