/**
 * Never echo a secret. How "every finding of every rule" is covered: importing the RuleTester
 * cases of tests/rules/*.test.ts is not practical (they run as they load), so this file builds
 * its own corpus instead: every catalog token (tests/helpers/tokens.ts `fakeToken`) and a few
 * generic high-entropy values, each placed in every position some rule looks at (plain literal,
 * token-ish name, template, Authorization header, URL query, console and logger calls, Error
 * message, file paths and writes, decipher keys, a comment), plus the triggering snippet of every
 * rule (rule-triggers.ts). Each program is linted with `plugin.configs.all`, with default options
 * and with every boolean option on; no message or suggestion description may contain 7
 * consecutive characters of the random part of a secret (leak-check.ts). The fuzz test applies
 * the same check to its generated programs.
 *
 * The `token-hygiene` command's SARIF output is checked too: no file contents, no snippets, no
 * secret, even when the SARIF formatter is told (by its environment variable) to embed files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { findLeaks, SecretIndex } from './leak-check.js';
import { allConfig, allOptionsOnConfig, linter10 } from './lint.js';
import { SECRET_POOL } from './program-arbitrary.js';
import { createTempProject } from './project.js';
import { RULE_TRIGGERS, TRIGGER_SECRETS, triggerCode } from './rule-triggers.js';

function quoted(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
}

function template(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
}

/** One program with `secret` in every position a rule of the plugin looks at. */
function corpusProgram(secret: string): string {
  const q = quoted(secret);
  const t = template(secret);
  return `import { readFileSync, writeFileSync } from 'node:fs';
import { createDecipheriv, createHmac } from 'node:crypto';
import axios from 'axios';
const logger = console;
export const value = ${q};
export const apiToken = ${q};
export const greeting = \`token: ${t}\`;
export const fallback = process.env.API_TOKEN ?? ${q};
// a token pasted into a comment: ${secret.replaceAll('\n', ' ')}
export async function run(iv: Buffer, data: Buffer, page: number): Promise<unknown> {
  await fetch('https://api.acme.io/v1/items', { headers: { Authorization: \`Bearer ${t}\`, 'X-Api-Key': ${q} } });
  await fetch('https://api.acme.io/v1/items?page=1&access_token=' + encodeURIComponent(${q}));
  await fetch(\`https://api.acme.io/v1/items?page=\${String(page)}&api_key=\${apiToken}\`);
  await axios.get('https://api.acme.io/v1/items', { params: { token: apiToken } });
  const url = new URL('https://api.acme.io/v1/items');
  url.searchParams.set('access_token', ${q});
  console.log('using token', ${q});
  console.info(\`calling with \${apiToken}\`);
  logger.error('token is', apiToken);
  writeFileSync('./token.txt', apiToken);
  const key = readFileSync('./secrets/api-token.txt', 'utf8') + readFileSync('./keys/token.key', 'utf8');
  const decipher = createDecipheriv('aes-256-gcm', ${q}, iv);
  const withKey = createDecipheriv('aes-256-gcm', Buffer.from(apiToken, 'hex'), iv);
  const mac = createHmac('sha256', ${q}).update(data).digest('hex');
  if (key === '') throw new Error('bad token ' + apiToken);
  throw new Error(\`request failed with \${${q}}\`, { cause: [decipher, withKey, mac] });
}
`;
}

const triggerIndex = new SecretIndex();
for (const secret of TRIGGER_SECRETS) triggerIndex.add(secret);

