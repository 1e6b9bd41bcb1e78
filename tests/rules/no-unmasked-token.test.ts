import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import type { MessageIds, Options } from '../../rules/no-unmasked-token.js';
import rule from '../../rules/no-unmasked-token.js';
import { fakeToken } from '../helpers/tokens.js';
import { createRuleTester } from '../rule-tester.js';

const ruleTester = createRuleTester();

// Built at run time; test names never carry the value.
const ghp = fakeToken('github-classic-pat');

/**
 * One expected report: the message and the position of `snippet` (its `occurrence`-th
 * appearance) in `code`, so each case states what is reported rather than counting columns.
 */
function at(code: string, messageId: MessageIds, snippet: string, occurrence = 1): {
  messageId: MessageIds;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} {
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = code.indexOf(snippet, index + 1);
    if (index === -1) throw new Error(`snippet ${JSON.stringify(snippet)} not found ${occurrence} time(s)`);
  }
  const before = code.slice(0, index).split('\n');
  const line = before.length;
  const column = (before.at(-1) ?? '').length + 1;
  const lines = snippet.split('\n');
  const endLine = line + lines.length - 1;
  const endColumn = lines.length === 1 ? column + snippet.length : (lines.at(-1) ?? '').length + 1;
  return { messageId, line, column, endLine, endColumn };
}

/** An invalid case reported once, at `snippet`. */
function reports(
  name: string,
  code: string,
  messageId: MessageIds,
  snippet: string,
  extra: Partial<InvalidTestCase<MessageIds, Options>> = {},
): InvalidTestCase<MessageIds, Options> {
  return { name, code, errors: [at(code, messageId, snippet)], ...extra };
}

// ---------------------------------------------------------------------------
// Application code, as it is written: each near miss beside the leak it resembles.

const SERVICE_CLASS = `import axios from 'axios';

export class BillingService {
  constructor() {
    this.apiToken = process.env.BILLING_API_TOKEN ?? '';
    this.baseUrl = 'https://billing.own.example/v1';
  }

  async listInvoices() {
    const res = await axios.get(\`\${this.baseUrl}/invoices\`, { headers: { Authorization: \`Bearer \${this.apiToken}\` } });
    return res.data;
  }

  async refund(id) {
    return axios.post(\`\${this.baseUrl}/refunds/\${id}\`);
  }

  describe() {
    console.debug(\`BillingService(\${this.baseUrl}, token=\${this.apiToken})\`);
  }
}`;

const SERVICE_CLASS_QUIET = SERVICE_CLASS.replace('token=${this.apiToken}', "token=${this.apiToken ? 'set' : 'missing'}");

const KEY_MEMBER_CLASS = `export class WeatherClient {
  constructor(options = {}) {
    this.key = options.key || process.env.WEATHER_API_KEY;
    this.base = 'https://weather.own.example';
  }

  async forecast(city) {
    const res = await fetch(\`\${this.base}/forecast?city=\${city}\`, { headers: { 'x-api-key': this.key } });
    return res.json();
  }

  async alerts(region) {
    const res = await fetch(\`\${this.base}/alerts/\${region}\`, { headers: { 'x-api-key': this.key } });
    if (!res.ok) throw new Error(\`alerts failed for \${region} with key \${this.key}\`);
    return res.json();
  }

  logConfig() {
    console.log('weather client', this.base);
  }
}`;

const KEY_MEMBER_GUARDED = `export class WeatherClient {
  constructor() {
    this.key = process.env.WEATHER_API_KEY;
  }

  check() {
    if (!this.key) throw new Error(\`WEATHER_API_KEY is \${this.key}; set it before starting\`);
  }

  logConfig() {
    console.log('weather client', this.key ? 'key set' : 'no key');
  }
}`;

const NEST_SERVICE = `import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly sender: string;

  constructor(private readonly config: ConfigService) {
    this.sender = this.config.get<string>('SENDGRID_API_KEY') ?? '';
  }

  async send(to: string): Promise<void> {
    this.logger.debug(\`sending to \${to} with \${this.sender}\`);
  }

  async health(): Promise<boolean> {
    return true;
  }
}`;

const SESSION_FROM_GETTER = `class SyncJob {
  constructor(auth, logger) {
    this.auth = auth;
    this.logger = logger;
  }

  async init() {
    this.session = await this.auth.getAccessToken();
  }

  async run(items) {
    this.logger.info(\`syncing \${items.length} items as \${this.session}\`);
  }
}`;

const AUTH_OBJECT = `const auth = { key: process.env.OWN_API_TOKEN, user: 'svc-sync' };

export function connect(host) {
  console.log(\`connecting to \${host} as \${auth.user}\`);
  console.log('credentials', auth.key);
}`;

const SETTINGS_MODULE = `const settings = {
  github: { pat: process.env.GITHUB_PAT, org: 'own' },
  port: Number(process.env.PORT ?? 3000),
};

const { github: { pat: ghKey, org } } = settings;
console.log(\`syncing \${org} on \${settings.port}\`);
console.log(\`using \${ghKey}\`);`;

const ENV_DESTRUCTURED = `const { STRIPE_SECRET_KEY: stripeKey, PORT } = process.env;

export function start(app) {
  app.listen(PORT, () => {
    console.log(\`listening on \${PORT}\`);
    console.log('stripe key', stripeKey);
  });
}`;

const ENV_DESTRUCTURED_QUIET = ENV_DESTRUCTURED.replace("    console.log('stripe key', stripeKey);\n", '');

const PARAMETER_DESTRUCTURED = `export function connect({ apiKey: key, host }) {
  console.log(\`connecting to \${host} with \${key}\`);
}`;

const HEADERS_BUILT = `export async function callApi(path, token) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = \`Bearer \${token}\`;
  console.log('request headers', headers);
  return fetch(path, { headers });
}`;

/** The same headers object logged before and after the token is written into it. */
const HEADERS_LOGGED_TWICE = `export class ApiClient {
  constructor(token) {
    this.token = token;
  }

  async send(path) {
    const headers = { Accept: 'application/json' };
    console.log('before auth', headers);
    headers.Authorization = \`Bearer \${this.token}\`;
    console.log('after auth', headers);
    return fetch(path, { headers });
  }
}`;

/** A script that logs its options, assigns a key into them, and logs them again. */
const OPTIONS_ASSIGNED = `const options = { retries: 3 };
logger.info('options', options);
Object.assign(options, { apiKey: process.env.OWN_API_KEY });
logger.info('options with key', options);`;

/** A logging helper and its caller, which adds the header between two calls of it. */
const REQUEST_LOGGED_BY_HELPER = `function logRequest(label, request) {
  console.log(label, request);
}

export function send(url, apiToken) {
  const request = { url };
  logRequest('draft', request);
  request.headers = { Authorization: \`Bearer \${apiToken}\` };
  logRequest('sent', request);
  return fetch(url, request);
}`;

