import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { credentialResultOf, destructuredFrom } from '../../src/ast/credential-results.js';
import { runProbe } from './probe.js';

/** The reason `credentialResultOf` gives for the first argument of the last `probe(...)` call, or undefined. */
function result(code: string): string | undefined {
  let found: { value: string | undefined } | undefined;
  runProbe(code, (context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
        found = { value: credentialResultOf(argument, context.sourceCode.getScope(call))?.reason };
      }
    },
  }));
  if (!found) throw new Error('no probe(...) call in the code');
  return found.value;
}

describe('credentialResultOf', () => {
  it.each([
    ['the data of an axios token request', "const { data } = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(data);"],
    ['the response of a token request', "const res = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(res);"],
    ['the body member of a token response', "const res = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(res.data);"],
    ['the json of a fetched token endpoint', "const res = await fetch(`${issuer}/oauth/token`, { method: 'POST', body });\nconst json = await res.json();\nprobe(json);"],
    ['a fetch chained with then', "probe(await fetch('https://github.com/login/oauth/access_token', init).then((r) => r.json()));"],
    ['a request to a URL named as a token endpoint', 'const { data } = await axios.post(config.tokenEndpoint, form);\nprobe(data);'],
    ['a request given its URL in an options object', "const { data } = await axios({ url: '/oauth2/token', method: 'post', data: form });\nprobe(data);"],
    ['a sign-in endpoint posted to', "const { data } = await api.post('/auth/login', { email, password });\nprobe(data);"],
    ['a sign-in endpoint fetched with POST', "const res = await fetch('/api/auth/login', { method: 'POST', body });\nprobe(await res.json());"],
    ['an Angular token request through firstValueFrom', "const body = await firstValueFrom(this.http.post('/oauth/token', form));\nprobe(body);"],
    ['the tokens of oauth2Client.getToken()', 'const { tokens } = await oauth2Client.getToken(code);\nprobe(tokens);'],
    ['a refreshed token set', 'const newTokens = await authClient.refreshTokens(refreshToken);\nprobe(newTokens);'],
    ['a session from a sign-in', 'const session = await auth.signIn({ email, password });\nprobe(session);'],
    ['a session destructured from a sign-in', 'const { data: { session } } = await supabase.auth.signInWithPassword({ email, password });\nprobe(session);'],
    ['an auth result of a login popup', 'const authResult = await msal.loginPopup(request);\nprobe(authResult);'],
  ])('finds %s', (_title, code) => {
    expect(result(code)).toBeDefined();
  });

  it.each([
    ['an ordinary response', "const { data } = await axios.get('https://api.own.example/v1/users');\nprobe(data);"],
    ['the status of a token response', "const res = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(res.status);"],
    ['a user destructured from a token response', "const { data: { user } } = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(user);"],
    ['a tokenize endpoint', "const { data } = await axios.post('/v1/tokenize', { text });\nprobe(data);"],
    ['a sign-in endpoint read with GET', "const { data } = await api.get('/auth/login');\nprobe(data);"],
    ['a URL of unknown name', 'const { data } = await axios.post(url, form);\nprobe(data);'],
    ['a sign-in result kept under a plain name', "const result = await signIn('credentials', { redirect: false });\nprobe(result);"],
    ['the user of a session', 'const session = await auth.signIn({ email, password });\nprobe(session.user);'],
    ['syntax tokens of a source code object', 'const tokens = sourceCode.getTokens(node);\nprobe(tokens);'],
  ])('does not take %s for credentials', (_title, code) => {
    expect(result(code)).toBeUndefined();
  });

  it('says what the result is', () => {
    expect(result("const { data } = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(data);")).toBe("a token endpoint's response");
    expect(result('const { tokens } = await oauth2Client.getToken(code);\nprobe(tokens);')).toBe('the result of oauth2Client.getToken()');
  });
});

describe('destructuredFrom', () => {
  function source(code: string): { init: string | undefined; path: readonly (string | number)[] } | undefined {
    let found: { value: { init: string | undefined; path: readonly (string | number)[] } | undefined } | undefined;
    runProbe(code, (context) => ({
      CallExpression: (call: TSESTree.CallExpression) => {
        const [argument] = call.arguments;
        if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument?.type === AST_NODE_TYPES.Identifier) {
          const from = destructuredFrom(argument, context.sourceCode.getScope(call));
          found = { value: from && { init: from.init && context.sourceCode.getText(from.init), path: from.path } };
        }
      },
    }));
    return found?.value;
  }

  it('gives the initializer and the keys down to a variable', () => {
    expect(source('const { data: { session } } = await signIn();\nprobe(session);')).toEqual({ init: 'await signIn()', path: ['data', 'session'] });
    expect(source("const [, value = ''] = header.split(' ');\nprobe(value);")).toEqual({ init: "header.split(' ')", path: [1] });
    expect(source('function f({ auth: { apiKey: key } = {} }) {\n  probe(key);\n}')).toEqual({ init: undefined, path: ['auth', 'apiKey'] });
  });

  it('gives nothing for plain variables, rest elements and loop variables', () => {
    expect(source('const token = load();\nprobe(token);')).toBeUndefined();
    expect(source('const { authorization, ...rest } = headers;\nprobe(rest);')).toBeUndefined();
    expect(source('for (const { token } of rows) probe(token);')).toBeUndefined();
    expect(source('function f(token) {\n  probe(token);\n}')).toBeUndefined();
  });
});
