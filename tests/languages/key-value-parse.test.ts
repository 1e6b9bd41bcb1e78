/**
 * The key-value parser: each dialect read as its tool reads it, with exact offsets and
 * positions, and a property test over generated files in every dialect.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comment, Entry, Key, KeyValueDocument, Section, Value } from '../../src/languages/key-value/ast.js';
import { DIALECTS, dialectForPath } from '../../src/languages/key-value/dialect.js';
import { parseKeyValue } from '../../src/languages/key-value/parse.js';

type AnyNode = KeyValueDocument | Entry | Section | Key | Value | Comment;

/** Line (1-based) and column (0-based) of `offset`, counted without the parser's line table. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split(/\r\n|\r|\n/u);
  return { line: lines.length, column: (lines.at(-1) ?? '').length };
}

function entries(document: KeyValueDocument): Entry[] {
  return document.body.filter((node): node is Entry => node.type === 'Entry');
}

interface Expected {
  /** The source text of the whole value token (`range`). */
  raw: string;
  /** The decoded value. */
  value: string;
  quote?: Value['quote'];
  /** The source text between the quotes (`contentRange`); defaults to `raw`. */
  content?: string;
  verbatim: boolean;
}

/** Checks a value's decoded text, quote, ranges (through the text they cover) and loc. */
function expectValue(text: string, value: Value | null, expected: Expected): void {
  if (value === null) throw new Error('value is null');
  expect(value.type).toBe('Value');
  expect(value.value).toBe(expected.value);
  expect(value.quote).toBe(expected.quote ?? null);
  expect(text.slice(...value.range)).toBe(expected.raw);
  expect(text.slice(...value.contentRange)).toBe(expected.content ?? expected.raw);
  expect(value.verbatim).toBe(expected.verbatim);
  expect(value.loc).toEqual({ start: positionOf(text, value.range[0]), end: positionOf(text, value.range[1]) });
}

function expectKey(text: string, key: Key | null, name: string, raw = name): void {
  if (key === null) throw new Error('key is null');
  expect(key.name).toBe(name);
  expect(text.slice(...key.range)).toBe(raw);
  expect(key.loc).toEqual({ start: positionOf(text, key.range[0]), end: positionOf(text, key.range[1]) });
}

describe('dialectForPath', () => {
  it.each([
    ['.env', 'dotenv'],
    ['/srv/app/.env.production', 'dotenv'],
    ['C:\\app\\.ENV.example', 'dotenv'],
    ['deploy/staging.env', 'dotenv'],
    ['.npmrc', 'npmrc'],
    ['home/user/.pypirc', 'ini'],
    ['setup.cfg', 'ini'],
    ['conf\\Settings.INI', 'ini'],
    ['src/main/resources/application.properties', 'properties'],
    ['.netrc', 'netrc'],
    ['C:\\Users\\me\\_netrc', 'netrc'],
    ['api-token.txt', 'text'],
    ['.envrc', 'text'],
    ['environment', 'text'],
  ] as const)('reads %s as %s', (path, dialect) => {
    expect(dialectForPath(path)).toBe(dialect);
  });
});

