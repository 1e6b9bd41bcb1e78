/**
 * A linted file's syntax tree is garbage as soon as the next file is linted: one major
 * collection frees it. A rule whose optimized code reads the per-file rule context keeps
 * the previous file's tree alive for two more collections (V8 retains the hidden classes
 * used by optimized code, and each file's rule contexts have their own, whose prototype
 * holds the file's `SourceCode`). On a large file that doubles the heap the next file is
 * linted on. The file is large enough for the rules' hot paths to be optimized.
 *
 * It runs in a fresh process with fixed V8 flags, on the built plugin: with incremental
 * marking a collection can finish one that began while the tree was in use, and a pending
 * concurrent optimization holds the function it compiles (a rule's closure, and through it
 * the file's `SourceCode`); either keeps the tree for one collection whatever the plugin does.
 * With these flags the test fails on the code that read the rule context (5 runs out of 5)
 * and passes on the current code.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const child = path.join(import.meta.dirname, 'heap-release-child.mjs');
const entry = pathToFileURL(path.join(root, 'dist', 'index.js')).href;

describe('heap release between files', () => {
  // JavaScript files parsed by espree (the configs set no parser for them), TypeScript by @typescript-eslint/parser.
  it.each(['js', 'ts'])('frees the previous .%s file’s syntax tree in the first collection after the next file, with every rule on', (extension) => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--no-incremental-marking', '--no-concurrent-recompilation', child, entry, extension], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ watched: true, thirdMessages: 0, freed: true });
  }, 120_000);
});
