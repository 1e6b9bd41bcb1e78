import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOCK_TICKS_PER_SECOND, parseTaskStat, readThreadCpu, splitThreadCpu } from '../../bench/lib/threads.mjs';

/** A stat line as Linux writes it, with the given name and utime/stime in clock ticks. */
function statLine(id: number, name: string, user: number, system: number): string {
  // Fields 3 to 13 (state, ppid, pgrp, session, tty, tpgid, flags, four fault counts), then utime and stime, then more.
  return `${id} (${name}) S 1 ${id} ${id} 0 -1 4194560 2210 0 0 0 ${user} ${system} 0 0 20 0 9 0 1234 1195560960 48000\n`;
}

describe('parseTaskStat', () => {
  it('reads the name and adds user and system time, in milliseconds', () => {
    expect(parseTaskStat(statLine(4242, 'node', 1520, 35))).toEqual({ name: 'node', cpuMs: ((1520 + 35) * 1000) / CLOCK_TICKS_PER_SECOND });
  });

  it('counts the fields from the last parenthesis, so a name with spaces and parentheses does not shift them', () => {
    expect(parseTaskStat(statLine(7, 'V8 Worker (3) ) x', 12, 3))).toEqual({ name: 'V8 Worker (3) ) x', cpuMs: 150 });
  });

  it('gives nothing for text of another shape', () => {
    expect(parseTaskStat('')).toBeUndefined();
    expect(parseTaskStat('4242 node S 1 2 3')).toBeUndefined();
    expect(parseTaskStat('4242 (node) S 1')).toBeUndefined();
    expect(parseTaskStat(statLine(1, 'node', -5, 0))).toBeUndefined();
  });
});

describe('readThreadCpu', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  it('reads every thread of a task folder, and skips a thread whose stat is gone or unreadable', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'threads-'));
    for (const [id, user, system] of [
      [100, 900, 100],
      [101, 40, 2],
    ] as const) {
      mkdirSync(path.join(folder, String(id)));
      writeFileSync(path.join(folder, String(id), 'stat'), statLine(id, 'node', user, system));
    }
    mkdirSync(path.join(folder, '102'));
    mkdirSync(path.join(folder, '103'));
    writeFileSync(path.join(folder, '103', 'stat'), 'garbage');
    expect(readThreadCpu(folder)).toEqual(
      new Map([
        ['100', 10_000],
        ['101', 420],
      ]),
    );
  });

  it('gives nothing where the folder does not exist', () => {
    expect(readThreadCpu(path.join(tmpdir(), 'no-such-task-folder-for-the-bench'))).toBeUndefined();
  });

  it.runIf(process.platform === 'linux')('finds this process’s main thread on Linux, under the process id', () => {
    const threads = readThreadCpu();
    expect(threads?.has(String(process.pid))).toBe(true);
  });
});

describe('splitThreadCpu', () => {
  it('gives the main thread its own time and the other threads theirs, together', () => {
    const before = new Map([
      ['100', 1_000],
      ['101', 200],
      ['102', 50],
    ]);
    const after = new Map([
      ['100', 9_000],
      ['101', 1_200],
      ['102', 50],
    ]);
    expect(splitThreadCpu(before, after, '100')).toEqual({ mainMs: 8_000, otherMs: 1_000 });
  });

  it('counts a thread started in between from zero, and loses the time of one that ended', () => {
    const before = new Map([
      ['100', 0],
      ['101', 300],
    ]);
    const after = new Map([
      ['100', 500],
      ['105', 70],
    ]);
    expect(splitThreadCpu(before, after, '100')).toEqual({ mainMs: 500, otherMs: 70 });
  });

  it('gives nothing without both readings of the main thread', () => {
    const reading = new Map([['100', 10]]);
    expect(splitThreadCpu(undefined, reading, '100')).toBeUndefined();
    expect(splitThreadCpu(reading, undefined, '100')).toBeUndefined();
    expect(splitThreadCpu(reading, new Map([['101', 10]]), '100')).toBeUndefined();
  });
});
