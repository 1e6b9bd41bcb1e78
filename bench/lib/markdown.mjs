// Markdown tables for the bench report.

/**
 * Escapes a cell so that it stays in its column: pipes and line breaks.
 * @param {string} cell
 * @returns {string}
 */
export function escapeCell(cell) {
  return cell.replaceAll('|', String.raw`\|`).replaceAll(/\r?\n/gu, ' ');
}

/**
 * A GitHub markdown table. Columns whose `align` is `'right'` are right-aligned.
 * @param {readonly string[]} headers
 * @param {readonly (readonly string[])[]} rows
 * @param {readonly ('left' | 'right')[]} [align]
 * @returns {string}
 */
export function markdownTable(headers, rows, align = []) {
  const line = (/** @type {readonly string[]} */ cells) => `| ${cells.map((cell) => escapeCell(cell)).join(' | ')} |`;
  const rule = headers.map((_, index) => (align[index] === 'right' ? '---:' : '---'));
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map((row) => line(row))].join('\n');
}