describe('no finding echoes a secret', () => {
  const secrets = [...SECRET_POOL.tokens.entries(), ...SECRET_POOL.generic.map((value, i) => [`generic-${String(i)}`, value] as const)];
  const firedRules = new Set<string>();

  it.each(secrets)('keeps %s out of every message and suggestion', (_id, secret) => {
    const code = corpusProgram(secret);
    let total = 0;
    for (const config of [allConfig(), allOptionsOnConfig()]) {
      const messages: Linter.LintMessage[] = linter10.verify(code, config, { filename: 'corpus.ts' });
      expect(messages.filter((m) => m.fatal === true).map((m) => m.message)).toEqual([]);
      expect(findLeaks(messages, SECRET_POOL.index)).toEqual([]);
      for (const message of messages) if (message.ruleId !== null) firedRules.add(message.ruleId);
      total += messages.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  it.each(Object.keys(RULE_TRIGGERS))('keeps the value of the %s snippet out of its messages', (name) => {
    const trigger = RULE_TRIGGERS[name];
    if (trigger === undefined) throw new Error(name);
    const messages = linter10.verify(triggerCode(trigger).code, allOptionsOnConfig(), { filename: trigger.filename ?? 'snippet.ts' });
    expect(findLeaks(messages, triggerIndex)).toEqual([]);
  });

  // The message of no-plaintext-token-file quotes the file name: tokens in it are masked.
  it.each(secrets)('keeps %s out of the messages about a file path built from it', (_id, secret) => {
    const code = `import { readFileSync } from 'node:fs';\nexport const key = readFileSync('./secrets/' + ${quoted(secret)} + '.txt', 'utf8');\n`;
    const messages = linter10.verify(code, allOptionsOnConfig(), { filename: 'paths.ts' });
    expect(findLeaks(messages, SECRET_POOL.index)).toEqual([]);
  });

  // Descriptions of members quote their key: tokens in a computed key are masked.
  it.each(secrets)('keeps %s out of the messages about a member keyed by it', (_id, secret) => {
    const code = `export function audit(store: Record<string, string>): void {\n  console.log(store[${quoted(secret)}]);\n}\n`;
    const messages = linter10.verify(code, allOptionsOnConfig(), { filename: 'members.ts' });
    expect(findLeaks(messages, SECRET_POOL.index)).toEqual([]);
  });

  // Data files: the same secrets as JSON values and keys, and as values of every key=value dialect.
  const dataFiles = (secret: string): [string, string][] => {
    const oneLine = secret.replaceAll(/[\r\n]+/gu, ' ');
    return [
      ['config/settings.json', JSON.stringify({ value: secret, apiToken: secret, [secret]: true, headers: { Authorization: `Bearer ${secret}` } })],
      ['.env', `VALUE=${oneLine}\nAPI_TOKEN="${oneLine}"\nexport SECRET='${oneLine}'\n${oneLine}=1\n`],
      ['.env.example', `API_TOKEN=${oneLine}\n`],
      ['.npmrc', `//registry.npmjs.org/:_authToken=${oneLine}\n`],
      ['.pypirc', `[pypi]\npassword = ${oneLine}\n`],
      ['.netrc', `machine h login u password ${oneLine.replaceAll(' ', '')}\n`],
      ['app.properties', `api.token=${oneLine}\n`],
      ['api-token.txt', `${oneLine}\n`],
    ];
  };

  it.each(secrets)('keeps %s out of the messages about JSON and credential files', (_id, secret) => {
    let total = 0;
    for (const [filename, text] of dataFiles(secret)) {
      const messages = linter10.verify(text, allOptionsOnConfig(), { filename });
      expect(messages.filter((m) => m.fatal === true).map((m) => m.message)).toEqual([]);
      expect(findLeaks(messages, SECRET_POOL.index)).toEqual([]);
      for (const message of messages) if (message.ruleId !== null) firedRules.add(message.ruleId);
      total += messages.length;
    }
    expect(total).toBeGreaterThan(0);
  });

  afterAll(() => {
    console.info(`rules that fired on the leak corpus: ${[...firedRules].sort().join(', ')}`);
  });
});

describe('the SARIF report of the token-hygiene command', () => {
  const project = createTempProject('sarif');
  afterAll(() => {
    project.remove();
  });

  async function sarifReport(outputName: string): Promise<string> {
    const output = path.join(project.dir, outputName);
    let stderr = '';
    const code = await runCli(['src', '--config', 'all', '--format', '@microsoft/sarif', '--output-file', output], {
      cwd: project.dir,
      stdout: () => undefined,
      stderr: (text) => (stderr += text),
    });
    expect(stderr).toBe('');
    expect(code).toBe(1);
    return readFileSync(output, 'utf8');
  }

  function expectNoSourceNorSecret(report: string): void {
    const sarif = JSON.parse(report) as { runs: { artifacts?: { contents?: unknown; location?: { uri?: string } }[]; results: unknown[] }[] };
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    // Only the URIs are shown on failure: the contents would put the secrets into the test log.
    const embedded = sarif.runs
      .flatMap((run) => run.artifacts ?? [])
      .filter((artifact) => artifact.contents !== undefined)
      .map((artifact) => artifact.location?.uri);
    expect(embedded, 'artifacts with embedded file contents').toEqual([]);
    expect(report.includes('"snippet"'), 'a snippet in the report').toBe(false);
    expect(report.includes('"contents"'), 'file contents in the report').toBe(false);
    expect(report.includes('export const githubToken'), 'source text in the report').toBe(false);
    expect(project.secrets.leaksIn(report)).toEqual([]);
  }

  it('embeds no file contents, no snippet and no secret', async () => {
    expectNoSourceNorSecret(await sarifReport('report.sarif'));
  });

  it('embeds no file contents even when SARIF_ESLINT_EMBED=true is set in the environment', async () => {
    const saved = process.env.SARIF_ESLINT_EMBED;
    process.env.SARIF_ESLINT_EMBED = 'true';
    try {
      expectNoSourceNorSecret(await sarifReport('embedded.sarif'));
    } finally {
      if (saved === undefined) delete process.env.SARIF_ESLINT_EMBED;
      else process.env.SARIF_ESLINT_EMBED = saved;
    }
  });
});
