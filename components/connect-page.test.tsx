import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { requiredPermissions } from '../lib/engine/scan/permissions';
import type { AuthState, ScanScheduleView } from '../lib/messaging/protocol';
import { ConnectPage, type ConnectPageProps } from './connect-page';

const adele = {
  id: 'oid.tid',
  username: 'adele@contoso.onmicrosoft.com',
  name: 'Adele Vance',
  tenantId: 'tid',
  tenantName: 'Contoso',
};
const signedIn: AuthState = {
  status: 'signedIn',
  connection: { clientId: '3f1a9c2e-7b4d-4e8f-a1c6-5d2b9e0f7a13', tenant: 'organizations', cloud: 'global' },
  redirectUri: 'https://abc.chromiumapp.org/',
  accounts: [adele],
  active: adele,
  missingPermissions: [],
  problem: null,
};
const notConnected: AuthState = { ...signedIn, status: 'notConfigured', connection: null, accounts: [], active: null };
const daily: ScanScheduleView = { every: 'daily', nextAt: Date.parse('2026-12-05T10:00:00Z'), paused: false };

function page(over: Partial<ConnectPageProps> = {}) {
  return render(
    <ConnectPage
      auth={signedIn}
      clouds={[{ id: 'global', label: 'Global', graphRoot: 'https://graph.microsoft.com' }]}
      // The reads every scan makes beside the controls: the tenant's name, its licences, Secure Score.
      needs={requiredPermissions([])}
      errors={{}}
      saving={false}
      onSave={vi.fn()}
      onAction={vi.fn()}
      onCopy={vi.fn()}
      schedule={daily}
      onScheduleChange={vi.fn()}
      {...over}
    />,
  );
}

const rowOf = (permission: string) => screen.getByRole('rowheader', { name: permission }).closest('tr')!;

describe('the Connect page', () => {
  afterEach(cleanup);

  test('each permission says what it reads: SecurityEvents.Read.All is for Secure Score, not the name and licences', () => {
    page();
    const security = rowOf('SecurityEvents.Read.All');
    expect(security.textContent).toContain('To read Microsoft Secure Score.');
    expect(security.textContent).not.toContain('licences');
    expect(rowOf('Organization.Read.All').textContent).toContain(
      "To read the tenant's name and the licences it holds.",
    );
  });

  test('AuditLog.Read.All says it names who changed a setting, and what a scan does without it', () => {
    page();
    const audit = rowOf('AuditLog.Read.All');
    expect(audit.textContent).toContain('To read who changed a setting (the Entra audit log).');
    expect(audit.textContent).toContain('Without it, scans still run and changes are shown without who made them');
    expect(within(audit).getByText(/auditLogs\/directoryAudits/)).toBeTruthy();
  });

  test('the schedule picker has its own label, not "Scan the signed-in tenantDaily"', () => {
    const onScheduleChange = vi.fn();
    page({ onScheduleChange });
    const picker = screen.getByRole('combobox', { name: 'How often to scan the signed-in tenant' });
    fireEvent.change(picker, { target: { value: 'weekly' } });
    expect(onScheduleChange).toHaveBeenCalledWith('weekly');
  });

  test('signed in: when the next background scan is due, in the product’s date style', () => {
    page();
    const section = screen.getByRole('region', { name: 'Background scans' });
    within(section).getByText(
      'Next scan: 5 Dec 2026, 10:00. It uses a silent token and skips while the sign-in is expired.',
    );
  });

  test('not connected: no "Next scan" time, since nothing can be scanned yet', () => {
    page({ auth: notConnected });
    const section = screen.getByRole('region', { name: 'Background scans' });
    expect(section.textContent).not.toContain('Next scan');
    within(section).getByText('Daily once a tenant is connected and signed in: nothing is scanned until then.');
  });

  test('signed out of a saved connection: still no "Next scan"', () => {
    page({ auth: { ...signedIn, status: 'signedOut', accounts: [], active: null } });
    expect(screen.getByRole('region', { name: 'Background scans' }).textContent).not.toContain('Next scan');
  });
});

describe('the app registration scripts on the page', () => {
  test("ticking “I'm a partner” makes them create a multitenant app that may list GDAP customers", () => {
    page();
    const script = () => document.querySelector('pre.script')?.textContent ?? '';
    expect(script()).toContain('--sign-in-audience AzureADMyOrg');
    fireEvent.click(screen.getByRole('checkbox', { name: /I’m a partner/ }));
    expect(script()).toContain('--sign-in-audience AzureADMultipleOrgs');
    expect(script()).toContain('DelegatedAdminRelationship.Read.All');
  });
});
