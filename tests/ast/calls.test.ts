import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import {
  defineApiGroup,
  getCalleeName,
  getModuleMemberPath,
  iterateTrackedCalls,
  mentionsTrackedApi,
  normalizeModuleName,
  type ApiGroup,
  type ApiSpec,
} from '../../src/ast/calls.js';
import { probeProgram, runProbe, type ProbeOptions } from './probe.js';

const HTTP_CALLS = defineApiGroup([
  { id: 'fetch', path: ['fetch'], kind: 'call' },
  { id: 'request', path: ['Request'], kind: 'construct' },
  { id: 'xhr-open', path: ['open'], kind: 'call', instanceOf: { path: ['XMLHttpRequest'], kind: 'construct' } },
  { id: 'axios', module: 'axios', path: [], kind: 'call' },
  { id: 'axios-get', module: 'axios', path: ['get'], kind: 'call' },
  { id: 'axios-instance', module: 'axios', path: [], kind: 'call', instanceOf: { path: ['create'], kind: 'call' } },
  { id: 'axios-instance-get', module: 'axios', path: ['get'], kind: 'call', instanceOf: { path: ['create'], kind: 'call' } },
  { id: 'got', module: 'got', path: [], kind: 'call' },
  { id: 'got-instance', module: 'got', path: [], kind: 'call', instanceOf: { path: ['extend'], kind: 'call' } },
  { id: 'got-instance-post', module: 'got', path: ['post'], kind: 'call', instanceOf: { path: ['extend'], kind: 'call' } },
  { id: 'ky-create-get', module: 'ky', path: ['get'], kind: 'call', instanceOf: { path: ['create'], kind: 'call' } },
  { id: 'ky-extend-get', module: 'ky', path: ['get'], kind: 'call', instanceOf: { path: ['extend'], kind: 'call' } },
  { id: 'https-get', module: 'https', path: ['get'], kind: 'call' },
]);

const FILE_CALLS = defineApiGroup([
  { id: 'read-file-sync', module: 'fs', path: ['readFileSync'], kind: 'call' },
  { id: 'fs-promises-read-file', module: 'fs', path: ['promises', 'readFile'], kind: 'call' },
  { id: 'fs-promises-module-read-file', module: 'fs/promises', path: ['readFile'], kind: 'call' },
  { id: 'exec-sync', module: 'child_process', path: ['execSync'], kind: 'call' },
]);

interface Found {
  readonly api: string;
  readonly path: string;
  readonly line: number;
  readonly factoryLine?: number;
}

function trackedCalls(code: string, group: ApiGroup, options?: ProbeOptions): Found[] {
  return probeProgram(
    code,
    (context) =>
      [...iterateTrackedCalls(context.sourceCode, group)].map((call) => ({
        api: call.api,
        path: call.path.join('.'),
        line: call.node.loc.start.line,
        ...(call.factory ? { factoryLine: call.factory.loc.start.line } : {}),
      })),
    options,
  );
}

function apisOf(code: string, group: ApiGroup, options?: ProbeOptions): string[] {
  return trackedCalls(code, group, options).map((found) => `${found.api} ${found.path}`);
}

describe('mentionsTrackedApi', () => {
  const mentions = (code: string, group: ApiGroup, options?: ProbeOptions): boolean =>
    probeProgram(code, (context) => mentionsTrackedApi(context.sourceCode, group), options);

  it('is false for a file that names the API only in text, and finds no call there either', () => {
    const code = `const help = 'run child_process.execSync("openssl enc -d")';\nexecSync(help);`;
    expect(mentions(code, FILE_CALLS)).toBe(false);
    expect(apisOf(code, FILE_CALLS)).toEqual([]);
  });

  it('is true for a module the file requires or imports, with or without node:', () => {
    expect(mentions(`const { execSync } = require('child_process');\nexecSync(cmd);`, FILE_CALLS)).toBe(true);
    expect(mentions(`import { execSync } from 'node:child_process';\nexecSync(cmd);`, FILE_CALLS)).toBe(true);
    expect(mentions(`export { readFileSync } from 'fs';`, FILE_CALLS)).toBe(true);
  });

  it('is true for a tracked global used without a declaration, and through a global object', () => {
    expect(mentions(`fetch(url);`, HTTP_CALLS)).toBe(true);
    expect(mentions(`globalThis.fetch(url);`, HTTP_CALLS)).toBe(true);
    expect(mentions(`const fetch = make();\nfetch(url);`, HTTP_CALLS)).toBe(false);
  });

  it('agrees with iterateTrackedCalls: whenever calls are found, the file mentions the API', () => {
    const samples = [
      `import axios from 'axios';\naxios.get(u);`,
      `const got = require('got');\ngot(u);`,
      `window.fetch(u);`,
      `class A { constructor() { this.x = new XMLHttpRequest(); this.x.open('GET', u); } }`,
      `import ky from 'ky';\nconst api = ky.create({});\napi.get(u);`,
    ];
    for (const code of samples) {
      expect(apisOf(code, HTTP_CALLS).length).toBeGreaterThan(0);
      expect(mentions(code, HTTP_CALLS)).toBe(true);
    }
  });
});

