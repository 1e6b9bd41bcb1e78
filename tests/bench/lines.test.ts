import { describe, expect, it } from 'vitest';
import { countLines, excludedByName, excludedBySize, MAX_FILE_BYTES } from '../../bench/lib/lines.mjs';

describe('countLines', () => {
  it('counts newline-terminated lines like wc -l', () => {
    expect(countLines('const a = 1;\nconst b = 2;\n')).toBe(2);
  });

  it('counts a last line without a newline', () => {
    expect(countLines('const a = 1;\nexport default a;')).toBe(2);
  });

  it('counts CRLF files once per line and an empty file as none', () => {
    expect(countLines('a\r\nb\r\n')).toBe(2);
    expect(countLines('')).toBe(0);
  });
});

describe('which corpus files count', () => {
  it.each(['lib/index.js', 'dist/client.mjs', 'cjs/index.cjs', 'src/app.tsx', 'src/server.ts', 'x.mts', 'x.cts', 'x.jsx'])(
    'counts the source file %s',
    (file) => {
      expect(excludedByName(`node_modules/pkg/${file}`)).toBeUndefined();
    },
  );

  it('leaves out declaration files, minified files and non-source files', () => {
    expect(excludedByName('node_modules/openai/index.d.ts')).toBe('declaration (.d.ts)');
    expect(excludedByName('node_modules/openai/index.d.mts')).toBe('declaration (.d.ts)');
    expect(excludedByName('node_modules/axios/dist/axios.min.js')).toBe('minified (*.min.*)');
    expect(excludedByName('node_modules/axios/dist/axios.js.map')).toBe('not source');
    expect(excludedByName('node_modules/axios/LICENSE')).toBe('not source');
  });

  it('leaves out files over 1 MB and minified-looking files by their shape', () => {
    expect(excludedBySize(MAX_FILE_BYTES + 1, 30_000)).toBe('larger than 1 MB');
    expect(excludedBySize(300_000, 3)).toMatch(/^minified-looking/u);
    expect(excludedBySize(40_000, 1_000)).toBeUndefined();
    expect(excludedBySize(0, 0)).toBe('empty');
  });
});
