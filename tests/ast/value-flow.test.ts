import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { HOLE, resolveStringShape, shapeText } from '../../src/ast/static-string.js';
import { runProbe } from './probe.js';

/** The text of the first argument of each `probe(...)` call, holes as `#`, in source order. */
function textsOf(code: string): (string | undefined)[] {
  const results: (string | undefined)[] = [];
  runProbe(code, (context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
        const shape = resolveStringShape(argument, context.sourceCode.getScope(call));
        results.push(shape ? shapeText(shape).replaceAll(HOLE, '#') : undefined);
      }
    },
  }));
  return results;
}

/** The text of the first argument of the last `probe(...)` call, holes as `#`; undefined when nothing is known. */
function textOf(code: string): string | undefined {
  const results = textsOf(code);
  if (results.length === 0) throw new Error('no probe(...) call in the code');
  return results.at(-1);
}

describe('strings built over several statements', () => {
  it('reads a let at each read with what was added before that read', () => {
    const code = `let url = '/records';
probe(url);
url += '?page=' + page;
probe(url);
url += '&api_key=' + apiKey;
probe(url);
function later() {
  probe(url);
}`;
    expect(textsOf(code)).toEqual([undefined, '/records?page=#', '/records?page=#&api_key=#', '/records?page=#&api_key=#']);
  });

  it('adds what a let is given with += before it is read, and not after', () => {
    const code = `let url = 'https://api.own.example/v1/records?page=1';
url += '&api_key=' + apiKey;
probe(url);
url += '&later=1';`;
    expect(textOf(code)).toBe('https://api.own.example/v1/records?page=1&api_key=#');
  });

  it('reads url = url + ... as an addition, in a branch too', () => {
    const code = `let url = \`\${BASE}/records\`;
if (token) {
  url = url + '?access_token=' + token;
}
probe(url);`;
    expect(textOf(code)).toBe('#/records?access_token=#');
  });

  it('gives up on a let that is also replaced', () => {
    expect(textOf(`let url = '/a';\nurl = other;\nurl += '?x=1';\nprobe(url);`)).toBeUndefined();
  });

  it('joins an array with the values pushed onto it before', () => {
    const code = `const query = ['format=json'];
query.push(\`token=\${token}\`);
if (page) query.push('page=' + page);
probe('https://api.own.example/v1/items?' + query.join('&'));`;
    expect(textOf(code)).toBe('https://api.own.example/v1/items?format=json&token=#&page=#');
  });

  it('gives up on an array that is changed by anything but push', () => {
    expect(textOf(`const parts = ['a=1'];\nparts.splice(0, 1, x);\nprobe(parts.join('&'));`)).toBeUndefined();
  });
});

describe('this.x in a class', () => {
  it('reads a field and a member set in the constructor', () => {
    const code = `class RecordsClient {
  baseUrl = 'https://api.own.example/v1';
  constructor(apiKey) {
    this.query = '?api_key=' + apiKey;
  }
  list() {
    return probe(this.baseUrl + '/records' + this.query);
  }
}`;
    expect(textOf(code)).toBe('https://api.own.example/v1/records?api_key=#');
  });

  it('leaves a hole for a member set in two places', () => {
    const code = `class C {
  constructor() { this.base = '/a'; }
  reset() { this.base = '/b'; }
  go() { probe(this.base); }
}`;
    expect(textOf(code)).toBeUndefined();
  });

  it('does not read this inside a plain function as the instance', () => {
    const code = `class C {
  base = '/a';
  go() {
    return [1].map(function () { return probe(this.base); });
  }
}`;
    expect(textOf(code)).toBeUndefined();
  });
});