describe('dotenv', () => {
  it('reads KEY=value with exact ranges and positions', () => {
    const text = 'FIRST=one\nSECOND = two words  \n';
    const document = parseKeyValue(text, 'dotenv');
    expect(document.dialect).toBe('dotenv');
    const [first, second] = entries(document);
    expect(first?.range).toEqual([0, 9]);
    expect(first?.key?.range).toEqual([0, 5]);
    expect(first?.value?.range).toEqual([6, 9]);
    expect(first?.value?.contentRange).toEqual([6, 9]);
    expect(first?.value?.loc).toEqual({ start: { line: 1, column: 6 }, end: { line: 1, column: 9 } });
    expectKey(text, second?.key ?? null, 'SECOND');
    expectValue(text, second?.value ?? null, { raw: 'two words', value: 'two words', verbatim: true });
    expect(second?.value?.loc).toEqual({ start: { line: 2, column: 9 }, end: { line: 2, column: 18 } });
    expect(document.range).toEqual([0, text.length]);
    expect(document.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 3, column: 0 } });
  });

  it('marks `export KEY=value` as exported, the entry starting at `export`', () => {
    const text = 'export  API_URL=https://api.example.com\nexport=plain\n';
    const [exported, named] = entries(parseKeyValue(text, 'dotenv'));
    expect(exported?.exported).toBe(true);
    expect(exported?.range[0]).toBe(0);
    expectKey(text, exported?.key ?? null, 'API_URL');
    expectValue(text, exported?.value ?? null, { raw: 'https://api.example.com', value: 'https://api.example.com', verbatim: true });
    expect(named?.exported).toBe(false);
    expectKey(text, named?.key ?? null, 'export');
  });

  it('accepts `KEY: value` only with whitespace after the colon', () => {
    const text = 'HOST: db.internal\nURL:https://example.com\n';
    const [colon, url] = entries(parseKeyValue(text, 'dotenv'));
    expectKey(text, colon?.key ?? null, 'HOST');
    expectValue(text, colon?.value ?? null, { raw: 'db.internal', value: 'db.internal', verbatim: true });
    expect(url?.key).toBeNull();
    expectValue(text, url?.value ?? null, { raw: 'URL:https://example.com', value: 'URL:https://example.com', verbatim: true });
  });

  it('keeps a line whose key is not made of word characters, dots and dashes as a key-less value', () => {
    const text = 'a+b/c==d\nMY KEY=1\nok.key-1=2\n';
    const [base64ish, spaced, ok] = entries(parseKeyValue(text, 'dotenv'));
    expect(base64ish?.key).toBeNull();
    expectValue(text, base64ish?.value ?? null, { raw: 'a+b/c==d', value: 'a+b/c==d', verbatim: true });
    expect(spaced?.key).toBeNull();
    expectKey(text, ok?.key ?? null, 'ok.key-1');
  });

  it('ends an unquoted value at a `#` after whitespace only', () => {
    const text = 'A=abc#def\nB=abc #def\nC=#hash\nD= # nothing here\n';
    const document = parseKeyValue(text, 'dotenv');
    const [a, b, c, d] = entries(document);
    expectValue(text, a?.value ?? null, { raw: 'abc#def', value: 'abc#def', verbatim: true });
    expectValue(text, b?.value ?? null, { raw: 'abc', value: 'abc', verbatim: true });
    expectValue(text, c?.value ?? null, { raw: '#hash', value: '#hash', verbatim: true });
    expectValue(text, d?.value ?? null, { raw: '', value: '', verbatim: true });
    expect(document.comments.map((comment) => comment.value)).toEqual(['def', ' nothing here']);
    expect(document.comments.map((comment) => text.slice(...comment.range))).toEqual(['#def', '# nothing here']);
  });

  it('keeps `#` inside quotes and reads a comment after the closing quote', () => {
    const text = `A="in # quotes" # after\nB='x#y'#tight\n`;
    const document = parseKeyValue(text, 'dotenv');
    const [a, b] = entries(document);
    expectValue(text, a?.value ?? null, { raw: '"in # quotes"', content: 'in # quotes', value: 'in # quotes', quote: '"', verbatim: true });
    expectValue(text, b?.value ?? null, { raw: "'x#y'", content: 'x#y', value: 'x#y', quote: "'", verbatim: true });
    expect(document.comments.map((comment) => comment.value)).toEqual([' after', 'tight']);
  });

  it('reads single quotes literally and decodes double-quote escapes', () => {
    const text = String.raw`S='a\nb'` + '\n' + String.raw`D="tab\there \"q\" back\\slash new\nline \x"` + '\n';
    const [single, double] = entries(parseKeyValue(text, 'dotenv'));
    expectValue(text, single?.value ?? null, { raw: String.raw`'a\nb'`, content: String.raw`a\nb`, value: String.raw`a\nb`, quote: "'", verbatim: true });
    expectValue(text, double?.value ?? null, {
      raw: String.raw`"tab\there \"q\" back\\slash new\nline \x"`,
      content: String.raw`tab\there \"q\" back\\slash new\nline \x`,
      value: 'tab\there "q" back\\slash new\nline \\x',
      quote: '"',
      verbatim: false,
    });
  });

  it('reads backtick values, and double-quoted and backtick values across lines', () => {
    const text = 'T=`it\'s "both"`\nM="first\nsecond"\nB=`one\r\ntwo`\nNEXT=1\n';
    const [tick, multi, crlf, next] = entries(parseKeyValue(text, 'dotenv'));
    expectValue(text, tick?.value ?? null, { raw: '`it\'s "both"`', content: 'it\'s "both"', value: 'it\'s "both"', quote: '`', verbatim: true });
    expectValue(text, multi?.value ?? null, { raw: '"first\nsecond"', content: 'first\nsecond', value: 'first\nsecond', quote: '"', verbatim: true });
    expect(multi?.value?.loc).toEqual({ start: { line: 2, column: 2 }, end: { line: 3, column: 7 } });
    // The \r\n inside is read as \n, as dotenv normalises line breaks.
    expectValue(text, crlf?.value ?? null, { raw: '`one\r\ntwo`', content: 'one\r\ntwo', value: 'one\ntwo', quote: '`', verbatim: false });
    expect(crlf?.value?.loc.end).toEqual({ line: 5, column: 4 });
    expectKey(text, next?.key ?? null, 'NEXT');
    expect(next?.key?.loc.start).toEqual({ line: 6, column: 0 });
  });

  it('reads an unterminated or trailed quote as an unquoted value of its line', () => {
    const text = 'OPEN="never closed\nSINGLE=\'also open\nTRAILED="abc"def\nAFTER=1\n';
    const [open, single, trailed, after] = entries(parseKeyValue(text, 'dotenv'));
    expectValue(text, open?.value ?? null, { raw: '"never closed', value: '"never closed', verbatim: true });
    expectValue(text, single?.value ?? null, { raw: "'also open", value: "'also open", verbatim: true });
    expectValue(text, trailed?.value ?? null, { raw: '"abc"def', value: '"abc"def', verbatim: true });
    expectKey(text, after?.key ?? null, 'AFTER');
  });

  it('reads empty values, comments, blank lines and lines without a separator', () => {
    const text = '# header comment\n\nEMPTY=\nQUOTED_EMPTY=""\n   \nloose text here  \n';
    const document = parseKeyValue(text, 'dotenv');
    const [empty, quotedEmpty, loose] = entries(document);
    expectValue(text, empty?.value ?? null, { raw: '', value: '', verbatim: true });
    expect(empty?.value?.range).toEqual([24, 24]);
    expectValue(text, quotedEmpty?.value ?? null, { raw: '""', content: '', value: '', quote: '"', verbatim: true });
    expect(loose?.key).toBeNull();
    expectValue(text, loose?.value ?? null, { raw: 'loose text here', value: 'loose text here', verbatim: true });
    expect(document.comments).toHaveLength(1);
    expect(document.comments[0]?.value).toBe(' header comment');
    expect(document.body).toHaveLength(3);
  });

  it('counts lines in CRLF and lone-CR files', () => {
    for (const eol of ['\r\n', '\r']) {
      const text = ['A=1', '# note', 'B="x"', ''].join(eol);
      const [, b] = entries(parseKeyValue(text, 'dotenv'));
      expect(b?.value?.loc).toEqual({ start: { line: 3, column: 2 }, end: { line: 3, column: 5 } });
      expectValue(text, b?.value ?? null, { raw: '"x"', content: 'x', value: 'x', quote: '"', verbatim: true });
    }
  });

  it('counts columns in UTF-16 code units for non-ASCII keys and values', () => {
    const text = 'CLÉ=valeur-été\nEMOJI=🔑key🔑 # c\n';
    const [accent, emoji] = entries(parseKeyValue(text, 'dotenv'));
    expectKey(text, accent?.key ?? null, 'CLÉ');
    expectValue(text, accent?.value ?? null, { raw: 'valeur-été', value: 'valeur-été', verbatim: true });
    expectValue(text, emoji?.value ?? null, { raw: '🔑key🔑', value: '🔑key🔑', verbatim: true });
    expect(emoji?.value?.loc).toEqual({ start: { line: 2, column: 6 }, end: { line: 2, column: 13 } });
  });
});

