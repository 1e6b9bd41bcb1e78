import rule from '../../rules/no-token-in-url.js';
import { createRandom, fakeToken, randomChars } from '../helpers/tokens.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

// Built at run time; test names never carry the value.
const ghp = fakeToken('github-classic-pat');
// A hex API key: under a token-ish query key it is the key, not a digest.
const hexApiKey = randomChars(createRandom(77), '0123456789abcdef', 32);
const MY_HTTP = [{ module: 'my-http', functions: ['get', 'post'] }];

ruleTester.run('no-token-in-url', rule, {
  valid: [
    { name: "ignores a token sent in an Authorization header", code: `const token = process.env.OWN_API_TOKEN;
await fetch('https://api.own.example/v1/records?page=2', {
  headers: { Authorization: \`Bearer \${token}\` },
});` },
    { name: "ignores ordinary query parameters", code: `await fetch(\`https://api.own.example/v1/records?q=\${query}&page=\${page}&sort=name\`);` },
    { name: "ignores a pagination pageToken", code: `await fetch(\`https://www.googleapis.com/drive/v3/files?pageToken=\${nextPageToken}\`);` },
    { name: "ignores nextPageToken and continuationToken keys", code: `import axios from 'axios';
await axios.get('/v1/records', { params: { nextPageToken: response.nextPageToken, continuationToken } });` },
    { name: "ignores a cursor", code: `const url = \`https://api.own.example/v1/events?cursor=\${cursor}\`;
await fetch(url);` },
    { name: "ignores a csrf_token parameter", code: `await fetch(\`/account/settings?csrf_token=\${csrfToken}\`);` },
    { name: "ignores a public OAuth authorize URL", code: `const authorizeUrl = \`https://login.own.example/authorize?response_type=code&client_id=\${clientId}&redirect_uri=\${encodeURIComponent(redirectUri)}&state=\${state}&code_challenge=\${codeChallenge}&code_challenge_method=S256\`;
await fetch(authorizeUrl);` },
    { name: "ignores a client secret in a form-encoded token request body", code: `const body = new URLSearchParams({
  grant_type: 'client_credentials',
  client_id: clientId,
  client_secret: clientSecret,
});
await fetch('https://login.own.example/oauth2/token', { method: 'POST', body });` },
    { name: "ignores URLSearchParams passed as an axios body", code: `import axios from 'axios';
const form = new URLSearchParams({ refresh_token: refreshToken, grant_type: 'refresh_token' });
await axios.post('https://login.own.example/oauth2/token', form);` },
    { name: "ignores a URL with a token that is never sent", code: `const shareLink = \`https://app.own.example/share?token=\${token}\`;
console.log('built', shareLink.length);` },
    { name: "ignores a local fetch parameter that shadows the global", code: `export function load(fetch, token) {
  return fetch(\`https://api.own.example/v1/records?token=\${token}\`);
}` },
    { name: "ignores key with a non-token value", code: `await fetch(\`https://cache.own.example/lookup?key=\${cacheKey}\`);` },
    { name: "ignores a sig without the other fields of a SAS", code: `await fetch(\`https://hooks.own.example/callback?sig=\${signature}\`);` },
    { name: "ignores a placeholder value", code: `await fetch('https://api.own.example/v1/records?api_key=YOUR_API_KEY');` },
    { name: "ignores a masked value", code: `await fetch(\`https://audit.own.example/log?token=\${maskToken(token)}\`);` },
    { name: "ignores a token in a fragment, which is never sent", code: `await fetch(\`https://app.own.example/#/callback?access_token=\${token}\`);` },
    { name: "ignores an axios config whose token is in headers", code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.own.example', headers: { 'X-Api-Key': apiKey }, params: { limit: 50 } });
await api.get('/v1/records');` },
    { name: "ignores a got searchParams without tokens", code: `import got from 'got';
await got('https://api.own.example/v1/records', { searchParams: { page: 2, q: 'open' } });` },
    { name: "ignores curl with the token in a header", code: `import { execSync } from 'node:child_process';
execSync('curl -s -H "Authorization: Bearer $OWN_API_TOKEN" "https://api.own.example/v1/records?page=1"');` },
    { name: "ignores other programs than curl", code: `import { spawnSync } from 'node:child_process';
spawnSync('git', ['clone', \`https://git.own.example/repo.git?token=\${token}\`]);` },
    { name: "ignores an allowed key", code: `await fetch(\`https://api.own.example/v1/records?auth=\${token}\`);`, options: [{"allowedKeys": ["auth"]}] },
    { name: "ignores an unknown module without additionalSinks", code: `import { get } from 'my-http';
await get(\`https://api.own.example/v1/records?access_token=\${token}\`);` },
  ],
  invalid: [
    {
      name: 'reports a hex API key written under api_key in a request helper of a class',
      code: `export class WeatherClient {
  constructor(base) {
    this.base = base;
  }
  forecast(city) {
    return fetch(\`\${this.base}/v1/forecast?city=\${city}&api_key=${hexApiKey}\`);
  }
}`,
      errors: [{ messageId: 'tokenInQuery', line: 6 }],
    },
    {
      name: 'reports an API key a URL helper appends after ? or &, as each caller sends it',
      code: `const API = 'https://api.own.example';
function withKey(path) {
  return \`\${API}\${path}\${path.includes('?') ? '&' : '?'}api_key=\${process.env.OWN_API_KEY}\`;
}
export async function records(page) {
  const res = await fetch(withKey(\`/v1/records?page=\${page}\`));
  return res.json();
}`,
      errors: [{ messageId: 'tokenInQuery', line: 3 }],
    },
    {
      name: 'reports a key query parameter given a provider key from the environment, in a URL built by url.format',
      code: `import url from 'node:url';
export async function charges(limit) {
  const target = url.format({
    protocol: 'https',
    host: 'api.own.example',
    pathname: '/v1/charges',
    query: { limit, key: process.env.STRIPE_KEY },
  });
  const res = await fetch(target);
  return res.json();
}`,
      errors: [{ messageId: 'tokenInQuery', line: 7 }],
    },
    {
      name: 'reports a token an async URL helper adds, where its caller awaits it and sends it',
      code: `async function signedUrl(path) {
  const token = await getAccessToken();
  return \`https://api.own.example\${path}?access_token=\${token}\`;
}
export class RecordsClient {
  async list() {
    const url = await signedUrl('/v1/records');
    return fetch(url);
  }
}`,
      errors: [{ messageId: 'tokenInQuery', line: 3 }],
    },
    {
      name: "reports a token in a fetch template URL",
      code: `await fetch(\`https://api.own.example/v1/records?page=2&access_token=\${token}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 56, endColumn: 76, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `await fetch(\`https://api.own.example/v1/records?page=2\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
      ],
    },
    {
      name: "reports a token in a fetch URL built in a variable",
      code: `const url = \`https://api.own.example/v1/records?api_key=\${process.env.OWN_API_KEY}\`;
await fetch(url, { method: 'GET' });`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 49, endColumn: 82, suggestions: [] },
      ],
    },
    {
      name: "reports a token concatenated onto a fetch URL",
      code: `const endpoint = 'https://api.own.example/v1/records?access_token=' + accessToken;
await fetch(endpoint);`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 54, endColumn: 82, suggestions: [] },
      ],
    },
    {
      name: "reports searchParams.set on a URL passed to fetch",
      code: `const url = new URL('/v1/records', 'https://api.own.example');
url.searchParams.set('page', '1');
url.searchParams.set('api_token', apiToken);
await fetch(url.toString());`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 23, endColumn: 32, suggestions: [] },
      ],
    },
    {
      name: "reports URLSearchParams appended to a fetch URL",
      code: `const query = new URLSearchParams({ page: '1', access_token: token });
await fetch(\`https://api.own.example/v1/records?\${query.toString()}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 48, endColumn: 60, suggestions: [] },
      ],
    },
    {
      name: "reports a mutated URLSearchParams appended to a fetch URL",
      code: `const query = new URLSearchParams();
query.append('apikey', config.apiKey);
await fetch('https://api.own.example/v1/records?' + query);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 15, endColumn: 21, suggestions: [] },
      ],
    },
    {
      name: "reports querystring.stringify appended to a fetch URL",
      code: `import querystring from 'node:querystring';
const qs = querystring.stringify({ page: 1, token: authToken });
await fetch(\`https://api.own.example/v1/records?\${qs}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 45, endColumn: 50, suggestions: [] },
      ],
    },
    {
      name: "reports qs.stringify appended to a fetch URL",
      code: `import qs from 'qs';
await fetch('https://api.own.example/v1/records?' + qs.stringify({ client_secret: clientSecret }));`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 68, endColumn: 81, suggestions: [] },
      ],
    },
    {
      name: "reports new URL(path, base) with a token",
      code: `const base = 'https://api.own.example';
await fetch(new URL(\`/v1/records?password=\${password}\`, base));`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 34, endColumn: 53, suggestions: [] },
      ],
    },
    {
      name: "reports a token in new Request",
      code: `const request = new Request(\`https://api.own.example/v1/records?token=\${token}\`);
await fetch(request);`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 65, endColumn: 78, suggestions: [] },
      ],
    },
    {
      name: "reports a token in new Request built in a variable",
      code: `const url = \`https://api.own.example/v1/records?secret=\${webhookSecret}\`;
const request = new Request(url, { method: 'POST' });`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 49, endColumn: 71, suggestions: [] },
      ],
    },
    {
      name: "reports key with a token-ish value",
      code: `await fetch(\`https://maps.own.example/api/js?key=\${mapsApiKey}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 46, endColumn: 62, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `await fetch(\`https://maps.own.example/api/js\`, { headers: { Authorization: \`Bearer \${mapsApiKey}\` } });` }] },
      ],
    },
    {
      name: "reports a token value under an ordinary key",
      code: `await fetch(\`https://api.own.example/v1/records?u=\${config.auth.token}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 49, endColumn: 70, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `await fetch(\`https://api.own.example/v1/records\`, { headers: { Authorization: \`Bearer \${config.auth.token}\` } });` }] },
      ],
    },
    {
      name: 'reports a token-like literal under any key',
      code: `await fetch('https://api.own.example/v1/records?v=${ghp}');`,
      errors: [{ messageId: 'tokenInQuery', line: 1, column: 49, endColumn: 51 + ghp.length, suggestions: [] }],
    },
    {
      name: "reports the signature of a shared access signature",
      code: `const blobUrl = 'https://own.blob.core.windows.net/exports/records.csv?sv=2022-11-02&sp=r&se=2030-01-01T00:00:00Z&sig=AINpvS63II8Z2FHRlHyjHfwTBaFpg4nhInLxULt2';
await fetch(blobUrl);`,
      errors: [
        { messageId: 'tokenInQuery', data: { name: 'sig', value: '"AINp…t2"', sink: 'fetch' }, line: 1, column: 115, endColumn: 159, suggestions: [] },
      ],
    },
    {
      name: "reports a binding initialised from process.env",
      code: `const ownToken = process.env.OWN_API_TOKEN;
await fetch(\`https://api.own.example/v1/records?t=\${ownToken}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 61, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `const ownToken = process.env.OWN_API_TOKEN;
await fetch(\`https://api.own.example/v1/records\`, { headers: { Authorization: \`Bearer \${ownToken}\` } });` }] },
      ],
    },
    {
      name: "reports an extra key from queryKeys",
      code: `await fetch(\`https://api.own.example/v1/records?ticket=\${ticketValue}\`);`,
      options: [{"queryKeys": ["ticket"]}],
      errors: [
        { messageId: 'tokenInQuery', line: 1, column: 49, endColumn: 69, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `await fetch(\`https://api.own.example/v1/records\`, { headers: { Authorization: \`Bearer \${ticketValue}\` } });` }] },
      ],
    },
    {
      name: "reports undici fetch",
      code: `import { fetch } from 'undici';
await fetch(\`https://api.own.example/v1/records?access_token=\${token}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 69, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import { fetch } from 'undici';
await fetch(\`https://api.own.example/v1/records\`, { headers: { Authorization: \`Bearer \${token}\` } });` }] },
      ],
    },
    {
      name: "reports undici fetch with a flowed URL",
      code: `import { fetch as undiciFetch } from 'undici';
const url = 'https://api.own.example/v1/records?api_key=' + apiKey;
await undiciFetch(url);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 67, suggestions: [] },
      ],
    },
    {
      name: "reports undici request query",
      code: `import { request } from 'undici';
await request('https://api.own.example/v1/records', { query: { api_key: apiKey } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 64, endColumn: 79, suggestions: [] },
      ],
    },
    {
      name: "reports undici request with a flowed URL",
      code: `const { request } = require('undici');
const url = \`https://api.own.example/v1/records?token=\${token}\`;
await request(url);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 62, suggestions: [] },
      ],
    },
    {
      name: "reports node-fetch",
      code: `import fetch from 'node-fetch';
await fetch(\`https://api.own.example/v1/records?auth=\${auth}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 60, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import fetch from 'node-fetch';
await fetch(\`https://api.own.example/v1/records\`, { headers: { Authorization: \`Bearer \${auth}\` } });` }] },
      ],
    },
    {
      name: "reports node-fetch with a flowed URL",
      code: `const fetch = require('node-fetch');
const endpoint = \`https://api.own.example/v1/records?access_token=\${token}\`;
await fetch(endpoint, { method: 'GET' });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 54, endColumn: 74, suggestions: [] },
      ],
    },
    {
      name: "reports axios(url)",
      code: `import axios from 'axios';
await axios(\`https://api.own.example/v1/records?token=\${token}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 62, suggestions: [] },
      ],
    },
    {
      name: "reports axios(config) with params",
      code: `import axios from 'axios';
await axios({ url: '/v1/records', method: 'get', params: { api_key: apiKey, page: 1 } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 60, endColumn: 75, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import axios from 'axios';
await axios({ url: '/v1/records', method: 'get', headers: { Authorization: \`Bearer \${apiKey}\` }, params: { page: 1 } });` }] },
      ],
    },
    {
      name: "reports axios(config) from a variable",
      code: `import axios from 'axios';
const config = { url: \`/v1/records?access_token=\${token}\`, method: 'get' };
await axios(config);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 36, endColumn: 56, suggestions: [] },
      ],
    },
    {
      name: "reports axios.get params",
      code: `import axios from 'axios';
await axios.get('https://api.own.example/v1/records', { params: { api_key: apiKey } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 67, endColumn: 82, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import axios from 'axios';
await axios.get('https://api.own.example/v1/records', { headers: { Authorization: \`Bearer \${apiKey}\` } });` }] },
      ],
    },
    {
      name: "reports axios.get with a flowed params object",
      code: `const axios = require('axios');
const params = { access_token: accessToken, limit: 10 };
await axios.get('/v1/records', { params });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 18, endColumn: 43, suggestions: [] },
      ],
    },
    {
      name: "reports axios.post with the token in the URL",
      code: `import axios from 'axios';
await axios.post(\`/v1/records?apikey=\${apiKey}\`, payload);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 31, endColumn: 46, suggestions: [] },
      ],
    },
    {
      name: "reports axios.post params in the third argument",
      code: `import axios from 'axios';
await axios.post('/v1/records', payload, { params: { token }, timeout: 5000 });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 54, endColumn: 59, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import axios from 'axios';
await axios.post('/v1/records', payload, { headers: { Authorization: \`Bearer \${token}\` }, timeout: 5000 });` }] },
      ],
    },
    {
      name: "reports axios.put, patch, delete, head and options",
      code: `import axios from 'axios';
await axios.put(\`/v1/a?token=\${token}\`, data);
await axios.patch(\`/v1/b?token=\${token}\`, data);
await axios.delete(\`/v1/c?token=\${token}\`);
await axios.head(\`/v1/d?token=\${token}\`);
await axios.options(\`/v1/e?token=\${token}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 24, endColumn: 37, suggestions: [] },
        { messageId: 'tokenInQuery', line: 3, column: 26, endColumn: 39, suggestions: [] },
        { messageId: 'tokenInQuery', line: 4, column: 27, endColumn: 40, suggestions: [] },
        { messageId: 'tokenInQuery', line: 5, column: 25, endColumn: 38, suggestions: [] },
        { messageId: 'tokenInQuery', line: 6, column: 28, endColumn: 41, suggestions: [] },
      ],
    },
    {
      name: "reports axios.request",
      code: `import axios from 'axios';
await axios.request({ url: '/v1/records', params: { password } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 53, endColumn: 61, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import axios from 'axios';
await axios.request({ url: '/v1/records', headers: { Authorization: \`Bearer \${password}\` } });` }] },
      ],
    },
    {
      name: "reports params in axios.create defaults",
      code: `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.own.example', params: { api_key: process.env.OWN_API_KEY } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 81, endColumn: 113, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import axios from 'axios';
export const api = axios.create({ baseURL: 'https://api.own.example', headers: { Authorization: \`Bearer \${process.env.OWN_API_KEY}\` } });` }] },
      ],
    },
    {
      name: "reports a token in an axios instance call",
      code: `import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.own.example' });
const url = \`/v1/records?access_token=\${token}\`;
await api.get(url);`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 26, endColumn: 46, suggestions: [] },
      ],
    },
    {
      name: "reports a token in a call of an axios instance a script keeps at its top level, from a helper",
      // In a script the top-level bindings live in the global scope itself, beside the
      // undeclared `require`.
      code: `const axios = require('axios');
const api = axios.create({ baseURL: 'https://api.own.example' });
function loadRecords(token) {
  return api.get(\`/v1/records?access_token=\${token}\`);
}
module.exports = { loadRecords };`,
      // ESLint reads `sourceType` for espree's scopes, the TypeScript parser its own option;
      // the tester's type knows only the second.
      languageOptions: { sourceType: 'script', parserOptions: { sourceType: 'script' } } as { parserOptions: { sourceType: 'script' } },
      errors: [
        { messageId: 'tokenInQuery', line: 4, suggestions: [] },
      ],
    },
    {
      name: "reports https.get with a string URL",
      code: `import https from 'node:https';
https.get(\`https://api.own.example/v1/records?token=\${token}\`, onResponse);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 47, endColumn: 60, suggestions: [] },
      ],
    },
    {
      name: "reports https.request with a URL object",
      code: `import { request } from 'https';
const url = new URL('https://api.own.example/v1/records');
url.searchParams.append('access_token', token);
request(url, { method: 'GET' }, onResponse).end();`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 26, endColumn: 38, suggestions: [] },
      ],
    },
    {
      name: "reports http.request options with path",
      code: `const http = require('http');
http.request({ host: 'localhost', port: 8080, path: \`/v1/records?apikey=\${apiKey}\` }, onResponse);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 66, endColumn: 81, suggestions: [] },
      ],
    },
    {
      name: "reports http.get options from a variable",
      code: `import http from 'node:http';
const options = { host: 'localhost', path: '/v1/records?token=' + token };
http.get(options, onResponse);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 57, endColumn: 72, suggestions: [] },
      ],
    },
    {
      name: "reports got with a token in the URL",
      code: `import got from 'got';
await got(\`https://api.own.example/v1/records?token=\${token}\`).json();`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 47, endColumn: 60, suggestions: [] },
      ],
    },
    {
      name: "reports got searchParams",
      code: `import got from 'got';
await got.get('https://api.own.example/v1/records', { searchParams: { access_token: token } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 71, endColumn: 90, suggestions: [] },
      ],
    },
    {
      name: "reports got options with url and searchParams from a variable",
      code: `import got from 'got';
const searchParams = new URLSearchParams([['api_key', apiKey]]);
await got({ url: 'https://api.own.example/v1/records', searchParams });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 45, endColumn: 52, suggestions: [] },
      ],
    },
    {
      name: "reports got.extend defaults",
      code: `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.own.example', searchParams: { token } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 83, endColumn: 88, suggestions: [] },
      ],
    },
    {
      name: "reports a got.extend instance call",
      code: `import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.own.example' });
const path = \`v1/records?apikey=\${apiKey}\`;
await client.post(path);`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 26, endColumn: 41, suggestions: [] },
      ],
    },
    {
      name: "reports ky searchParams",
      code: `import ky from 'ky';
await ky.get('https://api.own.example/v1/records', { searchParams: { api_key: apiKey } }).json();`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 70, endColumn: 85, suggestions: [] },
      ],
    },
    {
      name: "reports ky with a flowed URL",
      code: `import ky from 'ky';
const url = \`https://api.own.example/v1/records?access_token=\${token}\`;
await ky(url).json();`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 69, suggestions: [] },
      ],
    },
    {
      name: "reports ky.create defaults",
      code: `import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.own.example', searchParams: { token } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 79, endColumn: 84, suggestions: [] },
      ],
    },
    {
      name: "reports a ky.extend instance call",
      code: `import ky from 'ky';
const api = ky.extend({ prefixUrl: 'https://api.own.example' });
const searchParams = { secret: webhookSecret };
await api.get('v1/records', { searchParams });`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 24, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: "reports superagent .query with an object",
      code: `import superagent from 'superagent';
await superagent.get('https://api.own.example/v1/records').set('Accept', 'application/json').query({ access_token: token });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 102, endColumn: 121, suggestions: [] },
      ],
    },
    {
      name: "reports superagent .query on a request held in a variable",
      code: `import request from 'superagent';
const req = request.get('https://api.own.example/v1/records');
const query = { apikey: apiKey };
req.query(query);`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 17, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: "reports superagent with a token in the URL",
      code: `import superagent from 'superagent';
const url = \`https://api.own.example/v1/records?token=\${token}\`;
await superagent.post(url).send(payload);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 62, suggestions: [] },
      ],
    },
    {
      name: "reports XMLHttpRequest.open",
      code: `const xhr = new XMLHttpRequest();
xhr.open('GET', \`/api/records?token=\${token}\`);
xhr.send();`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 31, endColumn: 44, suggestions: [] },
      ],
    },
    {
      name: "reports XMLHttpRequest.open with a flowed URL",
      code: `const xhr = new XMLHttpRequest();
const url = '/api/records?api_key=' + apiKey;
xhr.open('GET', url, true);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 27, endColumn: 45, suggestions: [] },
      ],
    },
    {
      name: "reports curl in an execSync command string",
      code: `import { execSync } from 'node:child_process';
execSync(\`curl -s "https://api.own.example/v1/records?access_token=\${token}"\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 55, endColumn: 75, suggestions: [] },
      ],
    },
    {
      name: "reports curl in an exec command with a shell variable",
      code: `const { exec } = require('child_process');
exec('curl -fsS "https://api.own.example/v1/records?api_token=$OWN_API_TOKEN" -o records.json', done);`,
      errors: [
        { messageId: 'tokenInQuery', data: { name: 'api_token', value: '$OWN_API_TOKEN', sink: 'curl (run by exec)' }, line: 2, column: 53, endColumn: 77, suggestions: [] },
      ],
    },
    {
      name: "reports curl in an exec command built in a variable",
      code: `import { exec } from 'node:child_process';
const command = 'curl https://api.own.example/v1/records?token=' + token;
exec(command);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 58, endColumn: 73, suggestions: [] },
      ],
    },
    {
      name: "reports curl in a spawn argument array",
      code: `import { spawn } from 'child_process';
spawn('curl', ['-s', \`https://api.own.example/v1/records?token=\${process.env.OWN_TOKEN}\`]);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 58, endColumn: 87, suggestions: [] },
      ],
    },
    {
      name: "reports curl in a spawn argument array held in a variable",
      code: `import { spawnSync } from 'child_process';
const url = \`https://api.own.example/v1/records?apikey=\${apiKey}\`;
const args = ['-sS', '--fail', url];
spawnSync('curl', args, { stdio: 'inherit' });`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 49, endColumn: 64, suggestions: [] },
      ],
    },
    {
      name: "reports curl run by execFile",
      code: `import { execFile } from 'node:child_process';
execFile('/usr/bin/curl', ['-X', 'PUT', \`https://api.own.example/v1/records/7?password=\${password}\`], done);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 79, endColumn: 98, suggestions: [] },
      ],
    },
    {
      name: "reports curl run by execFile with a flowed URL",
      code: `import * as childProcess from 'node:child_process';
const target = 'https://api.own.example/v1/records?access_token=' + accessToken;
childProcess.execFileSync('curl', ['-X', 'PATCH', target]);`,
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 52, endColumn: 80, suggestions: [] },
      ],
    },
    {
      name: "reports a configured additional sink",
      code: `import { get } from 'my-http';
await get(\`https://api.own.example/v1/records?access_token=\${token}\`);`,
      options: [{ additionalSinks: MY_HTTP }],
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 47, endColumn: 67, suggestions: [] },
      ],
    },
    {
      name: "reports a configured additional sink with a flowed URL and params",
      code: `import http from 'my-http';
const url = '/v1/records?token=' + token;
await http.post(url, { params: { api_key: apiKey } });`,
      options: [{ additionalSinks: MY_HTTP }],
      errors: [
        { messageId: 'tokenInQuery', line: 2, column: 26, endColumn: 41, suggestions: [] },
        { messageId: 'tokenInQuery', line: 3, column: 34, endColumn: 49, suggestions: [] },
      ],
    },
  ],
});
ruleTester.run('no-token-in-url: composed code', rule, {
  valid: [
    { name: "ignores a client on this.http that sends the token in a header", code: `import axios from 'axios';

export class RecordsClient {
  constructor(apiKey) {
    this.http = axios.create({ baseURL: 'https://api.own.example/v1', headers: { Authorization: \`Bearer \${apiKey}\` } });
  }

  list(page) {
    return this.http.get(\`/records?page=\${page}\`);
  }

  get(id) {
    return this.http.get(\`/records/\${id}\`, { params: { expand: 'owner' } });
  }

  remove(id) {
    return this.http.delete(\`/records/\${id}\`);
  }
}` },
    { name: "ignores a URL helper that adds paging only", code: `const API_BASE = 'https://api.own.example/v1';

function pageUrl(path, page = 1) {
  return \`\${API_BASE}\${path}?page=\${page}&limit=50\`;
}

export async function listUsers(token, page) {
  const response = await fetch(pageUrl('/users', page), { headers: { Authorization: \`Bearer \${token}\` } });
  return response.json();
}` },
    { name: "ignores the caller of a request helper that adds the token itself", code: `import { apiGet } from './api.js';

export async function showUsers() {
  const users = await apiGet('/users?page=2');
  return users.map((user) => user.name);
}` },
    { name: "ignores a socket.io connection that sends the token in auth", code: `import { io } from 'socket.io-client';

export function connect(token) {
  return io('https://live.own.example', { auth: { token }, query: { room: 'lobby' } });
}` },
    { name: "ignores a WebSocket whose token goes in the first message", code: `export function subscribe(token) {
  const socket = new WebSocket('wss://stream.own.example/v1');
  socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'auth', token })));
  return socket;
}` },
    { name: "ignores a let URL built over several statements without a token", code: `let url = 'https://api.own.example/v1/export';
url += '?format=csv';
url += \`&since=\${since}\`;
const response = await fetch(url, { headers: { 'X-Api-Key': process.env.OWN_API_KEY } });
console.log(response.status);` },
    { name: "ignores a request of a let URL in a class made before the token is appended", code: `export class ExportClient {
  async run(since) {
    const token = process.env.OWN_API_TOKEN;
    let url = 'https://api.own.example/v1/export';
    url += \`?since=\${since}\`;
    const response = await fetch(url);
    url += \`&token=\${token}\`;
    return { response, next: url };
  }
}` },
    { name: "ignores a Map kept on this.http whose key looks like a URL", code: `export class Cache {
  constructor() {
    this.http = new Map();
  }
  lookup(token) {
    return this.http.get(\`/session?token=\${token}\`);
  }
}` },
    { name: "ignores query parts joined into a URL that is only logged", code: `export function describe(apiKey) {
  const query = ['limit=100'];
  query.push(\`api_key=\${apiKey}\`);
  const url = \`https://billing.own.example/v1/invoices?\${query.join('&')}\`;
  return url.length;
}` },
    { name: "ignores an appid that is an application id", code: `const appId = 'com.own.example.app';
await fetch(\`https://store.own.example/v1/apps?appid=\${appId}\`);` },
    { name: "ignores an injected NestJS HttpService that sends the key in a header", filename: 'service.ts', code: `import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class WeatherService {
  constructor(private readonly http: HttpService, private readonly apiKey: string) {}

  async current(city: string) {
    const { data } = await firstValueFrom(this.http.get(\`https://api.weather.example/v1/current?q=\${city}\`, { headers: { 'X-Api-Key': this.apiKey } }));
    return data;
  }
}` },
  ],
  invalid: [
    {
      name: "reports a token sent through this.http made by axios.create in the constructor, in a class with three methods",
      code: `import axios from 'axios';

export class RecordsClient {
  constructor(apiKey) {
    this.apiKey = apiKey;
    this.http = axios.create({ baseURL: 'https://api.own.example/v1', timeout: 5000 });
  }

  list(page) {
    return this.http.get(\`/records?page=\${page}&api_key=\${this.apiKey}\`);
  }

  get(id) {
    return this.http.get(\`/records/\${id}\`, { headers: { 'X-Api-Key': this.apiKey } });
  }

  remove(id) {
    return this.http.delete(\`/records/\${id}\`, { params: { api_key: this.apiKey } });
  }
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 10, column: 49, endColumn: 70, suggestions: [] },
        { messageId: 'tokenInQuery', line: 18, column: 59, endColumn: 79, suggestions: [{ messageId: 'moveToAuthorizationHeader', output: `import axios from 'axios';

export class RecordsClient {
  constructor(apiKey) {
    this.apiKey = apiKey;
    this.http = axios.create({ baseURL: 'https://api.own.example/v1', timeout: 5000 });
  }

  list(page) {
    return this.http.get(\`/records?page=\${page}&api_key=\${this.apiKey}\`);
  }

  get(id) {
    return this.http.get(\`/records/\${id}\`, { headers: { 'X-Api-Key': this.apiKey } });
  }

  remove(id) {
    return this.http.delete(\`/records/\${id}\`, { headers: { Authorization: \`Bearer \${this.apiKey}\` } });
  }
}` }] },
      ],
    },
    {
      name: "reports a token in a URL built by a helper of the class",
      code: `export class Notifier {
  constructor(token) {
    this.token = token;
    this.base = 'https://hooks.own.example/v2';
  }

  endpoint(path) {
    return \`\${this.base}\${path}?token=\${this.token}\`;
  }

  async send(message) {
    await fetch(this.endpoint('/messages'), { method: 'POST', body: JSON.stringify({ message }) });
  }
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 8, column: 33, endColumn: 51, suggestions: [] },
      ],
    },
    {
      name: "reports a token added by a helper function and sent by its caller in the same module",
      code: `const API_BASE = 'https://api.own.example/v1';
const API_KEY = process.env.OWN_API_KEY;

function withKey(path) {
  return \`\${API_BASE}\${path}?api_key=\${API_KEY}\`;
}

export async function getUser(id) {
  const response = await fetch(withKey(\`/users/\${id}\`));
  return response.json();
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 5, column: 30, endColumn: 47, suggestions: [] },
      ],
    },
    {
      name: "reports a token put into a query object by a stringify helper",
      code: `function toQuery(params) {
  return Object.entries(params)
    .map(([key, value]) => \`\${encodeURIComponent(key)}=\${encodeURIComponent(value)}\`)
    .join('&');
}

export function search(term, accessToken) {
  return fetch(\`https://search.own.example/v1?\${toQuery({ q: term, access_token: accessToken })}\`);
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 8, column: 68, endColumn: 80, suggestions: [] },
      ],
    },
    {
      name: "reports a token appended to a let URL over several statements",
      code: `const token = process.env.OWN_API_TOKEN;
let url = 'https://api.own.example/v1/export';
url += '?format=csv';
url += \`&token=\${token}\`;
const response = await fetch(url);
console.log(response.status);`,
      errors: [
        { messageId: 'tokenInQuery', line: 4, column: 10, endColumn: 23, suggestions: [] },
      ],
    },
    {
      name: "reports the second of two requests of a let URL in a class, once the token is appended",
      code: `export class ExportClient {
  async run(since) {
    const token = process.env.OWN_API_TOKEN;
    let url = 'https://api.own.example/v1/export';
    url += \`?since=\${since}\`;
    await fetch(url);
    url += \`&token=\${token}\`;
    return fetch(url);
  }
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 7, column: 14, endColumn: 27, suggestions: [] },
      ],
    },
    {
      name: "reports a token pushed onto query parts that are joined into the URL",
      code: `export async function listInvoices(apiKey, status) {
  const query = ['limit=100'];
  if (status) query.push(\`status=\${status}\`);
  query.push(\`api_key=\${apiKey}\`);
  const res = await fetch(\`https://billing.own.example/v1/invoices?\${query.join('&')}\`);
  return res.json();
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 4, column: 15, endColumn: 31, suggestions: [] },
      ],
    },
    {
      name: "reports a token set on a URL search through URLSearchParams and sent as href",
      code: `export async function download(reportId, accessToken) {
  const url = new URL(\`https://reports.own.example/v1/reports/\${reportId}\`);
  url.search = new URLSearchParams({ format: 'pdf', access_token: accessToken }).toString();
  return fetch(url.href);
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 3, column: 53, endColumn: 65, suggestions: [] },
      ],
    },
    {
      name: "reports a token in a curl command built over several statements",
      code: `import { execSync } from 'node:child_process';

const token = process.env.OWN_API_TOKEN;
let command = 'curl -sS --fail';
command += ' -X GET';
command += \` "https://api.own.example/v1/records?access_token=\${token}"\`;
execSync(command, { stdio: 'inherit' });`,
      errors: [
        { messageId: 'tokenInQuery', line: 6, column: 50, endColumn: 70, suggestions: [] },
      ],
    },
    {
      name: "reports a token in a curl argument pushed onto spawn arguments",
      code: `import { spawn } from 'node:child_process';

export function upload(file, apiKey) {
  const args = ['-sS', '-X', 'POST', '-F', \`file=@\${file}\`];
  args.push(\`https://upload.own.example/v1/files?api_key=\${apiKey}\`);
  return spawn('curl', args, { stdio: 'inherit' });
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 5, column: 50, endColumn: 66, suggestions: [] },
      ],
    },
    {
      name: "reports a token in the endpoint of a GraphQLClient and of request()",
      code: `import { GraphQLClient, request } from 'graphql-request';

const key = process.env.OWN_API_KEY;
export const client = new GraphQLClient(\`https://graph.own.example/v1/graphql?api_key=\${key}\`);
export const viewer = () => request(\`https://graph.own.example/v1/graphql?token=\${key}\`, '{ viewer { id } }');`,
      errors: [
        { messageId: 'tokenInQuery', line: 4, column: 79, endColumn: 92, suggestions: [] },
        { messageId: 'tokenInQuery', line: 5, column: 75, endColumn: 86, suggestions: [] },
      ],
    },
    {
      name: "reports a token in the query option of ofetch and $fetch",
      code: `import { ofetch } from 'ofetch';

export function forecast(city, apiKey) {
  return ofetch('/v1/forecast', { baseURL: 'https://api.weather.example', query: { q: city, appid: apiKey } });
}

export const me = (token) => $fetch('/api/me', { query: { access_token: token } });`,
      errors: [
        { messageId: 'tokenInQuery', line: 4, column: 93, endColumn: 106, suggestions: [] },
        { messageId: 'tokenInQuery', line: 7, column: 59, endColumn: 78, suggestions: [] },
      ],
    },
    {
      name: "reports a token in the URL of a WebSocket, an EventSource and a socket.io connection",
      code: `import { io } from 'socket.io-client';

export function connect(token) {
  const socket = new WebSocket(\`wss://stream.own.example/v1?token=\${token}\`);
  const events = new EventSource(\`/v1/events?access_token=\${token}\`);
  const live = io('https://live.own.example', { query: { token } });
  return { socket, events, live };
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 4, column: 61, endColumn: 74, suggestions: [] },
        { messageId: 'tokenInQuery', line: 5, column: 46, endColumn: 66, suggestions: [] },
        { messageId: 'tokenInQuery', line: 6, column: 58, endColumn: 63, suggestions: [] },
      ],
    },
    {
      name: "reports a token in needle, request and jQuery calls",
      code: `import needle from 'needle';
import request from 'request';

const apiKey = process.env.OWN_API_KEY;
needle.get(\`https://api.own.example/v1/a?api_key=\${apiKey}\`);
request({ url: 'https://api.own.example/v1/b', qs: { api_key: apiKey } });
$.getJSON(\`/v1/c?api_key=\${apiKey}\`);`,
      errors: [
        { messageId: 'tokenInQuery', line: 5, column: 42, endColumn: 58, suggestions: [] },
        { messageId: 'tokenInQuery', line: 6, column: 54, endColumn: 69, suggestions: [] },
        { messageId: 'tokenInQuery', line: 7, column: 18, endColumn: 34, suggestions: [] },
      ],
    },
    {
      name: "reports a token sent by an injected NestJS HttpService, with firstValueFrom",
      filename: 'service.ts',
      code: `import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpService } from '@nestjs/axios';
import { firstValueFrom } from 'rxjs';

@Injectable()
export class WeatherService {
  private readonly apiKey: string;

  constructor(private readonly http: HttpService, config: ConfigService) {
    this.apiKey = config.getOrThrow<string>('WEATHER_API_KEY');
  }

  async current(city: string): Promise<unknown> {
    const { data } = await firstValueFrom(this.http.get(\`https://api.weather.example/v1/current?q=\${city}&appid=\${this.apiKey}\`));
    return data;
  }

  async forecast(city: string): Promise<unknown> {
    const { data } = await firstValueFrom(this.http.get('https://api.weather.example/v1/forecast', { params: { q: city, appid: this.apiKey } }));
    return data;
  }

  async alerts(): Promise<unknown> {
    const { data } = await firstValueFrom(this.http.get('https://api.weather.example/v1/alerts', { headers: { 'X-Api-Key': this.apiKey } }));
    return data;
  }
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 15, column: 107, endColumn: 126, suggestions: [] },
        { messageId: 'tokenInQuery', line: 20, column: 121, endColumn: 139, suggestions: [] },
      ],
    },
    {
      name: "reports a token sent by Angular HttpClient from inject() and from the constructor",
      filename: 'service.ts',
      code: `import { Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class MapsService {
  private readonly http = inject(HttpClient);
  private readonly token = environment.mapsToken;

  geocode(address: string) {
    return this.http.get('https://maps.own.example/v1/geocode', { params: { address, access_token: this.token } });
  }
}

@Injectable({ providedIn: 'root' })
export class TilesService {
  constructor(private http: HttpClient) {}

  tile(x: number, y: number, accessToken: string) {
    return this.http.get(\`https://tiles.own.example/v1/\${x}/\${y}.png?access_token=\${accessToken}\`);
  }
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 10, column: 86, endColumn: 110, suggestions: [] },
        { messageId: 'tokenInQuery', line: 19, column: 70, endColumn: 96, suggestions: [] },
      ],
    },
    {
      name: "reports a token in the key of useSWR, which its fetcher requests, in a React hook",
      code: `import useSWR from 'swr';

const fetcher = (url) => fetch(url).then((response) => response.json());

export function useProfile(accessToken) {
  const { data, error } = useSWR(\`https://api.own.example/v1/me?access_token=\${accessToken}\`, fetcher);
  return { profile: data, error };
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 6, column: 65, endColumn: 91, suggestions: [] },
      ],
    },
    {
      name: "reports a token that callers hand to the file's request helper, in a function and in a class",
      code: `const BASE = 'https://api.own.example/v1';

async function apiGet(path) {
  const response = await fetch(BASE + path, { headers: { Accept: 'application/json' } });
  return response.json();
}

export const listUsers = (token) => apiGet(\`/users?api_key=\${token}\`);
export const listPages = () => apiGet('/users?page=2');

export class Api {
  request(path) {
    return fetch(\`\${BASE}\${path}\`, { method: 'GET' });
  }

  me(accessToken) {
    return this.request('/me?access_token=' + accessToken);
  }

  health() {
    return this.request('/health');
  }
}`,
      errors: [
        { messageId: 'tokenInQuery', line: 8, column: 52, endColumn: 67, suggestions: [] },
        { messageId: 'tokenInQuery', line: 17, column: 30, endColumn: 58, suggestions: [] },
      ],
    },
  ],
});
