import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import {
  findTokenValue,
  getCalleeBaseName,
  getTokenValue,
  isMaskingCall,
  type TokenValueOptions,
} from '../../src/ast/token-values.js';
import { isNonCredentialTokenName } from '../../src/secrets/non-credential-names.js';
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
  ])('finds %s', (_title, code, expected) => {
    expect(direct(code)).toBe(expected);
  });

  it('reads extra words from tokenNames', () => {
    expect(direct('probe(serviceTicket);')).toBeUndefined();
    expect(direct('probe(serviceTicket);', { tokenNames: ['ticket'] })).toBe('serviceTicket');
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
  ])('finds nothing in %s', (_title, code) => {
    expect(inside(code, { maskFunctions: ['obscure'] })).toBeUndefined();
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
  ])('treats %s as masking', (_title, code) => {
    expect(masks(code)).toBe(true);
  });

  it.each([
    ['.slice(7)', 'probe(t.slice(7));'],
    ['.slice(0, 20)', 'probe(t.slice(0, 20));'],
    ['.trim()', 'probe(t.trim());'],
    ['send()', 'probe(send(t));'],
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
  it.each(['pageToken', 'nextPageToken', 'continuationToken', 'cancelToken', 'CancellationToken', 'csrfToken', 'xsrf_token', 'currentToken', 'closingToken', 'designTokens', 'tokenChar', 'API_KEY_ENV_VARS', 'secretWords', 'apiKeyMsg', 'INVALID_TOKEN_RESPONSE', 'NO_CREDENTIALS_FOUND'])(
    'accepts %s',
    (name) => {
      expect(isNonCredentialTokenName(name)).toBe(true);
    },
  );

  it.each(['OWN_API_TOKEN', 'API_KEY', 'JWT_SECRET', 'apiToken', 'accessToken', 'nextAccessToken', 'refreshToken', 'password', 'passWord', 'GITHUB_TOKEN', 'clientSecret'])('rejects %s', (name) => {
    expect(isNonCredentialTokenName(name)).toBe(false);
  });
});
