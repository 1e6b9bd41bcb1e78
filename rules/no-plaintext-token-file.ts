import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { FILE_READ_APIS, getFileRead } from '../src/ast/apis/file-reads.js';
import type { TrackedCall } from '../src/ast/calls.js';
import { getGlobalRequireCalls, iterateTrackedCalls } from '../src/ast/calls.js';
import { displayFileName, displayPath, getBaseName, isFileModuleSpecifier, resolveFilePaths } from '../src/ast/file-path.js';
import { findCredentialImport, findCredentialKeyRead } from '../src/ast/content-keys.js';
import { getReadValueUse } from '../src/ast/read-value-use.js';
import { resolveObjectProperties, shapeText } from '../src/ast/static-string.js';
import { createRule } from '../src/create-rule.js';
import type { TokenFileMatch, TokenFileOptions } from '../src/files/token-files.js';
import { classifyTokenFile, hasCodeOrMediaExtension, isDataFileName, isSparedFile, matchesFileNamePatterns, mayHoldCredentials } from '../src/files/token-files.js';

export type Options = [{ readonly fileNames?: string[]; readonly allowedFiles?: string[]; readonly encryptedExtensions?: string[] }];
export type MessageIds = 'plaintextTokenFile' | 'credentialKeyInFile';

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
      credentialKeyInFile:
        "Takes '{{key}}' from '{{file}}', a file kept as plain text: a credential stored in the application's files can be read and copied by anyone who reaches them (P1). Keep it in a secrets vault or an encrypted configuration file instead.",
    },
  },
  create(context, [options]) {
    const fileOptions: TokenFileOptions = options;
    const { sourceCode } = context;
    const reported = new Set<TSESTree.Node>();

    /**
     * Checks the file a path expression names, by its name, then by the credential keys the
     * code takes from its content. `read` is the expression whose value is the content;
     * `declaration` a static import of the file.
     */
    function checkPath(pathNode: TSESTree.Node, read: TSESTree.Node | undefined, isModuleSpecifier: boolean, declaration?: TSESTree.ImportDeclaration): void {
      if (reported.has(pathNode)) return;
      // Most specifiers are package names (`import x from 'react'`): nothing to resolve.
      if (isModuleSpecifier && pathNode.type === AST_NODE_TYPES.Literal && typeof pathNode.value === 'string') {
        // A package (`react`) or a code module (`./client.js`): nothing to resolve.
        if (!isFileModuleSpecifier(pathNode.value) || hasCodeOrMediaExtension(pathNode.value)) return;
      }
      const paths = resolveFilePaths(pathNode, sourceCode).map(shapeText);
      const files = isModuleSpecifier ? paths.filter(isFileModuleSpecifier) : paths;
      const match = firstOf(files, findTokenFile);
      if (match) {
        if (!isGoodPracticeUse(read)) report(pathNode, 'plaintextTokenFile', { file: displayPath(match.decidingPath), description: match.description });
        return;
      }
      if (!(read ?? declaration) || !isJudgedByContent(files, isModuleSpecifier)) return;
      const key = declaration ? findCredentialImport(declaration, sourceCode) : findCredentialKeyRead(read as TSESTree.Node, sourceCode);
      if (key && !isGoodPracticeUse(read)) {
        report(pathNode, 'credentialKeyInFile', { key: key.key, file: displayFileName(files[0] ?? sourceCode.getText(pathNode)) });
      }
    }

    /** The content goes straight into a decryption or a TLS certificate option. */
    function isGoodPracticeUse(read: TSESTree.Node | undefined): boolean {
      return read !== undefined && getReadValueUse(read, sourceCode) !== undefined;
    }

    /**
     * A module is read as data only when it names a data file (`./settings.json`, not
     * `./settings.js` or a package); an encrypted file, a file in `allowedFiles`, a template,
     * a translation and a plain dotenv file are not judged by the keys taken from them.
     */
    function isJudgedByContent(files: readonly string[], isModuleSpecifier: boolean): boolean {
      if (isModuleSpecifier && (files.length === 0 || !files.every(isDataFileName))) return false;
      return !files.some((file) => isSparedFile(file, fileOptions) || !mayHoldCredentials(file) || classifyTokenFile(file, fileOptions)?.kind === 'dotenv');
    }

    function report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>): void {
      reported.add(node);
      context.report({ node, messageId, data });
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
        if (node.importKind !== 'type') checkPath(node.source, undefined, true, node);
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

function firstOf<T, R>(items: readonly T[], find: (item: T) => R | undefined): R | undefined {
  for (const item of items) {
    const found = find(item);
    if (found !== undefined) return found;
  }
  return undefined;
}
