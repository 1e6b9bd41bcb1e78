import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../reliability/project.js';

/**
 * The modules of src/secrets import one way: each may use the ones below it, none the ones above.
 * Type-only imports count too, so that a shared type lives in a module of its own (finding.ts)
 * rather than in one of its users.
 */
const DIR = path.join(ROOT, 'src/secrets');
const IMPORT = /^(?:import|export)\s[^;]*?\sfrom\s+'\.\/([\w-]+)\.js';/gmu;

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(DIR, `${file}.ts`), 'utf8');
  return Array.from(source.matchAll(IMPORT), (match) => match[1] ?? '');
}

/** A cycle through the import graph, as a list of modules, or undefined. */
function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

describe('src/secrets imports', () => {
  const files = readdirSync(DIR).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));
  const graph = new Map(files.map((file) => [file, importsOf(file)] as const));

  it('reads the imports of every module', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(graph.get('classify')).toContain('format-scan');
    for (const targets of graph.values()) for (const target of targets) expect(files).toContain(target);
  });

  it('form no circle, type-only imports included', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a circle when there is one', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
