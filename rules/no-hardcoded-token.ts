import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { SecretContext } from '../src/ast/secret-place.js';
import { getCommandSecrets, getWrittenSecretArguments } from '../src/ast/key-sources.js';
import { getSecretContext } from '../src/ast/secret-place.js';
import type { LocatedSecret } from '../src/ast/string-secrets.js';
import { findSecretsInExpression, isStringRoot, isTooShortForSecret } from '../src/ast/string-secrets.js';
import { toSourceLocation } from '../src/ast/static-string.js';
import { createRule } from '../src/create-rule.js';
import { envVariableName } from '../src/secrets/env-name.js';
import type { SecretPlace } from '../src/secrets/classify.js';
import { findSecrets } from '../src/secrets/classify.js';
import { describeSecret } from '../src/secrets/mask.js';
import { minSecretLength } from '../src/secrets/min-length.js';
import { placeOfName } from '../src/secrets/names.js';
import { locateFinding } from '../src/languages/data-value.js';
import type { JsonSource, JsonString } from '../src/languages/json-strings.js';
import { jsonDataValue, jsonStringRole } from '../src/languages/json-strings.js';
import { sourceKindOf } from '../src/languages/source-kind.js';
import type { SecretOptionsInput } from '../src/secret-options.js';
import { compileSecretOptions, SECRET_OPTION_SCHEMA } from '../src/secret-options.js';

export type Options = [SecretOptionsInput & { readonly checkComments?: boolean }];
export type MessageIds = 'hardcodedToken' | 'hardcodedTokenInComment' | 'hardcodedTokenInJson' | 'readFromEnvironment';

