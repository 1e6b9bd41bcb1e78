/**
 * The key-value language inside ESLint: ESLint 10 (`eslint`) and ESLint 9 (`eslint9`) lint
 * credential files through it with a probe rule that reports every value under its key's name
 * (never the value itself), so positions, dialect detection, options and directives are checked
 * end to end. The source code object is also checked on its own.
 */
import { Linter } from 'eslint';
import { Linter as Linter9 } from 'eslint9';
import { describe, expect, it } from 'vitest';
import type { Entry, KeyValueNode, Value } from '../../src/languages/key-value/ast.js';
import { keyValueLanguage } from '../../src/languages/key-value/language.js';
import type { KeyValueSourceCode } from '../../src/languages/key-value/source-code.js';

interface Message {
  ruleId: string | null;
  message: string;
  line: number;
  column: number;
  endLine?: number | undefined;
  endColumn?: number | undefined;
}

interface AnyLinter {
  verify(code: string, config: never, options: { filename: string }): Message[];
}

interface ProbeContext {
  sourceCode: KeyValueSourceCode;
  report(descriptor: { node: Value; messageId: 'value'; data: { key: string } }): void;
}

function keyNameOf(sourceCode: KeyValueSourceCode, value: Value): string {
  const entry = sourceCode.getParent(value) as Entry | undefined;
  return entry?.key?.name ?? '(no key)';
}

/** Reports every value, with its key's name as the message. */
const probe = {
  meta: { type: 'problem', schema: [], messages: { value: '{{key}}' } },
  create(context: ProbeContext) {
    return {
      Value(node: Value) {
        context.report({ node, messageId: 'value', data: { key: keyNameOf(context.sourceCode, node) } });
      },
    };
  },
};

/** Reports the values of exported dotenv entries, found through an attribute selector. */
const exported = {
  meta: { type: 'problem', schema: [], messages: { value: '{{key}}' } },
  create(context: ProbeContext) {
    return {
      'Entry[exported=true] > Value'(node: Value) {
        context.report({ node, messageId: 'value', data: { key: keyNameOf(context.sourceCode, node) } });
      },
    };
  },
};

const plugin = { languages: { 'key-value': keyValueLanguage }, rules: { probe, exported } };

// `**/*` alone does not select a file in flat config (a universal pattern needs a companion).
const FILES = ['**/*.env', '**/.env', '**/.env.*', '**/.npmrc', '**/.pypirc', '**/*.properties', '**/.netrc', '**/_netrc', '**/*.txt', '**/*.conf'];

function config(rules: Record<string, string>, languageOptions?: Record<string, unknown>): never {
  return [
    {
      files: FILES,
      plugins: { t: plugin },
      language: 't/key-value',
      rules,
      ...(languageOptions === undefined ? {} : { languageOptions }),
    },
  ] as never;
}

const linters: [string, AnyLinter][] = [
  ['ESLint 10', new Linter()],
  ['ESLint 9', new Linter9()],
];

