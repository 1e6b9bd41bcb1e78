import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/utils';
import type { StringPart, StringShape } from '../../src/ast/static-string.js';
import { HOLE, shapeText } from '../../src/ast/static-string.js';
import { findQuerySpan, parseQueryString, parseUrlQuery, sliceShape } from '../../src/url/query.js';
import { classifyQueryKey, isNonCredentialName, isSharedAccessSignature } from '../../src/url/query-keys.js';

const node = { type: 'Literal', range: [0, 0] } as unknown as TSESTree.Node;

function text(value: string, start?: number): StringPart {
  return start === undefined ? { kind: 'text', value, node } : { kind: 'text', value, node, range: [start, start + value.length] };
}
const hole: StringPart = { kind: 'hole', node };

function rendered(shape: StringShape): { key: string; value: string }[] {
  return parseUrlQuery(shape).map((param) => ({ key: param.key, value: shapeText(param.value) }));
}

describe('parseUrlQuery', () => {
  it('reads static keys and values with holes', () => {
    const shape = { parts: [hole, text('/records?page=', 10), hole, text('&api_token=', 30), hole] };
    expect(rendered(shape)).toEqual([
      { key: 'page', value: HOLE },
      { key: 'api_token', value: HOLE },
    ]);
  });

  it('maps a parameter back to its source range', () => {
    const shape = { parts: [text('https://x.example/?a=1&token=abc', 100)] };
    const params = parseUrlQuery(shape);
    expect(params.map((param) => param.range)).toEqual([
      [119, 122],
      [123, 132],
    ]);
    expect(params[1]?.siblings).toEqual(['a', 'token']);
  });

  it('skips keys that are not static, empty segments, and everything after #', () => {
    const shape = { parts: [text('/p?'), hole, text('=1&&flag&b=2#c=3')] };
    expect(rendered(shape)).toEqual([
      { key: 'flag', value: '' },
      { key: 'b', value: '2' },
    ]);
  });

  it('finds no query in a fragment or without ?', () => {
    expect(findQuerySpan('https://x.example/#/cb?access_token=1')).toBeUndefined();
    expect(findQuerySpan('https://x.example/records')).toBeUndefined();
    expect(findQuerySpan('/a?b=1#c')).toEqual([3, 6]);
  });

  it('decodes percent-encoded keys', () => {
    expect(rendered({ parts: [text('/p?access%5Ftoken=1')] })).toEqual([{ key: 'access_token', value: '1' }]);
  });
});

describe('parseQueryString', () => {
  it('reads a bare query string with an optional leading ?', () => {
    const params = parseQueryString({ parts: [text('?a=1&secret='), hole] });
    expect(params.map((param) => [param.key, shapeText(param.value)])).toEqual([
      ['a', '1'],
      ['secret', HOLE],
    ]);
  });
});

describe('sliceShape', () => {
  it('cuts text parts and keeps their exact ranges', () => {
    const sliced = sliceShape({ parts: [text('abcdef', 10), hole, text('xyz')] }, 2, 8);
    expect(sliced.parts).toEqual([text('cdef', 12), hole, text('x')]);
  });
});

describe('classifyQueryKey', () => {
  it('knows credential keys', () => {
    for (const key of ['token', 'access_token', 'api_token', 'apikey', 'api_key', 'auth', 'secret', 'password', 'client_secret', 'jwt']) {
      expect(classifyQueryKey(key), key).toBe('token');
    }
  });

  it('keeps pagination, CSRF and OAuth keys apart', () => {
    for (const key of ['pageToken', 'nextPageToken', 'continuationToken', 'cursor', 'csrf_token', 'client_id', 'state', 'code_challenge', 'id_token_hint']) {
      expect(classifyQueryKey(key), key).toBe('allowed');
    }
    for (const key of ['page', 'q', 'sort', 'format']) {
      expect(classifyQueryKey(key), key).toBe('other');
    }
  });

  it('weighs key and sig by their value and company', () => {
    expect(classifyQueryKey('key')).toBe('value-dependent');
    expect(classifyQueryKey('sig')).toBe('signature');
    expect(isSharedAccessSignature(['sv', 'se', 'sig'])).toBe(true);
    expect(isSharedAccessSignature(['sig', 'ts'])).toBe(false);
  });

  it('applies queryKeys and allowedKeys, ignoring case', () => {
    expect(classifyQueryKey('Ticket', { queryKeys: ['ticket'] })).toBe('token');
    expect(classifyQueryKey('AUTH', { allowedKeys: ['auth'] })).toBe('allowed');
  });

  it('recognises non-credential names', () => {
    expect(isNonCredentialName('nextPageToken')).toBe(true);
    expect(isNonCredentialName('xsrfToken')).toBe(true);
    expect(isNonCredentialName('apiToken')).toBe(false);
  });
});
