/**
 * fast-check arbitraries for the fuzz test: syntactically valid TSX programs mixing every
 * construct the rules look at. Source text is assembled from fragments:
 *
 * - string shapes: plain, escaped (`'\u0067hp_…'`) and template literals, JSX text and
 *   attributes, `+` chains, nested templates, `??` fallbacks on `process.env`;
 * - sinks with odd argument shapes: fetch / axios / got / fs / crypto / child_process /
 *   console / loggers / URL / URLSearchParams / Error, called, constructed, optionally
 *   chained, through computed members, with spreads and missing arguments;
 * - bindings: imports and requires (with and without `node:`), destructuring, aliases,
 *   reassigned `let`s, self- and mutually-referencing `const`s, and shadowing of the
 *   globals the rules track (`fetch`, `console`, `require`, `crypto` as parameters and
 *   locals);
 * - TypeScript-only syntax: enums, decorators, `satisfies`, `as`, `!`, declarations.
 *
 * Tokens come from `SECRET_POOL` (built at run time by tests/helpers/tokens.ts) so the rules
 * fire; the same pool is the leak index. Every composite expression is parenthesised, so the
 * text parses whatever fragments meet.
 */
import fc from 'fast-check';
import { buildSecretPool } from './leak-check.js';

export const SECRET_POOL = buildSecretPool();

const TOKENS: readonly string[] = [...SECRET_POOL.tokens.values(), ...SECRET_POOL.generic];

/** Module-scope bindings every program may refer to (declared or not: undeclared is a global). */
const NAMES = ['token', 'apiKey', 'apiToken', 'secret', 'password', 'url', 'key', 'iv', 'headers', 'options', 'logger', 'client', 'v0', 'v1', 'v2', 'v3'] as const;
const PARAMS = ['fetch', 'console', 'require', 'crypto', 'token', 'url', 'axios', 'fs', 'process'] as const;

function singleQuoted(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\r', '\\r')}'`;
}

function templateText(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** `'\u0067hp_…'`: the first character written as a unicode escape. */
function unicodeEscaped(value: string): string {
  const first = value.codePointAt(0) ?? 0;
  return `'\\u${first.toString(16).padStart(4, '0')}${singleQuoted(value.slice(1)).slice(1)}`;
}

const token = fc.constantFrom(...TOKENS);
const benign = fc.constantFrom(
  'hello',
  '',
  'https://api.acme.io/v1/items',
  'https://api.acme.io/v1/items?page=2&access_token=',
  '?api_key=',
  '&token=',
  './secrets/api-token.txt',
  'config/credentials.json',
  'keys/token.key',
  'token.enc',
  'aes-256-gcm',
  'utf8',
  'hex',
  'Bearer ',
  'Authorization',
  'your-token-here',
  'xxxxxxxxxxxxxxxxxxxxxxxx',
  'curl -H "x" https://api.acme.io/?token=',
  'ü𝄞\u200b',
);
const stringValue = fc.oneof({ weight: 3, arbitrary: token }, { weight: 2, arbitrary: benign });

const stringLiteral = fc.oneof(
  stringValue.map(singleQuoted),
  stringValue.map((value) => JSON.stringify(value)),
  token.map(unicodeEscaped),
  stringValue.map((value) => `\`${templateText(value)}\``),
);

const identifier = fc.constantFrom(...NAMES);
const callee = fc.constantFrom(
  'fetch', 'globalThis.fetch', 'window.fetch', 'fetch?.', 'axios', 'axios.get', 'axios.post', 'axios.create().get', 'axios["request"]',
  'got', 'got.post', 'ky.get', 'superagent.get', 'http.get', 'https.request',
  'fs.readFileSync', 'fs.promises.readFile', 'readFileSync', 'readFile', 'fs.writeFileSync', 'fs["readFileSync"]', 'fs.createReadStream',
  'require', 'JSON.parse', 'path.join', 'path.resolve', 'Bun.file', 'Deno.readTextFile',
  'crypto.createDecipheriv', 'createDecipheriv', 'crypto.createDecipher', 'crypto.subtle.decrypt', 'crypto.subtle.importKey',
  'crypto.scryptSync', 'crypto.pbkdf2Sync', 'crypto.createHash', 'crypto[algorithm]',
  'console.log', 'console.error', 'console?.warn', 'console["info"]', 'logger.info', 'logger.debug', 'process.stdout.write',
  'execSync', 'child_process.exec', 'Buffer.from', 'encodeURIComponent', 'String', 'maskToken', 'token.slice', 'v0', 'v1',
);
const constructor = fc.constantFrom('URL', 'URLSearchParams', 'Error', 'TypeError', 'Request', 'XMLHttpRequest', 'axios', 'Headers', 'Foo');

