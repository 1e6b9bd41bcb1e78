// Deterministic choice of the corpus files: a sorted list, a fair line budget per package.

/**
 * @typedef {object} CorpusEntry
 * @property {string} path path relative to the corpus folder, forward slashes
 * @property {number} lines
 * @property {number} bytes
 */

/**
 * The package a file belongs to: the name after its last `node_modules/` (with a scope).
 * @param {string} path
 * @returns {string}
 */
export function packageOf(path) {
  const marker = 'node_modules/';
  const at = path.lastIndexOf(marker);
  if (at === -1) return '.';
  const parts = path.slice(at + marker.length).split('/');
  const first = parts[0] ?? '';
  return first.startsWith('@') ? `${first}/${parts[1] ?? ''}` : first;
}

/**
 * The per-package line cap L such that the packages, each cut to L lines, add up to at
 * least `targetLines` (water filling); `Infinity` when the whole corpus is below the target.
 * @param {readonly number[]} packageLines total lines of each package
 * @param {number} targetLines
 * @returns {number}
 */
export function perPackageCap(packageLines, targetLines) {
  const total = packageLines.reduce((sum, lines) => sum + lines, 0);
  if (total <= targetLines) return Number.POSITIVE_INFINITY;
  let low = 0;
  let high = Math.max(...packageLines);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const filled = packageLines.reduce((sum, lines) => sum + Math.min(lines, middle), 0);
    if (filled >= targetLines) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Chooses the files to lint: entries sorted by path, grouped by package, each package
 * contributing its files in path order until it reaches the cap. The result is sorted.
 * By default a package's last file may cross the cap, so the total is at least the target;
 * `strict` skips a file that would cross it instead (a small subset stays small).
 * @param {readonly CorpusEntry[]} entries
 * @param {number} targetLines
 * @param {{ strict?: boolean }} [options]
 * @returns {{ files: CorpusEntry[], cap: number, lines: number, packages: Map<string, number> }}
 */
export function selectCorpus(entries, targetLines, options = {}) {
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  /** @type {Map<string, CorpusEntry[]>} */
  const byPackage = new Map();
  for (const entry of sorted) {
    const name = packageOf(entry.path);
    const list = byPackage.get(name) ?? [];
    list.push(entry);
    byPackage.set(name, list);
  }
  const totals = [...byPackage.values()].map((list) => list.reduce((sum, entry) => sum + entry.lines, 0));
  const cap = perPackageCap(totals, targetLines);
  /** @type {Set<CorpusEntry>} */
  const chosen = new Set();
  /** @type {Map<string, number>} */
  const packages = new Map();
  for (const [name, list] of byPackage) {
    let taken = 0;
    for (const entry of list) {
      if (taken >= cap) break;
      if (options.strict === true && taken + entry.lines > cap) continue;
      chosen.add(entry);
      taken += entry.lines;
    }
    if (taken > 0) packages.set(name, taken);
  }
  const files = sorted.filter((entry) => chosen.has(entry));
  return { files, cap, lines: files.reduce((sum, entry) => sum + entry.lines, 0), packages };
}
