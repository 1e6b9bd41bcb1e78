import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { HttpSinkSpec } from '../ast/apis/http-clients.js';
import { getStaticMemberName } from '../ast/calls.js';
import type { StringShape, StringShapeOptions } from '../ast/static-string.js';
import { resolveObjectProperties, shapeText } from '../ast/static-string.js';
import type { CommandShape } from '../ast/apis/child-process.js';
import type { QueryParam } from './query.js';
import { parseUrlQuery } from './query.js';
import { getParamsObjectParams, getUrlQueryParams } from './url-objects.js';

/**
 * The query parameters a request call sends, read per the client's spec: the URL
 * argument, URL-holding options (`url`, `baseURL`, `path`), parameter options (`params`,
 * `searchParams`, `query`), parameters added by chained calls (`.query(...)`), and the URLs
 * of `curl`/`wget` commands run from code.
 */

type Scope = TSESLint.Scope.Scope;
type CallNode = TSESTree.CallExpression | TSESTree.NewExpression;

/** Where a group of parameters came from, which decides what a suggestion can do. */
export type QuerySource =
  /** The URL argument of the call. */
  | { readonly kind: 'url-argument'; readonly argument: TSESTree.Node }
  /** A URL-holding option (`url`, `baseURL`, `path`, `prefixUrl`). */
  | { readonly kind: 'url-option'; readonly option: string }
  /** A parameter option; `config` is the options object literal when written in the call. */
  | { readonly kind: 'params-option'; readonly option: string; readonly config: TSESTree.ObjectExpression | undefined; readonly value: TSESTree.Node }
  /** A call that adds parameters (`req.query({ ... })`). */
  | { readonly kind: 'params-call'; readonly call: TSESTree.CallExpression };

export interface RequestQuery {
  readonly params: readonly QueryParam[];
  readonly source: QuerySource;
}

const MAX_CHAIN = 12;
/** Programs that send a request to a URL given as an argument. */
const URL_PROGRAMS: ReadonlySet<string> = new Set(['curl', 'wget', 'http', 'https', 'xh']);

function argumentAt(call: CallNode, index: number | undefined): TSESTree.Expression | undefined {
  if (index === undefined) {
    return undefined;
  }
  // Arguments after a spread sit at unknown positions.
  const before = call.arguments.slice(0, index + 1);
  if (before.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
    return undefined;
  }
  return call.arguments[index] as TSESTree.Expression | undefined;
}

function isObjectLike(node: TSESTree.Node, scope: Scope, shapeOptions: StringShapeOptions): boolean {
  return resolveObjectProperties(node, scope, shapeOptions) !== undefined;
}

function optionQueries(options: TSESTree.Node, spec: HttpSinkSpec, scope: Scope, shapeOptions: StringShapeOptions): RequestQuery[] {
  const properties = resolveObjectProperties(options, scope, shapeOptions);
  if (!properties) {
    return [];
  }
  const config = options.type === AST_NODE_TYPES.ObjectExpression ? options : undefined;
  const queries: RequestQuery[] = [];
  for (const property of properties) {
    if (spec.optionKeys.url.includes(property.key)) {
      queries.push({ params: getUrlQueryParams(property.value, scope, shapeOptions), source: { kind: 'url-option', option: property.key } });
    } else if (spec.optionKeys.params.includes(property.key)) {
      const source = { kind: 'params-option' as const, option: property.key, config, value: property.value };
      queries.push({ params: getParamsObjectParams(property.value, scope, shapeOptions), source });
    }
  }
  return queries;
}

/** `superagent.get(url).set(...).query({ ... })`: the parameter calls chained on the request. */
function chainedQueries(call: CallNode, methods: readonly string[], scope: Scope, shapeOptions: StringShapeOptions): RequestQuery[] {
  const queries: RequestQuery[] = [];
  let current: TSESTree.Node = call;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    const member: TSESTree.Node = current.parent;
    const next: TSESTree.Node = member.parent as TSESTree.Node;
    if (member.type !== AST_NODE_TYPES.MemberExpression || member.object !== current || next.type !== AST_NODE_TYPES.CallExpression || next.callee !== member) {
      break;
    }
    const [argument] = next.arguments;
    if (methods.includes(getStaticMemberName(member) ?? '') && argument && argument.type !== AST_NODE_TYPES.SpreadElement) {
      queries.push({ params: getParamsObjectParams(argument, scope, shapeOptions), source: { kind: 'params-call', call: next } });
    }
    current = next;
  }
  return queries;
}

/**
 * Every group of query parameters an HTTP client call sends. With `shapeOptions.callSite`,
 * as sent from that call of the function the request is made in.
 */
export function getRequestQueries(call: CallNode, spec: HttpSinkSpec, scope: Scope, shapeOptions: StringShapeOptions = {}): RequestQuery[] {
  const queries: RequestQuery[] = [];
  const first = argumentAt(call, spec.url);
  let options = argumentAt(call, spec.options);
  if (first && spec.urlOrOptions === true && spec.url === 0 && isObjectLike(first, scope, shapeOptions)) {
    options = first;
  } else if (first) {
    queries.push({ params: getUrlQueryParams(first, scope, shapeOptions), source: { kind: 'url-argument', argument: first } });
  }
  if (options) {
    queries.push(...optionQueries(options, spec, scope, shapeOptions));
  }
  const paramsArgument = argumentAt(call, spec.params);
  if (paramsArgument && call.type === AST_NODE_TYPES.CallExpression) {
    queries.push({ params: getParamsObjectParams(paramsArgument, scope, shapeOptions), source: { kind: 'params-call', call } });
  }
  if (spec.chainedParams) {
    queries.push(...chainedQueries(call, spec.chainedParams, scope, shapeOptions));
  }
  return queries.filter((query) => query.params.length > 0);
}

function looksLikeUrl(shape: StringShape): boolean {
  const text = shapeText(shape);
  return text.includes('?') && !text.startsWith('-');
}

/** The query parameters of the URLs a `curl`/`wget` command passes as arguments. */
export function getCommandUrlParams(command: CommandShape): QueryParam[] {
  if (command.programName === undefined || !URL_PROGRAMS.has(command.programName.toLowerCase())) {
    return [];
  }
  return command.args.filter(looksLikeUrl).flatMap(parseUrlQuery);
}