// A type alias, not an interface: fc.letrec types `tie` only for Record-compatible types.
 
type Tree = { expression: string };

const tree = fc.letrec<Tree>((tie) => {
  const expr = (): fc.Arbitrary<string> => tie('expression');
  const args = fc
    .array(fc.tuple(fc.boolean(), expr()), { maxLength: 4 })
    .map((list) => list.map(([spread, value]) => (spread ? `...${value}` : value)).join(', '));
  const leaf = fc.oneof(
    { weight: 4, arbitrary: stringLiteral },
    { weight: 2, arbitrary: identifier },
    {
      weight: 1,
      arbitrary: fc.constantFrom('42', 'null', 'undefined', 'process.env.API_TOKEN', 'process.env["TOKEN"]', 'import.meta.url', '__dirname', 'this', 'fetch', 'console', 'require', '[]', '({})'),
    },
  );
  return {
    expression: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(expr(), { minLength: 2, maxLength: 5 }).map((parts) => `(${parts.join(' + ')})`),
      fc
        .tuple(stringValue, fc.array(fc.tuple(expr(), stringValue), { maxLength: 3 }))
        .map(([head, rest]) => `\`${templateText(head)}${rest.map(([e, s]) => `\${${e}}${templateText(s)}`).join('')}\``),
      fc.tuple(callee, args, fc.boolean()).map(([fn, list, optional]) => (fn.endsWith('?.') ? `(${fn}(${list}))` : `(${fn}${optional ? '?.' : ''}(${list}))`)),
      fc.tuple(constructor, args, fc.boolean()).map(([ctor, list, bare]) => (bare && list === '' ? `(new ${ctor})` : `(new ${ctor}(${list}))`)),
      fc.tuple(expr(), fc.constantFrom('.value', '?.value', '.searchParams', '.headers', '[0]', '?.[key]', '.toString()', '.trim()', '.href'))
        .map(([object, member]) => `((${object})${member})`),
      // Computed keys: names, and any expression (token literals included: messages quote keys masked).
      fc.tuple(expr(), fc.oneof(identifier, fc.constantFrom('0', "'headers'", "'Authorization'", '`token`'), expr())).map(([left, right]) => `((${left})[${right}])`),
      fc.tuple(fc.constantFrom('??', '||', '&&'), fc.constantFrom('process.env.API_TOKEN', 'process.env.SECRET', 'token'), expr())
        .map(([op, left, right]) => `(${left} ${op} ${right})`),
      fc.tuple(expr(), expr(), expr()).map(([test, yes, no]) => `(${test} ? ${yes} : ${no})`),
      fc.array(fc.tuple(fc.constantFrom('token', 'apiKey', 'Authorization', "'x-api-key'", 'params', 'headers', 'password', 'key', '[key]', 'url'), expr(), fc.boolean()), { maxLength: 4 })
        .map((props) => `({ ${props.map(([name, value, spread]) => (spread ? `...${value}` : `${name}: ${value}`)).join(', ')} })`),
      fc.array(expr(), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
      expr().map((body) => `(async () => ${body})`),
      expr().map((body) => `(async (fetch, token) => { return ${body}; })`),
      fc.tuple(expr(), fc.constantFrom(' as string', ' satisfies string', '!', ' as unknown as Buffer')).map(([value, suffix]) => `(${value}${suffix})`),
      fc.tuple(stringValue, expr()).map(([text, child]) => `(<a href={${child}} data-token=${JSON.stringify(text.replaceAll('"', ''))}>{${child}}</a>)`),
      fc.tuple(stringValue.filter((text) => !/[<>{}]/u.test(text)), expr()).map(([text, child]) => `(<Config>${text}<b title={${child}} /></Config>)`),
    ),
  };
}).expression;

