import { describe, expect, it } from 'vitest';
import { escapeCell, markdownTable } from '../../bench/lib/markdown.mjs';

describe('markdownTable', () => {
  it('writes a header, an alignment row and one row per result', () => {
    expect(markdownTable(['configuration', 'wall / floor'], [['floor', '1.00x'], ['recommended', '1.04x']], ['left', 'right'])).toBe(
      [
        '| configuration | wall / floor |',
        '| --- | ---: |',
        '| floor | 1.00x |',
        '| recommended | 1.04x |',
      ].join('\n'),
    );
  });

  it('keeps a message with a pipe or a line break in its cell', () => {
    expect(escapeCell('a | b\nc')).toBe(String.raw`a \| b c`);
  });
});
