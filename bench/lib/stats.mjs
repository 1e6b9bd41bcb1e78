// Small statistics for the bench: medians of rounds and ratios to the floor.

/**
 * The median of a list of numbers (the mean of the two middle values for an even count).
 * @param {readonly number[]} values
 * @returns {number} `NaN` for an empty list
 */
export function median(values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? Number.NaN;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[middle - 1] ?? Number.NaN) + upper) / 2;
}

/**
 * `value / base`, or `NaN` when the base is missing or zero.
 * @param {number | undefined} value
 * @param {number | undefined} base
 * @returns {number}
 */
export function ratio(value, base) {
  if (value === undefined || base === undefined || base === 0) return Number.NaN;
  return value / base;
}

/**
 * Findings per 100,000 lines.
 * @param {number} findings
 * @param {number} lines
 * @returns {number}
 */
export function per100kLines(findings, lines) {
  return lines === 0 ? Number.NaN : (findings * 100_000) / lines;
}

/**
 * A number rounded for a table: `n/a` for `NaN`, `digits` decimals otherwise.
 * @param {number} value
 * @param {number} [digits]
 * @returns {string}
 */
export function formatNumber(value, digits = 2) {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toFixed(digits);
}

/**
 * A ratio for a table, with an `x`: `1.07x`.
 * @param {number} value
 * @returns {string}
 */
export function formatRatio(value) {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a';
}

/**
 * An integer with thousands separators: `512,345`.
 * @param {number} value
 * @returns {string}
 */
export function formatCount(value) {
  return Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a';
}
