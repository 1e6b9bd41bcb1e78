import type { File, Language, OkParseResult } from '@eslint/core';
import type { KeyValueDocument, KeyValueNode } from './ast.js';
import { VISITOR_KEYS } from './ast.js';
import { DIALECTS, dialectForPath, isDialect } from './dialect.js';
import { parseKeyValue } from './parse.js';
import type { KeyValueLanguageOptions } from './source-code.js';
import { KeyValueSourceCode } from './source-code.js';

type KeyValueLanguage = Language<{
  LangOptions: KeyValueLanguageOptions;
  Code: KeyValueSourceCode;
  RootNode: KeyValueDocument;
  Node: KeyValueNode;
}>;

function textOf(file: File): string {
  return typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}

/**
 * JavaScript's language options. A flat-config object without `files` (such as
 * `{ languageOptions: { globals } }`) applies them to every file, credential files included, so
 * they are let through here; any other unknown option is an error.
 */
const SHARED_JS_OPTIONS: ReadonlySet<string> = new Set(['ecmaVersion', 'sourceType', 'globals', 'parser', 'parserOptions']);

/**
 * The key-value language: dotenv, .npmrc, ini (.pypirc), .properties, .netrc and token text
 * files, each read in the dialect its file name implies unless `languageOptions.dialect` says
 * otherwise. Parsing never fails: a line no dialect rule fits is kept as a key-less entry.
 */
export const keyValueLanguage: KeyValueLanguage = {
  fileType: 'text',
  lineStart: 1,
  columnStart: 0,
  nodeTypeKey: 'type',
  visitorKeys: Object.fromEntries(Object.entries(VISITOR_KEYS).map(([type, keys]) => [type, [...keys]])),
  defaultLanguageOptions: {},

  validateLanguageOptions(languageOptions) {
    // Checked as the user wrote them, whatever the declared type says.
    const options: Readonly<Record<string, unknown>> = languageOptions;
    for (const [option, value] of Object.entries(options)) {
      if (SHARED_JS_OPTIONS.has(option)) continue;
      if (option !== 'dialect') {
        throw new Error(`Unknown key-value language option '${option}': the only option is 'dialect' (${DIALECTS.join(', ')}).`);
      }
      if (value !== undefined && !isDialect(value)) {
        throw new Error(`Invalid key-value languageOptions.dialect ${describe(value)}: expected one of ${DIALECTS.join(', ')}.`);
      }
    }
  },

  parse(file, context): OkParseResult<KeyValueDocument> {
    // ESLint always passes the options; a direct caller may not.
    const options = (context as Partial<typeof context> | undefined)?.languageOptions;
    const dialect = options?.dialect ?? dialectForPath(file.path);
    return { ok: true, ast: parseKeyValue(textOf(file), dialect) };
  },

  createSourceCode(file, parseResult) {
    return new KeyValueSourceCode({ text: textOf(file), ast: parseResult.ast });
  },
};
