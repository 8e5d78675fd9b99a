import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { bandOf } from '../lib/engine/score/score-band';
import type { TenantRow, TenantScansView, TenantsOverview } from '../lib/messaging/partner-protocol';
import { TenantsPage, type TenantsPageActions } from './tenants-page';

afterEach(cleanup);

const NOW = Date.parse('2026-12-05T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW - d * 86_400_000).toISOString();
const A = 'aaaaaaaa-1111-4111-8111-000000000001';
const B = 'bbbbbbbb-1111-4111-8111-000000000002';
const C = 'cccccccc-1111-4111-8111-000000000003';

function row(
  over: Partial<TenantRow> & Pick<TenantRow, 'tenantId' | 'name'>,
  percent: number,
  scannedDaysAgo: number,
): TenantRow {
  return {
    kind: 'customer',
    shown: false,
    latest: {
      scannedAt: daysAgo(scannedDaysAgo),
      percent,
      achieved: percent,
      available: 100,
      band: bandOf(percent),
      failing: 3,
      byCategory: { identity: percent, data: null, device: null, apps: null },
      byFramework: { secureScore: percent, cis: 100 - percent, scuba: null },
      licence: 'Microsoft 365 E3',
    },
    change: 0,
    sparkline: [
      { at: daysAgo(scannedDaysAgo + 30), percent: 10 },
      { at: daysAgo(scannedDaysAgo), percent },
    ],
    worstRegression: null,
    regressions: 0,
    access: { state: 'ready' },
    via: { accountId: 'uid.utid', username: 'megan@partner.example' },
    templates: [],
    ...over,
  };
}

const fabrikam = row(
  {
    tenantId: A,
    name: 'Fabrikam',
    change: -12,
    regressions: 2,
    worstRegression: { controlId: 'entra-mfa-required', title: 'MFA is required', pointsLost: 8 },
  },
  45,
  1,
);
const tailspin = row(
  {
    tenantId: B,
    name: 'Tailspin',
    access: {
      state: 'needsConsent',
      consentUrl: 'https://login.microsoftonline.com/bbbb/adminconsent',
      reason: 'AADSTS65001: not consented.',
    },
  },
  85,
  10,
);
const litware = row({ tenantId: C, name: 'Litware', kind: 'home', shown: true, change: 4 }, 62, 2);
const overview: TenantsOverview = { rows: [litware, tailspin, fabrikam], staleAfterDays: 7, partnerName: '' };

function actions(): TenantsPageActions {
  return {
    onOpen: vi.fn(),
    onRemove: vi.fn(),
    onScan: vi.fn(),
    onCancel: vi.fn(),
    onStaleAfter: vi.fn(),
    onPartnerName: vi.fn(),
    onReport: vi.fn(),
    onAdd: vi.fn(() => Promise.resolve('No tenant answers for nowhere.example.')),
    onListGdap: vi.fn(),
    onAddGdap: vi.fn(),
  };
}

function show(over: { overview?: TenantsOverview; scans?: TenantScansView; actions?: TenantsPageActions } = {}) {
  const a = over.actions ?? actions();
  render(
    <TenantsPage
      overview={over.overview ?? overview}
      scans={over.scans ?? null}
      gdap={null}
      gdapBusy={false}
      error={null}
      now={NOW}
      actions={a}
    />,
  );
  return a;
}
const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => within(h).getAllByRole('button')[0]!.textContent);
const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tr')!;

