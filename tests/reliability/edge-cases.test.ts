/**
 * Fixed odd inputs every rule must survive, under ESLint 10 and ESLint 9 with
 * `plugin.configs.all` (and every boolean option on): empty files, a BOM, CRLF line ends,
 * unicode escapes inside token literals, a 1 MB single line, a 1 MB string, deep nesting,
 * TypeScript-only syntax, declaration files, JSX and TSX. No throw, no fatal message, no leak.
 */
import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ALPHABETS, createRandom, fakeToken, randomChars } from '../helpers/tokens.js';
import { findLeaks, SecretIndex } from './leak-check.js';
import { allConfig, allOptionsOnConfig, linter10, linter9 } from './lint.js';

const ghp = fakeToken('github-classic-pat');
const slack = fakeToken('slack-bot-token');
const secrets = new SecretIndex().add(ghp, [fakeToken('github-classic-pat', 99)]).add(slack, [fakeToken('slack-bot-token', 99)]);

const lintWith = {
  'ESLint 10': (code: string, filename: string, config = allConfig()) => linter10.verify(code, config, { filename }),
  'ESLint 9': (code: string, filename: string, config = allConfig()) =>
    linter9.verify(code, config, { filename }),
};

function brief(messages: readonly Linter.LintMessage[]): string[] {
  return messages.map((m) => `${String(m.line)}:${String(m.column)}-${String(m.endLine)}:${String(m.endColumn)} ${m.ruleId ?? 'fatal'}`);
}

/** `'\u0067hp_…'`: the token's first character as a unicode escape. */
function escapeFirst(token: string): string {
  return `\\u${(token.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}${token.slice(1)}`;
}

const typescriptOnly = `
import type { Agent } from 'node:http';
export enum Secrets { GitHub = '${ghp}', Other = 'plain' }
export const enum Level { Low, High }
function inject(value: string) { return (_target: unknown, _context: ClassFieldDecoratorContext) => void value; }
function sealed<T>(target: T, _context: ClassDecoratorContext): T { return target; }
@sealed
export class Client<T extends object = object> {
  @inject('${slack}') private readonly apiKey!: string;
  declare agent: Agent;
  accessor retries = 3;
  constructor(public readonly token = process.env.API_TOKEN) {}
  send(this: Client<T>, body?: T): void { void body; }
}
export const config = { token: '${ghp}' } satisfies Record<string, string>;
export type TokenType = '${ghp}';
export interface Options { token?: string; readonly headers: Record<string, string> }
export abstract class Base { abstract read(): string; }
namespace Internal { export const key = process.env.KEY!; }
export function overloaded(a: string): string;
export function overloaded(a: number): number;
export function overloaded(a: unknown): unknown { return a; }
const value = (<string>(process.env.TOKEN ?? '')) as unknown as Buffer;
export { Internal, value };
`;

const declarationFile = `
declare const apiToken: string;
declare const bundled = '${ghp}';
export declare function fetchWithToken(url: string, token?: string): Promise<Response>;
declare module 'vault' { export function getSecret(name: string): Promise<{ value: string }>; }
declare global { interface Window { __TOKEN__: string } }
export {};
`;

const jsx = `
export function Settings({ token }) {
  return <form data-token="${ghp}" onSubmit={() => fetch('/save?token=' + token)}><input value={'${slack}'} /></form>;
}
`;

const tsx = `
import { readFileSync } from 'node:fs';
const identity = <T,>(value: T): T => value;
export function Banner(props: { readonly token?: string }) {
  const key = readFileSync('./config/api-token.txt', 'utf8');
  return <section title={identity(\`${ghp}\`)} data-key={key}>{props.token ?? '${slack}'}</section>;
}
`;

function megabyteLine(): string {
  const items: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const item = i === 30_000 ? `'${ghp}'` : `'item-${String(i)}'`;
    items.push(item);
    length += item.length + 1;
  }
  return `export const blob = [${items.join(',')}];`;
}