/**
 * Headers handed through a chain of copies and logged at its far end, where the search runs out
 * of depth before it reads the header's value, then logged themselves: the second log is still
 * a leak, whatever the first search could not reach.
 */
const COPIES = Array.from({ length: 8 }, (_, index) => `    const copy${index} = ${index === 0 ? 'headers' : `copy${index - 1}`};`).join('\n');
const HEADERS_COPIED_THEN_LOGGED = `export class ApiClient {
  async send(path) {
    const headers = {};
    headers.Authorization = \`Bearer \${process.env.OWN_API_TOKEN}\`;
${COPIES}
    console.debug('copied', copy7);
    console.log('headers', headers);
    return fetch(path, { headers });
  }
}`;
const HEADERS_COPIED_IN_A_SCRIPT = `const headers = {};
headers.Authorization = \`Bearer \${process.env.OWN_API_TOKEN}\`;
${COPIES.replaceAll('    const', 'const')}
logger.debug('copied', copy7);
logger.info('headers', headers);`;

const HEADERS_PLAIN = `export async function callApi(path) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json', 'User-Agent': 'own-sync/1.0' };
  console.log('request headers', headers);
  return fetch(path, { headers });
}`;

const AXIOS_INTERCEPTOR = `import axios from 'axios';

const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  config.headers.Authorization = \`Bearer \${localStorage.getItem('token')}\`;
  console.log('request', config);
  return config;
});`;

const AXIOS_INTERCEPTOR_QUIET = AXIOS_INTERCEPTOR.replace("console.log('request', config);", "console.log('request', config.method, config.url);");

const REQUEST_OPTIONS = `import https from 'node:https';

export function send(body, apiKey) {
  const requestOptions = {
    method: 'POST',
    hostname: 'api.own.example',
    headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
  };
  logger.debug('sending', requestOptions);
  const req = https.request(requestOptions);
  req.end(JSON.stringify(body));
}`;

const CONFIG_HEADERS = `const config = {
  baseURL: 'https://api.own.example',
  headers: { Authorization: \`Bearer \${process.env.OWN_API_TOKEN}\` },
};

console.log(config.baseURL);
console.log(config.headers);`;

const REDACTED_SPREAD = `export function logRequest(headers) {
  logger.info({ headers: { ...headers, authorization: '[redacted]' } }, 'request');
}

logRequest({ authorization: \`Bearer \${token}\`, accept: 'text/html' });`;

const TOKEN_ENDPOINT_SCRIPT = `import axios from 'axios';

const form = new URLSearchParams({
  grant_type: 'client_credentials',
  client_id: process.env.CLIENT_ID,
  client_secret: process.env.CLIENT_SECRET,
});
const { data } = await axios.post('https://login.own.example/oauth2/token', form);
console.log(data);`;

const ORDINARY_RESPONSE_SCRIPT = `import axios from 'axios';

const { data } = await axios.get('https://api.own.example/v1/projects');
console.log(data);
const res = await axios.post('https://login.own.example/oauth2/token', form);
console.log('token request', res.status, res.headers['content-type']);`;

const FETCH_TOKEN_HELPER = `export async function getAppToken(issuer, body) {
  const res = await fetch(\`\${issuer}/oauth/token\`, { method: 'POST', body });
  const json = await res.json();
  console.log('token response', json);
  return json.access_token;
}`;

const FETCH_ORDINARY_HELPER = `export async function getUsers(base) {
  const res = await fetch(\`\${base}/api/users\`);
  const json = await res.json();
  console.log('users', json);
  return json;
}`;

const OAUTH_QUICKSTART = `import fs from 'node:fs';

async function authorize(oauth2Client, code) {
  const { tokens } = await oauth2Client.getToken(code);
  oauth2Client.setCredentials(tokens);
  fs.writeFileSync(TOKEN_PATH, JSON.stringify(tokens));
  return oauth2Client;
}`;

const SIGN_IN_SERVICE = `export class AuthService {
  constructor(auth) {
    this.auth = auth;
  }

  async login(email, password) {
    const session = await this.auth.signIn({ email, password });
    logger.info('signed in', session);
    return session;
  }

  async logout() {
    await this.auth.signOut();
  }
}`;

const SIGN_IN_QUIET = `export async function submit(email, password) {
  const result = await signIn('credentials', { redirect: false, email, password });
  console.log(result);
  const session = await auth.signIn({ email, password });
  logger.info('signed in', session.user.email);
}`;

const STREAM_OF_CREDENTIALS = `import fs from 'node:fs';

const out = fs.createWriteStream('export.txt');
const tokens = await db.apiTokens.findAll();
for (const token of tokens) out.write(token + '\\n');
out.end();`;

const LEXER_LOOP = `const tokens = lexer.tokenize(source);
for (const token of tokens) {
  console.log(token);
}
tokens.forEach((token) => process.stdout.write(String(token)));`;

const LAMBDA_HANDLER = `export const handler = async (event) => {
  const token = event.headers.Authorization;
  console.log('incoming request', event.path, token);
  return { statusCode: 200, body: '{}' };
};`;

const LAMBDA_HANDLER_QUIET = `export const handler = async (event) => {
  const token = event.headers.Authorization;
  console.log('incoming request', event.path, 'auth', token ? 'present' : 'absent', event.body?.length);
  return { statusCode: token ? 200 : 401, body: '{}' };
};`;

const LAMBDA_SECRETS_V2 = `const AWS = require('aws-sdk');
const sm = new AWS.SecretsManager();

exports.handler = async () => {
  const secret = await sm.getSecretValue({ SecretId: 'own/api' }).promise();
  console.log('loaded secret', secret.Name, secret.SecretString);
};`;

const REACT_HOOK = `import { useEffect } from 'react';

export function useApi() {
  const { user, token } = useAuth();
  useEffect(() => {
    console.log('session changed', user?.id, token);
  }, [user, token]);
}`;

const REACT_HOOK_QUIET = REACT_HOOK.replace("user?.id, token);", 'user?.id, Boolean(token));');

const TRACE_HELPER = `const DEBUG = process.env.DEBUG === '1';

function trace(...args) {
  if (DEBUG) console.log('[own]', ...args);
}

export async function connect(host) {
  trace('connecting to', host);
  trace('with token', process.env.OWN_API_TOKEN);
}`;

const TRACE_HELPER_QUIET = TRACE_HELPER.replace("trace('with token', process.env.OWN_API_TOKEN);", "trace('with token', maskToken(process.env.OWN_API_TOKEN));");