export default createRule<Options, MessageIds>({
  name: 'no-hardcoded-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow API tokens and other secrets written as string literals in source code and JSON files',
      recommended: 'recommended',
      poorPractice: 'P3',
      languages: ['javascript', 'json'],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          ...SECRET_OPTION_SCHEMA,
          checkComments: { type: 'boolean', description: 'Also report tokens of a known format in comments.' },
        },
      },
    ],
    defaultOptions: [
      { allowedValues: [], allowedPatterns: [], additionalPatterns: [], tokenNames: [], checkComments: false },
    ],
    messages: {
      hardcodedToken:
        'Hard-coded {{secret}} in the source. Load it at run time from the environment or a secrets vault instead.',
      hardcodedTokenInComment: 'Token {{secret}} in a comment. Remove it, and revoke it if it was ever valid.',
      hardcodedTokenInJson:
        'Plain-text {{secret}} in a JSON file. Keep it in a secrets vault or an encrypted config, and out of the repository.',
      readFromEnvironment: 'Read it from process.env.{{envName}} instead.',
    },
  },
  create(context, [options]) {
    const { classify, tokenNames } = compileSecretOptions('no-hardcoded-token', options);
    const { sourceCode } = context;

    if (sourceKindOf(sourceCode) === 'json') {
      // @eslint/json: every string value and member name, placed by the key it is stored under.
      const source = sourceCode as unknown as JsonSource & { getLocFromIndex(index: number): { line: number; column: number } };
      const minLength = minSecretLength(classify);
      const checkJsonString = (node: JsonString): void => {
        if (node.value.length < minLength) return;
        const role = jsonStringRole(node, source);
        const place = role.isKey ? 'anywhere' : placeOfName(role.key, tokenNames);
        const findings = findSecrets(node.value, place, classify, role.key);
        if (findings.length === 0) return;
        const value = jsonDataValue(node, source);
        for (const finding of findings) {
          context.report({
            loc: locateFinding(source, value, finding),
            messageId: 'hardcodedTokenInJson',
            data: { secret: describeSecret(finding.kind, finding.value) },
          });
        }
      };
      return { String: checkJsonString };
    }

    /** A string given where a secret goes (a cipher key, a JWT secret, an SDK credential) is read as a credential. */
    function placeOf(node: TSESTree.Node): SecretContext {
      const place = getSecretContext(node, tokenNames);
      return place.place !== 'auth-header' && getWrittenSecretArguments(sourceCode).has(node) ? { ...place, place: 'credential-option' } : place;
    }

    /** Ranges of the passwords written into openssl command lines, reported once by checkCommands. */
    const commandSecretRanges: (readonly [number, number])[] = [];

    /** A password or key written into an openssl command the code runs (`-pass pass:…`, `-k …`). */
    function checkCommands(): void {
      for (const secret of getCommandSecrets(sourceCode, 'any')) {
        if (secret.source.kind !== 'literal') continue;
        const [finding] = findSecrets(secret.value, 'credential-option', classify);
        if (finding === undefined) continue;
        commandSecretRanges.push(secret.range);
        context.report({
          loc: toSourceLocation(sourceCode, secret.range),
          messageId: 'hardcodedToken',
          data: { secret: describeSecret(finding.kind, finding.value) },
        });
      }
    }

    function isCommandSecret(range: readonly [number, number]): boolean {
      return commandSecretRanges.some(([start, end]) => start < range[1] && range[0] < end);
    }

    const scopeOf = (node: TSESTree.Node): TSESLint.Scope.Scope => sourceCode.getScope(node);
    /** The string being checked and its place, found only when its text holds a candidate. */
    let checked: TSESTree.Node | undefined;
    let checkedPlace: SecretContext | undefined;
    const placeOfChecked = (): SecretPlace => (checkedPlace ??= placeOf(checked as TSESTree.Node)).place;

    function check(node: TSESTree.Node): void {
      if (isTooShortForSecret(node, classify) || !isStringRoot(node)) return;
      checked = node;
      checkedPlace = undefined;
      for (const located of findSecretsInExpression(node, scopeOf, placeOfChecked, classify)) {
        const place = (checkedPlace ??= placeOf(node));
        if (commandSecretRanges.length > 0 && isCommandSecret(located.range)) continue;
        context.report({
          loc: { start: sourceCode.getLocFromIndex(located.range[0]), end: sourceCode.getLocFromIndex(located.range[1]) },
          messageId: 'hardcodedToken',
          data: { secret: describeSecret(located.finding.kind, located.finding.value) },
          suggest: getSuggestions(node, place, located),
        });
      }
    }

    function getSuggestions(
      node: TSESTree.Node,
      place: SecretContext,
      located: LocatedSecret,
    ): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
      if (place.envFallback !== undefined) {
        const fallback = place.envFallback;
        return [
          {
            messageId: 'readFromEnvironment',
            data: { envName: sourceCode.getText(fallback.left).replace(/^process\.env\.?/u, '') },
            fix: (fixer) => fixer.replaceText(fallback, sourceCode.getText(fallback.left)),
          },
        ];
      }
      const replaceable =
        node.type === AST_NODE_TYPES.Literal ||
        (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0);
      if (!located.whole || !replaceable) return [];
      const envName = envVariableName(place.place === 'anywhere' ? undefined : place.name, located.finding.envName);
      const replacement =
        node.parent.type === AST_NODE_TYPES.JSXAttribute ? `{process.env.${envName}}` : `process.env.${envName}`;
      return [{ messageId: 'readFromEnvironment', data: { envName }, fix: (fixer) => fixer.replaceText(node, replacement) }];
    }

    function checkComments(): void {
      for (const comment of sourceCode.getAllComments()) {
        const start = comment.range[0] + 2;
        for (const finding of findSecrets(comment.value, 'anywhere', classify)) {
          context.report({
            loc: {
              start: sourceCode.getLocFromIndex(start + finding.start),
              end: sourceCode.getLocFromIndex(start + finding.end),
            },
            messageId: 'hardcodedTokenInComment',
            data: { secret: describeSecret(finding.kind, finding.value) },
          });
        }
      }
    }

    return {
      Literal: check,
      TemplateLiteral: check,
      // A plain listener with the test inline: an attribute selector costs a query match per node.
      BinaryExpression(node): void {
        if (node.operator === '+') check(node);
      },
      Program(): void {
        checkCommands();
        if (options.checkComments === true) checkComments();
      },
    };
  },
});