describe('iterateTrackedCalls: import forms', () => {
  it('finds a method of an ESM default import', () => {
    expect(apisOf(`import axios from 'axios';\naxios.get('https://api.example.com/me');`, HTTP_CALLS)).toEqual(['axios-get axios.get']);
  });

  it('finds a named ESM import called directly', () => {
    expect(apisOf(`import { get } from 'axios';\nget('https://api.example.com/me');`, HTTP_CALLS)).toEqual(['axios-get axios.get']);
  });

  it('finds a renamed named import', () => {
    expect(apisOf(`import { get as httpGet } from 'axios';\nhttpGet(url);`, HTTP_CALLS)).toEqual(['axios-get axios.get']);
  });

  it('finds a method of a namespace import', () => {
    expect(apisOf(`import * as fs from 'fs';\nfs.readFileSync('token.txt', 'utf8');`, FILE_CALLS)).toEqual(['read-file-sync fs.readFileSync']);
  });

  it('finds the default export of a module called as a function', () => {
    expect(apisOf(`import axios from 'axios';\nawait axios({ url: '/me' });`, HTTP_CALLS)).toEqual(['axios axios']);
  });

  it('finds a method of a CommonJS require bound to a variable', () => {
    expect(apisOf(`const axios = require('axios');\naxios.get('/me');`, HTTP_CALLS, { filename: 'client.cjs', sourceType: 'commonjs' })).toEqual([
      'axios-get axios.get',
    ]);
  });

  it('finds a call on require() itself', () => {
    expect(apisOf(`require('fs').readFileSync('.token');`, FILE_CALLS)).toEqual(['read-file-sync fs.readFileSync']);
  });

  it('finds a destructured require with a rename and the node: prefix, and normalises the path', () => {
    const code = `const { readFileSync: rf } = require('node:fs');\nconst token = rf('/etc/app/token', 'utf8');`;
    expect(trackedCalls(code, FILE_CALLS)).toEqual([{ api: 'read-file-sync', path: 'fs.readFileSync', line: 2 }]);
  });

  it('finds a node: prefixed ESM import', () => {
    expect(apisOf(`import { readFileSync } from 'node:fs';\nreadFileSync('.npmrc');`, FILE_CALLS)).toEqual(['read-file-sync fs.readFileSync']);
  });

  it('keeps fs/promises as its own module name', () => {
    const code = `import { readFile } from 'node:fs/promises';\nawait readFile('token.json', 'utf8');`;
    expect(apisOf(code, FILE_CALLS)).toEqual(['fs-promises-module-read-file fs/promises.readFile']);
  });

  it('finds fs.promises.readFile through a default import, a named import and require().promises', () => {
    const code = [
      `import fs, { promises } from 'fs';`,
      `await fs.promises.readFile('a');`,
      `await promises.readFile('b');`,
      `await require('fs').promises.readFile('c');`,
      `const { promises: fsp } = require('node:fs');`,
      `await fsp.readFile('d');`,
    ].join('\n');
    expect(trackedCalls(code, FILE_CALLS).map((found) => `${found.path}@${found.line}`)).toEqual([
      'fs.promises.readFile@2',
      'fs.promises.readFile@3',
      'fs.promises.readFile@4',
      'fs.promises.readFile@6',
    ]);
  });

  it('follows aliases and the CJS-interop default property', () => {
    const code = `import * as cp from 'child_process';\nconst run = cp.execSync;\nrun('curl ...');\nrequire('axios').default.get('/x');`;
    expect(apisOf(code, FILE_CALLS)).toEqual(['exec-sync child_process.execSync']);
    expect(apisOf(code, HTTP_CALLS)).toEqual(['axios-get axios.get']);
  });

  it('sees through TypeScript casts on the way to a call', () => {
    expect(apisOf(`import axios from 'axios';\n(axios as any).get('/me');\n(axios!).get('/you');`, HTTP_CALLS)).toEqual([
      'axios-get axios.get',
      'axios-get axios.get',
    ]);
  });

  it('does not report a module member it was not asked about', () => {
    expect(apisOf(`import axios from 'axios';\naxios.post('/me');\nimport fs from 'fs';\nfs.writeFileSync('x', 'y');`, HTTP_CALLS)).toEqual([]);
  });

  it('does not treat a similarly named local package as the tracked module', () => {
    expect(apisOf(`import axios from './axios';\naxios.get('/me');`, HTTP_CALLS)).toEqual([]);
  });
});

