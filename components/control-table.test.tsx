import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { scoreOf } from '../lib/engine/score/score';
import { controlResult } from '../test/fixtures/scan-result';
import { ControlTable } from './control-table';

afterEach(cleanup);

const learn = 'https://learn.microsoft.com/';
const results: ControlResult[] = [
  controlResult({
    id: 'entra-legacy-auth-blocked',
    title: 'Legacy authentication is blocked',
    status: 'fail',
    maxScore: 8,
    refs: { learn, secureScore: 'BlockLegacyAuthentication', cis: '5.2.2.3', scuba: 'MS.AAD.1.1v1' },
    reason: 'No Conditional Access policy blocks legacy clients.',
  }),
  controlResult({
    id: 'entra-admin-mfa-required',
    title: 'Admins must use MFA',
    status: 'partial',
    score: 4,
    maxScore: 10,
    refs: { learn, cis: '5.2.2.1' },
    reason: 'Three admins are not covered.',
  }),
  controlResult({
    id: 'spo-external-sharing-limited',
    title: 'SharePoint external sharing is limited',
    category: 'data',
    status: 'pass',
    score: 5,
    maxScore: 5,
    refs: { learn, scuba: 'MS.SHAREPOINT.1.1v1' },
  }),
  controlResult({
    id: 'entra-risky-signins-blocked',
    title: 'Risky sign-ins are challenged',
    status: 'notLicensed',
    maxScore: 7,
    licence: 'Microsoft Entra ID P2',
    refs: { learn, secureScore: 'SigninRiskPolicy', cis: '5.2.2.8' },
  }),
  controlResult({
    id: 'intune-compliance-required',
    title: 'Devices must be compliant',
    category: 'device',
    status: 'unknown',
    maxScore: 3,
    refs: { learn, cis: '4.1' },
    reason: 'Graph refused the request: it needs DeviceManagementConfiguration.Read.All.',
  }),
];

const table = () => screen.getByRole('table');
/** The controls in the order shown. */
const shown = () =>
  within(table())
    .queryAllByRole('rowheader')
    .map((h) => within(h).getByRole('button').textContent);
const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });

function renderTable(onSelect = vi.fn()) {
  render(<ControlTable results={results} selected={null} onSelect={onSelect} />);
  return onSelect;
}

describe('ControlTable with a not-applicable control', () => {
  test('shows it as not applicable with no points, never 0/6, and the status filter offers it', () => {
    const na = controlResult({
      id: 'email-dmarc-enforced',
      title: 'DMARC is enforced',
      status: 'notApplicable',
      maxScore: 6,
      reason: 'The tenant has no custom mail domain.',
    });
    render(<ControlTable results={[na]} selected={null} onSelect={vi.fn()} />);
    const row = within(table()).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Not applicable');
    expect(row.textContent).not.toContain('0/6');
    expect(within(row).getByText('—')).toBeTruthy();
    expect(within(screen.getByLabelText('Status')).getByRole('option', { name: 'Not applicable' })).toBeTruthy();
  });
});

describe('ControlTable with controls the score leaves out', () => {
  test('a not-licensed or by-hand control shows no points, never 0/7, since it is out of the available points', () => {
    const rows = [
      controlResult({
        id: 'entra-risky',
        title: 'Risky sign-ins',
        status: 'notLicensed',
        maxScore: 7,
        licence: 'Microsoft Entra ID P2',
      }),
      controlResult({ id: 'email-preset', title: 'Preset protection', status: 'manual', maxScore: 4 }),
    ];
    render(<ControlTable results={rows} selected={null} onSelect={vi.fn()} />);
    const rowOf = (title: string) =>
      within(table())
        .getByRole('rowheader', { name: new RegExp(title) })
        .closest('tr')!;
    const licence = rowOf('Risky sign-ins');
    const manual = rowOf('Preset protection');
    expect(licence.textContent).toContain('Not licensed');
    expect(licence.textContent).not.toContain('0/7');
    expect(within(licence).getAllByRole('cell').at(-1)!.textContent).toBe('— needs Microsoft Entra ID P2');
    expect(manual.textContent).toContain('Check by hand');
    expect(manual.textContent).not.toContain('0/4');
    expect(within(manual).getAllByRole('cell').at(-1)!.textContent).toBe('— check by hand');
  });
});