describe.each(linters)('the key-value language in %s', (_name, linter) => {
  /** [message, line, column] of each probe report (columns 1-based, as ESLint prints them). */
  function probeReports(code: string, filename: string, languageOptions?: Record<string, unknown>): [string, number, number][] {
    const messages = linter.verify(code, config({ 't/probe': 'error' }, languageOptions), { filename });
    expect(messages.filter((message) => message.ruleId !== 't/probe')).toEqual([]);
    return messages.map((message) => [message.message, message.line, message.column]);
  }

  it('reports at the right column in a file that starts with a BOM', () => {
    const messages = linter.verify('\uFEFFAPI_URL=https://api.example.com\nSECRET="quoted"\n', config({ 't/probe': 'error' }), { filename: '.env' });
    expect(messages.map(({ message, line, column, endLine, endColumn }) => ({ message, line, column, endLine, endColumn }))).toEqual([
      { message: 'API_URL', line: 1, column: 9, endLine: 1, endColumn: 32 },
      { message: 'SECRET', line: 2, column: 8, endLine: 2, endColumn: 16 },
    ]);
  });

  it('counts lines in CRLF and lone-CR files', () => {
    expect(probeReports('A=1\r\n\r\nB = two\r\n', '.env')).toEqual([
      ['A', 1, 3],
      ['B', 3, 5],
    ]);
    expect(probeReports('A=1\r# note\rB=2', '.env')).toEqual([
      ['A', 1, 3],
      ['B', 3, 3],
    ]);
  });

  it('reports the end of a value that spans lines', () => {
    const messages = linter.verify('[distutils]\nindex-servers =\n    pypi\n    testpypi\n', config({ 't/probe': 'error' }), { filename: '.pypirc' });
    expect(messages.map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }))).toEqual([
      { line: 2, column: 16, endLine: 4, endColumn: 13 },
    ]);
  });

  it.each([
    ['.env.local', "export TOKEN='v' # note\n", [['TOKEN', 1, 14]]],
    ['deploy/prod.env', 'REGION: eu-west-1\n', [['REGION', 1, 9]]],
    ['.npmrc', '//registry.example.com/:_authToken=${NPM_TOKEN}\n', [['//registry.example.com/:_authToken', 1, 36]]],
    ['.pypirc', '[pypi]\nusername = __token__\n', [['username', 2, 12]]],
    ['conf/app.properties', 'db.user  admin\n', [['db.user', 1, 10]]],
    ['.netrc', 'machine host.example login deploy password p4ss\n', [['machine', 1, 9], ['login', 1, 28], ['password', 1, 44]]],
    ['home/me/_netrc', 'default password guest\n', [['password', 1, 18]]],
    ['secrets/api-token.txt', '  KEY=not a key here  \n', [['(no key)', 1, 3]]],
  ] as const)('reads %s in the dialect its name implies', (filename, code, expected) => {
    expect(probeReports(code, filename)).toEqual(expected);
  });

  it('reads the dialect given in languageOptions', () => {
    expect(probeReports('[vault]\ntoken = abc\n', 'settings.conf', { dialect: 'ini' })).toEqual([['token', 2, 9]]);
    expect(probeReports('[vault]\ntoken = abc\n', 'settings.conf')).toEqual([
      ['(no key)', 1, 1],
      ['(no key)', 2, 1],
    ]);
    expect(probeReports('A=1\n', '.env', { dialect: 'text' })).toEqual([['(no key)', 1, 1]]);
  });

  it('rejects an unknown dialect or option with a message naming it and the dialects', () => {
    expect(() => linter.verify('A=1', config({ 't/probe': 'error' }, { dialect: 'yaml' }), { filename: '.env' })).toThrow(
      /dialect 'yaml': expected one of dotenv, npmrc, ini, properties, netrc, text/u,
    );
    expect(() => linter.verify('A=1', config({ 't/probe': 'error' }, { mode: 'strict' }), { filename: '.env' })).toThrow(
      /Unknown key-value language option 'mode'/u,
    );
  });

  it('lets through the JavaScript options a config without `files` spreads over every file', () => {
    const globalOptions = { languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { process: 'readonly' } } };
    const [keyValueConfig] = config({ 't/probe': 'error' }) as unknown as [object];
    const messages = linter.verify('A=1\n', [globalOptions, keyValueConfig] as never, { filename: '.env' });
    expect(messages.map((message) => [message.ruleId, message.message])).toEqual([['t/probe', 'A']]);
  });

  it('honours eslint-disable-next-line, with a justification', () => {
    expect(probeReports('# eslint-disable-next-line t/probe -- fixture value\nA=1\nB=2\n', '.env')).toEqual([['B', 3, 3]]);
  });

  it('honours eslint-disable and eslint-enable blocks', () => {
    expect(probeReports('A=1\n# eslint-disable t/probe\nB=2\n# eslint-enable t/probe\nC=3\n', '.env')).toEqual([
      ['A', 1, 3],
      ['C', 5, 3],
    ]);
  });

  it('honours eslint-disable-line after a value', () => {
    expect(probeReports('A=1 # eslint-disable-line t/probe\nB=2\n', '.env')).toEqual([['B', 2, 3]]);
    expect(probeReports('a=1 ; eslint-disable-line t/probe\nb=2\n', '.npmrc')).toEqual([['b', 2, 3]]);
  });

  it("honours directives written with each dialect's comment marker", () => {
    expect(probeReports('[s]\n; eslint-disable-next-line t/probe\nk = v\nj = w\n', '.pypirc')).toEqual([['j', 4, 5]]);
    expect(probeReports('! eslint-disable-next-line t/probe\nk=v\nj=w\n', 'app.properties')).toEqual([['j', 3, 3]]);
    expect(probeReports('# eslint-disable-next-line t/probe\nmachine h\npassword p\n', '.netrc')).toEqual([['password', 3, 10]]);
    expect(probeReports('# eslint-disable-next-line t/probe\nfirst\nsecond\n', 'token.txt')).toEqual([['(no key)', 3, 1]]);
  });

  it('applies `# eslint` rule configuration comments and reports a malformed one', () => {
    expect(probeReports('# eslint t/probe: "off"\nA=1\n', '.env')).toEqual([]);
    const messages = linter.verify('# eslint t/probe: [\nA=1\n', config({ 't/probe': 'error' }), { filename: '.env' });
    expect(messages.some((message) => message.ruleId === null && message.line === 1)).toBe(true);
    expect(messages.some((message) => message.ruleId === 't/probe')).toBe(true);
  });

  it('matches attribute selectors on entries', () => {
    const messages = linter.verify('export A=1\nB=2\nexport C=3\n', config({ 't/exported': 'error' }), { filename: '.env' });
    expect(messages.map((message) => [message.message, message.line])).toEqual([
      ['A', 1],
      ['C', 3],
    ]);
  });
});