describe('iterateTrackedCalls: globals', () => {
  it('finds a global fetch call and new Request', () => {
    const code = `await fetch('https://api.example.com');\nconst request = new Request('https://api.example.com');`;
    expect(trackedCalls(code, HTTP_CALLS)).toEqual([
      { api: 'fetch', path: 'fetch', line: 1 },
      { api: 'request', path: 'Request', line: 2 },
    ]);
  });

  it('finds fetch through globalThis and window', () => {
    expect(apisOf(`globalThis.fetch('/a');\nwindow.fetch('/b');`, HTTP_CALLS)).toEqual(['fetch fetch', 'fetch fetch']);
  });

  it('matches both call and new for a spec of kind both', () => {
    const group = defineApiGroup([{ id: 'url', path: ['URL'], kind: 'both' }]);
    expect(apisOf(`new URL('/a', base);\nURL('/b');`, group)).toEqual(['url URL', 'url URL']);
  });

  it('does not report Request called without new', () => {
    expect(apisOf(`Request('https://api.example.com');`, HTTP_CALLS)).toEqual([]);
  });

  it('finds open() on an XMLHttpRequest instance', () => {
    const code = `const xhr = new XMLHttpRequest();\nxhr.open('GET', '/me?token=' + token);\nxhr.send();`;
    expect(trackedCalls(code, HTTP_CALLS)).toEqual([{ api: 'xhr-open', path: 'XMLHttpRequest.open', line: 2, factoryLine: 1 }]);
  });

  it('finds a global that nothing declares, as a config with no globals leaves it', () => {
    expect(trackedCalls(`fetch('/a');\nconst xhr = new XMLHttpRequest();\nxhr.open('GET', '/b');`, HTTP_CALLS, { globals: {} })).toEqual([
      { api: 'fetch', path: 'fetch', line: 1 },
      { api: 'xhr-open', path: 'XMLHttpRequest.open', line: 3, factoryLine: 2 },
    ]);
    expect(apisOf(`globalThis.fetch('/a');`, HTTP_CALLS, { globals: {} })).toEqual(['fetch fetch']);
  });

  it('does not take an undeclared global that the file assigns for the global', () => {
    expect(apisOf(`fetch = makeFetch();\nfetch('/a');`, HTTP_CALLS, { globals: {} })).toEqual([]);
  });

  it('lets a local binding shadow an undeclared global', () => {
    expect(apisOf(`const fetch = makeFetch();\nfetch('/a');`, HTTP_CALLS, { globals: {} })).toEqual([]);
  });
});

describe('iterateTrackedCalls: shadowing', () => {
  it('ignores a local function named fetch', () => {
    expect(apisOf(`function fetch(url: string) { return url; }\nfetch('/a');`, HTTP_CALLS)).toEqual([]);
  });

  it('ignores a parameter named fetch but still sees the global elsewhere', () => {
    const code = `function load(fetch: (u: string) => void) {\n  fetch('/a');\n}\nfetch('/b');`;
    expect(trackedCalls(code, HTTP_CALLS)).toEqual([{ api: 'fetch', path: 'fetch', line: 4 }]);
  });

  it('ignores a local variable shadowing an imported module', () => {
    const code = `import axios from 'axios';\nfunction f() {\n  const axios = { get(u: string) { return u; } };\n  axios.get('/a');\n}`;
    expect(apisOf(code, HTTP_CALLS)).toEqual([]);
  });

  it('follows a script\'s top-level bindings, which live in the global scope, beside undeclared globals', () => {
    // `require` and `fetch` are undeclared, so the tracker reads a view of the global scope;
    // `axios` and `api` are variables of the global scope itself in a script.
    const code = [`const axios = require('axios');`, `const api = axios.create();`, `fetch('/a');`, `axios.get('/b');`, `api.get('/c');`].join('\n');
    expect(apisOf(code, HTTP_CALLS, { sourceType: 'script', filename: 'a.js', globals: {} })).toEqual([
      'fetch fetch',
      'axios-get axios.get',
      'axios-instance-get axios.create.get',
    ]);
  });

  it('ignores a reassigned global fetch in a script', () => {
    expect(apisOf(`fetch = myFetch;\nfetch('/a');`, HTTP_CALLS, { sourceType: 'script', filename: 'a.js' })).toEqual([]);
  });
});

