import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';

type TypeScriptParser = typeof import('@typescript-eslint/parser');

const require = createRequire(import.meta.url);
const PARSER = '@typescript-eslint/parser';

let loaded: TypeScriptParser | undefined;

/** Loads @typescript-eslint/parser, and with it TypeScript, on the first call only. */
function load(): TypeScriptParser {
  loaded ??= require(PARSER) as TypeScriptParser;
  return loaded;
}

/**
 * @typescript-eslint/parser as the configs give it to TypeScript files, loaded when ESLint
 * first parses one: importing the plugin, reading its configs and linting JavaScript never
 * load TypeScript (about half a second and 60 MB at every start of the command line).
 * `meta` is the parser's own name and version, read from its package.json without loading
 * it, so `eslint --cache` keys and `--print-config` name the real parser.
 */
export const typescriptParser: TSESLint.Parser.LooseParserModule & { readonly meta: { readonly name: string; readonly version: string } } =
  Object.freeze({
    meta: Object.freeze({
      name: 'typescript-eslint/parser',
      version: (require(`${PARSER}/package.json`) as { version: string }).version,
    }),
    parse(code: string, options?: unknown) {
      return load().parse(code, options as Parameters<TypeScriptParser['parse']>[1]);
    },
    parseForESLint(code: string, options?: unknown) {
      return load().parseForESLint(code, options as Parameters<TypeScriptParser['parseForESLint']>[1]);
    },
  });
