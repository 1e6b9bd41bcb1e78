// Bundles the compiled plugin (dist/src and dist/rules, written by tsc) into the files the
// package runs: dist/index.js (the plugin, the package's entry), dist/bin.js (the
// `token-hygiene` command) and dist/plugin.js, the code both share, so that the command and a
// config that imports the package use one plugin object. Dependencies stay imports.
//
// One module loads faster than the ninety tsc writes: Node reads, compiles and links each file
// of an ES module graph on its own. Measured on 2 cores with ESLint already loaded, importing
// the plugin took 115 ms (178 ms CPU) from dist/src and 83 ms (125 ms CPU) bundled.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { inlineTypeEnums } from './inline-type-enums.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const OUTPUT = ['index.js', 'bin.js', 'plugin.js'];

/** Packages and Node built-ins are imported, never bundled; only the plugin's own files are. */
const isExternal = (/** @type {string} */ id) => !id.startsWith('.') && !path.isAbsolute(id);

await Promise.all(OUTPUT.map((file) => rm(path.join(dist, file), { force: true })));
const { output } = await build({
  cwd: root,
  input: { index: path.join(dist, 'src/index.js'), bin: path.join(dist, 'src/bin.js') },
  platform: 'node',
  external: isExternal,
  logLevel: 'warn',
  write: true,
  // The plugin's own modules compare node types with string constants (inline-type-enums.mjs).
  plugins: [
    {
      name: 'inline-type-enums',
      transform: (/** @type {string} */ code, /** @type {string} */ id) => {
        const inlined = id.startsWith(dist) ? inlineTypeEnums(code, id) : undefined;
        return inlined === undefined ? null : { code: inlined, map: null };
      },
    },
  ],
  output: {
    dir: dist,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: 'plugin.js',
    // V8 keeps a module's source in the heap for as long as the module lives, two bytes per
    // character once one character is not ASCII, and reads it again to compile each function:
    // escaped non-ASCII and no doc comments keep it at one byte per character (0.45 MB of heap
    // instead of 1.11 MB), and the plugin's work counted in instructions fell by a fifth
    // (bench/README.md).
    charset: 'ascii',
    comments: { legal: true, annotation: false, jsdoc: false },
  },
});
const written = output.map((file) => file.fileName).sort();
if (written.join() !== [...OUTPUT].sort().join()) {
  throw new Error(`The bundle should be ${OUTPUT.join(', ')}; rolldown wrote ${written.join(', ')}.`);
}
