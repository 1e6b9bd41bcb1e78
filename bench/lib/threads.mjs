// CPU time per thread of a child, read from Linux's /proc: how much of a configuration's CPU
// time its main thread spent (parsing, ESLint's traversal, the rules) and how much V8's helper
// threads spent beside it (optimizing compilation, the concurrent and parallel parts of garbage
// collection; also file reads on libuv's pool). Elsewhere there is no such split: `undefined`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The unit of a stat file's CPU fields. Linux reports them in clock ticks of `USER_HZ`, which
 * its user-space interface fixes at 100 per second whatever the kernel's own tick rate.
 */
export const CLOCK_TICKS_PER_SECOND = 100;

/**
 * A thread's name and CPU time (user + system) from the text of its `/proc/<pid>/task/<tid>/stat`.
 * The name sits in parentheses and may itself hold spaces and parentheses, so the fields are
 * counted from the last closing parenthesis: state is field 3, utime field 14, stime field 15.
 * @param {string} text
 * @returns {{ name: string, cpuMs: number } | undefined} undefined for text of another shape
 */
export function parseTaskStat(text) {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const fields = text.slice(close + 2).trim().split(' ');
  // fields[0] is the state (field 3), so utime (field 14) is fields[11] and stime fields[12].
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isInteger(user) || !Number.isInteger(system) || user < 0 || system < 0) return undefined;
  return { name: text.slice(open + 1, close), cpuMs: ((user + system) * 1000) / CLOCK_TICKS_PER_SECOND };
}

/**
 * CPU milliseconds of each thread of this process now, by thread id.
 * @param {string} [taskDir] the process's task folder
 * @returns {Map<string, number> | undefined} undefined where the folder cannot be read (not Linux)
 */
export function readThreadCpu(taskDir = '/proc/self/task') {
  let ids;
  try {
    ids = readdirSync(taskDir);
  } catch {
    return undefined;
  }
  const cpu = new Map();
  for (const id of ids) {
    let text;
    try {
      text = readFileSync(path.join(taskDir, id, 'stat'), 'utf8');
    } catch {
      // The thread ended between the listing and the read.
      continue;
    }
    const parsed = parseTaskStat(text);
    if (parsed !== undefined) cpu.set(id, parsed.cpuMs);
  }
  return cpu;
}

/**
 * The CPU time each side spent between two readings: the main thread (its id is the process
 * id) and all other threads together. A thread started in between counts from zero; a thread
 * that ended in between is missing from the second reading and its time is lost (V8's helper
 * threads live as long as the process).
 * @param {ReadonlyMap<string, number> | undefined} before
 * @param {ReadonlyMap<string, number> | undefined} after
 * @param {string} mainId
 * @returns {{ mainMs: number, otherMs: number } | undefined} undefined without both readings of the main thread
 */
export function splitThreadCpu(before, after, mainId) {
  const mainBefore = before?.get(mainId);
  const mainAfter = after?.get(mainId);
  if (before === undefined || after === undefined || mainBefore === undefined || mainAfter === undefined) return undefined;
  let otherMs = 0;
  for (const [id, ms] of after) {
    if (id !== mainId) otherMs += ms - (before.get(id) ?? 0);
  }
  return { mainMs: mainAfter - mainBefore, otherMs };
}
