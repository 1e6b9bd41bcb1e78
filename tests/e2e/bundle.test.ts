import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';

// What `npm run build` leaves for the package to run (scripts/bundle.mjs): the plugin's entry,
// the command, and the one module holding the plugin that both import.
const dist = path.resolve(import.meta.dirname, '../../dist');
const packageJson = JSON.parse(readFileSync(path.resolve(dist, '../package.json'), 'utf8')) as {
  main: string;
  exports: { '.': { default: string } };
  bin: Record<string, string>;
};

interface ModuleNode {
  readonly type: string;
  readonly source?: { readonly value: unknown } | null;
}

/** Each node of a built file's syntax tree (the shebang of the command left out). */
function nodesOf(file: string): ModuleNode[] {
  const text = readFileSync(path.join(dist, file), 'utf8').replace(/^#!.*/u, '');
  const ast = espree.parse(text, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown;
  const nodes: ModuleNode[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (typeof (node as { type?: unknown }).type === 'string') nodes.push(node as ModuleNode);
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'parent' && typeof value === 'object') (Array.isArray(value) ? value : [value]).forEach(visit);
    }
  };
  visit(ast);
  return nodes;
}

/** Every module specifier a file imports or re-exports, statically or with `import()`. */
function importsOf(file: string): string[] {
  const kinds = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration', 'ImportExpression'];
  return nodesOf(file).flatMap((node) => (kinds.includes(node.type) && typeof node.source?.value === 'string' ? [node.source.value] : []));
}

const relative = (file: string): string[] => importsOf(file).filter((specifier) => specifier.startsWith('.'));

describe('the bundle the package runs', () => {
  it('is what package.json points at', () => {
    expect(packageJson.main).toBe('./dist/index.js');
    expect(packageJson.exports['.'].default).toBe('./dist/index.js');
    expect(packageJson.bin['token-hygiene']).toBe('dist/bin.js');
  });

  it('loads the plugin as one module: the entry and the command import it, and it imports no file of the build', () => {
    expect(relative('index.js')).toEqual(['./plugin.js']);
    expect(relative('bin.js')).toEqual(['./plugin.js']);
    expect(relative('plugin.js')).toEqual([]);
    // Dependencies stay imports of their packages (a bare specifier each), never copies.
    expect(importsOf('plugin.js')).toEqual(expect.arrayContaining(['@eslint/json', '@typescript-eslint/utils/ast-utils', 'minimatch']));
    expect(readFileSync(path.join(dist, 'bin.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('is ASCII text, which V8 keeps in the heap at one byte per character for as long as the module lives', () => {
    for (const file of ['index.js', 'bin.js', 'plugin.js']) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      let firstOther = -1;
      for (let index = 0; index < text.length && firstOther === -1; index++) if (text.charCodeAt(index) > 0x7f) firstOther = index;
      expect({ file, firstOther }).toEqual({ file, firstOther: -1 });
    }
  });

  it('compares node and token types with string constants: no read of the imported type enums is left', () => {
    const enumReads = nodesOf('plugin.js').flatMap((node) => {
      const member = node as ModuleNode & { object?: { type: string; name?: string }; property?: { name?: string } };
      const isEnumRead = member.type === 'MemberExpression' && member.object?.type === 'Identifier' && /^AST_(?:NODE|TOKEN)_TYPES$/u.test(member.object.name ?? '');
      return isEnumRead ? [`${member.object?.name}.${member.property?.name}`] : [];
    });
    expect(enumReads).toEqual([]);
    expect(readFileSync(path.join(dist, 'plugin.js'), 'utf8')).toContain('.type === "Identifier"');
  });

  it("gives the entry's plugin object from the shared module, the one the command uses", async () => {
    const entry = (await import(pathToFileURL(path.join(dist, 'index.js')).href)) as { default: { meta: { name: string } } };
    const shared = (await import(pathToFileURL(path.join(dist, 'plugin.js')).href)) as Record<string, unknown>;
    expect(entry.default.meta.name).toBe('eslint-plugin-token-hygiene');
    expect(Object.values(shared)).toContain(entry.default);
  });
});
