import { describe, expect, test } from 'vitest';
import { hasDeclarations, noDeclarations, parseDeclarations, type Declarations } from './declarations';

const BREAK_GLASS = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const SYNC_GROUP = '11111111-2222-3333-4444-555555555555';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

const good = {
  emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', displayName: 'Break-glass 1', reason: 'Sealed in the safe' }],
  exemptions: [{ id: SYNC_GROUP, kind: 'group', reason: 'Kiosk devices', controls: ['entra-user-mfa-required'] }],
  privilegedRoles: [GLOBAL_ADMIN],
};

/** The refusal for `json`, so each case can say which path and problem it names. */
function refusal(json: unknown): { path: string; problem: string } {
  const r = parseDeclarations(json);
  if (r.ok) throw new Error(`expected a refusal, got ${JSON.stringify(r.value)}`);
  return { path: r.path, problem: r.problem };
}

describe('parseDeclarations accepts', () => {
  test('a full file, as declared', () => {
    expect(parseDeclarations(good)).toEqual({
      ok: true,
      value: {
        emergencyAccess: [
          { id: BREAK_GLASS, kind: 'user', displayName: 'Break-glass 1', reason: 'Sealed in the safe' },
        ],
        exemptions: [{ id: SYNC_GROUP, kind: 'group', reason: 'Kiosk devices', controls: ['entra-user-mfa-required'] }],
        privilegedRoles: [GLOBAL_ADMIN],
      },
    });
  });

  test('an empty object as nothing declared', () => {
    const r = parseDeclarations({});
    expect(r).toEqual({ ok: true, value: noDeclarations });
    expect(r.ok && hasDeclarations(r.value)).toBe(false);
  });

  test('ids lower-cased and de-duplicated roles, reasons trimmed', () => {
    const r = parseDeclarations({
      emergencyAccess: [{ id: BREAK_GLASS.toUpperCase(), kind: 'user', reason: '  In the safe  ' }],
      privilegedRoles: [GLOBAL_ADMIN.toUpperCase(), GLOBAL_ADMIN],
    });
    expect(r.ok && r.value.emergencyAccess[0]).toEqual({ id: BREAK_GLASS, kind: 'user', reason: 'In the safe' });
    expect(r.ok && r.value.privilegedRoles).toEqual([GLOBAL_ADMIN]);
  });

  test('privilegedRoles null as the documented default', () => {
    const r = parseDeclarations({ privilegedRoles: null });
    expect(r.ok && r.value.privilegedRoles).toBeNull();
  });

  test('hasDeclarations is true once anything is declared', () => {
    const only = (d: Partial<Declarations>) => hasDeclarations({ ...noDeclarations, ...d });
    expect(only({ emergencyAccess: good.emergencyAccess as Declarations['emergencyAccess'] })).toBe(true);
    expect(only({ exemptions: good.exemptions as Declarations['exemptions'] })).toBe(true);
    expect(only({ privilegedRoles: [GLOBAL_ADMIN] })).toBe(true);
  });
});

describe('parseDeclarations refuses, naming the path', () => {
  test.each([
    ['not an object', [], '', 'expected an object'],
    ['null', null, '', 'expected an object'],
    ['an unknown top-level key', { ...good, breakGlass: [] }, 'breakGlass', 'unknown key'],
    ['a list that is not a list', { emergencyAccess: 'all' }, 'emergencyAccess', 'expected a list'],
    ['an entry that is not an object', { exemptions: ['x'] }, 'exemptions[0]', 'expected an object'],
  ])('%s', (_, json, path, problem) => {
    expect(refusal(json)).toEqual({ path, problem });
  });

  const entry = (patch: Record<string, unknown>) => ({
    emergencyAccess: [good.emergencyAccess[0], { id: SYNC_GROUP, kind: 'group', reason: 'r', ...patch }],
  });
  test.each([
    ['an unknown key in an entry', { upn: 'bg@contoso.com' }, 'emergencyAccess[1].upn', /unknown key/],
    ['an id that is not a GUID', { id: 'bg@contoso.com' }, 'emergencyAccess[1].id', /GUID/],
    ['a missing id', { id: undefined }, 'emergencyAccess[1].id', /GUID/],
    ['an unknown kind', { kind: 'servicePrincipal' }, 'emergencyAccess[1].kind', /'user' or 'group'/],
    ['an empty reason', { reason: '   ' }, 'emergencyAccess[1].reason', /reason of 1 to 300/],
    ['a missing reason', { reason: undefined }, 'emergencyAccess[1].reason', /reason/],
    ['a reason too long', { reason: 'x'.repeat(301) }, 'emergencyAccess[1].reason', /reason/],
    ['a name that is not a string', { displayName: 7 }, 'emergencyAccess[1].displayName', /string/],
    ['controls not a list', { controls: 'entra-mfa' }, 'emergencyAccess[1].controls', /control ids/],
    ['a control id with spaces', { controls: ['entra mfa'] }, 'emergencyAccess[1].controls', /control ids/],
  ])('%s', (_, patch, path, problem) => {
    const r = refusal(entry(patch));
    expect(r.path).toBe(path);
    expect(r.problem).toMatch(problem);
  });

  test('the same account listed twice, whatever its case', () => {
    expect(
      refusal({
        emergencyAccess: [
          { id: BREAK_GLASS, kind: 'user', reason: 'a' },
          { id: BREAK_GLASS.toUpperCase(), kind: 'user', reason: 'b' },
        ],
      }),
    ).toEqual({ path: 'emergencyAccess[1].id', problem: 'listed twice' });
  });

  test('an account that is both an emergency-access account and an exemption', () => {
    const r = refusal({ ...good, exemptions: [{ id: BREAK_GLASS.toUpperCase(), kind: 'user', reason: 'x' }] });
    expect(r.path).toBe('exemptions');
    expect(r.problem).toContain(`${BREAK_GLASS} is also an emergency-access account`);
  });

  test('more than 200 entries', () => {
    const many = Array.from({ length: 201 }, (_, i) => ({
      id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
      kind: 'user',
      reason: 'r',
    }));
    expect(refusal({ exemptions: many })).toEqual({ path: 'exemptions', problem: 'more than 200 entries' });
  });

  test.each([
    ['an empty list', []],
    ['a role name instead of its id', ['Global Administrator']],
    ['a single id, not a list', GLOBAL_ADMIN],
  ])('privileged roles as %s', (_, privilegedRoles) => {
    expect(refusal({ privilegedRoles }).path).toBe('privilegedRoles');
  });
});
