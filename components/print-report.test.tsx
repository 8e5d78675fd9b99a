import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { ExportActions } from './export-actions';
import { PrintReport } from './print-report';
import { shownDate } from '../lib/engine/format/dates';

afterEach(cleanup);

const scan = scanWith([
  controlResult({ id: 'entra-a', title: 'Admins must use MFA', status: 'pass', score: 10 }),
  controlResult({
    id: 'spo-b',
    title: 'Sharing is limited',
    category: 'data',
    status: 'fail',
    maxScore: 5,
    reason: 'Anyone links are on.',
    adminUrl: 'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing',
  }),
]);

test('the printable report has the tenant, score, category subtotals and every control with its fix link', () => {
  render(<PrintReport scan={scan} demo={false} />);
  const report = screen.getByRole('region', { name: 'Printable report' });
  within(report).getByRole('heading', { name: 'Microsoft 365 security posture — Contoso' });
  within(report).getByText(/^Score 67% — 10 of 15 points/);
  const byCategory = within(report).getByRole('table', { name: 'Score by category' });
  expect(within(byCategory).getByRole('row', { name: 'Identity 10 of 10 100%' })).toBeTruthy();
  expect(within(byCategory).getByRole('row', { name: 'Apps — —' })).toBeTruthy();
  const data = within(report).getByRole('table', { name: 'Data controls (1)' });
  within(data).getByRole('cell', { name: 'Failing' });
  within(data).getByRole('cell', { name: '0/5' });
  within(data).getByText(/Anyone links are on\./);
  expect(within(data).getByRole('link').getAttribute('href')).toBe(
    'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing',
  );
  expect(within(report).queryByRole('button')).toBeNull();
});

test('the export buttons ask the page for JSON, CSV or print', () => {
  const onExport = vi.fn();
  const onPrint = vi.fn();
  render(<ExportActions onExport={onExport} onPrint={onPrint} />);
  screen.getByRole('button', { name: 'Export JSON' }).click();
  screen.getByRole('button', { name: 'Export CSV' }).click();
  screen.getByRole('button', { name: 'Print / save as PDF' }).click();
  expect(onExport.mock.calls).toEqual([['json'], ['csv']]);
  expect(onPrint).toHaveBeenCalledOnce();
});

test('the printable report says which declarations the verdicts were judged against', () => {
  const declarations = {
    emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user' as const, reason: 'In the safe' }],
    exemptions: [],
    privilegedRoles: null,
  };
  render(<PrintReport scan={{ ...scan, declarations }} demo={false} />);
  const report = screen.getByRole('region', { name: 'Printable report' });
  expect(
    within(report).getByText(
      'Judged against your declarations: 1 emergency-access account, 0 exemptions, the default privileged roles.',
    ),
  ).toBeTruthy();
});

test('a not-applicable control is printed as such, with its reason and no points either way', () => {
  const na = scanWith([
    controlResult({ id: 'entra-a', title: 'Admins must use MFA', status: 'pass', score: 10 }),
    controlResult({
      id: 'email-dmarc-enforced',
      title: 'DMARC is enforced',
      category: 'apps',
      status: 'notApplicable',
      maxScore: 3,
      reason: 'The tenant has no custom mail domain to check.',
    }),
  ]);
  render(<PrintReport scan={na} demo={false} />);
  const report = screen.getByRole('region', { name: 'Printable report' });
  within(report).getByText(/^Score 100% — 10 of 10 points/);
  const apps = within(report).getByRole('table', { name: 'Apps controls (1)' });
  within(apps).getByRole('cell', { name: 'Not applicable' });
  within(apps).getByRole('cell', { name: '— not applicable' });
  within(apps).getByText(/^Not applicable — The tenant has no custom mail domain to check\./);
  expect(within(apps).queryByText('0/3')).toBeNull();
  within(report).getByText(/1 not applicable/);
});

test('a failing control’s row says the value to set before its fix link; a passing one does not', () => {
  const setTo = (id: string) =>
    ({
      'spo-b': { setting: 'External sharing', value: 'Existing guests' },
      'entra-a': { setting: 'MFA', value: 'On' },
    })[id];
  render(<PrintReport scan={scan} demo={false} setTo={setTo} />);
  const data = screen.getByRole('table', { name: 'Data controls (1)' });
  expect(within(data).getAllByRole('cell')[2]!.textContent).toBe(
    'Anyone links are on.Set External sharing to Existing guests. Fix: https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing',
  );
  const identity = screen.getByRole('table', { name: 'Identity controls (1)' });
  expect(within(identity).queryByText(/^Set /)).toBeNull();
  expect(within(identity).getAllByRole('cell')[2]!.textContent).toMatch(/^Reason for entra-a\.Fix: /);
});

test("the report's header: the tenant's name, its id and scan date, and who prepared it", () => {
  const customer = scanWith([controlResult({ id: 'entra-a', status: 'pass', score: 10 })], {
    tenant: { id: '11111111-1111-4111-8111-111111111111', displayName: 'Contoso', cloud: 'global' },
    scannedAt: '2026-12-01T09:30:00.000Z',
  });
  render(<PrintReport scan={customer} demo={false} partnerName="  Fabrikam IT <b>MSP</b> " />);
  const header = within(screen.getByRole('region', { name: 'Printable report' })).getByRole('banner');
  expect([...header.children].map((e) => e.textContent)).toEqual([
    'Microsoft 365 security posture — Contoso',
    `Scanned ${shownDate('2026-12-01T09:30:00.000Z')} · tenant 11111111-1111-4111-8111-111111111111 · posture-lens 0.1.0`,
    // The partner's own words, as text.
    'Prepared by Fabrikam IT <b>MSP</b>',
  ]);
  expect(header.querySelector('b')).toBeNull();
});

test('no partner name, no "Prepared by" line', () => {
  render(<PrintReport scan={scan} demo={false} partnerName="   " />);
  expect(screen.queryByText(/Prepared by/)).toBeNull();
  cleanup();
  render(<PrintReport scan={scan} demo={false} />);
  expect(screen.queryByText(/Prepared by/)).toBeNull();
});
