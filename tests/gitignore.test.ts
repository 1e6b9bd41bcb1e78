import { describe, expect, it } from 'vitest';
import { gitignoreToPatterns } from '../src/gitignore.js';

describe('gitignoreToPatterns', () => {
  it.each([
    ['dist', '**/dist'],
    ['dist/', '**/dist/'],
    ['/build', 'build'],
    ['/build/', 'build/'],
    ['docs/generated', 'docs/generated'],
    ['*.log', '**/*.log'],
    ['!keep.log', '!**/keep.log'],
    ['**/tmp', '**/tmp'],
    ['\\#notacomment', '**/#notacomment'],
  ])('turns "%s" into "%s"', (line, pattern) => {
    expect(gitignoreToPatterns(line)).toEqual([pattern]);
  });

  it('skips comments, blank lines and trailing spaces, and reads CRLF files', () => {
    expect(gitignoreToPatterns('# build output\r\n\r\nout   \r\n/coverage\r\n')).toEqual(['**/out', 'coverage']);
  });
});