describe('ControlTable', () => {
  test('starts failing first, then by points at stake, and says how many controls it shows', () => {
    renderTable();
    expect(shown()).toEqual([
      'Legacy authentication is blocked',
      'Admins must use MFA',
      'Devices must be compliant',
      'Risky sign-ins are challenged',
      'SharePoint external sharing is limited',
    ]);
    expect(screen.getByRole('table', { name: '5 controls' })).toBeTruthy();
    expect(header('Status').getAttribute('aria-sort')).toBe('ascending');
  });

  test('sorts by a clicked column header, and a second click reverses it', () => {
    renderTable();
    fireEvent.click(within(header('Points')).getByRole('button'));
    expect(header('Points').getAttribute('aria-sort')).toBe('descending');
    expect(header('Status').hasAttribute('aria-sort')).toBe(false);
    // Most points still to gain first: 8, 7, 6, 3, 0.
    expect(shown()).toEqual([
      'Legacy authentication is blocked',
      'Risky sign-ins are challenged',
      'Admins must use MFA',
      'Devices must be compliant',
      'SharePoint external sharing is limited',
    ]);

    fireEvent.click(within(header('Control')).getByRole('button'));
    expect(header('Control').getAttribute('aria-sort')).toBe('ascending');
    expect(shown()[0]).toBe('Admins must use MFA');
    fireEvent.click(within(header('Control')).getByRole('button'));
    expect(header('Control').getAttribute('aria-sort')).toBe('descending');
    expect(shown()[0]).toBe('SharePoint external sharing is limited');

    fireEvent.click(within(header('Category')).getByRole('button'));
    expect(shown()[0]).toBe('SharePoint external sharing is limited'); // data < device < identity
  });

  test('filters by status, category and licence, and the count follows', () => {
    renderTable();
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'fail' } });
    expect(shown()).toEqual(['Legacy authentication is blocked']);
    expect(screen.getByRole('table', { name: 'Showing 1 of 5 controls' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'identity' } });
    expect(shown()).toHaveLength(3);

    fireEvent.change(screen.getByRole('combobox', { name: 'Licence needed' }), {
      target: { value: 'Microsoft Entra ID P2' },
    });
    expect(shown()).toEqual(['Risky sign-ins are challenged']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'pass' } });
    expect(shown()).toEqual([]);
    expect(screen.getByText('No controls match these filters.')).toBeTruthy();
  });

  test('searches title, id, reason and benchmark references', () => {
    renderTable();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    fireEvent.input(search, { target: { value: 'sharepoint' } });
    expect(shown()).toEqual(['SharePoint external sharing is limited']);
    fireEvent.input(search, { target: { value: 'entra-admin-mfa' } });
    expect(shown()).toEqual(['Admins must use MFA']);
    fireEvent.input(search, { target: { value: 'DeviceManagementConfiguration' } });
    expect(shown()).toEqual(['Devices must be compliant']);
    fireEvent.input(search, { target: { value: '5.2.2.3' } });
    expect(shown()).toEqual(['Legacy authentication is blocked']);
    fireEvent.input(search, { target: { value: 'ms.aad legacy' } });
    expect(shown()).toEqual(['Legacy authentication is blocked']);
    // The Learn link is not searched: every control has one.
    fireEvent.input(search, { target: { value: 'learn.microsoft.com' } });
    expect(shown()).toEqual([]);
  });

  test('a framework lens shows only its controls, their ids, and the score scoreOf gives them', () => {
    renderTable();
    expect(screen.getByRole('status').textContent).toBe(
      `All controls: ${scoreOf(results).percent}% · ${scoreOf(results).achieved} of ${scoreOf(results).available} points`,
    );

    fireEvent.click(screen.getByRole('radio', { name: 'CIS M365' }));
    const cis = scoreOf(results.filter((r) => r.refs.cis));
    // 4 of 21 points: the not-licensed control is out, the unknown one counts against.
    expect(cis).toMatchObject({ achieved: 4, available: 21, percent: 19 });
    expect(screen.getByRole('status').textContent).toBe(
      `CIS M365: ${cis.percent}% · ${cis.achieved} of ${cis.available} points`,
    );
    expect(shown()).toHaveLength(4);
    expect(screen.getByRole('table', { name: '4 CIS M365 controls' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'CIS id' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '5.2.2.3' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'CISA SCuBA' }));
    expect(shown()).toEqual(['Legacy authentication is blocked', 'SharePoint external sharing is limited']);
    expect(screen.getByRole('status').textContent).toBe('CISA SCuBA: 38% · 5 of 13 points');
  });

  test('a control is chosen with its button, which the keyboard reaches', () => {
    const onSelect = renderTable();
    const button = screen.getByRole('button', { name: 'Admins must use MFA' });
    expect(button.tagName).toBe('BUTTON');
    fireEvent.click(button);
    expect(onSelect).toHaveBeenCalledWith('entra-admin-mfa-required');
  });

  test('Graph-supplied text is rendered as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <ControlTable results={[controlResult({ id: 'x', title: hostile })]} selected={null} onSelect={vi.fn()} />,
    );
    expect(screen.getByRole('button', { name: hostile })).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
  });
});