describe('iterateTrackedCalls: instances from factories', () => {
  it('follows const api = axios.create() to api.get() and api()', () => {
    const code = [
      `import axios from 'axios';`,
      `const api = axios.create({ baseURL: 'https://api.example.com' });`,
      `api.get('/me?token=' + token);`,
      `api({ url: '/you' });`,
      `api.post('/ignored');`,
    ].join('\n');
    expect(trackedCalls(code, HTTP_CALLS)).toEqual([
      { api: 'axios-instance-get', path: 'axios.create.get', line: 3, factoryLine: 2 },
      { api: 'axios-instance', path: 'axios.create', line: 4, factoryLine: 2 },
    ]);
  });

  it('follows a single-assignment let and a chained call on the factory', () => {
    const code = `const axios = require('axios');\nlet client;\nclient = axios.create();\nclient.get('/a');\naxios.create().get('/b');`;
    expect(trackedCalls(code, HTTP_CALLS).map((found) => `${found.api}@${found.line}`)).toEqual(['axios-instance-get@4', 'axios-instance-get@5']);
  });

  it('follows instance calls through optional chaining and casts', () => {
    const code = `import axios from 'axios';\nconst api = axios.create() as any;\napi?.get('/a');\n(api as typeof axios).get('/b');`;
    expect(apisOf(code, HTTP_CALLS)).toEqual(['axios-instance-get axios.create.get', 'axios-instance-get axios.create.get']);
  });

  it('does not follow a let that is assigned twice', () => {
    const code = `import axios from 'axios';\nlet client = axios.create();\nclient = other;\nclient.get('/a');`;
    expect(apisOf(code, HTTP_CALLS)).toEqual([]);
  });

  it('follows got.extend() instances called directly and by method', () => {
    const code = `import got from 'got';\nconst client = got.extend({ prefixUrl: 'https://api.example.com' });\nawait client('items');\nawait client.post('items');`;
    expect(apisOf(code, HTTP_CALLS)).toEqual(['got-instance got.extend', 'got-instance-post got.extend.post']);
  });

  it('follows ky.create() and ky.extend() instances, including an alias of the instance', () => {
    const code = `import ky from 'ky';\nconst api = ky.create({});\nconst v2 = ky.extend({});\nconst same = api;\nawait same.get('a');\nawait v2.get('b');`;
    expect(apisOf(code, HTTP_CALLS)).toEqual(['ky-create-get ky.create.get', 'ky-extend-get ky.extend.get']);
  });

  it('does not follow instances of an untracked factory', () => {
    expect(apisOf(`import axios from 'axios';\nconst api = axios.build();\napi.get('/a');`, HTTP_CALLS)).toEqual([]);
  });
});

