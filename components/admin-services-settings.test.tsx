import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { adminServiceInfo } from '../lib/graph/sources/admin-services';
import type { AdminServicesView } from '../lib/messaging/admin-services-view';
import { AdminServicesSection } from './admin-services-settings';

afterEach(cleanup);

const view: AdminServicesView = {
  tenantId: 't1',
  tenantName: 'Contoso',
  demo: false,
  services: [
    {
      ...adminServiceInfo.exchange,
      service: 'exchange',
      status: 'on',
      why: null,
      hosts: ['https://*.outlook.office365.com/*'],
      unavailable: null,
    },
    {
      ...adminServiceInfo.compliance,
      service: 'compliance',
      status: 'refused',
      why: 'Security & Compliance: not consented — Turn on asks for it (Connect page › Admin services).',
      hosts: ['https://*.ps.compliance.protection.outlook.com/*'],
      unavailable: null,
    },
    { ...adminServiceInfo.teams, service: 'teams', status: 'off', why: null, hosts: [], unavailable: null },
    {
      ...adminServiceInfo.sharepoint,
      service: 'sharepoint',
      status: 'off',
      why: null,
      hosts: ['https://contoso-admin.sharepoint.com/*'],
      unavailable: null,
    },
  ],
};
const unknownDomain = "SharePoint Online can't be read yet: its admin host is named after the tenant's initial domain.";
const item = (name: string) => screen.getByRole('listitem', { name });

test('each service: where it stands, what it reads, the permission and API to add, and the role that suffices', () => {
  render(<AdminServicesSection view={view} busy={null} error={null} onToggle={vi.fn()} />);
  expect(item('Exchange Online').querySelector('.service-status')?.textContent).toBe(
    'Exchange Online: On: read live in every scan of this tenant.',
  );
  expect(item('Security & Compliance').querySelector('.service-status')?.textContent).toBe(
    'Security & Compliance: On, but not read: Security & Compliance: not consented — Turn on asks for it (Connect page › Admin services).',
  );
  const teams = item('Microsoft Teams').textContent ?? '';
  expect(teams).toContain('Off: its controls stay checks by hand');
  expect(teams).toContain('user_impersonation');
  expect(teams).toContain('Skype and Teams Tenant Admin API');
  expect(teams).toContain('Teams Communications Support Engineer');
});

test('Turn on and Turn off hand the service to the page, which asks the browser and the account', () => {
  const onToggle = vi.fn();
  render(<AdminServicesSection view={view} busy={null} error={null} onToggle={onToggle} />);
  fireEvent.click(screen.getByRole('button', { name: 'Turn on Microsoft Teams' }));
  expect(onToggle).toHaveBeenLastCalledWith(view.services[2], true);
  fireEvent.click(screen.getByRole('button', { name: 'Turn off Exchange Online' }));
  expect(onToggle).toHaveBeenLastCalledWith(view.services[0], false);
});

test('while a consent window is open, no other switch can be pressed; a refusal is an alert', () => {
  render(
    <AdminServicesSection
      view={view}
      busy="teams"
      error="Microsoft Teams: Sign-in was cancelled."
      onToggle={vi.fn()}
    />,
  );
  expect(screen.getByRole('button', { name: 'Turn on Microsoft Teams' }).textContent).toBe('Waiting for consent…');
  expect(screen.getAllByRole('button').every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  expect(screen.getByRole('alert').textContent).toBe('Microsoft Teams: Sign-in was cancelled.');
});

test('no tenant yet: says how to get one', () => {
  render(
    <AdminServicesSection
      view={{ tenantId: null, tenantName: null, demo: false, services: [] }}
      busy={null}
      error={null}
      onToggle={vi.fn()}
    />,
  );
  expect(screen.getByRole('region', { name: 'Admin services' }).textContent).toContain('Sign in to a tenant');
});

test('SharePoint: its write-capable permission said plainly, the one GET it sends, and exactly the tenant’s admin host', () => {
  const onToggle = vi.fn();
  render(<AdminServicesSection view={view} busy={null} error={null} onToggle={onToggle} />);
  const spo = item('SharePoint Online').textContent ?? '';
  expect(spo).toContain('AllSites.FullControl');
  expect(spo).toContain('Office 365 SharePoint Online');
  expect(spo).toContain('Microsoft has no read-only permission for SharePoint’s admin API');
  expect(spo).toContain('exactly one request with it, GET /_api/SPO.Tenant');
  expect(spo).toContain('SharePoint Administrator');
  expect(spo).toContain('Browser access, asked for in Turn on’s click: https://contoso-admin.sharepoint.com/*.');
  fireEvent.click(screen.getByRole('button', { name: 'Turn on SharePoint Online' }));
  expect(onToggle).toHaveBeenLastCalledWith(view.services[3], true);
  // The other services ask nothing wider than they read.
  expect(item('Exchange Online').querySelector('.service-caveat')).toBeNull();
});

test('SharePoint before its admin host is known: says what is missing, and Turn on can’t be pressed', () => {
  const blocked = { ...view.services[3]!, hosts: [], unavailable: unknownDomain };
  render(
    <AdminServicesSection
      view={{ ...view, services: [view.services[0]!, blocked] }}
      busy={null}
      error={null}
      onToggle={vi.fn()}
    />,
  );
  expect(item('SharePoint Online').querySelector('[role="note"]')?.textContent).toBe(unknownDomain);
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Turn on SharePoint Online' }).disabled).toBe(true);
  expect(item('SharePoint Online').textContent).not.toContain('Browser access');
});

test('the demo: no host asked, and nothing blocks Turn on (the simulator answers)', () => {
  const blocked = { ...view.services[3]!, hosts: [], unavailable: unknownDomain };
  render(
    <AdminServicesSection
      view={{ ...view, demo: true, services: [blocked] }}
      busy={null}
      error={null}
      onToggle={vi.fn()}
    />,
  );
  expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Turn on SharePoint Online' }).disabled).toBe(false);
  expect(item('SharePoint Online').textContent).not.toContain(unknownDomain);
});
