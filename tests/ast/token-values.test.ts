import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  findTokenValue,
  getCalleeBaseName,
  getTokenValue,
  isMaskingCall,
  type TokenValueOptions,
} from '../../src/ast/token-values.js';
import { isNonCredentialTokenName, isOtherKindOfTokenName } from '../../src/secrets/non-credential-names.js';
import { fakeToken } from '../helpers/tokens.js';
import { runProbe } from './probe.js';

/** Runs `inspect` on the first argument of the `probe(...)` call in `code`, with its scope and source. */
function atProbe<T>(code: string, inspect: (node: TSESTree.Node, scope: TSESLint.Scope.Scope, text: (node: TSESTree.Node) => string) => T): T {
  let result: { value: T } | undefined;
  runProbe(code, (context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
        result = { value: inspect(argument, context.sourceCode.getScope(call), (node) => context.sourceCode.getText(node)) };
      }
    },
  }));
  if (!result) throw new Error('no probe(...) call in the code');
  return result.value;
}

/** The source text of the token value `getTokenValue` finds in the probed expression, or undefined. */
function direct(code: string, options?: TokenValueOptions): string | undefined {
  return atProbe(code, (node, scope, text) => {
    const found = getTokenValue(node, scope, options);
    return found === undefined ? undefined : text(found.node);
  });
}

/** The source text of the token value `findTokenValue` finds in the probed expression, or undefined. */
function inside(code: string, options?: TokenValueOptions): string | undefined {
  return atProbe(code, (node, scope, text) => {
    const found = findTokenValue(node, scope, options);
    return found === undefined ? undefined : text(found.node);
  });
}

/** Whether the probed expression (a call) is a masking call. */
function masks(code: string, maskFunctions?: readonly string[]): boolean {
  return atProbe(code, (node) => node.type === AST_NODE_TYPES.CallExpression && isMaskingCall(node, maskFunctions));
}

