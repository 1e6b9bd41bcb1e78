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

ruleTester.run('no-unmasked-token', rule, {
  valid: [
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
    reports('reports a token that flows through a binding', 'const header = `Bearer ${apiToken}`;\nconsole.log(header);', 'tokenInLog', 'apiToken'),
    reports('reports a token that flows through util.format', "import util from 'node:util';\nconst line = util.format('auth %s', apiToken);\nconsole.log(line);", 'tokenInLog', 'apiToken'),
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
    reports('reports an error built from a binding', "const message = 'Invalid token: ' + apiToken;\nthrow new TypeError(message);", 'tokenInError', 'apiToken'),
    reports('reports a rejection with an error carrying a token', 'return Promise.reject(new Error(`rejected: ${apiToken}`));', 'tokenInError', 'apiToken'),
    reports('reports http-errors', "import createError from 'http-errors';\nthrow createError(401, `bad token ${apiToken}`);", 'tokenInError', 'apiToken'),
    reports('reports a whole vault secret thrown into a custom exception', "const secret = await vault.getSecret('own');\nthrow new ConfigException({ secret });", 'tokenInError', 'secret', { errors: [at("const secret = await vault.getSecret('own');\nthrow new ConfigException({ secret });", 'tokenInError', 'secret', 2)] }),
    {
      name: 'reports a message that is both logged and thrown once, at its first sink',
      code: 'const message = `bad token ${apiToken}`;\nlogger.warn(message);\nthrow new Error(message);',
      errors: [at('const message = `bad token ${apiToken}`;\nlogger.warn(message);\nthrow new Error(message);', 'tokenInLog', 'apiToken')],
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
    // options
    reports('follows additionalSinks', 'audit.record(`key ${apiKey}`);', 'tokenInLog', 'apiKey', { options: [{ additionalSinks: ['audit.record'] }] }),
    reports('follows tokenNames', 'console.log(serviceTicket);', 'tokenInLog', 'serviceTicket', { options: [{ tokenNames: ['ticket'] }] }),
  ],
});