describe('npmrc', () => {
  it('splits at the first `=` so that registry keys keep their colons', () => {
    const text = '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nregistry = https://registry.example.com/ \n';
    const [auth, registry] = entries(parseKeyValue(text, 'npmrc'));
    expectKey(text, auth?.key ?? null, '//registry.npmjs.org/:_authToken');
    expectValue(text, auth?.value ?? null, { raw: '${NPM_TOKEN}', value: '${NPM_TOKEN}', verbatim: true });
    expect(auth?.value?.range).toEqual([33, 45]);
    expectValue(text, registry?.value ?? null, { raw: 'https://registry.example.com/', value: 'https://registry.example.com/', verbatim: true });
  });

  it('reads `;` and `#` comment lines, inline comments and escaped markers', () => {
    const text = '; top\n  # indented\nkey=abc;rest\nother=a\\;b\\#c # note\n';
    const document = parseKeyValue(text, 'npmrc');
    const [key, other] = entries(document);
    expectValue(text, key?.value ?? null, { raw: 'abc', value: 'abc', verbatim: true });
    expectValue(text, other?.value ?? null, { raw: 'a\\;b\\#c', value: 'a;b#c', verbatim: false });
    expect(document.comments.map((comment) => comment.value)).toEqual([' top', ' indented', 'rest', ' note']);
  });

  it('decodes double-quoted values as JSON strings and keeps single-quoted ones literal', () => {
    const text = 'a = "x\\u0041\\"y" \nb=\'lit\\n\'\nc="bad \\q"\n';
    const [a, b, c] = entries(parseKeyValue(text, 'npmrc'));
    expectValue(text, a?.value ?? null, { raw: '"x\\u0041\\"y"', content: 'x\\u0041\\"y', value: 'xA"y', quote: '"', verbatim: false });
    expectValue(text, b?.value ?? null, { raw: "'lit\\n'", content: 'lit\\n', value: 'lit\\n', quote: "'", verbatim: true });
    // Not a JSON string: npm keeps it as written, quotes included.
    expectValue(text, c?.value ?? null, { raw: '"bad \\q"', value: '"bad \\q"', verbatim: true });
  });

  it('reads sections, keys without a value and values without a key', () => {
    const text = 'top=1\n[@scope:registry]\nalways-auth\n=orphan\nk=\n';
    const document = parseKeyValue(text, 'npmrc');
    const [section] = document.body.filter((node): node is Section => node.type === 'Section');
    expect(section?.name).toBe('@scope:registry');
    expect(text.slice(...(section?.range ?? [0, 0]))).toBe('[@scope:registry]');
    const [top, flag, orphan, empty] = entries(document);
    expect(top?.section).toBeNull();
    expect(flag?.section).toBe('@scope:registry');
    expectKey(text, flag?.key ?? null, 'always-auth');
    expect(flag?.value).toBeNull();
    expect(orphan?.key).toBeNull();
    expectValue(text, orphan?.value ?? null, { raw: 'orphan', value: 'orphan', verbatim: true });
    expectValue(text, empty?.value ?? null, { raw: '', value: '', verbatim: true });
  });
});

