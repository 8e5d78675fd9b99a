import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { AuthState } from '../lib/messaging/protocol';
import { SignInStatus } from './sign-in-status';

const adele = {
  id: 'oid.tid',
  username: 'adele@contoso.onmicrosoft.com',
  name: 'Adele Vance',
  tenantId: 'tid',
  tenantName: 'Contoso',
};
const base: AuthState = {
  status: 'signedIn',
  connection: { clientId: '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13', tenant: 'organizations', cloud: 'global' },
  redirectUri: 'https://abc.chromiumapp.org/',
  accounts: [adele],
  active: adele,
  missingPermissions: [],
  problem: null,
};

describe('the popup’s sign-in section', () => {
  afterEach(cleanup);

  test('signed in: who, where, and a scan of that tenant', () => {
    const onAction = vi.fn();
    render(<SignInStatus auth={base} scanning={false} onAction={onAction} />);
    screen.getByText('Signed in as Adele Vance (adele@contoso.onmicrosoft.com) to Contoso.');
    fireEvent.click(screen.getByRole('button', { name: 'Scan Contoso' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'scan' });
  });

  test('expired: the reason, its fix, and Sign in again', () => {
    const onAction = vi.fn();
    const problem = {
      kind: 'signInExpired',
      code: 'AADSTS700084',
      sentence: 'Your sign-in expired.',
      fix: 'Sign in again.',
    };
    render(<SignInStatus auth={{ ...base, status: 'expired', problem }} scanning={false} onAction={onAction} />);
    expect(screen.getByRole('alert').textContent).toBe('Your sign-in expired. (AADSTS700084)Sign in again.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'signIn' });
  });

  test('consent needed names the permissions and offers to grant them', () => {
    const onAction = vi.fn();
    render(
      <SignInStatus
        auth={{ ...base, status: 'consentNeeded', missingPermissions: ['AuditLog.Read.All'] }}
        scanning={false}
        onAction={onAction}
      />,
    );
    screen.getByText(/consent is needed for: AuditLog\.Read\.All\./);
    fireEvent.click(screen.getByRole('button', { name: 'Grant consent' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'consent' });
  });

  test('consent needed lists each missing permission on its own line', () => {
    render(
      <SignInStatus
        auth={{ ...base, status: 'consentNeeded', missingPermissions: ['AuditLog.Read.All', 'Policy.Read.All'] }}
        scanning={false}
        onAction={vi.fn()}
      />,
    );
    const list = screen.getByRole('list', { name: 'Permissions without consent' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'AuditLog.Read.All',
      'Policy.Read.All',
    ]);
  });

  test('two accounts: a picker switches the active one', () => {
    const onAction = vi.fn();
    const megan = {
      ...adele,
      id: 'oid2.tid2',
      username: 'megan@woodgrove.com',
      tenantId: 'tid2',
      tenantName: 'Woodgrove',
    };
    render(<SignInStatus auth={{ ...base, accounts: [adele, megan] }} scanning={false} onAction={onAction} />);
    const picker = screen.getByRole('combobox', { name: 'Account' });
    expect((picker as HTMLSelectElement).value).toBe(adele.id);
    fireEvent.change(picker, { target: { value: megan.id } });
    expect(onAction).toHaveBeenCalledWith({ kind: 'switchAccount', accountId: megan.id });
  });

  test('one account: no picker', () => {
    render(<SignInStatus auth={base} scanning={false} onAction={vi.fn()} />);
    expect(screen.queryByRole('combobox', { name: 'Account' })).toBeNull();
  });

  test('not configured points to the Connect page', () => {
    const onAction = vi.fn();
    render(
      <SignInStatus
        auth={{ ...base, status: 'notConfigured', connection: null, accounts: [], active: null }}
        scanning={false}
        onAction={onAction}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Connect a tenant' }));
    expect(onAction).toHaveBeenCalledWith({ kind: 'openSettings' });
  });
});
