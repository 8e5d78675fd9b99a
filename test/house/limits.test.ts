/**
 * The house limits (issue 13): no source file over 300 lines, no function over 80, simulator tenant data
 * and Preact views aside. What is over today is named in over-limits.ts, a list that only shrinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countLines, measureFunctions } from './measure';
import { overLimits, type OverLimit } from './over-limits';

const FILE_LIMIT = 300;
const FUNCTION_LIMIT = 80;
const root = join(import.meta.dirname, '..', '..');

/** Top-level folders that hold no product source (dot folders and node_modules are skipped anywhere). */
const skipped = new Set(['test', 'demo', 'dist', 'test-results']);

/** Every non-test `.ts`/`.tsx` file of the repository, as a path relative to its root with `/`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const atRoot = dir === root;
      const skip = entry.name.startsWith('.') || entry.name === 'node_modules' || (atRoot && skipped.has(entry.name));
      return skip ? [] : sourceFiles(path);
    }
    const isSource = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts');
    return isSource ? [relative(root, path).split(sep).join('/')] : [];
  });
}

const isTenantData = (file: string): boolean => file.startsWith('simulator/tenants/');

/** A file or function over its limit: `file` alone, or `file` and the function's name. */
interface Measured {
  readonly file: string;
  readonly fn?: string;
  readonly lines: number;
}

function measureRepository(): Measured[] {
  return sourceFiles(root)
    .filter((file) => !isTenantData(file))
    .flatMap((file): Measured[] => {
      const text = readFileSync(join(root, file), 'utf8');
      const functions = measureFunctions(file, text)
        .filter((f) => !f.isView)
        .map((f) => ({ file, fn: f.name, lines: f.lines }));
      return [{ file, lines: countLines(text) }, ...functions];
    });
}

const limitOf = (m: { fn?: string }): number => (m.fn === undefined ? FILE_LIMIT : FUNCTION_LIMIT);
const keyOf = (m: { file: string; fn?: string }): string => (m.fn === undefined ? m.file : `${m.file} > ${m.fn}`);
const describeLength = (m: Measured): string =>
  `${keyOf(m)}: ${m.lines} lines, over the ${limitOf(m)}-line limit for a ${m.fn === undefined ? 'file' : 'function'}`;

describe('house limits', () => {
  const measured = measureRepository();
  const byKey = new Map(measured.map((m) => [keyOf(m), m]));
  const allowed = new Map<string, OverLimit>(overLimits.map((o) => [keyOf(o), o]));

  test('finds the sources it measures', () => {
    // A walk that silently found nothing would pass every limit below.
    expect(byKey.get('lib/engine/scan/run-control.ts')?.lines).toBeGreaterThan(0);
    expect(byKey.has('controls/index.ts')).toBe(true);
    expect(byKey.has('test/house/measure.ts')).toBe(false);
    expect(measured.some((m) => m.file.endsWith('.test.ts'))).toBe(false);
  });

  test('no source file over 300 lines and no function over 80, except those listed', () => {
    const over = measured.filter((m) => m.lines > limitOf(m) && !allowed.has(keyOf(m)));
    expect(over.map(describeLength)).toEqual([]);
  });

  test('a listed file or function never grows', () => {
    const grown = overLimits
      .map((o) => ({ o, now: byKey.get(keyOf(o)) }))
      .filter(({ o, now }) => now !== undefined && now.lines > o.lines)
      .map(({ o, now }) => `${keyOf(o)}: grew from ${o.lines} to ${now!.lines} lines; split it instead`);
    expect(grown).toEqual([]);
  });

  test('the list only shrinks: an entry back under its limit, or gone, is removed from it', () => {
    const stale = overLimits
      .map((o) => ({ o, now: byKey.get(keyOf(o)) }))
      .filter(({ o, now }) => now === undefined || now.lines <= limitOf(o))
      .map(({ o, now }) =>
        now === undefined
          ? `${keyOf(o)}: no longer exists; remove it from test/house/over-limits.ts`
          : `${keyOf(o)}: ${now.lines} lines, within the limit of ${limitOf(o)}; remove it from test/house/over-limits.ts`,
      );
    expect(stale).toEqual([]);
  });

  test('the list names each entry once', () => {
    expect(allowed.size).toBe(overLimits.length);
  });
});