describe('ini', () => {
  it('reads sections and `=` or `:` separators, whichever comes first', () => {
    const text = '[distutils]\nindex-servers = pypi\n\n[pypi]\nusername: __token__\nurl = https://upload.example.com:443/legacy/\n';
    const document = parseKeyValue(text, 'ini');
    expect(document.body.map((node) => node.type)).toEqual(['Section', 'Entry', 'Section', 'Entry', 'Entry']);
    const [servers, username, url] = entries(document);
    expect(servers?.section).toBe('distutils');
    expect(username?.section).toBe('pypi');
    expectKey(text, username?.key ?? null, 'username');
    expectValue(text, username?.value ?? null, { raw: '__token__', value: '__token__', verbatim: true });
    expectKey(text, url?.key ?? null, 'url');
    expectValue(text, url?.value ?? null, { raw: 'https://upload.example.com:443/legacy/', value: 'https://upload.example.com:443/legacy/', verbatim: true });
  });

  it('joins continuation lines with \\n, keeping inner blank lines and dropping trailing ones', () => {
    const text = '[distutils]\nindex-servers =\n    pypi\n\n    testpypi\n    ; a comment inside\n\n[pypi]\n';
    const [servers] = entries(parseKeyValue(text, 'ini'));
    expectValue(text, servers?.value ?? null, {
      raw: '\n    pypi\n\n    testpypi',
      value: '\npypi\n\ntestpypi',
      verbatim: false,
    });
    expect(servers?.value?.loc).toEqual({ start: { line: 2, column: 15 }, end: { line: 5, column: 12 } });
  });

  it('continues only lines indented deeper than their key', () => {
    const text = '  key = first\n    more\n  next = second\n';
    const [key, next] = entries(parseKeyValue(text, 'ini'));
    expectValue(text, key?.value ?? null, { raw: 'first\n    more', value: 'first\nmore', verbatim: false });
    expectKey(text, next?.key ?? null, 'next');
  });

  it('keeps quotes and inline `;` in values, and reads keys without a separator', () => {
    const text = '[pypi]\npassword = "quoted" ; not a comment\nflag\n';
    const document = parseKeyValue(text, 'ini');
    const [password, flag] = entries(document);
    expectValue(text, password?.value ?? null, { raw: '"quoted" ; not a comment', value: '"quoted" ; not a comment', verbatim: true });
    expect(flag?.value).toBeNull();
    expectKey(text, flag?.key ?? null, 'flag');
    expect(document.comments).toHaveLength(0);
  });

  it('reads a section name up to the last bracket', () => {
    const text = '[a] b]\nk=v\n';
    const [section] = parseKeyValue(text, 'ini').body;
    expect(section?.type === 'Section' ? section.name : undefined).toBe('a] b');
  });
});

