import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import {
  HOLE,
  getStaticString,
  isFullyStatic,
  locateInShape,
  resolveBinding,
  resolveObjectProperties,
  resolveStringShape,
  shapeText,
  toSourceLocation,
  type StringShape,
  type StringShapeOptions,
} from '../../src/ast/static-string.js';
import { runProbe, type ProbeOptions } from './probe.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Runs `inspect` on the first argument of the `probe(...)` call in `code`. */
function atProbe<T>(code: string, inspect: (node: TSESTree.Node, scope: TSESLint.Scope.Scope, context: Context) => T, options?: ProbeOptions): T {
  let result: { value: T } | undefined;
  runProbe(
    code,
    (context) => ({
      CallExpression: (call: TSESTree.CallExpression) => {
        const [argument] = call.arguments;
        if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
          result = { value: inspect(argument, context.sourceCode.getScope(call), context) };
        }
      },
    }),
    options,
  );
  if (!result) {
    throw new Error('no probe(...) call in the code');
  }
  return result.value;
}

function shapeOf(code: string, options?: StringShapeOptions): StringShape | undefined {
  return atProbe(code, (node, scope) => resolveStringShape(node, scope, options));
}

/** The shape's text, holes as `#`; undefined when nothing is known. */
function textOf(code: string, options?: StringShapeOptions): string | undefined {
  const shape = shapeOf(code, options);
  return shape ? shapeText(shape).replaceAll(HOLE, '#') : undefined;
}

describe('resolveStringShape: literals, templates and concatenation', () => {
  it('gives the text of a string literal', () => {
    expect(textOf(`probe('https://api.example.com');`)).toBe('https://api.example.com');
  });

  it('keeps template quasis as text and unknown expressions as holes', () => {
    const shape = shapeOf('declare const id: string, token: string;\nprobe(`https://api.example.com/users/${id}?token=${token}`);');
    expect(shape && shapeText(shape)).toBe(`https://api.example.com/users/${HOLE}?token=${HOLE}`);
    expect(shape?.parts.filter((part) => part.kind === 'hole').map((part) => (part.node as TSESTree.Identifier).name)).toEqual(['id', 'token']);
  });

  it('concatenates nested + expressions in order', () => {
    expect(textOf(`declare const b: string;\nprobe('a' + (b + 'c') + 'd');`)).toBe('a#cd');
  });

  it('adds numbers before a string the way JavaScript does', () => {
    expect(textOf(`probe(1 + 2 + 'x');`)).toBe('3x');
    expect(textOf(`probe('x' + 1 + 2);`)).toBe('x12');
  });

  it('renders numbers and booleans as text', () => {
    expect(textOf('const port = 8080;\nprobe(`host:${port}/${true}/${-1}`);')).toBe('host:8080/true/-1');
  });

  it('sees through TypeScript wrappers', () => {
    expect(textOf(`const a = 'a';\nconst b = 'b';\nprobe((a as string) + b! + ('c' satisfies string) + <string>'d');`)).toBe('abcd');
  });

  it('treats unknown calls, tagged templates and conditionals as holes', () => {
    expect(textOf('declare function f(): string;\nprobe(`x${f()}y${String.raw`z`}${Math.random() > 0.5 ? "a" : "b"}`);')).toBe('x#y##');
  });

  it('never reads the environment or other runtime state while linting', () => {
    process.env.TOKEN_HYGIENE_PROBE = 'from-the-environment';
    const text = textOf(`probe('a' + process.env.TOKEN_HYGIENE_PROBE + globalThis.process.env['TOKEN_HYGIENE_PROBE'] + Date.now());`);
    delete process.env.TOKEN_HYGIENE_PROBE;
    expect(text).toBe('a###');
  });

  it('returns undefined when nothing of the string is known', () => {
    expect(textOf(`declare function getUrl(): string;\nprobe(getUrl());`)).toBeUndefined();
  });

  it('returns an empty static shape for an empty string', () => {
    const shape = shapeOf(`probe('');`);
    expect(shape?.parts).toEqual([]);
    expect(shape && isFullyStatic(shape)).toBe(true);
  });
});

