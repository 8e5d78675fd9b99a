import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { controlResult } from '../test/fixtures/scan-result';
import { ControlDetail } from './control-detail';

afterEach(cleanup);

const manualCheck = {
  how: 'powershell' as const,
  what: ['Get-OrganizationConfig: CustomerLockBoxEnabled is True'],
  command: 'Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
};
const sources = ['Exchange Online: Get-OrganizationConfig'];
const permissions = ['Exchange.Manage (Office 365 Exchange Online)'];

test('read live: the detail names the service and its cmdlet, and no check by hand is shown', () => {
  const result = controlResult({
    id: 'm365-customer-lockbox-enabled',
    status: 'pass',
    sources,
    permissions,
    manualCheck,
    serviceRead: { services: ['exchange'], live: true },
  });
  render(<ControlDetail result={result} guide={undefined} />);
  expect(screen.getByRole('list', { name: 'Where this verdict came from' }).textContent).toBe(
    'Read live from Exchange Online: Get-OrganizationConfig',
  );
  expect(screen.queryByRole('region', { name: 'What to check' })).toBeNull();
  expect(screen.getByRole('list', { name: 'Requests' }).textContent).toContain('needs Exchange.Manage');
});

test('not read: why, and that the check by hand decides it', () => {
  const why = 'Exchange Online reading is off for this tenant (Connect page › Admin services).';
  const result = controlResult({
    id: 'm365-customer-lockbox-enabled',
    status: 'manual',
    sources,
    permissions,
    manualCheck,
    serviceRead: { services: ['exchange'], live: false, why },
  });
  render(<ControlDetail result={result} guide={undefined} />);
  expect(screen.getByRole('note').textContent).toBe(`Exchange Online wasn’t read: ${why} Check it by hand (below).`);
  expect(screen.getByRole('region', { name: 'What to check' }).textContent).toContain('CustomerLockBoxEnabled');
});

test('a control Graph reads says nothing about admin services', () => {
  render(<ControlDetail result={controlResult({ id: 'entra-x' })} guide={undefined} />);
  expect(screen.queryByRole('list', { name: 'Where this verdict came from' })).toBeNull();
  expect(screen.getByRole('list', { name: 'Graph requests' })).toBeDefined();
});

test('SharePoint read live: the detail names its one GET; beside a Graph read, only the SharePoint request', () => {
  const result = controlResult({
    id: 'spo-infected-file-download-blocked',
    status: 'fail',
    sources: ['GET /v1.0/admin/sharepoint/settings', 'SharePoint Online: GET /_api/SPO.Tenant'],
    permissions: ['AllSites.FullControl (Office 365 SharePoint Online)'],
    manualCheck: { how: 'powershell', what: ['DisallowInfectedFileDownload is True'], command: 'Get-SPOTenant' },
    serviceRead: { services: ['sharepoint'], live: true },
  });
  render(<ControlDetail result={result} guide={undefined} />);
  expect(screen.getByRole('list', { name: 'Where this verdict came from' }).textContent).toBe(
    'Read live from SharePoint Online: GET /_api/SPO.Tenant',
  );
});

test('SharePoint not read for want of the initial domain: the detail says what is missing', () => {
  const why =
    "SharePoint Online can't be read yet: its admin host is named after the tenant's initial domain (….onmicrosoft.com), which Posture Lens doesn't know — scan the tenant once (its organization read gives it; Organization.Read.All), then try again.";
  const result = controlResult({
    id: 'spo-infected-file-download-blocked',
    status: 'manual',
    sources: ['SharePoint Online: GET /_api/SPO.Tenant'],
    manualCheck: { how: 'powershell', what: ['DisallowInfectedFileDownload is True'], command: 'Get-SPOTenant' },
    serviceRead: { services: ['sharepoint'], live: false, why },
  });
  render(<ControlDetail result={result} guide={undefined} />);
  expect(screen.getByRole('note').textContent).toBe(`SharePoint Online wasn’t read: ${why} Check it by hand (below).`);
});