describe('properties', () => {
  it('splits at the first unescaped `=`, `:` or whitespace', () => {
    const text = 'a=1\nb:2\nc 3\nd = : 4\ne  =  5  \nkey\\ with\\=sep=v\n';
    const found = entries(parseKeyValue(text, 'properties')).map((entry) => [entry.key?.name, entry.value?.value]);
    expect(found).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', ': 4'],
      ['e', '5  '],
      ['key with=sep', 'v'],
    ]);
    const last = entries(parseKeyValue(text, 'properties'))[5];
    expectKey(text, last?.key ?? null, 'key with=sep', 'key\\ with\\=sep');
  });

  it('continues a line ending in an odd run of backslashes, dropping the next line\'s indentation', () => {
    const text = 'list=one,\\\n     two,\\\n\tthree\neven=x\\\\\nnext=1\n';
    const [list, even, next] = entries(parseKeyValue(text, 'properties'));
    expectValue(text, list?.value ?? null, { raw: 'one,\\\n     two,\\\n\tthree', value: 'one,two,three', verbatim: false });
    expect(list?.value?.loc).toEqual({ start: { line: 1, column: 5 }, end: { line: 3, column: 6 } });
    expectValue(text, even?.value ?? null, { raw: 'x\\\\', value: 'x\\', verbatim: false });
    expectKey(text, next?.key ?? null, 'next');
  });

  it('decodes \\t \\n \\r \\f \\uXXXX and drops other backslashes; keeps a malformed \\u', () => {
    const text = 'k=\\t\\n\\r\\f\\u0041\\u00e9\\q\nbad=\\u12x\n';
    const [k, bad] = entries(parseKeyValue(text, 'properties'));
    expect(k?.value?.value).toBe('\t\n\r\fAéq');
    expect(k?.value?.verbatim).toBe(false);
    expect(bad?.value?.value).toBe('\\u12x');
  });

  it('reads `#` and `!` comments, but not on continuation lines', () => {
    const text = '# one\n  ! two\nk=a\\\n  # not a comment\n';
    const document = parseKeyValue(text, 'properties');
    expect(document.comments.map((comment) => comment.value)).toEqual([' one', ' two']);
    expect(entries(document)[0]?.value?.value).toBe('a# not a comment');
  });

  it('gives a key alone an empty value', () => {
    const text = 'lonely\n';
    const [lonely] = entries(parseKeyValue(text, 'properties'));
    expectKey(text, lonely?.key ?? null, 'lonely');
    expectValue(text, lonely?.value ?? null, { raw: '', value: '', verbatim: true });
    expect(lonely?.value?.range).toEqual([6, 6]);
  });
});

