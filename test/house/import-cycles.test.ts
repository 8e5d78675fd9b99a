/**
 * No two files import each other, even for types only. import-x/no-cycle (lint) skips type-only
 * imports, yet a type cycle still ties two files' jobs together (control.ts ↔ manual-control.ts did),
 * so this walks the whole project's imports, types included, and names any loop it finds.
 */
import path from 'node:path';
import ts from 'typescript';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function projectFiles(): { files: string[]; options: ts.CompilerOptions } {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  return { files: parsed.fileNames.filter((f) => !f.endsWith('.d.ts')), options: parsed.options };
}

/** Each project file's imports (static, dynamic, re-exports, `import type`) that resolve to project files. */
function importGraph(): Map<string, string[]> {
  const { files, options } = projectFiles();
  const inProject = new Set(files);
  const cache = ts.createModuleResolutionCache(root, (f) => f, options);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = ts.sys.readFile(file) ?? '';
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const targets = importedFiles
      .map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys, cache).resolvedModule?.resolvedFileName)
      .filter((f): f is string => f !== undefined && inProject.has(f));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one file, or one file importing itself. */
function cycles(graph: Map<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(path.relative(root, w));
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

test('finds a loop, types only included', () => {
  const graph = new Map([
    ['/a.ts', ['/b.ts']],
    ['/b.ts', ['/a.ts', '/c.ts']],
    ['/c.ts', []],
  ]);
  expect(cycles(graph).map((c) => c.map((f) => path.basename(f)))).toEqual([['a.ts', 'b.ts']]);
});

test('no file imports itself through others, types included', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(500);
  expect(cycles(graph)).toEqual([]);
});
