import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgress, isCi } from '../../src/cli/progress.js';

const CLEAR = '\r\u001B[K';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function capture(isTTY: boolean, env: Record<string, string> = {}) {
  const writes: string[] = [];
  const progress = createProgress({ write: (text) => writes.push(text), isTTY, env, delayMs: 1000 });
  return { progress, writes };
}

describe('createProgress', () => {
  it('stays silent for a run shorter than the delay', () => {
    const { progress, writes } = capture(true);
    progress.setTotal(10);
    progress.start();
    progress.fileStarted();
    vi.advanceTimersByTime(900);
    progress.stop();
    expect(writes).toEqual([]);
  });

  it('draws files done out of the total after the delay, redraws, and clears the line at the end', () => {
    const { progress, writes } = capture(true);
    progress.setTotal(3);
    progress.start();
    progress.fileStarted();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([`${CLEAR}token-hygiene: | scanning, 1/3 files`]);
    progress.fileStarted();
    vi.advanceTimersByTime(100);
    expect(writes.at(-1)).toBe(`${CLEAR}token-hygiene: / scanning, 2/3 files`);
    progress.stop();
    expect(writes.at(-1)).toBe(CLEAR);
    const count = writes.length;
    vi.advanceTimersByTime(1000);
    expect(writes.length).toBe(count);
  });

  it('counts without a total when the files are not known in advance', () => {
    const { progress, writes } = capture(true);
    progress.setTotal(undefined);
    progress.start();
    for (let i = 0; i < 12; i++) progress.fileStarted();
    vi.advanceTimersByTime(1000);
    expect(writes).toEqual([`${CLEAR}token-hygiene: | scanning, 12 files`]);
  });

  it.each([
    ['stderr is not a terminal', false, {}],
    ['CI is set', true, { CI: 'true' }],
  ])('draws nothing when %s', (_case, isTTY, env) => {
    const { progress, writes } = capture(isTTY, env);
    expect(progress.enabled).toBe(false);
    progress.start();
    vi.advanceTimersByTime(5000);
    progress.stop();
    expect(writes).toEqual([]);
  });
});

describe('isCi', () => {
  it.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: 'false' }, false],
    [{ CI: '0' }, false],
    [{ CI: '' }, false],
    [{}, false],
  ])('reads %j as %s', (env, expected) => {
    expect(isCi(env)).toBe(expected);
  });
});
