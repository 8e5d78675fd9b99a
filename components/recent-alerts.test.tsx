import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import type { AlertRecord, AlertsView } from '../lib/messaging/alerts-view';
import { RecentAlerts } from './recent-alerts';

afterEach(cleanup);

const NOW = Date.parse('2026-12-05T16:00:00.000Z');
const TENANT = '11111111-1111-1111-1111-111111111111';
const hoursAgo = (h: number): string => new Date(NOW - h * 3_600_000).toISOString();

function alert(h: number, over: Partial<AlertRecord> = {}): AlertRecord {
  return {
    tenantId: TENANT,
    tenantName: 'Contoso',
    raisedAt: hoursAgo(h),
    scannedAt: hoursAgo(h),
    title: 'Contoso: posture dropped',
    message: 'MFA is required for every administrator role: −10 points, by alex@contoso.com at 14:02 · and 1 more',
    controlId: 'entra-admin-mfa-required',
    findings: [
      {
        kind: 'regression',
        controlId: 'entra-admin-mfa-required',
        title: 'MFA is required for every administrator role',
        pointsLost: 10,
        what: 'MFA is required for every administrator role: −10 points',
        by: { actor: 'alex@contoso.com', at: '2026-12-05T14:02:00.000Z' },
        unnamed: null,
        notified: true,
      },
      {
        kind: 'exclusionAdded',
        controlId: 'entra-legacy-auth-blocked',
        title: 'Legacy authentication is blocked',
        pointsLost: 0,
        what: 'Megan Bowen added to CA - Legacy Auth Exceptions, escaping “Block legacy authentication”',
        by: { actor: 'nestor@contoso.com', at: '2026-12-05T14:03:00.000Z' },
        unnamed: null,
        notified: true,
      },
      {
        kind: 'regression',
        controlId: 'entra-guest-invite-restricted',
        title: 'Guest invites are restricted',
        pointsLost: 1,
        what: 'Guest invites are restricted: −1 point',
        by: null,
        unnamed: 'who: grant AuditLog.Read.All to see',
        notified: false,
      },
    ],
    ...over,
  };
}

const view = (alerts: AlertRecord[], unreadable = 0): AlertsView => ({ tenantId: TENANT, alerts, unreadable });
const show = (v: AlertsView | null, error: string | null = null) =>
  render(<RecentAlerts view={v} error={error} now={NOW} watchHref="/options.html#watch" />);
const region = () => screen.getByRole('region', { name: 'Recent alerts' });

describe('Recent alerts', () => {
  test('an alert says when, the notification as sent, and every finding with who, each linking to its timeline', () => {
    show(view([alert(2)]));
    const [entry] = within(region())
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('alert-entry'));
    const item = within(entry!);
    expect(item.getByText('2 h ago').closest('time')?.getAttribute('datetime')).toBe(hoursAgo(2));
    expect(entry!.textContent).toContain('5 Dec 2026');
    const sent = item.getByRole('figure');
    expect(sent.textContent).toContain('The notification, as sentContoso: posture dropped');
    expect(sent.textContent).toContain('by alex@contoso.com at 14:02 · and 1 more');

    const findings = item.getByRole('list', { name: 'All 3 things the scan found' });
    const rows = within(findings).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('— by alex@contoso.com,'),
      expect.stringContaining('— by nestor@contoso.com,'),
      'Guest invites are restricted: −1 point (who: grant AuditLog.Read.All to see) · under your threshold: not in the notification',
    ]);
    expect(item.getByRole('link', { name: 'MFA is required for every administrator role: −10 points' })).toHaveProperty(
      'hash',
      '#control=entra-admin-mfa-required&view=timeline',
    );
    expect(item.getByRole('link', { name: /Megan Bowen added to CA - Legacy Auth Exceptions/ })).toHaveProperty(
      'hash',
      '#control=entra-legacy-auth-blocked&view=timeline',
    );
  });

  test('names from Microsoft are shown as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const a = alert(1);
    show(
      view([
        { ...a, message: evil, findings: [{ ...a.findings[0]!, what: evil, by: { actor: evil, at: a.raisedAt } }] },
      ]),
    );
    expect(region().querySelector('img')).toBeNull();
    expect(within(region()).getAllByText(evil, { exact: false }).length).toBeGreaterThanOrEqual(2);
  });

  test('newest first; beyond the first three, older alerts fold under one summary', () => {
    show(view([1, 2, 3, 4, 5].map((h) => alert(h))));
    const open = within(region()).getByRole('list', { name: 'Alerts the watch raised, newest first' });
    expect(
      within(open)
        .getAllByText(/h ago$/)
        .map((t) => t.textContent),
    ).toEqual(['1 h ago', '2 h ago', '3 h ago']);
    expect(within(region()).getByText('2 older alerts').tagName).toBe('SUMMARY');
    const older = within(region()).getByRole('list', { name: 'Older alerts, newest first', hidden: true });
    expect(
      within(older)
        .getAllByText(/h ago$/)
        .map((t) => t.textContent),
    ).toEqual(['4 h ago', '5 h ago']);
  });

  test('with none yet, it says what will appear and where the watch is set', () => {
    show(view([]));
    expect(region().textContent).toMatch(/No alerts for this tenant yet\. After each background scan/);
    expect(within(region()).getByRole('link', { name: 'Watch section' }).getAttribute('href')).toBe(
      '/options.html#watch',
    );
  });

  test('alerts that could not be read are counted, not hidden silently; a failed read says so', () => {
    show(view([alert(1)], 2));
    expect(region().textContent).toContain('2 stored alerts couldn’t be read and aren’t shown. Nothing was deleted.');
    cleanup();
    show(null, 'The store is closed.');
    expect(within(region()).getByRole('alert').textContent).toBe('The alerts couldn’t be read: The store is closed.');
    cleanup();
    show(null);
    expect(region().textContent).toContain('Reading the alerts…');
  });
});