const cases: readonly (readonly [title: string, filename: string, code: string])[] = [
  ['an empty file', 'empty.ts', ''],
  ['a file of whitespace and comments only', 'blank.js', '\n\n  // nothing here\n/* nor here */\n'],
  ['a BOM', 'bom.ts', `\uFEFFexport const githubToken = '${ghp}';\n`],
  ['CRLF line ends', 'crlf.ts', `// settings\r\nexport const githubToken = '${ghp}';\r\nexport const slack = \`${slack}\`;\r\n`],
  ['a lone CR and unicode line separators', 'cr.js', `const a = 1;\rexport const githubToken = '${ghp}';\u2028const b = 2;\u2029\n`],
  ['unicode escapes in token literals', 'escaped.ts', `export const githubToken = '${escapeFirst(ghp)}';\nexport const braces = '\\u{67}${ghp.slice(1)}';\n`],
  ['TypeScript-only syntax', 'typescript.ts', typescriptOnly],
  ['a declaration file', 'types.d.ts', declarationFile],
  ['JSX', 'settings.jsx', jsx],
  ['TSX', 'banner.tsx', tsx],
  ['ES module and CommonJS extensions', 'module.cts', `const fs = require('fs');\nmodule.exports = { token: '${ghp}', read: () => fs.readFileSync('./token.txt') };\n`],
  ['a hashbang and a directive prologue', 'cli.mjs', `#!/usr/bin/env node\n'use strict';\nexport const githubToken = '${ghp}';\n`],
  ['700 chained concatenations (the parser itself overflows near 1,000)', 'concat.ts', `export const apiToken = ${Array.from({ length: 700 }, (_, i) => `'p${String(i)}'`).join(' + ')} + '${ghp}';\n`],
  ['templates nested 150 deep', 'nested.ts', `export const token = ${'`a${'.repeat(150)}'${ghp}'${'}`'.repeat(150)};\n`],
  ['a 500-link const chain', 'chain.ts', `const v0 = '${ghp}';\n${Array.from({ length: 500 }, (_, i) => `const v${String(i + 1)} = v${String(i)} + 'x';`).join('\n')}\nfetch('https://api.acme.io/?token=' + v500);\n`],
];

describe.each(Object.entries(lintWith))('fixed odd inputs under %s', (_version, lint) => {
  it.each(cases)('lints %s without a crash, a fatal message or a leak', (_title, filename, code) => {
    for (const config of [allConfig(), allOptionsOnConfig()]) {
      const messages = lint(code, filename, config);
      expect(messages.filter((m) => m.fatal === true || m.ruleId === null).map((m) => m.message)).toEqual([]);
      expect(findLeaks(messages, secrets)).toEqual([]);
    }
  });

  it('reports a token after a BOM at the same place as without it', () => {
    const code = `export const githubToken = '${ghp}';\n`;
    const plain = brief(lint(code, 'a.ts'));
    expect(plain.length).toBeGreaterThan(0);
    expect(brief(lint(`\uFEFF${code}`, 'a.ts'))).toEqual(plain);
  });

  it('reports the same lines and columns with CRLF as with LF', () => {
    const lf = `// settings\nexport const githubToken = '${ghp}';\n\nconsole.log(\`${slack}\`);\n`;
    const plain = brief(lint(lf, 'a.ts'));
    expect(plain.length).toBeGreaterThan(1);
    expect(brief(lint(lf.replaceAll('\n', '\r\n'), 'a.ts'))).toEqual(plain);
  });

  it("still recognises a token written with a unicode escape ('\\u0067hp_…')", () => {
    const plain = lint(`export const githubToken = '${ghp}';\n`, 'a.ts');
    const escaped = lint(`export const githubToken = '${escapeFirst(ghp)}';\n`, 'a.ts');
    expect(plain.length).toBeGreaterThan(0);
    expect(escaped.map((m) => [m.ruleId, m.message])).toEqual(plain.map((m) => [m.ruleId, m.message]));
  });

  it('lints a 1 MB single line in linear time and finds the token in it', () => {
    const code = megabyteLine();
    expect(code.length).toBeGreaterThanOrEqual(1_000_000);
    const started = performance.now();
    const messages = lint(code, 'bundle.js');
    const elapsed = performance.now() - started;
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
    expect(messages.some((m) => m.ruleId !== null && m.line === 1)).toBe(true);
    expect(findLeaks(messages, secrets)).toEqual([]);
    expect(elapsed).toBeLessThan(15_000);
  });

  it('checks a 1 MB high-entropy string under a token-ish name without a crash or a leak', () => {
    const huge = randomChars(createRandom(5), ALPHABETS.base64url, 1_000_000);
    const code = `export const apiToken = '${huge}';\nexport const header = { Authorization: 'Bearer ${huge.slice(0, 500_000)}' };\n`;
    const started = performance.now();
    const messages = lint(code, 'huge.ts');
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
    expect(findLeaks(messages, new SecretIndex().add(huge))).toEqual([]);
  });
});
