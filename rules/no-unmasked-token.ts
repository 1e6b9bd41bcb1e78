import type { TSESTree } from '@typescript-eslint/utils';
import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { SinkArguments, SinkKind, SinkSpec } from '../src/ast/apis/log-sinks.js';
import {
  errorMessageArguments,
  fileNameArgument,
  getSinkSpec,
  hasRedactionConfig,
  isNamedLoggerCall,
  LOG_SINK_APIS,
  sinkArguments,
} from '../src/ast/apis/log-sinks.js';
import type { TrackedCall } from '../src/ast/calls.js';
import { getCalleeName, iterateTrackedCalls } from '../src/ast/calls.js';
import { matchesCalleeSuffix } from '../src/ast/callee-suffix.js';
import { enclosingFunction, HOLE, resolveStringShape, shapeText } from '../src/ast/static-string.js';
import type { TokenValue, TokenValueOptions } from '../src/ast/token-values.js';
import { findTokenValue } from '../src/ast/token-values.js';
import { createRule } from '../src/create-rule.js';
import { isEncryptedFileName } from '../src/files/token-files.js';
import { SECRET_OPTION_SCHEMA } from '../src/secret-options.js';

export type Options = [
  {
    readonly maskFunctions?: readonly string[];
    readonly additionalSinks?: readonly string[];
    readonly tokenNames?: readonly string[];
  },
];
export type MessageIds = 'tokenInLog' | 'tokenInError' | 'tokenInFile';

const MESSAGE_OF: Readonly<Record<SinkKind, MessageIds>> = { log: 'tokenInLog', error: 'tokenInError', file: 'tokenInFile' };
const stringList = (description: string): JSONSchema4 => ({ type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description });