describe('netrc', () => {
  it('reads keyword/value pairs of several machines, skipping macdef bodies', () => {
    const text = [
      'machine api.example.com',
      '  login deploy',
      '  password first-pass # rotated',
      'macdef init',
      'cd /pub',
      'password not-an-entry',
      '',
      'machine git.example.org login bot password "quoted \\"pass\\""',
      'default login anonymous password guest',
    ].join('\n');
    const document = parseKeyValue(text, 'netrc');
    const found = entries(document).map((entry) => [entry.key?.name, entry.value?.value ?? null, entry.section]);
    expect(found).toEqual([
      ['machine', 'api.example.com', 'api.example.com'],
      ['login', 'deploy', 'api.example.com'],
      ['password', 'first-pass', 'api.example.com'],
      ['macdef', 'init', 'api.example.com'],
      ['machine', 'git.example.org', 'git.example.org'],
      ['login', 'bot', 'git.example.org'],
      ['password', 'quoted "pass"', 'git.example.org'],
      ['default', null, null],
      ['login', 'anonymous', null],
      ['password', 'guest', null],
    ]);
    expect(document.comments.map((comment) => comment.value)).toEqual([' rotated']);
    const quoted = entries(document)[6];
    expectValue(text, quoted?.value ?? null, { raw: '"quoted \\"pass\\""', content: 'quoted \\"pass\\"', value: 'quoted "pass"', quote: '"', verbatim: false });
    expect(quoted?.value?.loc.start).toEqual({ line: 8, column: 43 });
    const firstPassword = entries(document)[2];
    expect(firstPassword?.range).toEqual([firstPassword?.key?.range[0], firstPassword?.value?.range[1]]);
  });

  it('takes the next token as a value even across lines, keeps stray tokens as key-less entries', () => {
    const text = 'machine\nhost.example password #hash-start stray';
    const found = entries(parseKeyValue(text, 'netrc')).map((entry) => [entry.key?.name ?? null, entry.value?.value ?? null]);
    expect(found).toEqual([
      ['machine', 'host.example'],
      ['password', '#hash-start'],
      [null, 'stray'],
    ]);
  });

  it('keeps a keyword at the end of the file without a value, and reads an open quote to the end of its line', () => {
    const text = 'machine h password "open quote here\nlogin';
    const [, password, login] = entries(parseKeyValue(text, 'netrc'));
    expectValue(text, password?.value ?? null, { raw: '"open quote here', value: '"open quote here', verbatim: true });
    expect(login?.value).toBeNull();
    expectKey(text, login?.key ?? null, 'login');
  });
});

describe('text', () => {
  it('reads each non-blank, non-comment line as one trimmed value', () => {
    const text = '# the deploy key\n\n   first value  \r\nkey=looks like dotenv\rlast';
    const document = parseKeyValue(text, 'text');
    const values = entries(document).map((entry) => {
      expect(entry.key).toBeNull();
      return entry.value?.value;
    });
    expect(values).toEqual(['first value', 'key=looks like dotenv', 'last']);
    expectValue(text, entries(document)[2]?.value ?? null, { raw: 'last', value: 'last', verbatim: true });
    expect(entries(document)[2]?.value?.loc.start).toEqual({ line: 5, column: 0 });
    expect(document.comments.map((comment) => comment.value)).toEqual([' the deploy key']);
  });
});

