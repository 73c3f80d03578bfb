import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Folders say where code runs (README, "Layout"), and no two of them lean on each other: the import
 * graph between folders has no loop, so each can be read, tested and moved knowing only what it
 * imports. ESLint forbids the directions that break a promise; this checks the whole graph.
 */
const ROOTS = ['lib', 'components', 'entrypoints'];
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"?]+)/g;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of ROOTS.flatMap(sources)) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const from = dirname(file);
      const to = dirname(normalize(join(from, spec!)));
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(relative('.', to)));
    }
  }
  return graph;
}

/** A loop through `start`, as the list of folders it passes, or undefined. */
function loopThrough(graph: Map<string, Set<string>>, start: string): string[] | undefined {
  const stack: string[][] = [[start]];
  const seen = new Set<string>();
  while (stack.length) {
    const path = stack.pop()!;
    for (const next of graph.get(path.at(-1)!) ?? []) {
      if (next === start) return [...path, next];
      if (!seen.has(next)) {
        seen.add(next);
        stack.push([...path, next]);
      }
    }
  }
  return undefined;
}

describe('the folders', () => {
  it('import one another without a loop', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(5);
    const loops = [...graph.keys()].map((f) => loopThrough(graph, f)).filter(Boolean);
    expect(loops).toEqual([]);
  });

  it('would show a loop if there were one', () => {
    const graph = new Map([
      ['lib/core', new Set(['lib/core/knowledge'])],
      ['lib/core/knowledge', new Set(['lib/core'])],
    ]);
    expect(loopThrough(graph, 'lib/core')).toEqual(['lib/core', 'lib/core/knowledge', 'lib/core']);
  });
});