export default createRule<Options, MessageIds>({
  name: 'no-unmasked-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow token values written unmasked to logs, error messages or plain files',
      recommended: 'recommended',
      poorPractice: 'P4',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maskFunctions: stringList('Names of your own functions whose result is safe to show (they mask, redact or hash a token).'),
          additionalSinks: stringList(
            'Extra calls that write their arguments to a log or another plain output, by callee name (`audit.record`, `sendToSentry`); a name matches the end of the called path.',
          ),
          tokenNames: SECRET_OPTION_SCHEMA.tokenNames,
        },
      },
    ],
    defaultOptions: [{ maskFunctions: [], additionalSinks: [], tokenNames: [] }],
    messages: {
      tokenInLog: 'Token value {{value}} reaches {{sink}} unmasked. Log a masked form (a few characters or a hash) or leave it out.',
      tokenInError:
        'Token value {{value}} goes unmasked into an error by {{sink}}, and error messages end up in logs and responses. Leave it out of the message.',
      tokenInFile:
        'Token value {{value}} is written to a plain file by {{sink}}. Keep tokens in a secrets vault or an encrypted file, or write a masked form.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const tokenOptions: TokenValueOptions = { tokenNames: options.tokenNames ?? [], maskFunctions: options.maskFunctions ?? [] };
    const additionalSinks = options.additionalSinks ?? [];
    let tracked = new Map<TSESTree.Node, TrackedCall>();
    const reported = new Set<TSESTree.Node>();

    /** The sink's name for messages (`console.log`, `new Error`), made only for a report. */
    function sinkName(call: TSESTree.CallExpression | TSESTree.NewExpression, kind: SinkKind, tracked: boolean): string {
      return kind === 'error' && !tracked && call.type === AST_NODE_TYPES.NewExpression ? `new ${getCalleeName(call)}` : getCalleeName(call);
    }

    /**
     * Reports the tokens a sink's arguments carry. What a tracked sink's setup says (a logger
     * configured to redact objects, a write to an encrypted file) is read only once an argument
     * needs it: most sinks write no token, and reading the setup means resolving it.
     */
    function checkArguments(
      call: TSESTree.CallExpression | TSESTree.NewExpression,
      args: SinkArguments,
      kind: SinkKind,
      tracked: boolean,
      setup?: { readonly redactsObjects: () => boolean; readonly writesEncryptedFile: () => boolean },
    ): void {
      const scope = sourceCode.getScope(call);
      let redacts: boolean | undefined;
      let encrypted: boolean | undefined;
      for (const argument of sinkArguments(call, args)) {
        if (setup !== undefined && argument.type === AST_NODE_TYPES.ObjectExpression && (redacts ??= setup.redactsObjects())) continue;
        const found = findTokenValue(argument, scope, tokenOptions);
        if (found === undefined) continue;
        if (setup !== undefined && (encrypted ??= setup.writesEncryptedFile())) return;
        report(found, kind, sinkName(call, kind, tracked), argument);
      }
    }

    /**
     * Reports a token once, at its first sink: a message built once and both logged and thrown
     * is one leak. See reportedNode for where the report sits.
     */
    function report(found: TokenValue, kind: SinkKind, sink: string, argument: TSESTree.Node): void {
      if (reported.has(found.node)) return;
      reported.add(found.node);
      context.report({ node: reportedNode(found.node, argument), messageId: MESSAGE_OF[kind], data: { value: found.description, sink } });
    }

    /**
     * The token itself when it is written in the sink's argument, or when it came from another
     * function (a caller hands it to a logging helper: the call that passes it is the line to
     * change); the sink's argument when the token came in through a binding of the same function
     * (`console.log(headers)` of headers built a line earlier): the line that writes it out.
     */
    function reportedNode(token: TSESTree.Node, argument: TSESTree.Node): TSESTree.Node {
      if (token.range[0] >= argument.range[0] && token.range[1] <= argument.range[1]) return token;
      return enclosingFunction(token) === enclosingFunction(argument) ? argument : token;
    }

    function checkTrackedCall(call: TrackedCall, spec: SinkSpec): void {
      const { factory } = call;
      checkArguments(call.node, spec.args, spec.sink, true, {
        redactsObjects: () => factory !== undefined && hasRedactionConfig(factory, sourceCode.getScope(factory)),
        writesEncryptedFile: () => spec.sink === 'file' && writesEncryptedFile(call, spec),
      });
    }

    function writesEncryptedFile(call: TrackedCall, spec: SinkSpec): boolean {
      const file = fileNameArgument(call.node, call.factory, spec);
      const shape = file === undefined ? undefined : resolveStringShape(file, sourceCode.getScope(file));
      return shape !== undefined && isEncryptedFileName(shapeText(shape).replaceAll(HOLE, '_'));
    }

    function checkCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const call = tracked.size === 0 ? undefined : tracked.get(node);
      const spec = call === undefined ? undefined : getSinkSpec(call.api);
      if (call !== undefined && spec !== undefined) {
        checkTrackedCall(call, spec);
        return;
      }
      const errorArgs = errorMessageArguments(node);
      if (errorArgs !== undefined) {
        checkArguments(node, errorArgs, 'error', false);
      } else if (node.type === AST_NODE_TYPES.CallExpression && (isNamedLoggerCall(node) || matchesCalleeSuffix(node, additionalSinks))) {
        checkArguments(node, { from: 0 }, 'log', false);
      }
    }

    return {
      Program(): void {
        tracked = new Map([...iterateTrackedCalls(sourceCode, LOG_SINK_APIS)].map((call) => [call.node, call]));
      },
      CallExpression: checkCall,
      NewExpression: checkCall,
      ThrowStatement(node): void {
        const argument = node.argument;
        if (argument.type === AST_NODE_TYPES.NewExpression || argument.type === AST_NODE_TYPES.CallExpression) return;
        const found = findTokenValue(argument, sourceCode.getScope(node), tokenOptions);
        if (found !== undefined) report(found, 'error', 'throw', argument);
      },
    };
  },
});