describe('the Tenants overview page', () => {
  test('worst score first; a header sorts by its column and says so, again reverses', () => {
    show();
    expect(names()).toEqual(['Fabrikam', 'Litware', 'Tailspin']);
    const name = screen.getByRole('columnheader', { name: /Tenant/ });
    fireEvent.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('ascending');
    expect(names()).toEqual(['Fabrikam', 'Litware', 'Tailspin']);
    fireEvent.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(names()).toEqual(['Tailspin', 'Litware', 'Fabrikam']);
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Last scan/ })).getByRole('button'));
    expect(names()).toEqual(['Fabrikam', 'Litware', 'Tailspin']);
    expect(screen.getByRole('columnheader', { name: /Tenant/ }).getAttribute('aria-sort')).toBeNull();
  });

  test('score with its band in words, change and the worst regression', () => {
    show();
    const f = within(rowOf('Fabrikam'));
    expect(f.getByText('45%')).toBeTruthy();
    expect(f.getByText('Fair')).toBeTruthy();
    expect(f.getByText('−12 pts')).toBeTruthy();
    expect(f.getByText('MFA is required')).toBeTruthy();
    expect(f.queryByRole('link', { name: 'MFA is required' })).toBeNull();
    expect(f.getByRole('img', { name: /^Score over 2 scans: 10% on .* → 45% on / })).toBeTruthy();
  });

  test('the worst regression links to the control on the tenant the dashboard shows', () => {
    const shown = { ...fabrikam, shown: true };
    show({ overview: { ...overview, rows: [shown] } });
    expect(screen.getByRole('link', { name: 'MFA is required' }).getAttribute('href')).toBe(
      '#control=entra-mfa-required',
    );
  });

  test('compare by a framework: every score is read through it', () => {
    show();
    fireEvent.change(screen.getByLabelText(/Compare by/), { target: { value: 'cis' } });
    expect(within(rowOf('Fabrikam')).getByText('55%')).toBeTruthy();
    expect(names()).toEqual(['Tailspin', 'Litware', 'Fabrikam']);
    fireEvent.change(screen.getByLabelText(/Compare by/), { target: { value: 'scuba' } });
    expect(within(rowOf('Fabrikam')).getByText('No points')).toBeTruthy();
  });

  test('"Stale" past the threshold only; a new threshold is saved', () => {
    const a = show();
    expect(within(rowOf('Tailspin')).getByText('Stale')).toBeTruthy();
    expect(within(rowOf('Litware')).queryByText('Stale')).toBeNull();
    fireEvent.input(screen.getByLabelText(/Stale after/), { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(a.onStaleAfter).toHaveBeenCalledWith(14);
    cleanup();
    show({ overview: { ...overview, staleAfterDays: 1 } });
    expect(within(rowOf('Litware')).getByText('Stale')).toBeTruthy();
  });

  test('filters: text, regressed, stale, needs consent', () => {
    show();
    fireEvent.input(screen.getByLabelText(/Search/), { target: { value: 'tail' } });
    expect(names()).toEqual(['Tailspin']);
    fireEvent.input(screen.getByLabelText(/Search/), { target: { value: '' } });
    const show_ = screen.getByLabelText(/^Show/);
    fireEvent.change(show_, { target: { value: 'regressed' } });
    expect(names()).toEqual(['Fabrikam']);
    fireEvent.change(show_, { target: { value: 'stale' } });
    expect(names()).toEqual(['Tailspin']);
    fireEvent.change(show_, { target: { value: 'needsConsent' } });
    expect(names()).toEqual(['Tailspin']);
    expect(screen.getByText('1 of 3 tenants shown')).toBeTruthy();
  });

  test('needs consent: the admin-consent link for that tenant opens in a new tab', () => {
    show();
    const link = within(rowOf('Tailspin')).getByRole('link', { name: 'Grant admin consent in Tailspin' });
    expect(link.getAttribute('href')).toBe('https://login.microsoftonline.com/bbbb/adminconsent');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(within(rowOf('Fabrikam')).getByText('Ready')).toBeTruthy();
  });

  test('select all, none, and scan the selected at the chosen concurrency; the demo is never selected', () => {
    const demo = row({ tenantId: 'demo-contoso', name: 'Contoso demo', kind: 'demo' }, 70, 0);
    const a = show({ overview: { ...overview, rows: [...overview.rows, demo] } });
    const scan = screen.getByRole<HTMLButtonElement>('button', { name: 'Scan selected' });
    expect(scan.disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(screen.getByLabelText<HTMLInputElement>('Select Contoso demo').disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Select Fabrikam'));
    fireEvent.change(screen.getByLabelText(/At once/), { target: { value: '5' } });
    fireEvent.click(scan);
    expect(a.onScan).toHaveBeenCalledWith([C, B], 5);
    fireEvent.click(screen.getByRole('button', { name: 'Select none' }));
    expect(screen.getByText('0 selected')).toBeTruthy();
  });

  test('per-row progress with done/total and Cancel; Cancel all while any runs', () => {
    const scans: TenantScansView = {
      concurrency: 3,
      running: true,
      tenants: [
        {
          tenantId: A,
          state: 'running',
          progress: { done: 12, total: 40 },
          message: null,
          startedAt: daysAgo(0),
          finishedAt: null,
        },
        {
          tenantId: B,
          state: 'needsConsent',
          progress: null,
          message: 'The app is not consented in Tailspin.',
          startedAt: null,
          finishedAt: daysAgo(0),
        },
      ],
    };
    const a = show({ scans });
    const bar = within(rowOf('Fabrikam')).getByRole('progressbar', { name: 'Scan of Fabrikam: 12 of 40 requests' });
    expect(bar.getAttribute('value')).toBe('12');
    expect(within(rowOf('Fabrikam')).getByText('12/40')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel the scan of Fabrikam' }));
    expect(a.onCancel).toHaveBeenCalledWith(A);
    expect(within(rowOf('Tailspin')).getByText('The app is not consented in Tailspin.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel the scan of Tailspin' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel all' }));
    expect(a.onCancel).toHaveBeenCalledWith(null);
  });

  test('the name opens that tenant; a customer tenant is removed only once confirmed', () => {
    const a = show();
    fireEvent.click(within(rowOf('Fabrikam')).getByRole('button', { name: 'Fabrikam' }));
    expect(a.onOpen).toHaveBeenCalledWith(A);
    expect(within(rowOf('Litware')).queryByRole('button', { name: 'Remove Litware' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Fabrikam' }));
    expect(a.onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Fabrikam' }));
    expect(a.onRemove).toHaveBeenCalledWith(A);
  });

  test("a row's unreadable records are said on that row", () => {
    show({
      overview: {
        ...overview,
        rows: [{ ...fabrikam, problem: "1 saved scan couldn't be read and was skipped." }, litware],
      },
    });
    expect(within(rowOf('Fabrikam')).getByText(/1 saved scan couldn't be read/)).toBeTruthy();
  });

  test('adding a tenant: what was refused is shown beside the field', async () => {
    const a = show();
    fireEvent.input(screen.getByLabelText(/Add a tenant/), { target: { value: 'nowhere.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tenant' }));
    expect(a.onAdd).toHaveBeenCalledWith('nowhere.example');
    expect((await screen.findByRole('alert')).textContent).toBe('No tenant answers for nowhere.example.');
  });
});

describe('reports for customers', () => {
  test("a scanned tenant's row opens its printable report; the name printed on reports is saved from the page", () => {
    const a = actions();
    show({ actions: a });
    fireEvent.click(screen.getByRole('button', { name: 'Printable report for Tailspin' }));
    expect(a.onReport).toHaveBeenCalledWith(B);
    const name = screen.getByRole('textbox', { name: /Your name on reports/ });
    expect(screen.getByRole('button', { name: 'Save name' })).toHaveProperty('disabled', true);
    fireEvent.input(name, { target: { value: '  Fabrikam IT ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(a.onPartnerName).toHaveBeenCalledWith('Fabrikam IT');
  });
});
