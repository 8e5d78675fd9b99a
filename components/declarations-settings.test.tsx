import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { noDeclarations, type Declarations } from '../lib/engine/scan/declarations';
import type { DeclarationsView } from '../lib/messaging/protocol';
import { DeclarationsSettings, type DeclarationsSettingsProps } from './declarations-settings';

afterEach(cleanup);

const TENANT = '93cde7b7-6317-469c-8e34-4f9988a8e506';
const BREAK_GLASS = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const KIOSKS = '11111111-2222-3333-4444-555555555555';
const GA = '62e90394-69f5-4237-9190-012177145e10';
const PRA = 'e8611ab8-c189-46e8-94e1-60213ab1f814';
const BILLING = 'b0f54661-2d74-4c50-afa3-1ec803f12efe';
const roles = [
  { id: GA, name: 'Global Administrator', isDefault: true },
  { id: PRA, name: 'Privileged Role Administrator', isDefault: true },
  { id: BILLING, name: 'Billing Administrator', isDefault: false },
];
const declared: Declarations = {
  emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', displayName: 'Break-glass 1', reason: 'Sealed in the safe' }],
  exemptions: [{ id: KIOSKS, kind: 'group', reason: 'Lobby kiosks', controls: ['entra-user-mfa-required'] }],
  privilegedRoles: null,
};
const viewOf = (declarations: Declarations, over: Partial<DeclarationsView> = {}): DeclarationsView => ({
  tenantId: TENANT,
  tenantName: 'Contoso',
  demo: false,
  declarations,
  problem: null,
  ...over,
});

function show(over: Partial<DeclarationsSettingsProps> = {}) {
  const props: DeclarationsSettingsProps = {
    view: viewOf(declared),
    roles,
    busy: false,
    error: null,
    onSave: vi.fn(),
    onExport: vi.fn(),
    onScanNow: vi.fn(),
    ...over,
  };
  render(<DeclarationsSettings {...props} />);
  return props;
}
const saved = (p: DeclarationsSettingsProps) => vi.mocked(p.onSave).mock.calls.at(-1)?.[0];