describe('large input', () => {
  const MEGABYTE = 1 << 20;

  it.each(DIALECTS.map((dialect) => [dialect]))('reads a 1 MB line in %s in linear time', (dialect) => {
    const body = 'x'.repeat(MEGABYTE);
    const text = dialect === 'netrc' ? `password ${body}\n` : dialect === 'ini' ? `[s]\nk=${body}\n` : `k=${body}\n`;
    const started = performance.now();
    const document = parseKeyValue(text, dialect);
    const elapsed = performance.now() - started;
    const value = entries(document).at(-1)?.value;
    expect(value?.value.endsWith(body)).toBe(true);
    expect(value?.range[1]).toBe(text.length - 1);
    expect(elapsed).toBeLessThan(1000);
  });

  it.each([
    ['dotenv', 'K="open\n'],
    ['dotenv', 'K=`open\n'],
    ['properties', 'k=v\\\n'],
    ['ini', 'k = v\n  more\n'],
    ['netrc', 'machine "open\n'],
  ] as const)('reads 50 000 repetitions of %s %j in linear time', (dialect, line) => {
    const text = line.repeat(50_000);
    const started = performance.now();
    const document = parseKeyValue(text, dialect);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(document.body.length).toBeGreaterThan(0);
  });
});

describe('generated files in every dialect', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      'API_TOKEN', 'export ', '=', ':', ': ', ' ', '\t', '"', "'", '`', '#', ' #', ';', '!', '\\', '\\u00e9', '\\u12',
      '[pypi]', '[', ']', 'machine', 'password', 'login', 'default', 'macdef', '${X}', '\u00a0', '\uFEFF', 'é', '🔑',
      '\\n', '\\"', '\\;', '\\#', '"a\\tb"', '"line\r\nbreak"',
    ),
    fc.string({ maxLength: 10 }),
  );
  const freeLine = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
  const settingLine = fc
    .tuple(
      fc.constantFrom('', 'export ', '  ', '\t'),
      fc.constantFrom('API_TOKEN', 'k', '//registry.example.com/:_authToken', 'password', 'key\\ name'),
      fc.constantFrom('=', ' = ', ': ', ' ', ':'),
      freeLine,
    )
    .map((parts) => parts.join(''));
  const line = fc.oneof(freeLine, settingLine);
  const text = fc
    .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\\\n')), { maxLength: 14 })
    .map((lines) => lines.map(([content, eol]) => content + eol).join(''));

  function nodesOf(document: KeyValueDocument): AnyNode[] {
    const nodes: AnyNode[] = [document, ...document.comments];
    for (const node of document.body) {
      nodes.push(node);
      if (node.type === 'Entry') {
        if (node.key) nodes.push(node.key);
        if (node.value) nodes.push(node.value);
      }
    }
    return nodes;
  }

  function checkDocument(source: string, document: KeyValueDocument): void {
    for (const node of nodesOf(document)) {
      const [start, end] = node.range;
      expect(0 <= start && start <= end && end <= source.length).toBe(true);
      expect(node.loc).toEqual({ start: positionOf(source, start), end: positionOf(source, end) });
      // No boundary splits a \r\n.
      for (const offset of [start, end]) expect(source[offset - 1] === '\r' && source[offset] === '\n').toBe(false);
    }
    let previousEnd = 0;
    for (const node of document.body) {
      expect(node.range[0]).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = node.range[1];
      if (node.type !== 'Entry') continue;
      const { key, value } = node;
      if (key) expect(node.range[0] <= key.range[0] && key.range[1] <= node.range[1]).toBe(true);
      if (value) {
        expect(node.range[0] <= value.range[0] && value.range[1] <= node.range[1]).toBe(true);
        expect(value.range[0] <= value.contentRange[0] && value.contentRange[1] <= value.range[1]).toBe(true);
        if (key) expect(key.range[1]).toBeLessThanOrEqual(value.range[0]);
        expect(value.verbatim).toBe(source.slice(...value.contentRange) === value.value);
      }
    }
    let previousComment = 0;
    for (const comment of document.comments) {
      expect(comment.range[0]).toBeGreaterThanOrEqual(previousComment);
      previousComment = comment.range[1];
      expect(source.slice(comment.range[0] + 1, comment.range[1])).toBe(comment.value);
    }
  }

  it.each(DIALECTS.map((dialect) => [dialect]))('%s: never throws; ranges nest in order and agree with loc', (dialect) => {
    fc.assert(
      fc.property(text, (source) => {
        checkDocument(source, parseKeyValue(source, dialect));
      }),
      { seed: 20_251_130, numRuns: 300 },
    );
  });
});
