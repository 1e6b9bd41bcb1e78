import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { CHILD_PROCESS_APIS, getCommandShapes } from '../src/ast/apis/child-process.js';
import type { AdditionalSink, HttpSinkSpec, HttpSinkTable } from '../src/ast/apis/http-clients.js';
import { compileAdditionalSinks, HTTP_SINKS } from '../src/ast/apis/http-clients.js';
import type { TrackedCall } from '../src/ast/calls.js';
import { getCalleeName, iterateTrackedCalls } from '../src/ast/calls.js';
import { parameterCallSites } from '../src/ast/static-string.js';
import { createRule } from '../src/create-rule.js';
import { axiosHeaderFix, fetchHeaderFix } from '../src/url/header-suggestion.js';
import type { QuerySource } from '../src/url/request-query.js';
import { getCommandUrlParams, getRequestQueries } from '../src/url/request-query.js';
import type { QueryParam } from '../src/url/query.js';
import type { TokenParamFinding, TokenParamOptions } from '../src/url/token-params.js';
import { findTokenQueryParams } from '../src/url/token-params.js';

export type Options = [
  {
    readonly queryKeys?: readonly string[];
    readonly allowedKeys?: readonly string[];
    readonly additionalSinks?: readonly AdditionalSink[];
  },
];
export type MessageIds = 'tokenInQuery' | 'moveToAuthorizationHeader';

const stringList = (description: string): JSONSchema4 => ({
  type: 'array',
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  description,
});

export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow API tokens in the query string of URLs sent by HTTP clients and curl commands',
      recommended: 'recommended',
      poorPractice: 'P5',
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          queryKeys: stringList('Extra query parameter keys that carry a credential (compared case-insensitively).'),
          allowedKeys: stringList('Query parameter keys never reported, even when they look token-ish (compared case-insensitively).'),
          additionalSinks: {
            type: 'array',
            description: 'Extra functions that send a request: the URL is their first argument, options their second.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['module', 'functions'],
              properties: {
                module: { type: 'string', minLength: 1, description: 'The module that exports the functions.' },
                functions: {
                  type: 'array',
                  items: { type: 'string' },
                  uniqueItems: true,
                  description: "Exported function names (dotted for members, '' for the module itself).",
                },
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ queryKeys: [], allowedKeys: [], additionalSinks: [] }],
    messages: {
      tokenInQuery:
        "Query parameter '{{name}}' sends a token ({{value}}) in the URL of {{sink}}. Send it in an Authorization header instead; URLs are kept in logs, proxies, history and Referer headers.",
      moveToAuthorizationHeader: "Move '{{name}}' into an 'Authorization: Bearer' header.",
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const paramOptions: TokenParamOptions = { queryKeys: options.queryKeys ?? [], allowedKeys: options.allowedKeys ?? [] };
    // A URL in a command line may hold shell variables (`$API_TOKEN`); one options object each.
    const commandParamOptions: TokenParamOptions = { ...paramOptions, shellExpansion: true };
    const tables: HttpSinkTable[] = [HTTP_SINKS, compileAdditionalSinks(options.additionalSinks ?? [])].filter((table) => table !== undefined);
    const reported = new Set<string>();

    /** Reports a parameter once; the sink's name for the message is made only then. */
    function report(finding: TokenParamFinding, sinkName: () => string, suggest: TSESLint.ReportFixFunction | undefined): void {
      const { param } = finding;
      const key = `${param.range[0]}:${param.range[1]}`;
      if (reported.has(key)) return;
      reported.add(key);
      const data = { name: param.key, value: finding.shown, sink: sinkName() };
      context.report({
        loc: { start: sourceCode.getLocFromIndex(param.range[0]), end: sourceCode.getLocFromIndex(param.range[1]) },
        messageId: 'tokenInQuery',
        data,
        suggest: suggest ? [{ messageId: 'moveToAuthorizationHeader', data, fix: suggest }] : [],
      });
    }

    function tokenParams(params: readonly QueryParam[], node: TSESTree.Node, shell = false): TokenParamFinding[] {
      return findTokenQueryParams(params, sourceCode.getScope(node), sourceCode.text, shell ? commandParamOptions : paramOptions);
    }

    function suggestionFor(call: TrackedCall, spec: HttpSinkSpec, source: QuerySource, finding: TokenParamFinding): TSESLint.ReportFixFunction | undefined {
      if (spec.suggestion === 'fetch' && source.kind === 'url-argument') return fetchHeaderFix(sourceCode, call.node, finding);
      if (spec.suggestion === 'axios') return axiosHeaderFix(sourceCode, source, finding);
      return undefined;
    }

    function checkHttpCall(call: TrackedCall, spec: HttpSinkSpec): void {
      const sink = (): string => getCalleeName(call.node);
      const scope = sourceCode.getScope(call.node);
      for (const query of getRequestQueries(call.node, spec, scope)) {
        for (const finding of tokenParams(query.params, call.node)) {
          report(finding, sink, suggestionFor(call, spec, query.source, finding));
        }
      }
      // A request helper: the URL its callers hand it.
      for (const callSite of parameterCallSites(call.node, scope)) {
        for (const query of getRequestQueries(call.node, spec, scope, { callSite })) {
          for (const finding of tokenParams(query.params, call.node)) report(finding, sink, undefined);
        }
      }
    }

    function checkCommand(call: TrackedCall): void {
      for (const command of getCommandShapes(call, sourceCode.getScope(call.node))) {
        const sink = (): string => `${command.programName ?? 'a command'} (run by ${getCalleeName(call.node)})`;
        for (const finding of tokenParams(getCommandUrlParams(command), call.node, true)) {
          report(finding, sink, undefined);
        }
      }
    }

    return {
      'Program:exit'(): void {
        for (const table of tables) {
          for (const call of iterateTrackedCalls(sourceCode, table.group)) {
            const spec = table.specs.get(call.api);
            if (spec) checkHttpCall(call, spec);
          }
        }
        for (const call of iterateTrackedCalls(sourceCode, CHILD_PROCESS_APIS)) checkCommand(call);
      },
    };
  },
});