describe('Exclusions you sanction', () => {
  test('lists each declared account with its name, kind, object id, reason and scope', () => {
    show();
    expect(screen.getByRole('heading', { name: 'Exclusions you sanction' })).toBeTruthy();
    const emergency = screen.getByRole('list', { name: 'Emergency-access accounts' });
    expect(emergency.textContent).toContain('Break-glass 1');
    expect(emergency.textContent).toContain(BREAK_GLASS);
    expect(emergency.textContent).toContain('Sealed in the safe');
    expect(emergency.textContent).toContain('For every control that judges exclusions');
    const exemptions = screen.getByRole('list', { name: 'Other exemptions' });
    expect(exemptions.textContent).toContain('group');
    expect(exemptions.textContent).toContain('Only for entra-user-mfa-required');
  });

  test('names and reasons typed by an admin (or imported) are text, never markup', () => {
    const evil = '<img src=x onerror="alert(1)">';
    show({
      view: viewOf({
        ...noDeclarations,
        emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', displayName: evil, reason: evil }],
      }),
    });
    const list = screen.getByRole('list', { name: 'Emergency-access accounts' });
    expect(list.querySelector('img')).toBeNull();
    expect(list.textContent).toContain(evil);
  });

  test('declares an account with its reason; the id is checked before anything is saved', () => {
    const p = show({ view: viewOf(noDeclarations) });
    const form = screen.getByRole('form', { name: 'Declare an account' });
    fireEvent.input(within(form).getByLabelText('Object id'), { target: { value: 'reception@contoso.com' } });
    fireEvent.input(within(form).getByLabelText('Reason'), { target: { value: 'Front desk' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Declare' }));
    expect(screen.getByRole('alert').textContent).toBe('Object id: expected an Entra object id (GUID).');
    expect(within(form).getByLabelText('Object id').getAttribute('aria-invalid')).toBe('true');
    expect(p.onSave).not.toHaveBeenCalled();

    fireEvent.input(within(form).getByLabelText('Object id'), { target: { value: BREAK_GLASS.toUpperCase() } });
    fireEvent.input(within(form).getByLabelText('Name (optional)'), { target: { value: 'Break-glass 1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Declare' }));
    expect(saved(p)).toEqual({
      ...noDeclarations,
      emergencyAccess: [{ id: BREAK_GLASS, kind: 'user', displayName: 'Break-glass 1', reason: 'Front desk' }],
    });
    expect(screen.getByText(/Declarations apply from the next scan/)).toBeTruthy();
  });

  test('an exemption for some controls only, as a group', () => {
    const p = show({ view: viewOf(noDeclarations) });
    const form = screen.getByRole('form', { name: 'Declare an account' });
    fireEvent.change(within(form).getByLabelText('Declare as'), { target: { value: 'exemptions' } });
    fireEvent.change(within(form).getByLabelText('Kind'), { target: { value: 'group' } });
    fireEvent.input(within(form).getByLabelText('Object id'), { target: { value: KIOSKS } });
    fireEvent.input(within(form).getByLabelText('Reason'), { target: { value: 'Lobby kiosks' } });
    fireEvent.input(within(form).getByLabelText(/^Only for controls/), {
      target: { value: 'entra-user-mfa-required, entra-legacy-auth-blocked' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Declare' }));
    expect(saved(p)?.exemptions).toEqual([
      {
        id: KIOSKS,
        kind: 'group',
        reason: 'Lobby kiosks',
        controls: ['entra-user-mfa-required', 'entra-legacy-auth-blocked'],
      },
    ]);
  });

  test('a control id the catalogue lacks is refused in the form, and named after an import', async () => {
    const p = show({ view: viewOf(noDeclarations), controlIds: ['entra-user-mfa-required'] });
    const form = screen.getByRole('form', { name: 'Declare an account' });
    fireEvent.input(within(form).getByLabelText('Object id'), { target: { value: KIOSKS } });
    fireEvent.input(within(form).getByLabelText('Reason'), { target: { value: 'Lobby kiosks' } });
    fireEvent.input(within(form).getByLabelText(/^Only for controls/), { target: { value: 'entra-mfa-typo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Declare' }));
    expect(screen.getByRole('alert').textContent).toBe(
      "Only for controls: 'entra-mfa-typo' is not a control in the catalogue.",
    );
    expect(p.onSave).not.toHaveBeenCalled();

    const input = screen.getByLabelText<HTMLInputElement>(/^Import from a JSON file/);
    const file = { exemptions: [{ id: KIOSKS, kind: 'group', reason: 'r', controls: ['entra-mfa-typo'] }] };
    Object.defineProperty(input, 'files', { value: [new File([JSON.stringify(file)], 'd.json')] });
    fireEvent.change(input);
    await waitFor(() => expect(p.onSave).toHaveBeenCalled());
    expect(
      screen.getByText(/exemptions\[0\]\.controls: 'entra-mfa-typo' is not a control in the catalogue/),
    ).toBeTruthy();
  });

  test('the same account in both lists is refused with the reason', () => {
    const p = show();
    const form = screen.getByRole('form', { name: 'Declare an account' });
    fireEvent.change(within(form).getByLabelText('Declare as'), { target: { value: 'exemptions' } });
    fireEvent.input(within(form).getByLabelText('Object id'), { target: { value: BREAK_GLASS } });
    fireEvent.input(within(form).getByLabelText('Reason'), { target: { value: 'Also this' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Declare' }));
    expect(screen.getByRole('alert').textContent).toContain('is also an emergency-access account');
    expect(p.onSave).not.toHaveBeenCalled();
  });

  test('removes an account', () => {
    const p = show();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Break-glass 1' }));
    expect(saved(p)).toEqual({ ...declared, emergencyAccess: [] });
  });

  test('privileged roles: the default list is marked; unticking one declares the rest, and the default comes back', () => {
    const p = show();
    expect(screen.getByText(/Using the default list/)).toBeTruthy();
    const ga = screen.getByRole<HTMLInputElement>('checkbox', { name: /Global Administrator/ });
    expect(ga.checked).toBe(true);
    expect(ga.closest('label')?.textContent).toContain('default');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: /Billing Administrator/ }).checked).toBe(false);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Use the default list' }).disabled).toBe(true);

    fireEvent.click(ga);
    expect(saved(p)?.privilegedRoles).toEqual([PRA]);
    cleanup();

    const q = show({ view: viewOf({ ...declared, privilegedRoles: [GA, BILLING] }) });
    expect(screen.getByText('Your own list: 2 roles.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use the default list' }));
    expect(saved(q)?.privilegedRoles).toBeNull();
  });

  test('unreadable saved declarations: a warning, and the page still works', () => {
    show({
      view: viewOf(noDeclarations, {
        problem: "The saved declarations of this tenant couldn't be read (emergencyAccess: expected a list).",
      }),
    });
    expect(screen.getByRole('alert').textContent).toContain("couldn't be read");
    expect(screen.getByRole('form', { name: 'Declare an account' })).toBeTruthy();
  });

  test('no tenant yet: says declarations belong to a tenant', () => {
    show({ view: viewOf(noDeclarations, { tenantId: null, tenantName: null }) });
    expect(screen.getByText(/declarations belong to a tenant/)).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });

  test('exports the file the CLI reads', () => {
    const p = show();
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    const json = vi.mocked(p.onExport).mock.calls[0]?.[0];
    expect(JSON.parse(json ?? '')).toEqual(declared);
  });

  test('imports a file: a refused one names the file and the path and saves nothing; a good one replaces', async () => {
    const p = show({ view: viewOf(noDeclarations) });
    const input = screen.getByLabelText<HTMLInputElement>(/^Import from a JSON file/);
    const pick = (name: string, text: string) => {
      Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
      fireEvent.change(input);
    };
    pick('bad.json', JSON.stringify({ emergencyAccess: [{ id: BREAK_GLASS, kind: 'robot', reason: 'r' }] }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        "bad.json: emergencyAccess[0].kind: expected 'user' or 'group'. Nothing was imported.",
      ),
    );
    pick('broken.json', '{ not json');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/^broken\.json: not valid JSON/));
    expect(p.onSave).not.toHaveBeenCalled();

    pick('good.json', JSON.stringify(declared));
    await waitFor(() => expect(saved(p)).toEqual(declared));
  });

  test('after a change: applies from the next scan, and offers to scan now', () => {
    const p = show();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Break-glass 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Scan now' }));
    expect(p.onScanNow).toHaveBeenCalled();
  });

  test('a save the background refused is shown, and not called saved', () => {
    show({ error: 'These declarations are not the tenant Posture Lens now shows.' });
    expect(screen.getByRole('alert').textContent).toContain('not the tenant');
    expect(screen.queryByText(/^Saved\./)).toBeNull();
  });
});
