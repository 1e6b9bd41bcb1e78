// Run by heap-release.test.ts in a fresh process with a plain heap and compiler (no incremental
// marking, so a collection never ends one that started while the tree was still in use; no
// concurrent optimization, whose pending jobs hold the functions they compile):
//   node --expose-gc --no-incremental-marking --no-concurrent-recompilation heap-release-child.mjs <entry URL> <js|ts>
// Lints a large file twice with every rule on, then a small one, collects once, and prints
// whether the second large file's syntax tree is gone.
import { setImmediate as nextJob } from 'node:timers/promises';
import { Linter } from 'eslint';
import { mixedCalls } from '../../bench/lib/stress.mjs';

const [entry, extension = 'js'] = process.argv.slice(2);
if (entry === undefined || typeof globalThis.gc !== 'function') throw new Error('usage: node --expose-gc heap-release-child.mjs <plugin entry URL> <js|ts>');
const collectGarbage = globalThis.gc;
/** @type {any} */
const plugin = (await import(entry)).default;

/** @type {WeakRef<object> | undefined} */
let lastTree;
const watcher = {
  rules: {
    watch: {
      meta: { type: /** @type {const} */ ('problem'), schema: [] },
      create: () => ({
        /** @param {object} node */
        Program(node) {
          lastTree = new WeakRef(node);
        },
      }),
    },
  },
};
/** @type {import('eslint').Linter.Config[]} */
const config = [...plugin.configs.all, ...plugin.configs['data-files'], { plugins: { heap: watcher }, rules: { 'heap/watch': 'error' } }];
const linter = new Linter();
const large = mixedCalls(30_000);
linter.verify(large, config, `src/first.${extension}`);
linter.verify(large, config, `src/second.${extension}`);
const second = lastTree;
// A WeakRef keeps its target until the end of the job that made it.
await nextJob();
const third = linter.verify('export const x = 1;\n', config, `src/third.${extension}`);
await nextJob();
collectGarbage();
process.stdout.write(JSON.stringify({ watched: second !== undefined, thirdMessages: third.length, freed: second?.deref() === undefined }));
