import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import {
  buildTimeline,
  type ControlTimeline as Timeline,
  type TimelineScanInput,
} from '../lib/engine/history/timeline';
import { recordDisposition } from '../lib/engine/history/dispositions';
import type { AuditEvent, AuditRead } from '../lib/engine/watch/audit-event';
import type { Status } from '../lib/engine/verdict/status';
import { ControlTimeline } from './control-timeline';

afterEach(cleanup);

const ID = 'entra-ca-mfa-admins-required';
const TITLE = 'MFA is required for administrators';
const day = (d: number, h = 6): string => new Date(Date.UTC(2026, 11, d, h)).toISOString();
const scan = (d: number, status: Status, score: number, audit?: AuditRead): TimelineScanInput => ({
  scannedAt: day(d),
  controls: [{ id: ID, status, score, maxScore: 8 }],
  ...(audit ? { audit } : {}),
});
const read = (events: AuditEvent[]): AuditRead => ({ status: 'read', from: day(1), to: day(31), events });
const event = (id: string, at: string, actor: AuditEvent['actor'], over: Partial<AuditEvent> = {}): AuditEvent => ({
  id,
  activity: 'Update conditional access policy',
  at,
  actor,
  targets: [{ id: 'p1', type: 'Policy', name: 'Require MFA for admins' }],
  changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
  controls: [ID],
  ...over,
});

function show(
  scans: TimelineScanInput[],
  over: Partial<Timeline> = {},
  record = null as Parameters<typeof buildTimeline>[2],
) {
  const timeline: Timeline = {
    controlId: ID,
    entries: buildTimeline(ID, scans, record),
    scansRead: scans.length,
    days: 90,
    limit: 100,
    earlier: false,
    ...over,
  };
  render(<ControlTimeline title={TITLE} timeline={timeline} />);
  return within(screen.getByRole('list', { name: `Timeline of ${TITLE}, newest first` }));
}
const items = (list: ReturnType<typeof show>): string[] =>
  list
    .getAllByRole('listitem')
    .filter((li) => li.parentElement?.classList.contains('timeline'))
    .map((li) => li.textContent ?? '');

describe('the control timeline', () => {
  test('newest first: the change in words, who changed it and the fields, then the scan before', () => {
    const byAlex = event('e1', day(14, 9), { kind: 'user', upn: 'alex@contoso.com' });
    const byApp = event(
      'e2',
      day(14, 11),
      { kind: 'app', name: 'Microsoft365DSC' },
      {
        changed: [{ field: 'Grant controls', before: 'Require MFA', after: 'None' }],
      },
    );
    const list = show([scan(15, 'fail', 0, read([byAlex, byApp])), scan(14, 'pass', 8)]);
    expect(items(list)).toEqual([
      '15 Dec 2026, 06:00 · Passing → Failing, −8 points✕ Failing · 0 of 8 points' +
        'Microsoft365DSC (app) · Update conditional access policy “Require MFA for admins” · 14 Dec 2026, 11:00Grant controls: Require MFA → None' +
        'alex@contoso.com · Update conditional access policy “Require MFA for admins” · 14 Dec 2026, 09:00State: On → Report-only',
      '14 Dec 2026, 06:00 · Oldest scan shown here✓ Passing · 8 of 8 points',
    ]);
    expect(list.getAllByRole('list', { name: 'What changed' })[1]?.textContent).toBe('State: On → Report-only');
  });

  test('an unreadable audit log says how to see who, once, and names no one', () => {
    const unavailable: AuditRead = {
      status: 'unavailable',
      from: day(1),
      to: day(15),
      reason: 'Forbidden.',
      permission: 'AuditLog.Read.All',
    };
    const list = show([scan(15, 'fail', 0, unavailable), scan(14, 'pass', 8)]);
    expect(list.getAllByText('Who changed it: grant AuditLog.Read.All to see.')).toHaveLength(1);
    expect(list.queryByRole('list', { name: 'Who changed it' })).toBeNull();
  });

  test('a run of unchanged scans is one line with its days; dispositions sit between by time', () => {
    const scans = [scan(15, 'pass', 8)];
    for (let d = 14; d >= 1; d--) scans.push(scan(d, 'fail', 0));
    const record = recordDisposition(
      undefined,
      { tenantId: 't', controlId: ID },
      {
        kind: 'riskAccepted',
        reason: 'Break-glass accounts only',
        reviewBy: '2027-01-31',
        note: 'See <b>ticket</b> 42',
      },
      'sam@contoso.com',
      day(15, 2),
    );
    const list = show(scans, {}, record);
    expect(items(list)).toEqual([
      '15 Dec 2026, 06:00 · Failing → Passing, +8 points✓ Passing · 8 of 8 points',
      '15 Dec 2026, 02:00 · sam@contoso.com recorded “Risk accepted”, review by 31 Jan 2027' +
        'Reason given: Break-glass accounts only' +
        'Note left: See <b>ticket</b> 42',
      'Unchanged in 13 scans, 2 – 14 Dec 2026 · Failing · 0 of 8 points',
      '1 Dec 2026, 06:00 · Oldest scan shown here✕ Failing · 0 of 8 points',
    ]);
    expect(document.querySelector('.control-timeline b')).toBeNull();
  });

  test('hostile names and values are shown as text, never as markup', () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const list = show([
      scan(
        15,
        'fail',
        0,
        read([
          event(
            'e1',
            day(14),
            { kind: 'user', upn: hostile },
            { changed: [{ field: hostile, before: '<b>On</b>', after: 'x' }] },
          ),
        ]),
      ),
      scan(14, 'pass', 8),
    ]);
    expect(list.getAllByText(hostile)).toHaveLength(1);
    expect(list.getByText(`${hostile}: <b>On</b> → x`)).toBeTruthy();
    expect(document.querySelector('.control-timeline img, .control-timeline b')).toBeNull();
  });

  test('says when older scans are left out, and what it shows while reading or when it failed', () => {
    show([scan(2, 'pass', 8), scan(1, 'pass', 8)], { earlier: true });
    expect(
      screen.getByText(
        /Older scans aren’t shown: the timeline covers the 90 days before the latest scan, at most 100 scans\./,
      ),
    ).toBeTruthy();
    cleanup();
    render(<ControlTimeline title={TITLE} timeline={null} />);
    expect(screen.getByText('Reading the history…')).toBeTruthy();
    cleanup();
    render(<ControlTimeline title={TITLE} timeline={null} error="The store is closed." />);
    expect(screen.getByRole('alert').textContent).toBe('The timeline couldn’t be read: The store is closed.');
  });
});
