// Reads the per-rule table that ESLint prints at exit when TIMING is set.

/**
 * Parses ESLint's TIMING table (`Rule | Time (ms) | Relative`) out of a process's stdout.
 * Lines that are not rows of the table are ignored.
 * @param {string} stdout
 * @returns {{ rule: string, ms: number }[]}
 */
export function parseTimingTable(stdout) {
  /** @type {{ rule: string, ms: number }[]} */
  const rows = [];
  let inTable = false;
  for (const raw of stdout.split('\n')) {
    const cells = raw.split('|').map((cell) => cell.trim());
    if (cells.length !== 3) {
      inTable = false;
      continue;
    }
    const [rule = '', time = '', relative = ''] = cells;
    if (rule === 'Rule' && time.startsWith('Time')) {
      inTable = true;
      continue;
    }
    if (!inTable || rule.startsWith(':-') || !relative.endsWith('%')) continue;
    const ms = Number(time.replaceAll(',', ''));
    if (Number.isFinite(ms)) rows.push({ rule, ms });
  }
  return rows;
}
