import { describe, expect, test } from 'vitest';
import { declarationWarnings, readDeclarationsFile } from './declarations-file';
import { UsageError } from './scan-args';

const BREAK_GLASS = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const files = (table: Record<string, string>) => (path: string) => {
  const text = table[path];
  if (text === undefined)
    throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
  return text;
};

/** The UsageError a bad file raises (the CLI exits 2 with its message). */
function refusal(path: string, table: Record<string, string>): string {
  try {
    readDeclarationsFile(path, files(table));
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
  throw new Error('expected a UsageError');
}

describe('readDeclarationsFile', () => {
  test('reads the file in the parseDeclarations shape, ids lower-cased', () => {
    const text = JSON.stringify({
      emergencyAccess: [{ id: BREAK_GLASS.toUpperCase(), kind: 'user', displayName: 'Break-glass 1', reason: 'Safe' }],
    });
    expect(readDeclarationsFile('d.json', files({ 'd.json': text }))).toEqual({
      emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', displayName: 'Break-glass 1', reason: 'Safe' }],
      exemptions: [],
      privilegedRoles: null,
    });
  });

  test('a declaration the parser refuses names the file, the path and the problem', () => {
    const text = JSON.stringify({ emergencyAccess: [{ id: 'bg@contoso.com', kind: 'user', reason: 'Safe' }] });
    expect(refusal('d.json', { 'd.json': text })).toBe(
      '--declarations d.json: emergencyAccess[0].id: expected an Entra object id (GUID).',
    );
  });

  test('an unknown top-level key is refused, never half-applied', () => {
    expect(refusal('d.json', { 'd.json': '{"breakGlass": []}' })).toBe(
      '--declarations d.json: breakGlass: unknown key.',
    );
  });

  test('a file that is not JSON names the file', () => {
    expect(refusal('d.json', { 'd.json': 'emergencyAccess: []' })).toMatch(
      /^--declarations d\.json: not valid JSON \(/,
    );
  });

  test('a file that is not a JSON object says so', () => {
    expect(refusal('d.json', { 'd.json': '[]' })).toBe('--declarations d.json: expected an object.');
  });

  test('a file that cannot be read names the file and why', () => {
    expect(refusal('missing.json', {})).toMatch(/^--declarations missing\.json: couldn't read it \(ENOENT/);
  });
});

describe('declarationWarnings', () => {
  test('names each control id an entry is limited to that the catalogue lacks', () => {
    const d = readDeclarationsFile(
      'd.json',
      files({
        'd.json': JSON.stringify({
          exemptions: [{ id: BREAK_GLASS, kind: 'user', reason: 'r', controls: ['entra-mfa-typo'] }],
        }),
      }),
    );
    expect(declarationWarnings('d.json', d, ['entra-user-mfa-required'])).toEqual([
      "--declarations d.json: exemptions[0].controls: 'entra-mfa-typo' is not a control of this catalogue, so that entry applies to no control by that id.",
    ]);
    expect(declarationWarnings('d.json', d, ['entra-mfa-typo'])).toEqual([]);
  });
});
