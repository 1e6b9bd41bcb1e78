import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../src/cli.js';

// `npm run demo` lints examples/ with the command: each poor practice of the example app
// is reported once, by its rule, and none of the good practices beside them.
const root = path.resolve(import.meta.dirname, '..');

interface JsonResult {
  readonly filePath: string;
  readonly messages: readonly { readonly ruleId: string | null; readonly line: number; readonly message: string }[];
}

describe('the example app', () => {
  it('reports each poor practice by its rule (the bundled key by both P2 and P3), in code and in the committed .env', async () => {
    let stdout = '';
    const code = await runCli(['examples', '--format', 'json'], {
      cwd: root,
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
    });
    expect(code).toBe(EXIT.findings);
    const results = JSON.parse(stdout) as JsonResult[];
    const found = results
      .flatMap((result) => result.messages.map((message) => `${path.relative(root, result.filePath)} ${message.ruleId ?? 'fatal'}`))
      .sort();
    expect(found).toEqual([
      'examples/.env token-hygiene/no-plaintext-token-in-file',
      'examples/src/audit-log.js token-hygiene/no-unmasked-token',
      'examples/src/encrypted-config.ts token-hygiene/no-exposed-decryption-key',
      // The key written in the code is a hard-coded secret too: both rules read one table of
      // the places a secret goes, so turning either off still reports it.
      'examples/src/encrypted-config.ts token-hygiene/no-hardcoded-token',
      'examples/src/settings.js token-hygiene/no-hardcoded-token',
      'examples/src/sync-client.js token-hygiene/no-token-in-url',
      'examples/src/token-store.js token-hygiene/no-plaintext-token-file',
    ]);
    // The template beside it is linted, and clean.
    expect(results.map((result) => path.relative(root, result.filePath))).toContain('examples/.env.example');
    // Messages show the token masked only.
    expect(stdout).not.toContain('3zX3ZbYSDMMXg037v588w6FUV5Ioj4vwWcuML1kO');
  });
});
