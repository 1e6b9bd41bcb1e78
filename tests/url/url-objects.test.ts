import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { HOLE, shapeText } from '../../src/ast/static-string.js';
import { findTokenQueryParams } from '../../src/url/token-params.js';
import { getParamsObjectParams, getUrlQueryParams } from '../../src/url/url-objects.js';
import { resolveStringShape as resolveUrlShape } from '../../src/ast/static-string.js';
import { probeProgram } from '../ast/probe.js';

/** The first argument of the last call statement of the file, with its scope. */
function lastCallArgument<T>(code: string, use: (argument: TSESTree.Node, scope: Parameters<typeof getUrlQueryParams>[1], text: string) => T): T {
  return probeProgram(code, (context, program) => {
    const statement = program.body[program.body.length - 1];
    if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || statement.expression.type !== AST_NODE_TYPES.CallExpression) {
      throw new Error('no call statement at the end');
    }
    const [argument] = statement.expression.arguments;
    if (!argument) throw new Error('no argument');
    return use(argument, context.sourceCode.getScope(argument), context.sourceCode.text);
  });
}

describe('resolveStringShape on URL objects', () => {
  it('adds searchParams.set and append calls on a URL', () => {
    const code = `const url = new URL('/v1/items', 'https://api.example.com');
url.searchParams.set('page', '2');
url.searchParams.append('api_key', apiKey);
send(url.href);`;
    expect(lastCallArgument(code, (argument, scope) => shapeText(resolveUrlShape(argument, scope) ?? { parts: [] }))).toBe(
      `https://api.example.com/v1/items?page=2&api_key=${HOLE}`,
    );
  });

  it('expands a URLSearchParams built up in the file inside a template', () => {
    const code = `const params = new URLSearchParams({ q: 'open' });
params.set('token', token);
send(\`https://api.example.com/search?\${params}\`);`;
    expect(lastCallArgument(code, (argument, scope) => shapeText(resolveUrlShape(argument, scope) ?? { parts: [] }))).toBe(
      `https://api.example.com/search?q=open&token=${HOLE}`,
    );
  });

  it('leaves an unknown URL as nothing', () => {
    expect(lastCallArgument('send(target);', (argument, scope) => resolveUrlShape(argument, scope))).toBeUndefined();
  });
});

describe('getParamsObjectParams', () => {
  it('reads an object literal through a binding and a query string', () => {
    const code = `const params = { access_token: token, page: 1, nested: { a: 1 } };
send(params);`;
    expect(lastCallArgument(code, (argument, scope) => getParamsObjectParams(argument, scope).map((param) => param.key))).toEqual([
      'access_token',
      'page',
      'nested',
    ]);
    expect(lastCallArgument("send('a=1&secret=' + secret);", (argument, scope) => getParamsObjectParams(argument, scope).map((param) => param.key))).toEqual([
      'a',
      'secret',
    ]);
  });
});

describe('findTokenQueryParams', () => {
  function tokenKeys(code: string): string[] {
    return lastCallArgument(code, (argument, scope, text) =>
      findTokenQueryParams(getUrlQueryParams(argument, scope), scope, text).map((finding) => `${finding.param.key}:${finding.shown}`),
    );
  }

  it('reports token keys and token values, not ordinary or paging ones', () => {
    expect(tokenKeys('send(`/a?page=${page}&token=${value}&u=${apiKey}&next=${nextPageToken}&key=${cacheKey}`);')).toEqual([
      'token:value',
      'u:apiKey',
    ]);
  });

  it('skips placeholders and masked values under token keys', () => {
    expect(tokenKeys("send(`/a?api_key=YOUR_API_KEY&token=${mask(token)}&secret=`);")).toEqual([]);
  });

  it('shows a literal masked', () => {
    expect(tokenKeys("send('/a?password=AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2');")).toEqual(['password:"AINp…t2"']);
  });
});
