import { describe, expect, test } from 'vitest';
import { noDeclarations } from '../lib/engine/scan/declarations';
import { unknownControlIds } from '../lib/engine/scan/declarations-summary';
import { EMPTY_FIELDS, importedDeclarations, withAccount, type UnknownIn } from './declare-account';

const BREAK_GLASS = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const KIOSKS = '11111111-2222-3333-4444-555555555555';
const known: UnknownIn = (d) => unknownControlIds(d, new Set(['entra-user-mfa-required']));

describe('withAccount', () => {
  test('adds the typed account, trimmed, with its name and controls only when given', () => {
    const fields = { ...EMPTY_FIELDS, id: ` ${BREAK_GLASS} `, reason: 'Sealed', name: '  ' };
    expect(withAccount(noDeclarations, fields, known)).toEqual({
      ok: true,
      value: { ...noDeclarations, emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', reason: 'Sealed' }] },
    });
  });

  test('splits "Only for controls" at commas and spaces, into the chosen list', () => {
    const fields = {
      ...EMPTY_FIELDS,
      list: 'exemptions' as const,
      kind: 'group' as const,
      id: KIOSKS,
      reason: 'Lobby',
      controls: 'entra-user-mfa-required,  entra-user-mfa-required',
    };
    const added = withAccount(noDeclarations, fields, () => []);
    expect(added.ok && added.value.exemptions[0]?.controls).toEqual([
      'entra-user-mfa-required',
      'entra-user-mfa-required',
    ]);
  });

  test('a refusal names the field by its label', () => {
    const fields = { ...EMPTY_FIELDS, id: 'reception@contoso.com', reason: 'Front desk' };
    expect(withAccount(noDeclarations, fields, known)).toEqual({
      ok: false,
      problem: 'Object id: expected an Entra object id (GUID).',
    });
  });

  test('a control the catalogue lacks is refused', () => {
    const fields = { ...EMPTY_FIELDS, id: KIOSKS, reason: 'Lobby', controls: 'entra-mfa-typo' };
    expect(withAccount(noDeclarations, fields, known)).toEqual({
      ok: false,
      problem: "Only for controls: 'entra-mfa-typo' is not a control in the catalogue.",
    });
  });
});

describe('importedDeclarations', () => {
  test('a refused file names the file and the path, and nothing is imported', () => {
    const refused = importedDeclarations(
      'd.json',
      { emergencyAccess: [{ id: 'x', kind: 'user', reason: 'r' }] },
      known,
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/^d\.json: emergencyAccess\[0\]\.id: .*\. Nothing was imported\.$/);
  });

  test('a good file is imported, with a note naming entries for no known control', () => {
    const file = { exemptions: [{ id: KIOSKS, kind: 'group', reason: 'r', controls: ['entra-mfa-typo'] }] };
    const imported = importedDeclarations('d.json', file, known);
    expect(imported.ok && imported.value.exemptions).toHaveLength(1);
    expect(imported.ok && imported.note).toBe(
      "Imported d.json. exemptions[0].controls: 'entra-mfa-typo' is not a control in the catalogue: those entries apply to no control by that id.",
    );
    expect(importedDeclarations('d.json', { emergencyAccess: [] }, known)).toMatchObject({ ok: true, note: null });
  });
});