describe('resolveStringShape: bindings', () => {
  it('follows const bindings declared anywhere in the file', () => {
    const code = `function load() {\n  return probe(BASE + '/items?key=' + KEY);\n}\nconst BASE = 'https://api.example.com';\nconst KEY = 'k-123';`;
    expect(textOf(code)).toBe('https://api.example.com/items?key=k-123');
  });

  it('follows a let written exactly once, at declaration or later', () => {
    expect(textOf(`let host = 'api.example.com';\nprobe('https://' + host);`)).toBe('https://api.example.com');
    expect(textOf(`let host;\nhost = 'api.example.com';\nprobe('https://' + host);`)).toBe('https://api.example.com');
  });

  it('does not follow a let written twice', () => {
    expect(textOf(`let host = 'a.example.com';\nhost = 'b.example.com';\nprobe('https://' + host);`)).toBe('https://#');
  });

  it('resolves a const in the scope where it was declared, not where it is used', () => {
    const code = `const suffix = 'outer';\nconst value = 'v-' + suffix;\nfunction f(suffix: string) {\n  probe(value);\n}`;
    expect(textOf(code)).toBe('v-outer');
  });

  it('terminates on cyclic consts and leaves holes', () => {
    const code = `const a = b + 'x';\nconst b = a + 'y';\nprobe(a);`;
    expect(textOf(code)).toBe('#yx');
  });

  it('follows properties of const object literals', () => {
    const code = "const config = { api: { base: 'https://api.example.com' }, key: 'k-1' };\nprobe(`${config.api.base}/v1?key=${config['key']}`);";
    expect(textOf(code)).toBe('https://api.example.com/v1?key=k-1');
  });

  it('reads the last property of an object literal with the name, written or computed', () => {
    const code = [
      "const KEY = 'region';",
      "const settings = { region: 'eu', host: 'a.example', ['host']: 'b.example', ...defaults, [KEY]: 'us' };",
      'probe(`https://${settings.host}/${settings.region}/${settings.port}`);',
    ].join('\n');
    expect(textOf(code)).toBe('https://b.example/us/#');
  });

  it('stops at the depth limit', () => {
    const code = `const a = 'x';\nconst b = a;\nconst c = b;\nconst d = c;\nprobe(d);`;
    expect(textOf(code, { maxDepth: 2 })).toBeUndefined();
    expect(textOf(code)).toBe('x');
  });

  it('does not follow parameters, loop variables or destructuring', () => {
    expect(textOf(`function f(url = 'x') { probe(url); }`)).toBeUndefined();
    expect(textOf(`for (const part of ['a']) probe(part);`)).toBeUndefined();
    expect(textOf(`const { url } = { url: 'x' };\nprobe(url);`)).toBeUndefined();
  });
});