export const expressionArbitrary: fc.Arbitrary<string> = tree;

const imports = fc.subarray([
  "import fs from 'node:fs';",
  "import { readFileSync, readFile } from 'fs';",
  "import * as crypto from 'node:crypto';",
  "import { createDecipheriv } from 'crypto';",
  "import axios from 'axios';",
  "import got from 'got';",
  "import path from 'node:path';",
  "import http from 'http';",
  "import { execSync } from 'node:child_process';",
  "const child_process = require('child_process');",
  "const { readFileSync: readSecret } = require('node:fs');",
  'const logger = console;',
  'const { log } = console;',
  'declare const algorithm: string;',
]);

/** A statement as a function of its index, so that module-scope names never collide. */
type StatementAt = (index: number) => string;

const statement: fc.Arbitrary<StatementAt> = fc.oneof(
  tree.map((e): StatementAt => () => `${e};`),
  tree.map((e): StatementAt => () => `await ${e};`),
  fc.tuple(identifier, tree).map(([name, e]): StatementAt => (i) => `const ${name}_${String(i)} = ${e};`),
  fc.tuple(fc.constantFrom(...NAMES), tree).map(([name, e]): StatementAt => () => `{ const ${name} = ${e}; void ${name}; }`),
  fc.tuple(tree, tree).map(([first, second]): StatementAt => (i) => `let v${String(i)} = ${first};\nv${String(i)} = ${second};`),
  fc.tuple(stringLiteral, stringLiteral).map(([a, b]): StatementAt => () => `{ const token = apiKey + ${a}; const apiKey = token + ${b}; }`),
  stringLiteral.map((s): StatementAt => () => `{ const secret = secret + ${s}; }`),
  fc.tuple(fc.subarray([...PARAMS], { minLength: 1 }), tree).map(
    ([params, e]): StatementAt => (i) => `export async function f${String(i)}(${params.join(', ')}) {\n  return ${e};\n}`,
  ),
  fc.tuple(fc.constantFrom('fetch', 'console', 'require', 'crypto'), tree).map(
    ([global, e]): StatementAt => () => `{\n  const ${global} = { log() {}, get() {} } as any;\n  ${e};\n}`,
  ),
  fc.tuple(tree, tree).map(([e, handler]): StatementAt => () => `try {\n  ${e};\n} catch (error) {\n  throw new Error('failed: ' + ${handler});\n}`),
  fc.tuple(stringLiteral, tree).map(([s, e]): StatementAt => (i) => `enum E${String(i)} { Token = ${s}, Other = 'plain' }\nvoid ${e};`),
  fc.tuple(stringLiteral, tree).map(
    ([s, e]): StatementAt => (i) => `@sealed\nclass C${String(i)} {\n  @inject(${s}) private readonly apiKey: string = ${e};\n  static token = ${s};\n  #secret = ${s};\n}`,
  ),
  fc.tuple(stringLiteral).map(([s]): StatementAt => (i) => `export const config${String(i)} = { token: ${s} } satisfies Record<string, string>;`),
  token.map((t): StatementAt => () => `// ${t.replaceAll('\n', ' ')}\n/* token: ${t.replaceAll('*/', '')} */`),
  fc.tuple(identifier, tree).map(([name, e]): StatementAt => () => `if (${name}) {\n  ${name}?.send?.(${e});\n} else ${name} = ${e};`),
);

/** A whole program: imports, then up to 12 statements. Lint it as a `.tsx` module. */
export const programArbitrary: fc.Arbitrary<string> = fc
  .tuple(imports, fc.array(statement, { minLength: 1, maxLength: 12 }))
  .map(([importLines, statements]) => [...importLines, ...statements.map((at, index) => at(index))].join('\n') + '\n');