describe('iterateTrackedCalls: sharing and prefilter', () => {
  it('returns the same cached result for two rules asking about the same group in one file', () => {
    const results: unknown[] = [];
    runProbe(`fetch('/a');`, (context) => ({
      Program: () => {
        results.push(iterateTrackedCalls(context.sourceCode, HTTP_CALLS), iterateTrackedCalls(context.sourceCode, HTTP_CALLS));
      },
    }));
    expect(results).toHaveLength(2);
    expect(results[0]).toBe(results[1]);
  });

  it('answers each group of a file, one sharing roots with another or defined after the file was first asked about', () => {
    const code = `import axios from 'axios';\nconst { readFileSync } = require('node:fs');\nfetch('/a');\naxios.get('/b');\nreadFileSync('k');\nownLog('c');`;
    const found: Record<string, string[]> = {};
    runProbe(code, (context) => ({
      Program: () => {
        const apis = (group: ApiGroup): string[] => [...iterateTrackedCalls(context.sourceCode, group)].map((call) => call.api);
        found.http = apis(HTTP_CALLS);
        // Defined while the file is being linted: its roots (a global, a module the file
        // also reaches through another group) were not known when the file was first asked.
        const later = defineApiGroup([
          { id: 'own-log', path: ['ownLog'], kind: 'call' },
          { id: 'axios-get-again', module: 'axios', path: ['get'], kind: 'call' },
        ]);
        const unmentioned = defineApiGroup([{ id: 'never', module: 'never-imported', path: ['x'], kind: 'call' }]);
        found.later = apis(later);
        found.unmentioned = apis(unmentioned);
        found.mentionsLater = [String(mentionsTrackedApi(context.sourceCode, later)), String(mentionsTrackedApi(context.sourceCode, unmentioned))];
        found.files = apis(FILE_CALLS);
      },
    }));
    expect(found).toEqual({
      http: ['fetch', 'axios-get'],
      later: ['axios-get-again', 'own-log'],
      unmentioned: [],
      mentionsLater: ['true', 'false'],
      files: ['read-file-sync'],
    });
  });

  it('finds nothing in a file that mentions none of the roots', () => {
    expect(apisOf(`const x = 1;\nconsole.log(x);`, HTTP_CALLS)).toEqual([]);
  });

  it('returns calls in source order', () => {
    const code = `import axios from 'axios';\nfetch('/a');\naxios.get('/b');\nfetch('/c');`;
    expect(trackedCalls(code, HTTP_CALLS).map((found) => found.line)).toEqual([2, 3, 4]);
  });
});

describe('defineApiGroup', () => {
  it('rejects a global spec without a name', () => {
    expect(() => defineApiGroup([{ id: 'nameless', path: [], kind: 'call' }])).toThrow(/global/u);
  });

  it('rejects duplicate ids and node: module names', () => {
    const spec: ApiSpec = { id: 'a', module: 'fs', path: ['readFile'], kind: 'call' };
    expect(() => defineApiGroup([spec, spec])).toThrow(/twice/u);
    expect(() => defineApiGroup([{ ...spec, module: 'node:fs' }])).toThrow(/node:/u);
  });

  it('lists module and global roots for the prefilter', () => {
    expect([...HTTP_CALLS.roots].sort()).toEqual(['Request', 'XMLHttpRequest', 'axios', 'fetch', 'got', 'https', 'ky']);
  });
});

describe('getCalleeName', () => {
  function calleeNames(code: string): string[] {
    return probeProgram(code, (context) => [...iterateTrackedCalls(context.sourceCode, HTTP_CALLS)].map((call) => getCalleeName(call.node)));
  }

  it('names member calls, globals and instance calls readably', () => {
    const code = `import axios from 'axios';\naxios.get('/a');\nfetch('/b');\nconst api = axios.create();\napi.get('/c');\naxios.create().get('/d');\nnew Request('/e');\naxios['get']('/f');`;
    expect(calleeNames(code)).toEqual(['axios.get', 'fetch', 'api.get', 'axios.create().get', 'Request', 'axios["get"]']);
  });
});

describe('getModuleMemberPath', () => {
  function memberPaths(code: string): (string | undefined)[] {
    return probeProgram(code, (context, program) => {
      const paths: (string | undefined)[] = [];
      for (const statement of program.body) {
        if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.CallExpression) {
          const call: TSESTree.CallExpression = statement.expression;
          paths.push(getModuleMemberPath(call.callee, context.sourceCode.getScope(call))?.join('.'));
        }
      }
      return paths;
    });
  }

  it('resolves imports, requires, destructured requires and nested members', () => {
    const code = [
      `import path from 'node:path';`,
      `import { join as j } from 'path';`,
      `import * as qs from 'qs';`,
      `const { resolve } = require('node:path');`,
      `const posix = require('path').posix;`,
      `path.join('a');`,
      `j('a');`,
      `qs.stringify({});`,
      `resolve('a');`,
      `posix.join('a');`,
      `path.posix.join('a');`,
      `local('a');`,
    ].join('\n');
    expect(memberPaths(code)).toEqual(['path.join', 'path.join', 'qs.stringify', 'path.resolve', 'path.posix.join', 'path.posix.join', undefined]);
  });
});

describe('normalizeModuleName', () => {
  it('strips node: and keeps subpaths', () => {
    expect(normalizeModuleName('node:fs/promises')).toBe('fs/promises');
    expect(normalizeModuleName('axios')).toBe('axios');
  });
});