describe("Microsoft Secure Score's rows", () => {
  const microsoft = (id: string, title: string, status: ControlResult['status']): ControlResult =>
    controlResult({
      id: `microsoft-${id}`,
      title,
      status,
      maxScore: 9,
      source: 'microsoft',
      microsoft: {
        profileId: id,
        title,
        status: status === 'notLicensed' ? 'notLicensed' : 'fail',
        score: 0,
        maxScore: 9,
        measuredAt: '2026-11-23T00:00:00Z',
      },
    });
  const mixed = [
    ...results,
    microsoft('scid_74', 'Block Win32 API calls from Office macros', 'fail'),
    microsoft('MDA_Okta_MFA', 'MFA — Okta', 'notLicensed'),
  ];
  const rowTitles = () =>
    within(table())
      .queryAllByRole('rowheader')
      .filter((h) => !h.closest('tr.group-head'))
      .map((h) => h.querySelector('button')?.textContent);

  test('follow ours as one labelled group, collapsed until opened by keyboard or click', () => {
    render(<ControlTable results={mixed} scannedAt="2026-11-24T12:00:00Z" selected={null} onSelect={vi.fn()} />);
    const toggle = screen.getByRole('button', { name: /From Microsoft Secure Score · measured 23 Nov 2026 · 2 rows/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(rowTitles()).not.toContain('MFA — Okta');
    expect(rowTitles()).toContain('Legacy authentication is blocked');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const titles = rowTitles();
    // Ours first, then Microsoft's, whatever the sort.
    expect(titles.indexOf('Block Win32 API calls from Office macros')).toBeGreaterThan(
      titles.indexOf('Legacy authentication is blocked'),
    );
    const okta = within(table())
      .getByRole('rowheader', { name: /MFA — Okta/ })
      .closest('tr')!;
    expect(within(okta).getAllByRole('cell').at(-1)!.textContent).toBe('— not scored by Microsoft for this tenant');
  });

  test("the source filter shows only ours, or only Microsoft's, opened", () => {
    render(<ControlTable results={mixed} selected={null} onSelect={vi.fn()} />);
    const source = screen.getByLabelText('Decided by');
    fireEvent.change(source, { target: { value: 'posture-lens' } });
    expect(screen.queryByRole('button', { name: /From Microsoft Secure Score/ })).toBeNull();
    fireEvent.change(source, { target: { value: 'microsoft' } });
    expect(rowTitles()).toEqual(['Block Win32 API calls from Office macros', 'MFA — Okta']);
  });
});