describe('getTokenValue', () => {
  it.each([
    ['a token-ish identifier', 'probe(apiToken);', 'apiToken'],
    ['a token-ish member', 'probe(this.config.clientSecret);', 'this.config.clientSecret'],
    ['a token-ish environment variable', 'probe(process.env.OWN_API_TOKEN);', 'process.env.OWN_API_TOKEN'],
    ['an Authorization header read', 'probe(req.headers.authorization);', 'req.headers.authorization'],
    ['an API-key header read by name', "probe(req.headers['x-api-key']);", "req.headers['x-api-key']"],
    ['an Authorization header read through get()', "probe(req.get('Authorization'));", "req.get('Authorization')"],
    ['a GitHub Actions input', "probe(core.getInput('github-token'));", "core.getInput('github-token')"],
    ['a vault secret value', "const secret = await client.getSecret('own');\nprobe(secret.value);", 'secret.value'],
    ['an awaited vault secret value', "probe((await client.getSecret('own')).value);", "(await client.getSecret('own')).value"],
    ['a token getter result', 'probe(await auth.getAccessToken());', 'auth.getAccessToken()'],
    ['a binding to a token', 'const header = process.env.GITHUB_TOKEN;\nprobe(header);', 'header'],
    ['a fallback chain', "probe(process.env.OWN_API_TOKEN ?? '');", 'process.env.OWN_API_TOKEN'],
    ['a TypeScript cast', 'probe(apiKey as string);', 'apiKey'],
    ['a JWT by name', 'probe(idJwt);', 'idJwt'],
    ['a credential constant', 'probe(OWN_API_TOKEN);', 'OWN_API_TOKEN'],
    ['a key constant', 'probe(AWS_SECRET_ACCESS_KEY);', 'AWS_SECRET_ACCESS_KEY'],
    ['a member of a camelCase object that ends in keys', 'probe(apiKeys.OWN_API_TOKEN);', 'apiKeys.OWN_API_TOKEN'],
    ['a member set from the environment in the constructor', 'class C {\n  constructor() { this.key = process.env.OWN_API_TOKEN; }\n  m() { probe(this.key); }\n}', 'this.key'],
    ['a member one of whose writes is a token getter', 'class C {\n  reset() { this.current = null; }\n  async init() { this.current = await this.auth.getAccessToken(); }\n  m() { probe(this.current); }\n}', 'this.current'],
    ['a property of an object literal', 'const auth = { key: process.env.OWN_API_TOKEN, user: "svc" };\nprobe(auth.key);', 'auth.key'],
    ['a property of a nested object literal', 'const settings = { github: { pat: process.env.GITHUB_PAT } };\nprobe(settings.github.pat);', 'settings.github.pat'],
    ['a renamed destructuring of process.env', 'const { OWN_API_TOKEN: key } = process.env;\nprobe(key);', 'key'],
    ['a nested destructuring of an object literal', 'const settings = { github: { pat: process.env.GITHUB_PAT } };\nconst { github: { pat: ghKey } } = settings;\nprobe(ghKey);', 'ghKey'],
    ['a renamed destructured parameter', 'function connect({ apiKey: key }) {\n  probe(key);\n}', 'key'],
    ['the part after the scheme of a split header', "const [, value] = req.headers.authorization.split(' ');\nprobe(value);", 'value'],
    ['the value of an access token object', 'const accessToken = await credential.getToken(scope);\nprobe(accessToken.value);', 'accessToken.value'],
    ['the raw value of this.token', 'class C {\n  m() { probe(this.token.raw); }\n}', 'this.token.raw'],
    ['a bare token given a token value', 'const token = await credential.getToken(scope);\nprobe(token.value);', 'token.value'],
    ['a revealed secret', 'probe(apiKey.reveal());', 'apiKey.reveal()'],
    ['a loop variable over credentials', 'for (const key of config.apiKeys) probe(key);', 'key'],
    ['a loop variable over credentials read from a store', 'const tokens = await db.apiTokens.findAll();\nfor (const token of tokens) probe(token);', 'token'],
    ['a callback element of credentials', 'apiKeys.forEach((k) => probe(k));', 'k'],
    ['a token read through a credential-named collection index', 'const token = accessTokens[0];\nprobe(token);', 'token'],
    ['an AWS SDK v2 secret', "const secret = await sm.getSecretValue({ SecretId: 'own' }).promise();\nprobe(secret.SecretString);", 'secret.SecretString'],
  ])('finds %s', (_title, code, expected) => {
    expect(direct(code)).toBe(expected);
  });

  it('describes a value kept elsewhere by where it was kept and what it holds', () => {
    const describe = (code: string): string | undefined => atProbe(code, (node, scope) => getTokenValue(node, scope)?.description);
    expect(describe('class C {\n  constructor() { this.key = process.env.OWN_API_TOKEN; }\n  m() { probe(this.key); }\n}')).toBe('this.key (process.env.OWN_API_TOKEN)');
    expect(describe('const { OWN_API_TOKEN: key } = process.env;\nprobe(key);')).toBe('key (process.env.OWN_API_TOKEN)');
    expect(describe('for (const key of apiKeys) probe(key);')).toBe('key (an element of apiKeys)');
  });

  it('reads extra words from tokenNames', () => {
    expect(direct('probe(serviceTicket);')).toBeUndefined();
    expect(direct('probe(serviceTicket);', { tokenNames: ['ticket'] })).toBe('serviceTicket');
  });

  it('finds a token literal written as the searched expression itself, and nothing in plain text', () => {
    const token = fakeToken('github-classic-pat');
    const found = atProbe(`probe('${token}');`, (node, scope) => findTokenValue(node, scope));
    expect(found?.node.type).toBe(AST_NODE_TYPES.Literal);
    expect(found?.description).toMatch(/^GitHub .*"ghp_…/u);
    expect(inside(`probe('Invalid API key: expected a string');`)).toBeUndefined();
    expect(inside(`probe(42);`)).toBeUndefined();
  });

  it('lets tokenNames override a built-in exception', () => {
    expect(direct('probe(pageToken);')).toBeUndefined();
    expect(direct('probe(pageToken);', { tokenNames: ['pageToken'] })).toBe('pageToken');
  });

  it('describes a token literal by its kind and a masked form, never the whole value', () => {
    const token = fakeToken('github-classic-pat');
    const description = atProbe(`probe('${token}');`, (node, scope) => getTokenValue(node, scope)?.description);
    expect(description).toMatch(/^GitHub .*"ghp_…/u);
    expect(description).not.toContain(token);
  });

  it.each([
    ['an unrelated name', 'probe(endpoint);'],
    ['the length of a token', 'probe(apiToken.length);'],
    ['a negated token', 'probe(!apiToken);'],
    ['a comparison', 'probe(apiToken === other);'],
    ['a masking call', 'probe(maskToken(apiToken));'],
    ['a tokenizer', 'probe(tokenizer);'],
    ['facts about a JWT', 'probe(jwtExpiry);'],
    ['an expected parser token', 'probe(expectedToken);'],
    ['lexer tokens', 'probe(tokens);'],
    ['a page token', 'probe(response.nextPageToken);'],
    ['a CSRF token', 'probe(csrfToken);'],
    ['a cancellation token', 'probe(cancellationToken);'],
    ['a header name constant', "const AUTH_HEADER = 'Authorization';\nprobe(AUTH_HEADER);"],
    ['a token-ish boolean', 'const tokenValid = await verifyToken(t);\nprobe(tokenValid);'],
    ['a token-ish count', 'const tokenCount = 3;\nprobe(tokenCount);'],
    ['a lexer token read as an object', 'function f(token) {\n  if (token.type === 1) return;\n  probe(token);\n}'],
    ['a token taken from a lexer', 'const token = this.nextToken();\nprobe(token);'],
    ['a token reassigned from a tokens array', 'let token;\ntoken = tokens[index];\nprobe(token);'],
    ['the loop variable over tokens', 'for (const token of tokens) probe(token);'],
    ['a non-credential environment variable', 'probe(process.env.NODE_ENV);'],
    ['a non-credential header', "probe(req.get('content-type'));"],
    ['prose', "probe('token expired');"],
    ['an error code constant', 'probe(RESET_PASSWORD_TIMEOUT);'],
    ['a constant about credentials', 'probe(API_KEY_WITH_CREDENTIALS);'],
    ['a member of a table of messages', 'probe(ErrorMessages.API_KEY);'],
    ['a storage key name', 'probe(StorageKeys.ACCESS_TOKEN);'],
    ['a member of a versioned enum', 'probe(AuthenticationMethodTypeV2.PASSWORD);'],
    ['a member set only from plain values', 'class C {\n  constructor() { this.key = "users"; }\n  m() { probe(this.key); }\n}'],
    ['a member set from a constructor parameter', 'class C {\n  constructor(private readonly key: string) {}\n  m() { probe(this.key); }\n}'],
    ['a parser token member', 'class Parser {\n  advance() { this.token = this.lexer.next(); }\n  m() { probe(this.token); }\n}'],
    ['a parser token member read for its type', 'class Parser {\n  m() { if (this.token.type === "eof") return; probe(this.token); }\n}'],
    ['a property of an object literal that is no token', 'const auth = { key: "users", user: process.env.OWN_USER };\nprobe(auth.key);'],
    ['a destructured non-credential variable', 'const { PORT } = process.env;\nprobe(PORT);'],
    ['the scheme of a split header', "const [scheme] = req.headers.authorization.split(' ');\nprobe(scheme);"],
    ['the value of a lexer token', 'function check(token) {\n  if (token == null) return;\n  probe(token.value);\n}'],
    ['a push token from a getter', 'const fcmToken = await messaging().getToken();\nprobe(fcmToken);'],
    ['a count of model tokens', 'probe(usage.prompt_tokens);'],
    ['a limit of model tokens', 'probe(maxTokens);'],
    ['a streamed model token', 'for await (const chunk of stream) {\n  const token = chunk.choices[0]?.delta?.content ?? "";\n  probe(token);\n}'],
    ['a model token in a for await', 'for await (const token of result.textStream) probe(token);'],
    ['a model token callback argument', 'const handler = { handleLLMNewToken(token) { probe(token); } };'],
    ['tokenizer output', 'for (const id of ids) {\n  const token = tokenizer.decode([id]);\n  probe(token);\n}'],
    ['a loop variable over keys of secrets', 'for (const name of Object.keys(secrets)) probe(name);'],
    ['a loop variable over tokens of unknown origin', 'for (const token of tokens) probe(token);'],
  ])('ignores %s', (_title, code) => {
    expect(direct(code)).toBeUndefined();
  });
});

describe('findTokenValue', () => {
  it.each([
    ['a template literal', 'probe(`calling with ${apiToken}`);', 'apiToken'],
    ['a concatenation', "probe('Invalid token: ' + apiToken);", 'apiToken'],
    ['an object shorthand', 'probe({ token });', 'token'],
    ['a value under a token-ish key', 'probe({ apiKey: settings.key });', 'settings.key'],
    ['a token under a header key', 'probe({ headers: { Authorization: `Bearer ${token}` } });', 'token'],
    ['an array element', 'probe([user, password]);', 'password'],
    ['a spread', 'probe({ ...{ apiKey } });', 'apiKey'],
    ['JSON.stringify', 'probe(JSON.stringify({ token: apiToken }));', 'apiToken'],
    ['util.format', "probe(util.format('auth %s', apiToken));", 'apiToken'],
    ['a binding to util.format', "const line = util.format('auth %s', apiToken);\nprobe(line);", 'apiToken'],
    ['a binding to a template', 'const header = `Bearer ${apiToken}`;\nprobe(header);', 'apiToken'],
    ['a trimmed token', 'probe(apiToken.trim());', 'apiToken'],
    ['a token with its scheme removed', "probe(authHeader.replace('Bearer ', ''));", 'authHeader'],
    ['a token sliced past its scheme', 'probe(authHeader.slice(7));', 'authHeader'],
    ['base64 of a token', "probe(Buffer.from(`${user}:${password}`).toString('base64'));", 'password'],
    ['a joined array', "probe([user, apiKey].join(':'));", 'apiKey'],
    ['a fallback under a token-ish key', "probe({ token: apiToken || 'none' });", 'apiToken'],
    ['an Authorization header built from any value', 'probe({ headers: { Authorization: `Bearer ${session}` } });', '`Bearer ${session}`'],
    ['an Authorization header concatenated from any value', "probe({ Authorization: 'Bearer ' + session.id });", "'Bearer ' + session.id"],
    ['a headers object a token was written into', "const headers = { Accept: 'application/json' };\nif (token) headers.Authorization = `Bearer ${token}`;\nprobe(headers);", 'token'],
    ['a config whose nested headers were written', 'function intercept(config) {\n  config.headers.Authorization = `Bearer ${apiToken}`;\n  probe(config);\n}', 'apiToken'],
    ['a Headers object given the header', "const headers = new Headers();\nheaders.set('Authorization', auth);\nprobe(headers);", 'auth'],
    ['an object assigned a token', 'const options = {};\nObject.assign(options, { apiKey });\nprobe(options);', 'apiKey'],
    ['new Headers with the header', 'probe(new Headers({ "x-api-key": key }));', 'key'],
    ['the headers member of a config object', 'const config = { headers: { Authorization: `Bearer ${apiToken}` } };\nprobe(config.headers);', 'apiToken'],
    ['an object kept on this', 'class C {\n  constructor() { this.options = { apiKey: process.env.OWN_API_KEY }; }\n  m() { probe(this.options); }\n}', 'process.env.OWN_API_KEY'],
    ['an element of split parts', "probe(authHeader.split(' ')[1]);", 'authHeader'],
    ['the whole process.env', 'probe(process.env);', 'process.env'],
    ['a token endpoint response', "const { data } = await axios.post('https://login.own.example/oauth2/token', form);\nprobe(data);", 'data'],
    ['a helper argument', 'function trace(...args) {\n  probe(...args);\n}\ntrace("token", process.env.OWN_API_TOKEN);', 'process.env.OWN_API_TOKEN'],
    ['what a local function returns', 'function authHeaders() {\n  return { Authorization: `Bearer ${apiToken}` };\n}\nprobe(authHeaders());', 'apiToken'],
    ['what a local function returns for its argument', 'function bearer(value) {\n  return `Bearer ${value}`;\n}\nprobe(bearer(apiToken));', 'apiToken'],
  ])('finds a token in %s', (_title, code, expected) => {
    expect(inside(code)).toBe(expected);
  });

  it.each([
    ['a masked token in a template', 'probe(`token ${mask(apiToken)}`);'],
    ['a hashed token', "probe(crypto.createHash('sha256').update(apiToken).digest('hex'));"],
    ['a short preview', 'probe(`${apiToken.slice(0, 4)}…`);'],
    ['the last characters', 'probe(apiToken.slice(-4));'],
    ['a presence check in a template', "probe(`token: ${apiToken ? 'set' : 'missing'}`);"],
    ['a boolean under a token-ish key', 'probe({ token: Boolean(apiToken) });'],
    ['a conditional placeholder under a token-ish key', "probe({ token: apiToken ? '[set]' : undefined });"],
    ['undefined under a token-ish key', 'probe({ token: undefined });'],
    ['a masking call under a token-ish key', 'probe({ token: redact(apiToken) });'],
    ['a typeof under a token-ish key', 'probe({ tokenKind: typeof apiToken, token: typeof apiToken });'],
    ['a page token under its key', 'probe({ pageToken: response.nextPageToken });'],
    ['a user-listed masking function', 'probe(`token ${obscure(apiToken)}`);'],
    ['a masking regular expression replacement', "probe(apiKey.replace(/.(?=.{4})/g, '*'));"],
    ['a masking replacement keeping a group', "probe(apiKey.replace(/^(.{4}).*$/, '$1…'));"],
    ['a masking replacement function', "probe(apiKey.replace(/./g, (c) => '*'.repeat(c.length)));"],
    ['headers without credentials', "const headers = { 'Content-Type': 'application/json' };\nprobe(headers);"],
    ['headers given a token after the read', 'const headers = {};\nprobe(headers);\nheaders.Authorization = `Bearer ${token}`;'],
    ['headers whose token a later key replaces', "const headers = { Authorization: `Bearer ${apiToken}` };\nprobe({ ...headers, Authorization: '[redacted]' });"],
    ['an ordinary response', "const { data } = await axios.get('https://api.own.example/v1/users');\nprobe(data);"],
    ['a helper argument that is masked', 'function trace(...args) {\n  probe(...args);\n}\ntrace("token", mask(apiToken));'],
    ['a helper parameter read as a syntax node', 'function describe(node) {\n  if (node.type === "Literal") return;\n  probe(JSON.stringify(node));\n}\ndescribe(rootToken);'],
    ['what a local masking function returns', 'function shown(value) {\n  return `${value.slice(0, 4)}…`;\n}\nprobe(shown(apiToken));'],
    ['a page token read through a member', 'const page = { nextPageToken: response.token };\nprobe(page.nextPageToken);'],
  ])('finds nothing in %s', (_title, code) => {
    expect(inside(code, { maskFunctions: ['obscure'] })).toBeUndefined();
  });
});

/**
 * The token `findTokenValue` finds in each `probe(...)` argument of `code` (by the probe's
 * place in the file), searched in `order` with one options object, as one rule searches the
 * sinks of one file: what a search remembers must not depend on which reads came first.
 */
function searchedInOrder(code: string, order: readonly number[]): (string | undefined)[] {
  let found: (string | undefined)[] | undefined;
  runProbe(code, (context) => {
    const probes: TSESTree.CallExpression[] = [];
    return {
      CallExpression: (call: TSESTree.CallExpression) => {
        if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe') probes.push(call);
      },
      'Program:exit': () => {
        const options: TokenValueOptions = {};
        const results: (string | undefined)[] = probes.map(() => undefined);
        for (const index of order) {
          const call = probes[index];
          const argument = call?.arguments[0];
          if (call === undefined || argument === undefined) throw new Error(`no probe ${index}`);
          const value = findTokenValue(argument, context.sourceCode.getScope(call), options);
          results[index] = value === undefined ? undefined : context.sourceCode.getText(value.node);
        }
        found = results;
      },
    };
  });
  if (found === undefined) throw new Error('probe rule did not run');
  return found;
}

describe('findTokenValue: reads of an object the code writes a token into', () => {
  const headers = [
    "const headers = { Accept: 'application/json' };",
    'probe(headers);',
    'headers.Authorization = `Bearer ${session}`;',
    'probe(headers);',
    "headers['X-Trace'] = traceId;",
    'probe(headers);',
  ].join('\n');
  const config = [
    'export function prepare(config, apiToken) {',
    '  probe(config.headers);',
    '  config.headers.Authorization = `Bearer ${apiToken}`;',
    '  probe(config.headers);',
    '  probe(config);',
    '}',
  ].join('\n');
  const assigned = [
    'const options = { retries: 3 };',
    'probe(options);',
    'Object.assign(options, { apiKey: process.env.OWN_API_KEY });',
    'probe(options);',
  ].join('\n');

  it.each([
    ['in source order', [0, 1, 2]],
    ['last read first', [2, 0, 1]],
    ['in reverse', [2, 1, 0]],
  ])('finds what was written before each read, searched %s', (_title, order) => {
    expect(searchedInOrder(headers, order)).toEqual([undefined, '`Bearer ${session}`', '`Bearer ${session}`']);
    expect(searchedInOrder(config, order)).toEqual([undefined, 'apiToken', 'apiToken']);
  });

  it.each([
    ['in source order', [0, 1]],
    ['in reverse', [1, 0]],
  ])('finds what Object.assign copied in before each read, searched %s', (_title, order) => {
    expect(searchedInOrder(assigned, order)).toEqual([undefined, 'process.env.OWN_API_KEY']);
  });

  it('finds the one token among 301 writes into an object, its reads searched last first', () => {
    const lines = ['export function run(log) {', '  const opts = { level: log.level };'];
    for (let step = 0; step < 300; step++) lines.push(`  opts.step${step} = 'step ' + log.name;`, '  probe(opts);');
    lines.push('  opts.apiKey = process.env.OWN_API_KEY;', '  probe(opts);', '}');
    const order = Array.from({ length: 301 }, (_, index) => 300 - index);
    const found = searchedInOrder(lines.join('\n'), order);
    expect(found.slice(0, 300).every((value) => value === undefined)).toBe(true);
    expect(found[300]).toBe('process.env.OWN_API_KEY');
  });
});

describe('isMaskingCall', () => {
  it.each([
    ['mask()', 'probe(mask(t));'],
    ['redactSecret()', 'probe(redactSecret(t));'],
    ['hashToken()', 'probe(hashToken(t));'],
    ['.digest()', "probe(hash.digest('hex'));"],
    ['.slice(0, 4)', 'probe(t.slice(0, 4));'],
    ['.slice(-4)', 'probe(t.slice(-4));'],
    ['truncate()', 'probe(truncate(t, 6));'],
    ['.substring(t.length - 3)', 'probe(t.substring(t.length - 3));'],
    ['fingerprint()', 'probe(fingerprint(t));'],
    ['redactToken()', 'probe(redactToken(t));'],
    ['maskSecret()', 'probe(maskSecret(t));'],
    ['sha256()', 'probe(sha256(t));'],
    ['a replace of every character but the last four', "probe(t.replace(/.(?=.{4})/g, '•'));"],
  ])('treats %s as masking', (_title, code) => {
    expect(masks(code)).toBe(true);
  });

  it.each([
    ['.slice(7)', 'probe(t.slice(7));'],
    ['.slice(0, 20)', 'probe(t.slice(0, 20));'],
    ['.trim()', 'probe(t.trim());'],
    ['send()', 'probe(send(t));'],
    ['.substring(t.length - 20)', 'probe(t.substring(t.length - 20));'],
    ['a replace of the scheme by nothing', "probe(t.replace(/^Bearer\\s+/i, ''));"],
    ['a replace with a plain string pattern', "probe(t.replace('Bearer ', '*'));"],
    ['a replace that keeps a group only', "probe(t.replace(/^Bearer (.*)$/, '$1'));"],
  ])('does not treat %s as masking', (_title, code) => {
    expect(masks(code)).toBe(false);
  });

  it('accepts user-listed masking functions', () => {
    expect(masks('probe(obscure(t));')).toBe(false);
    expect(masks('probe(obscure(t));', ['obscure'])).toBe(true);
  });
});

describe('getCalleeBaseName', () => {
  it.each([
    ['a plain call', 'probe(mask(t));', 'mask'],
    ['a method call', 'probe(utils.mask(t));', 'mask'],
    ['a computed string member', "probe(utils['mask'](t));", 'mask'],
    ['a computed dynamic member', 'probe(utils[name](t));', undefined],
  ])('names %s', (_title, code, expected) => {
    expect(atProbe(code, (node) => (node.type === AST_NODE_TYPES.CallExpression ? getCalleeBaseName(node) : 'not a call'))).toBe(expected);
  });
});

describe('isNonCredentialTokenName', () => {
  it.each([
    'pageToken', 'nextPageToken', 'continuationToken', 'cancelToken', 'CancellationToken', 'csrfToken', 'xsrf_token', 'currentToken', 'closingToken',
    'designTokens', 'tokenChar', 'API_KEY_ENV_VARS', 'secretWords', 'apiKeyMsg', 'INVALID_TOKEN_RESPONSE', 'NO_CREDENTIALS_FOUND',
    'prompt_tokens', 'completion_tokens', 'total_tokens', 'max_tokens', 'maxTokens', 'max_new_tokens', 'maxOutputTokens', 'input_tokens', 'outputTokens',
    'reasoning_tokens', 'numTokens', 'x-ratelimit-remaining-tokens', 'pushToken', 'expoPushToken', 'fcmToken', 'deviceToken', 'captchaToken', 'recaptchaToken', 'secretArn',
  ])(
    'accepts %s',
    (name) => {
      expect(isNonCredentialTokenName(name)).toBe(true);
    },
  );

  it.each([
    'OWN_API_TOKEN', 'API_KEY', 'JWT_SECRET', 'apiToken', 'accessToken', 'nextAccessToken', 'refreshToken', 'password', 'passWord', 'GITHUB_TOKEN', 'clientSecret',
    'accessTokens', 'cachedTokens', 'availableTokens', 'newTokens', 'inputToken', 'registrationToken', 'EXPO_TOKEN', 'rateLimitApiKey',
  ])('rejects %s', (name) => {
    expect(isNonCredentialTokenName(name)).toBe(false);
  });

  it('tells a name of another kind of token from one that describes a token', () => {
    expect(isOtherKindOfTokenName('nextPageToken')).toBe(true);
    expect(isOtherKindOfTokenName('completion_tokens')).toBe(true);
    expect(isOtherKindOfTokenName('fcmToken')).toBe(true);
    expect(isOtherKindOfTokenName('apiKeyMsg')).toBe(false);
    expect(isOtherKindOfTokenName('RESET_PASSWORD_TIMEOUT')).toBe(false);
    expect(isOtherKindOfTokenName('accessToken')).toBe(false);
  });
});

describe('findTokenValue: names whose values a search does not follow, asked per name', () => {
  // A variable named for a token's path is that path; a member of the same name is still read.
  // Each name is asked of both kinds in turn: an answer kept for one kind must not serve the other.
  it.each(['tokenPath', 'apiKeyUrl', 'secretName'])('%s: the member is followed, the variable is not, in either order', (name) => {
    const member = `const settings = { ${name}: process.env.OWN_API_TOKEN };\nprobe(\`\${settings.${name}}\`);`;
    const variable = `const ${name} = process.env.OWN_API_TOKEN;\nprobe(\`\${${name}}\`);`;
    expect(inside(member)).toBe(`settings.${name}`);
    expect(inside(variable)).toBeUndefined();
    expect(inside(member)).toBe(`settings.${name}`);
  });

  it('an id, a count or a kind is followed neither as a variable nor as a member, unless tokenNames names it', () => {
    const code = (name: string): string =>
      `const requestInfo = { ${name}: process.env.OWN_API_TOKEN };\nconst ${name} = process.env.OWN_API_TOKEN;\nprobe(\`\${${name}} \${requestInfo.${name}}\`);`;
    for (const name of ['correlationId', 'retryCount', 'contentType']) expect(inside(code(name))).toBeUndefined();
    expect(inside(code('sessionId'))).toBeUndefined();
    expect(inside(code('sessionId'), { tokenNames: ['sessionId'] })).toBe('sessionId');
    expect(inside(code('sessionId'))).toBeUndefined();
  });
});
