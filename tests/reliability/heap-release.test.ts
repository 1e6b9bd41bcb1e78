/**
 * A linted file's syntax tree is garbage as soon as the next file is linted: one major
 * collection frees it. A rule whose optimized code reads the per-file rule context keeps
 * the previous file's tree alive for two more collections (V8 retains the hidden classes
 * used by optimized code, and each file's rule contexts have their own, whose prototype
 * holds the file's `SourceCode`). On a large file that doubles the heap the next file is
 * linted on. The file is large enough for the rules' hot paths to be optimized.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { mixedCalls } from '../../bench/lib/stress.mjs';
import { allConfig } from './lint.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Remembers, weakly, the syntax tree of each file it sees. */
function treeWatcher(): { plugin: Linter.Config['plugins']; lastTree: () => WeakRef<object> | undefined } {
  let last: WeakRef<object> | undefined;
  const plugin = {
    rules: {
      watch: {
        meta: { type: 'problem' as const, schema: [] },
        create: () => ({
          Program(node: object): void {
            last = new WeakRef(node);
          },
        }),
      },
    },
  };
  return { plugin: { heap: plugin }, lastTree: () => last };
}

const nextJob = (): Promise<void> =>
  new Promise((resolve) => {
    setImmediate(resolve);
  });

describe('heap release between files', () => {
  it('frees the previous file’s syntax tree in the first collection after the next file, with every rule on', async () => {
    const watcher = treeWatcher();
    const config: Linter.Config[] = [...allConfig(), { plugins: watcher.plugin, rules: { 'heap/watch': 'error' } }];
    const linter = new Linter();
    const large = mixedCalls(30_000);
    linter.verify(large, config, 'src/first.js');
    linter.verify(large, config, 'src/second.js');
    const second = watcher.lastTree();
    expect(second).toBeDefined();
    // A WeakRef keeps its target until the end of the job that made it.
    await nextJob();
    expect(linter.verify('export const x = 1;\n', config, 'src/third.js')).toEqual([]);
    await nextJob();
    collectGarbage();
    expect(second?.deref()).toBeUndefined();
  }, 120_000);
});
