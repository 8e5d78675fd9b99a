import { describe, expect, test } from 'vitest';
import { countLines, measureFunctions } from './measure';

/** `n` statement lines, so a function's length is known exactly. */
const body = (n: number): string => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join('\n');

describe('countLines', () => {
  test('counts lines as wc -l does for a file ending with a newline', () => {
    expect(countLines('a\nb\n')).toBe(2);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('')).toBe(0);
  });
});

describe('measureFunctions', () => {
  test('measures a declaration from its first token to its closing brace', () => {
    const text = `// a comment above is not counted\nexport function long() {\n${body(79)}\n}\n`;
    expect(measureFunctions('lib/x.ts', text)).toEqual([{ name: 'long', lines: 81, isView: false }]);
  });

  test('names arrows, function expressions and methods by what holds them', () => {
    const text = [
      'const arrow = () => 1;',
      'const expr = function () { return 1; };',
      'const obj = { key: () => 1, method() { return 1; } };',
      'class C { constructor() {} get size() { return 1; } field = () => 1; }',
      'export default wire(() => 1);',
      'run = () => 1;',
    ].join('\n');
    expect(measureFunctions('lib/x.ts', text).map((f) => f.name)).toEqual([
      'arrow',
      'expr',
      'key',
      'method',
      'constructor',
      'size',
      'field',
      'wire(…)',
      'run',
    ]);
  });

  test('counts a nested function on its own and inside its parent', () => {
    const text = `function outer() {\n  const inner = () => {\n${body(3)}\n  };\n  return new Promise((r) => r(1));\n}\n`;
    expect(measureFunctions('lib/x.ts', text)).toEqual([
      { name: 'outer', lines: 8, isView: false },
      { name: 'outer > inner', lines: 5, isView: false },
      { name: 'outer > new Promise(…)', lines: 1, isView: false },
    ]);
  });

  test('numbers repeated names so each stays addressable', () => {
    const text = 'items.map((i) => i);\nitems.map((i) => i);\n';
    expect(measureFunctions('lib/x.ts', text).map((f) => f.name)).toEqual(['map(…)', 'map(…) #2']);
  });

  test('a function returning JSX in a component or entrypoint is a view', () => {
    const text = [
      'export function Card() {',
      '  const label = () => "x";',
      '  return <p>{label()}</p>;',
      '}',
      'export const Row = () => (<tr />);',
      'export function format() { return "text"; }',
    ].join('\n');
    const views = (file: string) => measureFunctions(file, text).map((f) => [f.name, f.isView]);
    expect(views('components/card.tsx')).toEqual([
      ['Card', true],
      ['Card > label', false],
      ['Row', true],
      ['format', false],
    ]);
    expect(views('entrypoints/popup/main.tsx')).toContainEqual(['Card', true]);
    expect(views('lib/annotate/card.tsx')).toContainEqual(['Card', false]);
  });

  test('a return inside a nested function does not make its parent a view', () => {
    const text = 'export function build() {\n  const render = () => <p />;\n  return render;\n}\n';
    expect(measureFunctions('components/build.tsx', text)).toEqual([
      { name: 'build', lines: 4, isView: false },
      { name: 'build > render', lines: 1, isView: true },
    ]);
  });
});
