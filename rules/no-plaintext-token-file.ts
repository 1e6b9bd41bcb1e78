import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { FILE_READ_APIS, getFileRead } from '../src/ast/apis/file-reads.js';
import type { TrackedCall } from '../src/ast/calls.js';
import { getGlobalRequireCalls, iterateTrackedCalls } from '../src/ast/calls.js';
import { displayPath, getBaseName, isFileModuleSpecifier, resolveFilePaths } from '../src/ast/file-path.js';
import { getReadValueUse } from '../src/ast/read-value-use.js';
import { resolveObjectProperties, shapeText } from '../src/ast/static-string.js';
import { createRule } from '../src/create-rule.js';
import type { TokenFileMatch, TokenFileOptions } from '../src/files/token-files.js';
import { classifyTokenFile, matchesFileNamePatterns } from '../src/files/token-files.js';

export type Options = [{ readonly fileNames?: string[]; readonly allowedFiles?: string[]; readonly encryptedExtensions?: string[] }];
export type MessageIds = 'plaintextTokenFile';

const STRING_LIST = { type: 'array', items: { type: 'string' }, uniqueItems: true } as const;
const DOTENV_EXTENSION = '.env';

export default createRule<Options, MessageIds>({
  name: 'no-plaintext-token-file',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow reading API tokens and other credentials from unencrypted files',
      recommended: 'recommended',
      poorPractice: 'P1',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fileNames: { ...STRING_LIST, description: 'Extra file-name globs of plaintext token files (`own-api.cfg`, `config/**/*.tok`).' },
          allowedFiles: { ...STRING_LIST, description: 'Globs of files never reported, matched against the base name and the path.' },
          encryptedExtensions: { ...STRING_LIST, description: 'Extra extensions that mark a file as encrypted (`.sealed`).' },
        },
      },
    ],
    defaultOptions: [{ fileNames: [], allowedFiles: [], encryptedExtensions: [] }],
    messages: {
      plaintextTokenFile:
        "Reads '{{file}}', {{description}}: a token kept as plain text in the application's files can be read and copied by anyone who reaches them (P1). Keep it in a secrets vault or an encrypted configuration file instead.",
    },
  },
  create(context, [options]) {
    const fileOptions: TokenFileOptions = options;
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();

    /** Checks the file a path expression names; `read` is the expression whose value is the content. */
    function checkPath(pathNode: TSESTree.Node, read: TSESTree.Node | undefined, isModuleSpecifier: boolean): void {
      if (reported.has(pathNode)) return;
      // Most specifiers are package names (`import x from 'react'`): nothing to resolve.
      if (isModuleSpecifier && pathNode.type === AST_NODE_TYPES.Literal && typeof pathNode.value === 'string' && !isFileModuleSpecifier(pathNode.value)) return;
      for (const shape of resolveFilePaths(pathNode, sourceCode)) {
        const pathText = shapeText(shape);
        const match = isModuleSpecifier && !isFileModuleSpecifier(pathText) ? undefined : findTokenFile(pathText);
        if (!match) continue;
        if (read && getReadValueUse(read, sourceCode)) return;
        reported.add(pathNode);
        context.report({
          node: pathNode,
          messageId: 'plaintextTokenFile',
          data: { file: displayPath(match.decidingPath), description: match.description },
        });
        return;
      }
    }

    /**
     * A plaintext token file, except a plain dotenv file (`.env`, `.env.production`): that
     * is how a deployment hands the environment to the process. A dotenv file whose own
     * name says token or secret (`api-token.env`), or one named in `fileNames`, counts.
     */
    function findTokenFile(pathText: string): TokenFileMatch | undefined {
      const match = classifyTokenFile(pathText, fileOptions);
      if (match?.kind !== 'dotenv' || matchesFileNamePatterns(pathText, fileOptions)) return match;
      const lower = pathText.toLowerCase();
      if (!lower.endsWith(DOTENV_EXTENSION) || getBaseName(pathText).length <= DOTENV_EXTENSION.length) return undefined;
      const stem = classifyTokenFile(pathText.slice(0, -DOTENV_EXTENSION.length), fileOptions);
      return stem && { ...stem, decidingPath: stem.decidingPath + pathText.slice(-DOTENV_EXTENSION.length) };
    }

    function checkTrackedRead(call: TrackedCall): void {
      const read = getFileRead(call, sourceCode);
      const argument = read?.argument;
      if (!read || !argument) return;
      const spec = read.spec;
      if (!('property' in spec.file)) {
        checkPath(argument, call.node, false);
        return;
      }
      const name = spec.file.property;
      const option = resolveObjectProperties(argument, sourceCode.getScope(argument))?.find((property) => property.key === name);
      const value = option?.value;
      // dotenv takes one path or a list of them.
      const paths = value?.type === AST_NODE_TYPES.ArrayExpression ? value.elements : [value];
      for (const path of paths) {
        if (path && path.type !== AST_NODE_TYPES.SpreadElement) checkPath(path, undefined, false);
      }
    }

    function checkModuleSource(source: TSESTree.Node | null | undefined, read?: TSESTree.Node): void {
      if (source) checkPath(source, read, true);
    }

    return {
      Program(): void {
        for (const call of iterateTrackedCalls(sourceCode, FILE_READ_APIS)) checkTrackedRead(call);
        // `require('./token.json')`: a data file loaded as a module.
        for (const call of getGlobalRequireCalls(sourceCode)) {
          const [source] = call.arguments;
          if (source && source.type !== AST_NODE_TYPES.SpreadElement) checkModuleSource(source, call);
        }
      },
      ImportDeclaration(node): void {
        if (node.importKind !== 'type') checkModuleSource(node.source);
      },
      ExportAllDeclaration(node): void {
        if (node.exportKind !== 'type') checkModuleSource(node.source);
      },
      ExportNamedDeclaration(node): void {
        if (node.exportKind !== 'type') checkModuleSource(node.source);
      },
      ImportExpression(node): void {
        checkModuleSource(node.source, node);
      },
      TSExternalModuleReference(node): void {
        checkModuleSource(node.expression);
      },
    };
  },
});
