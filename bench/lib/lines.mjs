// Line counting and the rule for which corpus files count.

/** The extensions linted and counted: JavaScript and TypeScript, with JSX. */
export const SOURCE_EXTENSIONS = Object.freeze(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);

/** Files larger than this are left out of the corpus (generated bundles, data). */
export const MAX_FILE_BYTES = 1024 * 1024;

/** A file whose mean line is longer than this is minified even without `.min.` in its name. */
export const MAX_MEAN_LINE_LENGTH = 250;

/**
 * The number of lines in a text, as `wc -l` counts them plus a last line without a newline.
 * @param {string} text
 * @returns {number}
 */
export function countLines(text) {
  if (text.length === 0) return 0;
  let lines = 0;
  let index = text.indexOf('\n');
  while (index !== -1) {
    lines += 1;
    index = text.indexOf('\n', index + 1);
  }
  return text.endsWith('\n') ? lines : lines + 1;
}

/**
 * Why a path is left out of the corpus by its name alone, or `undefined` when it may count.
 * @param {string} path a path with forward slashes
 * @returns {string | undefined}
 */
export function excludedByName(path) {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'not source';
  const extension = base.slice(dot);
  if (!SOURCE_EXTENSIONS.includes(extension)) return 'not source';
  if (/\.d\.[cm]?ts$/u.test(base)) return 'declaration (.d.ts)';
  if (base.includes('.min.')) return 'minified (*.min.*)';
  return undefined;
}

/**
 * Why a source file is left out of the corpus by its size or shape, or `undefined`.
 * @param {number} bytes
 * @param {number} lines
 * @returns {string | undefined}
 */
export function excludedBySize(bytes, lines) {
  if (bytes > MAX_FILE_BYTES) return 'larger than 1 MB';
  if (lines === 0) return 'empty';
  if (bytes / lines > MAX_MEAN_LINE_LENGTH) return `minified-looking (mean line > ${MAX_MEAN_LINE_LENGTH} chars)`;
  return undefined;
}