describe('resolveStringShape: calls that build strings', () => {
  it('reads String(x), x.toString() and encodeURIComponent(x) as x', () => {
    expect(textOf(`const token = 'abc';\nprobe('?t=' + encodeURIComponent(token) + String(1) + token.toString());`)).toBe('?t=abc1abc');
  });

  it('does not read a shadowed encodeURIComponent as the global: the local function is inlined', () => {
    expect(textOf(`function encodeURIComponent(value: string) { return value.split('').reverse().join(''); }\nprobe('?t=' + encodeURIComponent('abc'));`)).toBe('?t=#');
    expect(textOf(`function encodeURIComponent(value: string) { return '<' + value + '>'; }\nprobe('?t=' + encodeURIComponent('abc'));`)).toBe('?t=<abc>');
  });

  it('joins array literals with the given separator', () => {
    expect(textOf(`declare const id: string;\nprobe(['https://api.example.com', 'users', id].join('/'));`)).toBe('https://api.example.com/users/#');
    expect(textOf(`probe(['a', 'b'].join());`)).toBe('a,b');
    expect(textOf(`probe(['a', 'b'].join(''));`)).toBe('ab');
  });

  it('joins path.join arguments with / across import forms', () => {
    const code = `import path from 'node:path';\ndeclare const home: string;\nprobe(path.join(home, '.config', 'gh/hosts.yml'));`;
    expect(textOf(code)).toBe('#/.config/gh/hosts.yml');
    expect(textOf(`const { join } = require('path');\nprobe(join('/etc', 'app', 'token'));`)).toBe('/etc/app/token');
    expect(textOf(`import * as path from 'path';\nprobe(path.posix.join('a', 'b'));`)).toBe('a/b');
  });

  it('restarts path.resolve at the last absolute segment', () => {
    expect(textOf(`import { resolve } from 'path';\nprobe(resolve('ignored', '/srv', 'token.txt'));`)).toBe('/srv/token.txt');
  });

  it('does not treat a local object named path as the path module', () => {
    expect(textOf(`const path = { join: (...parts: string[]) => parts[0] };\nprobe(path.join('a', 'b'));`)).toBeUndefined();
  });

  it('renders qs.stringify and querystring.stringify objects as a query string', () => {
    const code = `import qs from 'qs';\ndeclare const token: string;\nprobe('/items?' + qs.stringify({ page: 2, access_token: token }));`;
    expect(textOf(code)).toBe('/items?page=2&access_token=#');
    expect(textOf(`const querystring = require('node:querystring');\nconst query = { key: 'abc' };\nprobe(querystring.stringify(query));`)).toBe('key=abc');
  });

  it('leaves a hole for spread entries in a query object', () => {
    expect(textOf(`import qs from 'qs';\ndeclare const extra: object;\nprobe(qs.stringify({ a: 1, ...extra }));`)).toBe('a=1&#');
  });

  it('never throws on spread or missing arguments', () => {
    expect(textOf(`declare const xs: string[];\nprobe(String(...xs));`)).toBeUndefined();
    expect(textOf(`probe('a' + new URL());`)).toBe('a#');
    expect(textOf(`probe('a' + String());`)).toBe('a');
  });

  it('handles optional chaining and computed members without throwing', () => {
    expect(textOf(`declare const cfg: { url?: string } | undefined;\ndeclare const k: string;\nprobe('x' + cfg?.url + cfg?.[k] + cfg?.url?.toString());`)).toBe('x###');
  });
});

describe('resolveStringShape: URL and URLSearchParams', () => {
  it('resolves an absolute path against a base origin', () => {
    expect(textOf(`probe(new URL('/v1/items?token=x', 'https://api.example.com/ignored/path'));`)).toBe('https://api.example.com/v1/items?token=x');
  });

  it('resolves a relative path against the base directory', () => {
    expect(textOf(`probe(new URL('items', 'https://api.example.com/v1/'));`)).toBe('https://api.example.com/v1/items');
    expect(textOf(`probe(new URL('items', 'https://api.example.com/v1/users'));`)).toBe('https://api.example.com/v1/items');
    expect(textOf(`probe(new URL('items', 'https://api.example.com'));`)).toBe('https://api.example.com/items');
  });

  it('keeps an absolute input and replaces only the query for ?input', () => {
    expect(textOf(`probe(new URL('https://other.example.com/x', 'https://api.example.com'));`)).toBe('https://other.example.com/x');
    expect(textOf(`probe(new URL('?page=2', 'https://api.example.com/v1/items?page=1#top'));`)).toBe('https://api.example.com/v1/items?page=2');
  });

  it('keeps holes in the base host', () => {
    expect(textOf('declare const host: string;\nprobe(new URL(`/me?key=k`, `https://${host}/v1`));')).toBe('https://#/me?key=k');
  });

  it('reads a const URL through a template, .href and .toString()', () => {
    const code = "const url = new URL('/me?token=t', 'https://api.example.com');\nprobe(`${url}|${url.href}|${url.toString()}`);";
    expect(textOf(code)).toBe('https://api.example.com/me?token=t|https://api.example.com/me?token=t|https://api.example.com/me?token=t');
  });

  it('adds the search params a URL is given before it is read', () => {
    const code = `const url = new URL('https://api.example.com/me');\nurl.searchParams.set('token', t);\nprobe('' + url);\nurl.searchParams.set('later', 'x');`;
    expect(textOf(code)).toBe('https://api.example.com/me?token=#');
  });

  it('replaces the query of a URL whose search is assigned', () => {
    const code = `const url = new URL('https://api.example.com/me?old=1');\nurl.search = new URLSearchParams({ api_key: key, page: '2' }).toString();\nprobe(url.href);`;
    expect(textOf(code)).toBe('https://api.example.com/me?api_key=#&page=2');
  });

  it('renders URLSearchParams from an object, pairs or a string', () => {
    expect(textOf(`declare const token: string;\nprobe(new URLSearchParams({ access_token: token, page: 2 }).toString());`)).toBe('access_token=#&page=2');
    expect(textOf(`probe('?' + new URLSearchParams([['key', 'abc'], ['v', '2']]));`)).toBe('?key=abc&v=2');
    expect(textOf(`probe(String(new URLSearchParams('?a=b')));`)).toBe('a=b');
  });

  it('adds what is appended to URLSearchParams before it is read', () => {
    const code = `const params = new URLSearchParams({ page: '1' });\nparams.append('token', t);\nprobe('?' + params);`;
    expect(textOf(code)).toBe('?page=1&token=#');
    const empty = `const params = new URLSearchParams();\nparams.set('api_key', k);\nprobe('?' + params.toString());`;
    expect(textOf(empty)).toBe('?api_key=#');
  });
});