const LOG_REQUEST_HELPER = `function logRequest(url, headers) {
  console.log(\`-> \${url}\`, headers);
}

export async function getUser(id, token) {
  const headers = { Authorization: \`Bearer \${token}\` };
  logRequest(\`/users/\${id}\`, headers);
  return fetch(\`/users/\${id}\`, { headers });
}`;

const LOG_REQUEST_HELPER_QUIET = `function logRequest(url, headers) {
  console.log(\`-> \${url}\`, headers);
}

logRequest('/health', { Accept: 'application/json' });`;

const METHOD_WRAPPER = `class Uploader {
  constructor(logger) {
    this.logger = logger;
    this.key = process.env.UPLOAD_API_KEY;
  }

  log(message) {
    this.logger.debug(message);
  }

  async upload(file) {
    this.log(\`uploading \${file} with \${this.key}\`);
  }
}`;

const AUTH_HEADERS_FUNCTION = `function authHeaders() {
  return { Authorization: \`Bearer \${process.env.OWN_API_TOKEN}\` };
}

console.log('headers', authHeaders());`;

const MASK_FUNCTION = `function shown(token) {
  return \`\${token.slice(0, 4)}…\`;
}

console.log('token', shown(apiToken));`;

const LLM_USAGE = `const completion = await openai.chat.completions.create({ model, messages, max_tokens: 512 });
const { prompt_tokens, completion_tokens, total_tokens } = completion.usage;
console.log(\`tokens: prompt=\${prompt_tokens} completion=\${completion_tokens} total=\${total_tokens}\`);
logger.info({ usage: completion.usage, maxTokens: 1024, tokenCount: total_tokens }, 'completion done');`;

const LLM_STREAM = `const stream = await openai.chat.completions.create({ model, messages, stream: true });
for await (const chunk of stream) {
  const token = chunk.choices[0]?.delta?.content ?? '';
  process.stdout.write(token);
}`;

const LLM_STREAM_FOR_AWAIT = `const result = streamText({ model, prompt });
for await (const token of result.textStream) {
  process.stdout.write(token);
}`;

const LANGCHAIN_HANDLER = `const model = new ChatOpenAI({
  streaming: true,
  callbacks: [
    {
      handleLLMNewToken(token) {
        process.stdout.write(token);
      },
    },
  ],
});`;

const REACT_STREAM_HOOK = `import { useEffect, useState } from 'react';

export function useCompletionStream(prompt) {
  const [text, setText] = useState('');
  useEffect(() => {
    streamCompletion(prompt, {
      onToken: (token) => {
        console.debug('token', token);
        setText((previous) => previous + token);
      },
    });
  }, [prompt]);
  return text;
}`;

const TOKENIZER = `import { encoding_for_model } from 'tiktoken';

const enc = encoding_for_model('gpt-4o');
const tokens = enc.encode(text);
console.log(tokens.length, tokens);
for (const id of tokens) {
  const token = enc.decode([id]);
  console.log(id, token);
}`;

const PARSER_CLASS = `class Parser {
  constructor(lexer) {
    this.lexer = lexer;
    this.token = lexer.next();
  }

  advance() {
    this.token = this.lexer.next();
  }

  fail() {
    throw new SyntaxError(\`Unexpected token \${this.token}\`);
  }
}`;

const PAGING = `let nextToken;
do {
  const page = await client.send(new ListObjectsCommand({ NextToken: nextToken }));
  console.log('page', page.Contents.length, page.NextToken);
  nextToken = page.NextToken;
} while (nextToken);`;

const CORRELATION_ID_CLIENT = `export class TokenClient {
  constructor(logger) {
    this.logger = logger;
    this.accessToken = process.env.OWN_ACCESS_TOKEN;
  }
  refresh(request) {
    const correlationId = request.correlationId || this.accessToken;
    this.trace('refreshing', correlationId);
    const retryCount = this.accessToken.length;
    this.logger.info(\`retry \${retryCount} for \${request.requestId}\`);
  }
  trace(step, correlationId) {
    this.logger.verbose(\`\${step} \${correlationId}\`);
  }
}`;

/** A chain of bindings longer than a search follows, logged at its end and again part way. */
const LONG_CHAIN = [
  'const key = process.env.OWN_API_TOKEN;',
  'const k1 = key;',
  ...Array.from({ length: 11 }, (_, index) => `const k${index + 2} = k${index + 1};`),
  'console.log(k12);',
  'console.log(k3);',
].join('\n');

const PING_URL = `export function ping(client) {
  const token = process.env.OWN_API_TOKEN;
  const requestUrl = \`https://api.own.example/ping?key=\${token}\`;
  client.logger.debug(requestUrl);
}`;