describe('calls of the file’s own functions', () => {
  it('inlines a function declaration with its arguments', () => {
    const code = `function withKey(path, key) {
  return \`https://api.own.example\${path}?api_key=\${key}\`;
}
probe(withKey('/v1/records', process.env.OWN_API_KEY));`;
    expect(textOf(code)).toBe('https://api.own.example/v1/records?api_key=#');
  });

  it('inlines a const arrow function, a default parameter and the last return after an early exit', () => {
    const code = `const buildUrl = (path, page = 1) => {
  if (!path) return BASE;
  return BASE + path + '?page=' + page + '&token=' + TOKEN;
};
probe(buildUrl('/items'));`;
    expect(textOf(code)).toBe('#/items?page=1&token=#');
  });

  it('inlines a method of the class and of an object literal', () => {
    const code = `const api = { url: (path) => 'https://api.own.example' + path };
class Client {
  endpoint(path) { return api.url(path) + '?key=' + this.key; }
  get() { return probe(this.endpoint('/me')); }
}`;
    expect(textOf(code)).toBe('https://api.own.example/me?key=#');
  });

  it('reads an object-to-query helper as the query of its argument', () => {
    const code = `function toQuery(params) {
  return Object.entries(params).map(([key, value]) => \`\${key}=\${encodeURIComponent(value)}\`).join('&');
}
const qs = (params) => new URLSearchParams(params).toString();
probe(\`/search?\${toQuery({ q: term, api_key: key })}&\${qs({ page: 2 })}\`);`;
    expect(textOf(code)).toBe('/search?q=#&api_key=#&page=2');
  });

  it('stops at recursion and leaves async functions alone', () => {
    expect(textOf(`function f(n) { return f(n) + 'x'; }\nprobe(f(1));`)).toBe('#x');
    expect(textOf(`async function g() { return '/a'; }\nprobe(g());`)).toBeUndefined();
  });
});

describe('the choice between ? and & in a URL helper', () => {
  it('takes ? after a path without a query and & after one with a query', () => {
    const helper = `function withKey(path) {
  return \`https://api.own.example\${path}\${path.includes('?') ? '&' : '?'}api_key=\${apiKey}\`;
}`;
    expect(textOf(`${helper}\nprobe(withKey('/records'));`)).toBe('https://api.own.example/records?api_key=#');
    expect(textOf(`${helper}\nprobe(withKey('/records?page=2'));`)).toBe('https://api.own.example/records?page=2&api_key=#');
  });

  it('reads the choice in a concatenation, the branches either way round', () => {
    const code = `const base = 'https://api.own.example/records?page=2';
probe(base + (base.indexOf('?') === -1 ? '?' : '&') + 'token=' + token);`;
    expect(textOf(code)).toBe('https://api.own.example/records?page=2&token=#');
  });

  it('leaves any other choice a hole', () => {
    expect(textOf("probe(`/records${flag ? '/all' : ''}`);")).toBe('/records#');
  });
});

describe('URLs from url.format and values of awaited helpers', () => {
  it('renders url.format of an object as the URL it builds', () => {
    const code = `import url from 'node:url';
const parts = { protocol: 'https', host: 'api.own.example', pathname: '/v1/records', query: { page: 2, api_key: apiKey } };
probe(url.format(parts));`;
    expect(textOf(code)).toBe('https://api.own.example/v1/records?page=2&api_key=#');
  });

  it('keeps a search string and a protocol written with its colon', () => {
    const code = "const url = require('url');\nprobe(url.format({ protocol: 'https:', hostname: 'api.own.example', search: '?token=' + token }));";
    expect(textOf(code)).toBe('https://api.own.example?token=#');
  });

  it('reads what an async helper of the file returns where it is awaited, and not where it is not', () => {
    const helper = "async function buildUrl(path) {\n  return `https://api.own.example${path}?access_token=${token}`;\n}";
    expect(textOf(`${helper}\nasync function main() {\n  const url = await buildUrl('/me');\n  probe(url);\n}`)).toBe('https://api.own.example/me?access_token=#');
    expect(textOf(`${helper}\nprobe(buildUrl('/me'));`)).toBeUndefined();
  });
});

describe('paths from roots the rule cannot know', () => {
  it('keeps the known segments after an unknown root', () => {
    const code = `import path from 'node:path';
import os from 'node:os';
const ROOT = process.cwd();
function secretFile(name) { return path.join(ROOT, 'secrets', \`\${name}.json\`); }
probe(secretFile(stage));
probe(path.join(os.homedir(), '.config', 'app', 'credentials'));`;
    expect(textOf(code)).toBe('#/.config/app/credentials');
    expect(textOf(code.replace("probe(path.join(os.homedir(), '.config', 'app', 'credentials'));", ''))).toBe('#/secrets/#.json');
  });
});

describe('getters', () => {
  it('reads this.x through the getter that returns it', () => {
    const code = `class Client {
  constructor(key) { this.key = key; }
  get endpoint() {
    return 'https://api.own.example/v1?key=' + this.key;
  }
  send() { return probe(this.endpoint); }
}`;
    expect(textOf(code)).toBe('https://api.own.example/v1?key=#');
  });
});
