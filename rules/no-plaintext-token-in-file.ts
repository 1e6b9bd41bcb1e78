import type { TSESLint } from '@typescript-eslint/utils';
import { displayPath, getBaseName } from '../src/ast/file-path.js';
import { createRule } from '../src/create-rule.js';
import type { DataValue } from '../src/languages/data-value.js';
import { locateFinding } from '../src/languages/data-value.js';
import type { Entry, KeyValueDocument } from '../src/languages/key-value/ast.js';
import type { SecretFinding, SecretPlace } from '../src/secrets/classify.js';
import { findSecrets } from '../src/secrets/classify.js';
import { describeSecret } from '../src/secrets/mask.js';
import { minSecretLength } from '../src/secrets/min-length.js';
import { isTokenName, placeOfName } from '../src/secrets/names.js';
import type { SecretOptionsInput } from '../src/secret-options.js';
import { compileSecretOptions, SECRET_OPTION_SCHEMA } from '../src/secret-options.js';

export type Options = [SecretOptionsInput];
export type MessageIds = 'plaintextTokenInFile' | 'useExamplePlaceholder';

/** `.env.example`, `.env.sample`, `sample.env`: templates whose values are meant to be replaced. */
const EXAMPLE_FILE = /^(?:\.env\.(?:example|sample|template|dist|defaults?)|(?:example|sample|template)\.env)$/iu;

/** Keys longer than this are not quoted in messages. */
const MAX_QUOTED_KEY = 64;
/** Keys quoted in messages look like names: `OWN_API_TOKEN`, `//registry.npmjs.org/:_authToken`, `db.password`. */
const QUOTABLE_KEY = /^[A-Za-z_./@-][\w./:@-]*$/u;
/** A run of digits that may be the public half of a token (a bot id) is not quoted either. */
const LONG_NUMBER = /\d{6}/u;

/** The extension of a file name (`api-token.txt` is judged by `api-token`). */
const FILE_EXTENSION = /\.[^.]*$/u;

interface KeyValueSource {
  readonly ast: KeyValueDocument;
  readonly text: string;
  getLocFromIndex(index: number): { line: number; column: number };
}

export default createRule<Options, MessageIds>({
  name: 'no-plaintext-token-in-file',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow API tokens and other secrets stored as plain text in .env, .npmrc, .pypirc, .netrc, .properties and token text files',
      recommended: 'recommended',
      poorPractice: 'P1',
      languages: ['key-value'],
    },
    hasSuggestions: true,
    schema: [{ type: 'object', additionalProperties: false, properties: { ...SECRET_OPTION_SCHEMA } }],
    defaultOptions: [{ allowedValues: [], allowedPatterns: [], additionalPatterns: [], tokenNames: [] }],
    messages: {
      plaintextTokenInFile:
        "Plain-text {{secret}} in '{{file}}'{{key}}: anyone who can read this file can use it. Keep it in a secrets vault or an encrypted config, and keep this file out of the repository and the deployed folder.",
      useExamplePlaceholder: 'Leave the value empty in this template.',
    },
  },
  create(context, [options]) {
    const { classify, tokenNames } = compileSecretOptions('no-plaintext-token-in-file', options);
    const sourceCode = context.sourceCode as unknown as KeyValueSource;
    const minLength = minSecretLength(classify);
    const baseName = getBaseName(context.filename);
    const file = displayPath(baseName);
    const isExample = sourceCode.ast.dialect === 'dotenv' && EXAMPLE_FILE.test(baseName);
    // A line without a key (a token pasted alone into `api-token.txt`) takes the file's name.
    const unkeyedPlace: SecretPlace = isTokenName(baseName.replace(FILE_EXTENSION, ''), tokenNames) ? 'token-name' : 'anywhere';

    /**
     * Provider tokens that begin in an entry's key: the key is whatever comes before a
     * separator, so a token with a `:` or `=` of its own (a bot token `123456:AA…`, a base64
     * line read by npm as `key=`) is split in two, and only the whole line shows it.
     */
    function spanningFindings(entry: Entry): SecretFinding[] {
      const { key } = entry;
      if (key === null || entry.range[1] - key.range[0] < minLength) return [];
      const line = sourceCode.text.slice(key.range[0], entry.range[1]);
      const keyLength = key.range[1] - key.range[0];
      return findSecrets(line, 'anywhere', classify)
        .filter((finding) => finding.start < keyLength)
        .map((finding) => ({ ...finding, start: finding.start + key.range[0], end: finding.end + key.range[0] }));
    }

    /**
     * ` under KEY` for the message, for keys that look like names; a long key, one that looks
     * like a secret, a long number (the public half of a bot token) or one that holds part of
     * a token is not quoted.
     */
    function keyLabel(entry: Entry, spanning: readonly SecretFinding[]): string {
      const { key } = entry;
      if (key === null || spanning.length > 0) return '';
      if (key.name.length > MAX_QUOTED_KEY || !QUOTABLE_KEY.test(key.name) || LONG_NUMBER.test(key.name)) return '';
      if (findSecrets(key.name, 'token-name', classify).length > 0) return '';
      return ` under ${displayPath(key.name)}`;
    }

    function valueFindings(entry: Entry): SecretFinding[] {
      const { value } = entry;
      if (value === null || value.value.length < minLength) return [];
      const place = entry.key === null ? unkeyedPlace : placeOfName(entry.key.name, tokenNames);
      return findSecrets(value.value, place, classify, entry.key?.name);
    }

    function checkEntry(entry: Entry): void {
      const spanning = spanningFindings(entry);
      const inValue = valueFindings(entry);
      if (spanning.length === 0 && inValue.length === 0) return;
      const key = keyLabel(entry, spanning);
      const { value } = entry;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
        isExample && value !== null
          ? [{ messageId: 'useExamplePlaceholder', fix: (fixer) => fixer.replaceTextRange(value.range, '') }]
          : [];
      for (const finding of spanning) {
        context.report({
          loc: { start: sourceCode.getLocFromIndex(finding.start), end: sourceCode.getLocFromIndex(finding.end) },
          messageId: 'plaintextTokenInFile',
          data: { secret: describeSecret(finding.kind, finding.value), file, key },
        });
      }
      if (value === null) return;
      const dataValue: DataValue = {
        value: value.value,
        loc: value.loc,
        verbatimStart: value.verbatim ? value.contentRange[0] : undefined,
      };
      const start = dataValue.verbatimStart ?? value.range[0];
      for (const finding of inValue) {
        // A token already reported across the separator is not reported again for its tail.
        if (spanning.some((reported) => reported.end > start + finding.start)) continue;
        context.report({
          loc: locateFinding(sourceCode, dataValue, finding),
          messageId: 'plaintextTokenInFile',
          data: { secret: describeSecret(finding.kind, finding.value), file, key },
          suggest,
        });
      }
    }

    return { Entry: checkEntry };
  },
});