/**
 * A `depth`-deep chain of `'a' + 'a'` built by hand from a parsed literal: the TypeScript
 * parser itself overflows near 1000 levels, so deeper code never reaches a rule from a
 * file, but the resolver must not be the part that breaks.
 */
function syntheticConcatenation(literal: TSESTree.Node, depth: number, leaning: 'left' | 'right'): TSESTree.Node {
  let tree: TSESTree.Node = literal;
  for (let level = 0; level < depth; level += 1) {
    const leaf: TSESTree.Node = { ...literal };
    const joint = {
      type: AST_NODE_TYPES.BinaryExpression,
      operator: '+',
      left: leaning === 'left' ? tree : leaf,
      right: leaning === 'left' ? leaf : tree,
      range: literal.range,
      loc: literal.loc,
    } as unknown as TSESTree.BinaryExpression;
    tree.parent = joint;
    leaf.parent = joint;
    tree = joint;
  }
  return tree;
}

describe('resolveStringShape: pathological input', () => {
  it('resolves the longest concatenation the parser accepts', () => {
    const code = `probe(${Array.from({ length: 800 }, () => "'a'").join(' + ')});`;
    expect(textOf(code)).toBe('a'.repeat(800));
  });

  it('resolves a 2000-term left-leaning concatenation without overflowing the stack', () => {
    const text = atProbe(`probe('a');`, (node, scope) => {
      const shape = resolveStringShape(syntheticConcatenation(node, 1999, 'left'), scope);
      return shape && shapeText(shape);
    });
    expect(text).toBe('a'.repeat(2000));
  });

  it('turns a 2000-deep right-nested concatenation into a hole past the depth limit', () => {
    const text = atProbe(`probe('a');`, (node, scope) => {
      const shape = resolveStringShape(syntheticConcatenation(node, 2000, 'right'), scope);
      return shape && shapeText(shape);
    });
    expect(text).toMatch(new RegExp(`^a{16}${HOLE}+$`, 'u'));
  });

  it('turns a parsed 300-deep nested concatenation into a hole past the depth limit', () => {
    const nested = `${"'a' + (".repeat(300)}'a'${')'.repeat(300)}`;
    expect(textOf(`probe(${nested});`)).toMatch(/^a{16}#+$/u);
  });

  it('survives a chain of 2000 consts', () => {
    const lines = Array.from({ length: 2000 }, (_, index) => `const v${index + 1} = v${index} + 'x';`);
    const text = textOf(`const v0 = 'start';\n${lines.join('\n')}\nprobe(v2000);`);
    expect(text).toMatch(/^#x+$/u);
  });
});

describe('locateInShape', () => {
  function locate(code: string, needle: string): { located: string; exact: boolean } | undefined {
    return atProbe(code, (node, scope, context) => {
      const shape = resolveStringShape(node, scope);
      if (!shape) {
        return undefined;
      }
      const start = shapeText(shape).indexOf(needle);
      const location = locateInShape(shape, start, start + needle.length);
      return location && { located: context.sourceCode.text.slice(...location.range), exact: location.exact };
    });
  }

  it('maps text in an escape-free literal back to its exact source range', () => {
    expect(locate(`probe('https://api.example.com/?token=abc123');`, 'abc123')).toEqual({ located: 'abc123', exact: true });
  });

  it('maps text in a template quasi through a const binding', () => {
    const code = 'const BASE = `https://api.example.com/${v}?key=k-999&x=1`;\nprobe(BASE);';
    expect(locate(code, 'k-999')).toEqual({ located: 'k-999', exact: true });
  });

  it('falls back to the whole literal when it contains escapes', () => {
    expect(locate(`probe('tok\\x65n=abc');`, 'abc')).toEqual({ located: `'tok\\x65n=abc'`, exact: false });
  });

  it('falls back to the whole quasi when it contains escapes', () => {
    expect(locate('probe(`a\\tb=secret`);', 'secret')).toEqual({ located: '`a\\tb=secret`', exact: false });
  });

  it('spans text split across concatenated literals, not exactly', () => {
    expect(locate(`probe('abc' + 'def');`, 'cd')).toEqual({ located: `c' + 'd`, exact: false });
  });

  it('gives a report location with lines and columns', () => {
    const loc = atProbe(`const x = 1;\nprobe('?key=abc');`, (node, scope, context) => {
      const shape = resolveStringShape(node, scope);
      const location = shape && locateInShape(shape, 5, 8);
      return location && toSourceLocation(context.sourceCode, location.range);
    });
    expect(loc).toEqual({ start: { line: 2, column: 12 }, end: { line: 2, column: 15 } });
  });

  it('returns undefined for an offset range outside the text', () => {
    expect(atProbe(`probe('abc');`, (node, scope) => {
      const shape = resolveStringShape(node, scope);
      return shape && locateInShape(shape, 10, 12);
    })).toBeUndefined();
  });
});

describe('getStaticString', () => {
  it('gives the value of a fully static expression and undefined otherwise', () => {
    expect(atProbe(`const k = 'b';\nprobe('a' + k);`, getStaticString)).toBe('ab');
    expect(atProbe(`declare const k: string;\nprobe('a' + k);`, getStaticString)).toBeUndefined();
  });
});

describe('resolveBinding', () => {
  function bindingSource(code: string): string | undefined {
    return atProbe(code, (node, scope, context) => {
      const value = node.type === AST_NODE_TYPES.Identifier ? resolveBinding(node, scope) : undefined;
      return value && context.sourceCode.getText(value);
    });
  }

  it('gives the initializer of a const without following it further', () => {
    expect(bindingSource(`const base = 'https://x';\nconst url = base + '/y';\nprobe(url);`)).toBe(`base + '/y'`);
  });

  it('gives undefined for parameters and variables written more than once', () => {
    expect(bindingSource(`function f(url: string) { probe(url); }`)).toBeUndefined();
    expect(bindingSource(`let url = 'a';\nurl += 'b';\nprobe(url);`)).toBeUndefined();
  });
});

describe('resolveObjectProperties', () => {
  function propertiesOf(code: string): string[] | undefined {
    return atProbe(code, (node, scope, context) =>
      resolveObjectProperties(node, scope)?.map((property) => `${property.key}=${context.sourceCode.getText(property.value)}`),
    );
  }

  it('lists static-keyed properties of an object literal through a const', () => {
    const code = `declare const token: string;\nconst params = { page: 1, 'api-key': 'k', ['x' + 'y']: 2, token, ...rest, get g() { return 1; }, m() {} };\nprobe(params);`;
    expect(propertiesOf(code)).toEqual(['page=1', "api-key='k'", 'xy=2', 'token=token']);
  });

  it('gives undefined for anything but an object literal', () => {
    expect(propertiesOf(`declare function options(): object;\nprobe(options());`)).toBeUndefined();
  });
});
