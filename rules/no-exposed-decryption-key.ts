import type { TSESTree } from '@typescript-eslint/utils';
import type { DecryptFunctionOption } from '../src/ast/apis/decryption.js';
import {
  decryptionApiName,
  getCiphertextArgument,
  getDecryptionApis,
  getKeyArgument,
} from '../src/ast/apis/decryption.js';
import type { TrackedCall } from '../src/ast/calls.js';
import { iterateTrackedCalls } from '../src/ast/calls.js';
import type { KeySource } from '../src/ast/key-sources.js';
import { compileAllowedKeyFiles, getCommandSecrets, getKeySource, isExposedKeySource } from '../src/ast/key-sources.js';
import { toSourceLocation } from '../src/ast/static-string.js';
import { createRule } from '../src/create-rule.js';

export type Options = [
  {
    readonly additionalDecryptFunctions?: DecryptFunctionOption[];
    readonly allowedKeyFiles?: string[];
  },
];
export type MessageIds = 'exposedDecryptionKey';

export default createRule<Options, MessageIds>({
  name: 'no-exposed-decryption-key',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow decryption keys and passphrases that are written in the code or kept in plain files of the project',
      recommended: 'recommended',
      poorPractice: 'P2',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          additionalDecryptFunctions: {
            type: 'array',
            description: 'Decryption functions of your own code or of other libraries, each with the argument that holds the key.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['path', 'keyArgument'],
              properties: {
                module: { type: 'string', description: 'The module that exports the function; omit it for a global.' },
                path: {
                  type: 'array',
                  items: { type: 'string' },
                  description: 'Member path after the module (`["decryptConfig"]`, `[]` for the module itself), or the global and its members.',
                },
                keyArgument: { type: 'integer', minimum: 0, description: 'Index of the argument that holds the key or passphrase.' },
              },
            },
          },
          allowedKeyFiles: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Globs of key files that may be read (test fixtures), matched against the base name and the path.',
          },
        },
      },
    ],
    defaultOptions: [{ additionalDecryptFunctions: [], allowedKeyFiles: [] }],
    messages: {
      exposedDecryptionKey:
        'The key of {{api}} is {{source}}: whoever can read the code or the project files can decrypt the data (P2). Load the key from a secrets vault, a key management service or the environment instead.',
    },
  },
  create(context, [options]) {
    const { sourceCode } = context;
    const apis = getDecryptionApis(options.additionalDecryptFunctions);
    const isAllowedFile = compileAllowedKeyFiles(options.allowedKeyFiles ?? []);

    function report(api: string, found: KeySource, loc?: TSESTree.SourceLocation): void {
      if (!isExposedKeySource(found)) return;
      const data = { api, source: found.description };
      context.report(loc ? { loc, messageId: 'exposedDecryptionKey', data } : { node: found.node, messageId: 'exposedDecryptionKey', data });
    }

    function checkDecryption(call: TrackedCall): void {
      const spec = apis.specs.get(call.api);
      const scope = sourceCode.getScope(call.node);
      const key = spec ? getKeyArgument(call, spec, scope) : undefined;
      if (!spec || !key) return;
      const ciphertext = getCiphertextArgument(call, spec, scope);
      report(decryptionApiName(call.path), getKeySource(key, sourceCode, { ciphertext, isAllowedFile }));
    }

    return {
      Program(): void {
        for (const call of iterateTrackedCalls(sourceCode, apis.group)) checkDecryption(call);
        for (const secret of getCommandSecrets(sourceCode, 'decryption', { isAllowedFile })) {
          report(secret.api, secret.source, toSourceLocation(sourceCode, secret.range));
        }
      },
    };
  },
});
