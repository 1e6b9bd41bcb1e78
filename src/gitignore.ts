/**
 * Turns the lines of a `.gitignore` file into flat-config `ignores` patterns, so the
 * `token-hygiene` command skips what the repository ignores (build output, vendored
 * code) the way `includeIgnoreFile` does for an ESLint config.
 */
export function gitignoreToPatterns(text: string): string[] {
  const patterns: string[] = [];
  for (const rawLine of text.split(/\r?\n/u)) {
    const pattern = convertLine(rawLine);
    if (pattern !== undefined) patterns.push(pattern);
  }
  return patterns;
}

function convertLine(rawLine: string): string | undefined {
  let line = rawLine.replace(/^\uFEFF/u, '');
  // Trailing spaces are ignored unless escaped.
  line = line.endsWith('\\ ') ? line : line.trimEnd();
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  } else if (line.startsWith('\\!') || line.startsWith('\\#')) {
    line = line.slice(1);
  }
  const directoryOnly = line.endsWith('/');
  const body = directoryOnly ? line.slice(0, -1) : line;
  if (body === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the .gitignore folder;
  // otherwise it matches at any depth.
  const anchored = body.includes('/');
  const relative = body.startsWith('/') ? body.slice(1) : body;
  const glob = `${anchored || relative.startsWith('**') ? '' : '**/'}${relative}${directoryOnly ? '/' : ''}`;
  return negated ? `!${glob}` : glob;
}