describe('KeyValueSourceCode', () => {
  const text = '# top\nexport A="x"\nloose\n';
  const file = { path: '.env', physicalPath: '.env', bom: false, body: text };
  const parsed = keyValueLanguage.parse(file, { languageOptions: {} });
  if (!parsed.ok) throw new Error('parse failed');
  const sourceCode = keyValueLanguage.createSourceCode(file, parsed, { languageOptions: {} });

  function label(node: object): string {
    const typed = node as KeyValueNode;
    return typed.type === 'Key' ? `Key(${typed.name})` : typed.type === 'Value' ? `Value(${typed.value})` : typed.type;
  }

  it('traverses every node in document order, entering and leaving, the same steps each time', () => {
    const steps = [...sourceCode.traverse()];
    expect(steps.map((step) => `${step.phase === 1 ? '>' : '<'}${label(step.target)}`)).toEqual([
      '>Document',
      '>Entry',
      '>Key(A)',
      '<Key(A)',
      '>Value(x)',
      '<Value(x)',
      '<Entry',
      '>Entry',
      '>Value(loose)',
      '<Value(loose)',
      '<Entry',
      '<Document',
    ]);
    const again = [...sourceCode.traverse()];
    expect(again).toHaveLength(steps.length);
    expect(again.every((step, index) => step === steps[index])).toBe(true);
  });

  it('knows each node’s parent and exposes text, lines and comments', () => {
    const [first] = sourceCode.ast.body;
    if (first?.type !== 'Entry' || first.value === null || first.key === null) throw new Error('unexpected body');
    expect(sourceCode.getParent(first.value)).toBe(first);
    expect(sourceCode.getParent(first.key)).toBe(first);
    expect(sourceCode.getParent(first)).toBe(sourceCode.ast);
    expect(sourceCode.getParent(sourceCode.ast)).toBeUndefined();
    expect(sourceCode.text).toBe(text);
    expect(sourceCode.lines).toEqual(['# top', 'export A="x"', 'loose', '']);
    expect(sourceCode.comments.map((comment) => comment.value)).toEqual([' top']);
    expect(sourceCode.getText(first.value)).toBe('"x"');
    expect(sourceCode.getLocFromIndex(first.value.contentRange[0])).toEqual({ line: 2, column: 10 });
  });

  it('lists only directive comments as inline config nodes', () => {
    const directivesFile = { ...file, body: '# eslint-disable-next-line x\n# eslintrc is not a directive\n# eslint-enable\nA=1\n' };
    const withDirectives = keyValueLanguage.parse(directivesFile, { languageOptions: {} });
    if (!withDirectives.ok) throw new Error('parse failed');
    const code = keyValueLanguage.createSourceCode(directivesFile, withDirectives, { languageOptions: {} });
    expect(code.getInlineConfigNodes().map((comment) => comment.value)).toEqual([' eslint-disable-next-line x', ' eslint-enable']);
    expect(code.getDisableDirectives().directives.map((directive) => [directive.type, directive.value])).toEqual([
      ['disable-next-line', 'x'],
      ['enable', ''],
    ]);
  });

  it('reads the file name when no dialect is given and never fails to parse', () => {
    const result = keyValueLanguage.parse({ ...file, path: 'dir/.netrc', body: '"\u0000\\' }, { languageOptions: {} });
    expect(result.ok).toBe(true);
    expect(result.ok && result.ast.dialect).toBe('netrc');
  });
});
