import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Memory a piece of code leaves reachable, for tests of what long-lived caches keep. The
 * collector is reached without starting the process with `--expose-gc`.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** How many more bytes the heap holds after `step` ran for each of `times` indexes and everything was collected. */
export function heapKeptBy(step: (index: number) => void, times = 16): number {
  collect();
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < times; index++) step(index);
  collect();
  collect();
  return process.memoryUsage().heapUsed - before;
}

/**
 * `text` as a parser hands it out: cut from a source of its own of about 2 MB (V8 keeps a
 * cut of 13 characters or more as a view of the string it was cut from).
 */
export function nameCutFromLargeSource(text: string): string {
  const source = `${'x'.repeat(2_000_000)} ${text} `;
  return source.slice(2_000_001, 2_000_001 + text.length);
}
