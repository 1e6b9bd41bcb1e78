import { describe, expect, it } from 'vitest';
import { packageOf, perPackageCap, selectCorpus, type CorpusEntry } from '../../bench/lib/corpus-select.mjs';

const entry = (path: string, lines: number): CorpusEntry => ({ path, lines, bytes: lines * 40 });

describe('packageOf', () => {
  it('names plain, scoped and nested packages by their last node_modules', () => {
    expect(packageOf('node_modules/axios/lib/core/Axios.js')).toBe('axios');
    expect(packageOf('node_modules/@azure/identity/dist/index.js')).toBe('@azure/identity');
    expect(packageOf('node_modules/@azure/identity/node_modules/@azure/msal-node/lib/index.cjs')).toBe('@azure/msal-node');
  });
});

describe('perPackageCap', () => {
  it('finds the smallest cap that fills the target', () => {
    // min(1000, L) + min(100, L) + min(50, L) >= 600  =>  L = 450
    expect(perPackageCap([1000, 100, 50], 600)).toBe(450);
  });

  it('takes everything when the corpus is below the target', () => {
    expect(perPackageCap([10, 20], 100)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('selectCorpus', () => {
  const entries = [
    entry('node_modules/next/dist/b.js', 400),
    entry('node_modules/next/dist/a.js', 400),
    entry('node_modules/next/dist/c.js', 400),
    entry('node_modules/ky/distribution/index.js', 100),
    entry('node_modules/got/dist/source/index.js', 150),
  ];

  it('caps the big package, keeps the small ones whole and reaches the target', () => {
    const selection = selectCorpus(entries, 800);
    expect(selection.lines).toBeGreaterThanOrEqual(800);
    expect(selection.packages.get('ky')).toBe(100);
    expect(selection.packages.get('got')).toBe(150);
    expect(selection.files.map((file) => file.path)).toEqual([
      'node_modules/got/dist/source/index.js',
      'node_modules/ky/distribution/index.js',
      'node_modules/next/dist/a.js',
      'node_modules/next/dist/b.js',
    ]);
  });

  it('is deterministic whatever order the files were listed in', () => {
    const forward = selectCorpus(entries, 800).files.map((file) => file.path);
    const backward = selectCorpus([...entries].reverse(), 800).files.map((file) => file.path);
    expect(backward).toEqual(forward);
  });

  it('stays under the cap in strict mode', () => {
    const selection = selectCorpus(entries, 300, { strict: true });
    for (const lines of selection.packages.values()) expect(lines).toBeLessThanOrEqual(selection.cap);
  });
});