ruleTester.run('no-unmasked-token', rule, {
  valid: [
    // An id, a count or a kind is not followed to where it came from.
    { name: 'logs an id and a count in a client class and its helper', code: CORRELATION_ID_CLIENT },
    // Names, states and paths around credentials, as SDKs write them.
    {
      name: 'logs a cache outcome constant named after access tokens',
      code: `export class SilentFlow {
  constructor(logger) {
    this.logger = logger;
  }
  acquire(cached) {
    if (!cached) {
      this.logger.info(CacheOutcome.NO_CACHED_ACCESS_TOKEN);
      throw new Error(AuthStatus.TOKEN_EXPIRED);
    }
  }
}`,
    },
    {
      name: 'throws with an element of a list of challenge types held by an auth config',
      code: `export function validate(config) {
  const challengeTypes = config.customAuth.challengeTypes;
  challengeTypes.forEach((challengeType) => {
    throw new InvalidConfigurationError(\`Challenge type \${challengeType} is not valid\`);
  });
}`,
    },
    {
      name: 'throws with the path to a credentials file read from the environment',
      code: `export async function fromEnvironment() {
  const credentialsPath = process.env.GOOGLE_APPLICATION_CREDENTIALS;
  if (!credentialsPath) return null;
  throw new Error(\`Unable to read the credential file at \${credentialsPath}\`);
}`,
    },
    // What is logged about the token, not the token.
    { name: 'logs the length of a token', code: "console.log('token length', apiToken.length);" },
    { name: 'logs whether a token is set', code: "console.log(`token: ${apiToken ? 'set' : 'missing'}`);" },
    { name: 'logs a negation', code: "console.log('has token:', !!process.env.OWN_API_TOKEN);" },
    { name: 'logs the type of a token', code: "console.log('token type', typeof apiToken);" },
    { name: 'quotes an authorization URI of an auth challenge, not a header', code: "throw new Error(`The challenge authorization URI '${parsed.authorization}' is invalid.`);" },
    { name: 'logs which token credential is selected', code: 'logger.warning(`Invalid value for AZURE_TOKEN_CREDENTIALS = ${process.env.AZURE_TOKEN_CREDENTIALS}`);' },
    { name: 'logs a comparison', code: "console.log('token matches', apiToken === expected);" },
    { name: 'logs prose about a token', code: "console.warn('token expired, refreshing');" },
    { name: 'throws prose about a token', code: "throw new Error('Missing API token: set OWN_API_TOKEN');" },
    { name: 'rejects with prose about a token', code: "Promise.reject(new Error('token expired'));" },
    { name: 'logs a header name held in a constant', code: "const AUTH_HEADER = 'Authorization';\nconsole.log(`missing ${AUTH_HEADER} header`);" },
    { name: 'logs a token-ish boolean', code: 'const tokenValid = await verifyToken(apiToken);\nconsole.log({ tokenValid });' },
    { name: 'logs an unrelated environment variable', code: "console.log('env', process.env.NODE_ENV);" },
    { name: 'logs a non-credential header', code: "console.log(req.headers['content-type']);" },
    { name: 'logs the name of a vault secret', code: "const secret = await vault.getSecret('own-api-token');\nconsole.log(secret.name);" },
    { name: 'logs structured facts about a token', code: "logger.debug({ hasToken: Boolean(apiToken), token: apiToken ? '[set]' : undefined });" },
    // Masking is a barrier.
    { name: 'logs a masked token', code: 'console.info(`calling ${endpoint} with token ${maskToken(apiToken)}`);' },
    { name: 'logs a redacted token', code: 'logger.info({ token: redact(apiToken) });' },
    { name: 'logs a hashed token', code: "console.log(crypto.createHash('sha256').update(apiToken).digest('hex'));" },
    { name: 'logs the first four characters', code: "console.log('token', apiToken.slice(0, 4) + '…');" },
    { name: 'logs the last four characters', code: "console.log(`token …${apiToken.slice(-4)}`);" },
    { name: 'follows maskFunctions', code: 'console.log(obscure(apiToken));', options: [{ maskFunctions: ['obscure'] }] },
    {
      name: 'trusts a pino logger configured with redaction for logged objects',
      code: "import pino from 'pino';\nconst logger = pino({ redact: ['token', 'req.headers.authorization'] });\nlogger.info({ token }, 'signed in');",
    },
    // Names that are not credentials.
    { name: 'logs a tokenizer', code: 'console.log(tokenizer);' },
    { name: 'logs lexer tokens', code: 'const tokens = tokenize(source);\nconsole.log(tokens);' },
    { name: 'logs a page token', code: "console.log('next page', response.nextPageToken);" },
    { name: 'logs a page token in an object', code: 'logger.info({ pageToken });' },
    { name: 'logs a CSRF token', code: "console.log('csrf', csrfToken);" },
    { name: 'logs a cancellation token', code: 'console.log(cancelToken);' },
    { name: 'throws a lexer token with its type', code: "throw new SyntaxError('Unexpected token ' + token.type);" },
    { name: 'throws a token taken from a lexer', code: "const token = this.nextToken();\nthrow new Error('Unexpected token ' + token);" },
    { name: 'logs the loop variable over lexer tokens', code: 'for (const token of tokens) {\n  console.log(token);\n}' },
    { name: 'throws a lexer token read as an object', code: 'function fail(token) {\n  if (token.kind === 1) return;\n  throw new Error(`Unexpected ${token}`);\n}' },
    { name: 'throws about a token type', code: 'throw new Error(`Unknown token type: ${tokenType}`);' },
    { name: 'logs an ordinary message through a logger', code: 'logger.info(`user ${user.id} signed in from ${request.ip}`);' },
    { name: 'logs when a JWT expires', code: 'console.log(`session ends at ${jwtExpiry}`);' },
    { name: 'keeps a partial preview that is too long to be an open slice', code: 'console.log(`key ${apiKey.substring(0, 8)}…`);' },
    { name: 'throws an error code constant', code: 'throw new AuthApiError(INVALID_TOKEN_RESPONSE, "Access token is missing", correlationId);' },
    { name: 'throws a message from a table of messages', code: 'throw new RangeError(GoogleAuthExceptionMessages.API_KEY_WITH_CREDENTIALS);' },
    { name: 'logs an environment variable name from a table', code: "logger.info(`set '${EnvironmentVariableNames.MSI_SECRET}' first`);" },
    { name: 'logs a setting about tokens', code: 'this.logger.info(`token expires within ${config.tokenRenewalOffsetSeconds} seconds`);' },
    // Not sinks.
    { name: 'does not treat a local console parameter as the global', code: 'function report(console, apiToken) {\n  console.log(apiToken);\n}' },
    { name: 'ignores a response body', code: 'res.json({ token: apiToken });' },
    { name: 'ignores an unknown object with a level-like method', code: 'metrics.info(apiToken);' },
    { name: 'ignores a plain function named log', code: 'log(apiToken);' },
    { name: 'ignores a write to an encrypted file', code: "import fs from 'node:fs';\nfs.writeFileSync('own-token.json.enc', apiToken);" },
    { name: 'ignores an encrypted write', code: "import fs from 'node:fs';\nfs.writeFileSync(tokenPath, encrypt(apiToken));" },
    { name: 'ignores file writes of other data', code: "import fs from 'node:fs';\nfs.writeFileSync('report.json', JSON.stringify(report));" },
    { name: 'ignores debug output without a token', code: "const debug = require('debug')('own:sync');\ndebug('token refreshed in %dms', elapsed);" },
    // In a branch that knows the value is no token (empty, missing or not a string).
    {
      name: 'ignores a value that a typeof guard shows is not a string',
      code: "async function load(apiKey) {\n  const token = await apiKey();\n  if (typeof token !== 'string' || !token) {\n    throw new Error(`Expected apiKey() to return a string but it returned ${token}`);\n  }\n  return token;\n}",
    },
    { name: 'ignores a missing token named in an error', code: "if (!this.apiKey) throw new Error(`apiKey is ${this.apiKey}; set OWN_API_KEY`);" },
    { name: 'ignores the else branch of a string check', code: "if (typeof apiToken === 'string') use(apiToken);\nelse console.warn('ignored token option', apiToken);" },
    // Application code: the near misses beside the leaks below.
    { name: 'a service class that logs whether its token is set', code: SERVICE_CLASS_QUIET },
    { name: 'a client class that checks its key is missing before naming it', code: KEY_MEMBER_GUARDED },
    { name: 'a script that logs the port read beside a key', code: ENV_DESTRUCTURED_QUIET },
    { name: 'a helper that logs headers without credentials', code: HEADERS_PLAIN },
    { name: 'an axios interceptor that logs the method and URL', code: AXIOS_INTERCEPTOR_QUIET },
    { name: 'a logger given headers whose authorization is replaced', code: REDACTED_SPREAD },
    { name: 'a script that logs an ordinary API response and a token request status', code: ORDINARY_RESPONSE_SCRIPT },
    { name: 'a helper that logs the JSON of an ordinary endpoint', code: FETCH_ORDINARY_HELPER },
    { name: 'a sign-in whose redirect result and user are logged', code: SIGN_IN_QUIET },
    { name: 'a lexer whose tokens are logged', code: LEXER_LOOP },
    { name: 'a Lambda handler that logs whether a token came', code: LAMBDA_HANDLER_QUIET },
    { name: 'a React hook that logs whether a token is set', code: REACT_HOOK_QUIET },
    { name: 'a logging helper given a masked token', code: TRACE_HELPER_QUIET },
    { name: 'a logging helper given plain headers', code: LOG_REQUEST_HELPER_QUIET },
    { name: 'a local function that shows a short preview', code: MASK_FUNCTION },
    { name: 'model token counts logged after a completion', code: LLM_USAGE },
    { name: 'a streamed model token written to stdout', code: LLM_STREAM },
    { name: 'the tokens of a text stream written to stdout', code: LLM_STREAM_FOR_AWAIT },
    { name: 'a LangChain callback that writes each new token', code: LANGCHAIN_HANDLER },
    { name: 'a React hook that logs each streamed token', code: REACT_STREAM_HOOK },
    { name: 'tokenizer output logged', code: TOKENIZER },
    { name: 'a parser that names its current token in a syntax error', code: PARSER_CLASS },
    { name: 'a paging loop that logs the next token', code: PAGING },
    { name: 'the tokens of a Hugging Face stream', code: 'for await (const output of hf.textGenerationStream({ model, inputs })) {\n  const token = output.token.text;\n  process.stdout.write(token);\n}' },
    { name: 'Gemini usage counts', code: 'console.log(response.usageMetadata.promptTokenCount, usage.input_tokens, usage.output_tokens);' },
    { name: 'a rate-limit header about tokens', code: "console.log('remaining', res.headers.get('x-ratelimit-remaining-tokens'));" },
    { name: 'a push token of a device', code: "const pushToken = (await Notifications.getExpoPushTokenAsync()).data;\nconsole.log('push token', pushToken);" },
    { name: 'a push token from a getter', code: "const fcmToken = await messaging().getToken();\nconsole.log('FCM token:', fcmToken);" },
    { name: 'a captcha token', code: "const captchaToken = await grecaptcha.execute(siteKey, { action: 'submit' });\nconsole.log('captcha', captchaToken);" },
    { name: 'a fingerprint of a key', code: 'console.log(`using key ${fingerprint(apiKey)}`);' },
    { name: 'a redacted token under its key', code: 'logger.info({ token: redactToken(accessToken) });' },
    { name: 'a masked secret', code: "console.log('secret', maskSecret(clientSecret));" },
    { name: 'a truncated token', code: "console.log('token', truncate(token, 6));" },
    { name: 'a sha256 of a token', code: "console.log('token hash', sha256(token));" },
    { name: 'a regular expression replace that stars all but four characters', code: "console.log('key', apiKey.replace(/.(?=.{4})/g, '*'));" },
    { name: 'the ARN of a secret', code: "console.log('loading secret', secretName, secretArn);" },
    { name: 'the keys of a secrets object', code: "for (const name of Object.keys(secrets)) console.log('secret', name);" },
    { name: 'the words of a text counted and logged', code: 'const words = text.toLowerCase().split(/\\s+/);\nfor (const token of words) {\n  counts.set(token, (counts.get(token) ?? 0) + 1);\n  console.log(token);\n}' },
    { name: 'sentencepiece pieces logged', code: 'const pieces = sp.encodePieces(text);\npieces.forEach((token, index) => console.log(index, token));' },
    { name: 'the last three characters of a key', code: "const shown = `${apiKey.substring(0, 3)}***${apiKey.substring(apiKey.length - 3)}`;\nconsole.log('key', shown);" },
    { name: 'a token bucket that logs how many tokens are left', code: 'class TokenBucket {\n  constructor(capacity) {\n    this.tokens = capacity;\n  }\n  take() {\n    if (this.tokens > 0) return true;\n    console.warn(`bucket empty (${this.tokens})`);\n    return false;\n  }\n}' },
    { name: 'a loop over tokens of unknown origin', code: "import fs from 'node:fs';\nconst out = fs.createWriteStream('tokens.txt');\nfor (const token of tokens) out.write(token + '\\n');" },
  ],
  invalid: [
    // console and the process streams
    reports('reports a token in a console.info template (the example app)', 'console.info(`calling ${endpoint} with token ${apiToken}`);', 'tokenInLog', 'apiToken'),
    reports('reports a token logged directly', "console.log('token', apiToken);", 'tokenInLog', 'apiToken'),
    reports('reports a token in a concatenation', "console.error('auth failed for ' + authToken);", 'tokenInLog', 'authToken'),
    reports('reports a token in an object literal', 'console.log({ token });', 'tokenInLog', 'token'),
    reports('reports the message arguments of console.assert', "console.assert(ok, 'bad token', apiToken);", 'tokenInLog', 'apiToken'),
    reports('reports process.stdout.write', 'process.stdout.write(`token=${apiToken}\\n`);', 'tokenInLog', 'apiToken'),
    reports('reports process.stderr.write', 'process.stderr.write(process.env.OWN_API_TOKEN);', 'tokenInLog', 'process.env.OWN_API_TOKEN'),
    reports('reports console through an alias', 'const out = console;\nout.log(apiToken);', 'tokenInLog', 'apiToken'),
    {
      name: 'reports a token behind a guard that shows it is a string',
      code: "if (typeof apiToken === 'string' && apiToken) console.log(apiToken);",
      errors: [at("if (typeof apiToken === 'string' && apiToken) console.log(apiToken);", 'tokenInLog', 'apiToken', 3)],
    },
    reports('reports a token behind a guard on another value', "if (!ready) console.log('token', apiToken);", 'tokenInLog', 'apiToken'),
    reports(
      'reports a token in a class behind a guard on another member of the same object',
      "class Client {\n  constructor(options) {\n    this.options = options;\n  }\n  connect() {\n    if (!this.options.region) throw new Error(`no region for the key ${this.options.apiKey}`);\n  }\n}",
      'tokenInError',
      'this.options.apiKey',
    ),
    // token sources
    reports('reports a token-ish environment variable', 'console.log(process.env.GITHUB_TOKEN);', 'tokenInLog', 'process.env.GITHUB_TOKEN'),
    reports('reports an Authorization header read', 'console.log(`auth: ${req.headers.authorization}`);', 'tokenInLog', 'req.headers.authorization'),
    reports('reports an Authorization header read through req.get', "console.log(req.get('authorization'));", 'tokenInLog', "req.get('authorization')"),
    reports(
      'reports a vault secret value',
      "const secret = await client.getSecret('own-api-token');\nconsole.log(secret.value);",
      'tokenInLog',
      'secret.value',
    ),
    {
      name: 'reports a token-like literal with a masked description',
      code: `console.log('Bearer ${ghp}');`,
      errors: [{ messageId: 'tokenInLog', line: 1, column: 13, endColumn: 13 + ghp.length + 9 }],
    },
    // A token that reaches the sink through a binding of the same function is reported where it is written out.
    reports('reports a token that flows through a binding', 'const header = `Bearer ${apiToken}`;\nconsole.log(header);', 'tokenInLog', 'header', { errors: [at('const header = `Bearer ${apiToken}`;\nconsole.log(header);', 'tokenInLog', 'header', 2)] }),
    reports('reports a token that flows through util.format', "import util from 'node:util';\nconst line = util.format('auth %s', apiToken);\nconsole.log(line);", 'tokenInLog', 'line', { errors: [at("import util from 'node:util';\nconst line = util.format('auth %s', apiToken);\nconsole.log(line);", 'tokenInLog', 'line', 2)] }),
    reports('reports a token stripped of its scheme', "console.log(authHeader.slice(7));", 'tokenInLog', 'authHeader'),
    reports('reports a trimmed token', 'console.log(apiToken.trim());', 'tokenInLog', 'apiToken'),
    reports('reports a token encoded as base64, which is not masking', "console.log(Buffer.from(apiToken).toString('base64'));", 'tokenInLog', 'apiToken'),
    // loggers made by factories
    reports('reports winston.createLogger() loggers', "import winston from 'winston';\nconst logger = winston.createLogger();\nlogger.info(`token ${apiToken}`);", 'tokenInLog', 'apiToken'),
    reports('reports the default winston logger', "const winston = require('winston');\nwinston.warn('key', apiKey);", 'tokenInLog', 'apiKey'),
    reports('reports pino loggers', "import pino from 'pino';\nconst log = pino();\nlog.info({ apiKey }, 'calling');", 'tokenInLog', 'apiKey'),
    reports(
      'reports message strings of a pino logger with redaction (redaction only covers object fields)',
      "import pino from 'pino';\nconst log = pino({ redact: ['apiKey'] });\nlog.info(`calling with ${apiKey}`);",
      'tokenInLog',
      'apiKey',
      { errors: [at("import pino from 'pino';\nconst log = pino({ redact: ['apiKey'] });\nlog.info(`calling with ${apiKey}`);", 'tokenInLog', 'apiKey', 2)] },
    ),
    reports('reports bunyan loggers', "const bunyan = require('bunyan');\nconst log = bunyan.createLogger({ name: 'sync' });\nlog.debug('token', accessToken);", 'tokenInLog', 'accessToken'),
    reports('reports log4js loggers', "import log4js from 'log4js';\nconst audit = log4js.getLogger('audit');\naudit.trace(clientSecret);", 'tokenInLog', 'clientSecret'),
    reports('reports loglevel', "import log from 'loglevel';\nlog.warn('using', refreshToken);", 'tokenInLog', 'refreshToken'),
    reports('reports debug instances', "const debug = require('debug')('own:sync');\ndebug('token %s', apiToken);", 'tokenInLog', 'apiToken'),
    reports('reports NestJS Logger instances', "import { Logger } from '@nestjs/common';\nconst audit = new Logger('Auth');\naudit.log(`token ${apiToken}`);", 'tokenInLog', 'apiToken'),
    reports('reports the static NestJS Logger', "import { Logger } from '@nestjs/common';\nLogger.warn(apiToken, 'Auth');", 'tokenInLog', 'apiToken'),
    reports('reports child logger bindings of pino', "import { pino } from 'pino';\nconst log = pino();\nconst child = log.child({ apiKey });", 'tokenInLog', 'apiKey'),
    reports('reports winston loggers from loggers.get', "import winston from 'winston';\nconst log = winston.loggers.get('sync');\nlog.error(`bad key ${apiKey}`);", 'tokenInLog', 'apiKey'),
    reports('reports loglevel named loggers', "import loglevel from 'loglevel';\nconst log = loglevel.getLogger('sync');\nlog.info(clientSecret);", 'tokenInLog', 'clientSecret'),
    reports('reports util.debuglog', "import util from 'node:util';\nconst trace = util.debuglog('sync');\ntrace('token %s', apiToken);", 'tokenInLog', 'apiToken'),
    reports('reports consola', "import { consola } from 'consola';\nconsola.info(`key ${apiKey}`);", 'tokenInLog', 'apiKey'),
    // loggers of unknown origin, by name
    reports('reports fastify.log', 'fastify.log.debug(`jwt ${jwt}`);', 'tokenInLog', 'jwt', { errors: [at('fastify.log.debug(`jwt ${jwt}`);', 'tokenInLog', 'jwt', 2)] }),
    {
      name: 'reports every argument that carries a token',
      code: "console.log('key', apiKey, 'secret', clientSecret);",
      errors: [at("console.log('key', apiKey, 'secret', clientSecret);", 'tokenInLog', 'apiKey'), at("console.log('key', apiKey, 'secret', clientSecret);", 'tokenInLog', 'clientSecret')],
    },
    reports('reports this.logger in a class', 'class Sync {\n  run() {\n    this.logger.log(`token ${this.apiToken}`);\n  }\n}', 'tokenInLog', 'this.apiToken'),
    reports('reports fastify request.log', "app.get('/', async (request) => {\n  request.log.info({ auth: request.headers.authorization });\n});", 'tokenInLog', 'request.headers.authorization'),
    reports('reports a logger parameter', 'function connect(logger, apiKey) {\n  logger.debug(`connecting with ${apiKey}`);\n}', 'tokenInLog', 'apiKey', { errors: [at('function connect(logger, apiKey) {\n  logger.debug(`connecting with ${apiKey}`);\n}', 'tokenInLog', 'apiKey', 2)] }),
    reports('reports util.format passed to a logger', "import { format } from 'node:util';\nlogger.info(format('token %s', apiToken));", 'tokenInLog', 'apiToken'),
    // error messages
    reports('reports new Error with a token', "throw new Error('Invalid token: ' + apiToken);", 'tokenInError', 'apiToken'),
    reports('reports Error called without new', 'throw Error(`bad key ${apiKey}`);', 'tokenInError', 'apiKey'),
    reports('reports a custom error class', 'throw new AuthError(`rejected ${process.env.OWN_API_TOKEN}`);', 'tokenInError', 'process.env.OWN_API_TOKEN'),
    reports('reports a thrown template string', 'throw `token ${apiToken} was rejected`;', 'tokenInError', 'apiToken'),
    reports('reports Promise.reject with a token', 'return Promise.reject(`token ${apiToken} was rejected`);', 'tokenInError', 'apiToken'),
    reports('reports an error built from a binding', "const message = 'Invalid token: ' + apiToken;\nthrow new TypeError(message);", 'tokenInError', 'message', { errors: [at("const message = 'Invalid token: ' + apiToken;\nthrow new TypeError(message);", 'tokenInError', 'message', 2)] }),
    reports('reports a rejection with an error carrying a token', 'return Promise.reject(new Error(`rejected: ${apiToken}`));', 'tokenInError', 'apiToken'),
    reports('reports http-errors', "import createError from 'http-errors';\nthrow createError(401, `bad token ${apiToken}`);", 'tokenInError', 'apiToken'),
    reports('reports a whole vault secret thrown into a custom exception', "const secret = await vault.getSecret('own');\nthrow new ConfigException({ secret });", 'tokenInError', 'secret', { errors: [at("const secret = await vault.getSecret('own');\nthrow new ConfigException({ secret });", 'tokenInError', 'secret', 2)] }),
    {
      name: 'reports a message that is both logged and thrown once, at its first sink',
      code: 'const message = `bad token ${apiToken}`;\nlogger.warn(message);\nthrow new Error(message);',
      errors: [at('const message = `bad token ${apiToken}`;\nlogger.warn(message);\nthrow new Error(message);', 'tokenInLog', 'message', 2)],
    },
    // plain files
    reports('reports fs.writeFileSync', "import fs from 'node:fs';\nfs.writeFileSync('token.txt', apiToken);", 'tokenInFile', 'apiToken'),
    reports('reports fs.writeFile with JSON', "const fs = require('fs');\nfs.writeFile(configPath, JSON.stringify({ token: apiToken }), done);", 'tokenInFile', 'apiToken'),
    reports('reports fs.appendFileSync', "import { appendFileSync } from 'fs';\nappendFileSync('audit.log', `${new Date()} ${authToken}\\n`);", 'tokenInFile', 'authToken'),
    reports('reports fs.appendFile', "import fs from 'fs';\nfs.appendFile('audit.log', authToken, done);", 'tokenInFile', 'authToken'),
    reports('reports fs/promises writeFile', "import { writeFile } from 'node:fs/promises';\nawait writeFile('.token', apiToken);", 'tokenInFile', 'apiToken'),
    reports('reports createWriteStream().write', "import fs from 'node:fs';\nconst out = fs.createWriteStream('audit.log');\nout.write(`token=${apiToken}\\n`);", 'tokenInFile', 'apiToken'),
    reports('reports fs-extra outputJson', "import fse from 'fs-extra';\nawait fse.outputJson('config.json', { apiKey });", 'tokenInFile', 'apiKey'),
    reports('reports Bun.write', "await Bun.write('token.txt', process.env.OWN_API_TOKEN);", 'tokenInFile', 'process.env.OWN_API_TOKEN'),
    // Application code: tokens kept on instances, objects and bindings, reaching a sink later.
    { name: 'a service class that logs the token it set in its constructor', code: SERVICE_CLASS, errors: [at(SERVICE_CLASS, 'tokenInLog', 'this.apiToken', 3)] },
    { name: 'a client class that names its key in an error', code: KEY_MEMBER_CLASS, errors: [at(KEY_MEMBER_CLASS, 'tokenInError', 'this.key', 4)] },
    { name: 'a NestJS service that logs a key it kept under another name', code: NEST_SERVICE, errors: [at(NEST_SERVICE, 'tokenInLog', 'this.sender', 2)] },
    { name: 'a job that logs the access token it fetched into a member', code: SESSION_FROM_GETTER, errors: [at(SESSION_FROM_GETTER, 'tokenInLog', 'this.session', 2)] },
    { name: 'a module that logs a key kept in an object', code: AUTH_OBJECT, errors: [at(AUTH_OBJECT, 'tokenInLog', 'auth.key')] },
    { name: 'a module that logs a key destructured from its settings', code: SETTINGS_MODULE, errors: [at(SETTINGS_MODULE, 'tokenInLog', 'ghKey', 2)] },
    { name: 'a script that logs a key destructured from process.env', code: ENV_DESTRUCTURED, errors: [at(ENV_DESTRUCTURED, 'tokenInLog', 'stripeKey', 2)] },
    { name: 'a function that logs a key destructured from its options', code: PARAMETER_DESTRUCTURED, errors: [at(PARAMETER_DESTRUCTURED, 'tokenInLog', 'key', 2)] },
    reports('a bot class that logs the token kept in a private field', 'class Bot {\n  #token;\n  constructor(token) {\n    this.#token = token;\n  }\n  start() {\n    console.log(`bot started with ${this.#token}`);\n  }\n}', 'tokenInLog', 'this.#token', { errors: [at('class Bot {\n  #token;\n  constructor(token) {\n    this.#token = token;\n  }\n  start() {\n    console.log(`bot started with ${this.#token}`);\n  }\n}', 'tokenInLog', 'this.#token', 2)] }),
    // Headers and request options logged whole.
    { name: 'a helper that logs headers after adding the Authorization header', code: HEADERS_BUILT, errors: [at(HEADERS_BUILT, 'tokenInLog', 'headers', 4)] },
    // Each read of the object sees only the writes before it.
    { name: 'a class method logging headers before and after adding the Authorization header', code: HEADERS_LOGGED_TWICE, errors: [at(HEADERS_LOGGED_TWICE, 'tokenInLog', 'headers', 4)] },
    { name: 'a script logging options before and after assigning a key into them', code: OPTIONS_ASSIGNED, errors: [at(OPTIONS_ASSIGNED, 'tokenInLog', 'options', 6)] },
    { name: 'a logging helper called before and after the caller adds the header', code: REQUEST_LOGGED_BY_HELPER, errors: [at(REQUEST_LOGGED_BY_HELPER, 'tokenInLog', 'apiToken', 2)] },
    {
      name: 'a class method logging headers at the end of a chain of copies, then the headers themselves',
      code: HEADERS_COPIED_THEN_LOGGED,
      errors: [at(HEADERS_COPIED_THEN_LOGGED, 'tokenInLog', 'headers', 5)],
    },
    {
      name: 'a script logging headers at the end of a chain of copies, then the headers themselves',
      code: HEADERS_COPIED_IN_A_SCRIPT,
      errors: [at(HEADERS_COPIED_IN_A_SCRIPT, 'tokenInLog', 'headers', 5)],
    },
    { name: 'an axios interceptor that logs the config it authorized', code: AXIOS_INTERCEPTOR, errors: [at(AXIOS_INTERCEPTOR, 'tokenInLog', 'config', 3)] },
    { name: 'request options with an API-key header logged', code: REQUEST_OPTIONS, errors: [at(REQUEST_OPTIONS, 'tokenInLog', 'requestOptions', 2)] },
    {
      name: 'a token handed through two helpers to the one that logs it, reported at the first call',
      code: `function trace(label, value) {
  console.log(label, value);
}
function traceAuth(value) {
  trace('auth', value);
}
export function login(session) {
  traceAuth(session.accessToken);
}`,
      errors: [{ messageId: 'tokenInLog', line: 8, column: 13 }],
    },
    { name: 'the headers of a config object logged', code: CONFIG_HEADERS, errors: [at(CONFIG_HEADERS, 'tokenInLog', 'config.headers')] },
    reports('a Headers object given the header logged', "const headers = new Headers();\nheaders.set('Authorization', `Bearer ${session.accessToken}`);\nconsole.log([...headers]);", 'tokenInLog', '[...headers]'),
    reports('an Authorization header built from any value', 'logger.debug({ headers: { Authorization: `Bearer ${session}` } });', 'tokenInLog', '`Bearer ${session}`'),
    // Whole credential results.
    { name: 'a script that logs a token endpoint response', code: TOKEN_ENDPOINT_SCRIPT, errors: [at(TOKEN_ENDPOINT_SCRIPT, 'tokenInLog', 'data', 2)] },
    { name: 'a helper that logs the JSON of a token endpoint', code: FETCH_TOKEN_HELPER, errors: [at(FETCH_TOKEN_HELPER, 'tokenInLog', 'json', 3)] },
    { name: 'the OAuth quickstart that writes the tokens to a file', code: OAUTH_QUICKSTART, errors: [at(OAUTH_QUICKSTART, 'tokenInFile', 'tokens', 3)] },
    { name: 'a service that logs the session of a sign-in', code: SIGN_IN_SERVICE, errors: [at(SIGN_IN_SERVICE, 'tokenInLog', 'session', 2)] },
    reports('the result of a token getter logged', 'const response = await msalInstance.acquireTokenSilent({ scopes, account });\nconsole.log(response);', 'tokenInLog', 'response', { errors: [at('const response = await msalInstance.acquireTokenSilent({ scopes, account });\nconsole.log(response);', 'tokenInLog', 'response', 2)] }),
    reports('the whole environment logged', 'console.log(process.env);', 'tokenInLog', 'process.env'),
    // Members that hold a credential's value.
    reports('the value of an access token object', 'const accessToken = await credential.getToken(scope);\nconsole.log(accessToken.value);', 'tokenInLog', 'accessToken.value'),
    reports('the raw value of this.token', 'class Client {\n  constructor(token) {\n    this.token = token;\n  }\n  debug() {\n    console.log(this.token.raw);\n  }\n}', 'tokenInLog', 'this.token.raw'),
    reports('the part of a split Authorization header', "const [, bearer] = req.headers.authorization.split(' ');\nconsole.log(bearer);", 'tokenInLog', 'bearer', { errors: [at("const [, bearer] = req.headers.authorization.split(' ');\nconsole.log(bearer);", 'tokenInLog', 'bearer', 2)] }),
    reports('a replace that only strips the scheme', "console.log('token', authHeader.replace(/^Bearer\\s+/i, ''));", 'tokenInLog', 'authHeader'),
    // Plain files.
    { name: 'credentials from a store written to a stream in a loop', code: STREAM_OF_CREDENTIALS, errors: [at(STREAM_OF_CREDENTIALS, 'tokenInFile', 'token', 4)] },
    reports('a token written to a stream made in the same expression', "import fs from 'node:fs';\nfs.createWriteStream('audit.log', { flags: 'a' }).write(`${Date.now()} ${apiToken}\\n`);", 'tokenInFile', 'apiToken'),
    reports('each key of a list appended to a file', "import fs from 'node:fs';\nconfig.apiKeys.forEach((k) => fs.appendFileSync('keys.txt', k + '\\n'));", 'tokenInFile', 'k', { errors: [at("import fs from 'node:fs';\nconfig.apiKeys.forEach((k) => fs.appendFileSync('keys.txt', k + '\\n'));", 'tokenInFile', 'k', 3)] }),
    // Handlers, hooks and helpers.
    { name: 'a Lambda handler that logs the Authorization header', code: LAMBDA_HANDLER, errors: [at(LAMBDA_HANDLER, 'tokenInLog', 'token', 2)] },
    { name: 'a Lambda handler that logs a secret read with the v2 SDK', code: LAMBDA_SECRETS_V2, errors: [at(LAMBDA_SECRETS_V2, 'tokenInLog', 'secret.SecretString')] },
    { name: 'a React hook that logs the token', code: REACT_HOOK, errors: [at(REACT_HOOK, 'tokenInLog', 'token', 2)] },
    { name: 'a logging helper called with a token', code: TRACE_HELPER, errors: [at(TRACE_HELPER, 'tokenInLog', 'process.env.OWN_API_TOKEN', 1)] },
    { name: 'a helper that logs the headers its caller authorized', code: LOG_REQUEST_HELPER, errors: [at(LOG_REQUEST_HELPER, 'tokenInLog', 'token', 2)] },
    { name: 'a class whose log method is called with its key', code: METHOD_WRAPPER, errors: [at(METHOD_WRAPPER, 'tokenInLog', 'this.key', 2)] },
    { name: 'what a local function returns logged', code: AUTH_HEADERS_FUNCTION, errors: [at(AUTH_HEADERS_FUNCTION, 'tokenInLog', 'process.env.OWN_API_TOKEN')] },
    // options
    reports('follows additionalSinks', 'audit.record(`key ${apiKey}`);', 'tokenInLog', 'apiKey', { options: [{ additionalSinks: ['audit.record'] }] }),
    reports('follows tokenNames', 'console.log(serviceTicket);', 'tokenInLog', 'serviceTicket', { options: [{ tokenNames: ['ticket'] }] }),
    {
      name: 'reports an id that tokenNames names a token',
      code: CORRELATION_ID_CLIENT.replaceAll('correlationId', 'sessionId'),
      options: [{ tokenNames: ['sessionId'] }],
      errors: [at(CORRELATION_ID_CLIENT.replaceAll('correlationId', 'sessionId'), 'tokenInLog', 'sessionId', 5)],
    },
    {
      name: 'reports a token part way down a chain of bindings after a read of the chain was cut short',
      code: LONG_CHAIN,
      errors: [at(LONG_CHAIN, 'tokenInLog', 'k3', 3)],
    },
    {
      name: 'follows a URL, which a token can be part of, to the token in its query',
      code: PING_URL,
      errors: [at(PING_URL, 'tokenInLog', 'requestUrl', 2)],
    },
  ],
});
