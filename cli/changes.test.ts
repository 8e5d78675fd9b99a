import { describe, expect, test } from 'vitest';
import type { AuditEvent, AuditRead } from '../lib/engine/watch/audit-event';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import type { Baseline } from './baseline';
import { changesSince } from './changes';

const baseline: Baseline = {
  scannedAt: '2026-02-28T10:00:00.000Z',
  tenantId: 'tenant-1',
  percent: 60,
  achieved: 18,
  controls: [
    { id: 'ca-mfa', title: 'MFA for admins', status: 'pass', score: 10 },
    { id: 'consent', title: 'User consent is restricted', status: 'fail', score: 0 },
    { id: 'same', title: 'Unchanged', status: 'pass', score: 8 },
    { id: 'retired', title: 'Retired control', status: 'fail', score: 0 },
  ],
};

const scan = (audit?: AuditRead) =>
  scanWith(
    [
      controlResult({ id: 'ca-mfa', title: 'MFA for admins', status: 'fail', score: 0 }),
      controlResult({ id: 'consent', title: 'User consent is restricted', status: 'pass', score: 5, maxScore: 5 }),
      controlResult({ id: 'same', title: 'Unchanged', status: 'pass', score: 8, maxScore: 8 }),
      controlResult({ id: 'brand-new', title: 'A new check', status: 'fail', maxScore: 3 }),
    ],
    audit ? { audit } : {},
  );

const byAlex: AuditEvent = {
  id: 'evt-1',
  activity: 'Update conditional access policy',
  at: '2026-03-01T08:12:00Z',
  actor: { kind: 'user', upn: 'alex@contoso.com', id: 'u-1' },
  targets: [{ id: 'pol-1', type: 'Policy', name: 'Require MFA for admins' }],
  changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
  controls: ['ca-mfa'],
};
const byApp: AuditEvent = {
  id: 'evt-2',
  activity: 'Update authorization policy',
  at: '2026-03-01T09:00:00Z',
  actor: { kind: 'app', name: 'Microsoft365DSC' },
  targets: [],
  changed: [{ field: 'Users can consent to apps', before: 'Yes', after: 'No' }],
  controls: ['consent'],
};
const read = (events: AuditEvent[]): AuditRead => ({
  status: 'read',
  from: baseline.scannedAt,
  to: '2026-03-01T10:00:00.000Z',
  events,
});

describe('changesSince', () => {
  test('each regression and improvement with its statuses and points before and after, regressions first', () => {
    const c = changesSince(baseline, scan());
    expect(c.since).toBe('2026-02-28T10:00:00.000Z');
    expect(c.regressions).toBe(1);
    expect(c.improvements).toBe(1);
    expect(c.controls.map((x) => [x.controlId, x.kind, x.before, x.after, x.points])).toEqual([
      ['ca-mfa', 'regression', { status: 'pass', score: 10 }, { status: 'fail', score: 0 }, -10],
      ['retired', 'removed', { status: 'fail', score: 0 }, null, 0],
      ['consent', 'improvement', { status: 'fail', score: 0 }, { status: 'pass', score: 5 }, 5],
      ['brand-new', 'added', null, { status: 'fail', score: 0 }, 0],
    ]);
    expect(c.score).toEqual({
      before: { percent: 60, achieved: 18 },
      after: { percent: scan().score.percent, achieved: 13 },
      points: -5,
    });
  });

  test('no audit read: every change says so (null), never an empty list that reads as "nobody"', () => {
    const c = changesSince(baseline, scan());
    expect(c.auditLog).toEqual({ status: 'notRead' });
    expect(c.controls.every((x) => x.auditEvents === null)).toBe(true);
  });

  test('the audit log read: who changed each control, a user by UPN and an app by name, with the fields', () => {
    const c = changesSince(baseline, scan(read([byAlex, byApp])));
    expect(c.auditLog).toEqual({
      status: 'read',
      from: '2026-02-28T10:00:00.000Z',
      to: '2026-03-01T10:00:00.000Z',
      truncated: false,
    });
    const events = Object.fromEntries(c.controls.map((x) => [x.controlId, x.auditEvents]));
    expect(events['ca-mfa']).toEqual([
      {
        id: 'evt-1',
        at: '2026-03-01T08:12:00Z',
        activity: 'Update conditional access policy',
        actor: { kind: 'user', upn: 'alex@contoso.com', id: 'u-1' },
        who: 'alex@contoso.com',
        changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
      },
    ]);
    expect(events.consent?.map((e) => [e.who, e.actor])).toEqual([
      ['Microsoft365DSC (app)', { kind: 'app', name: 'Microsoft365DSC' }],
    ]);
    // Read, and nothing attached: an empty list, not null.
    expect(events['brand-new']).toEqual([]);
  });

  test('the audit log unreadable: why, and the permission that would read it', () => {
    const c = changesSince(
      baseline,
      scan({
        status: 'unavailable',
        from: baseline.scannedAt,
        to: '2026-03-01T10:00:00.000Z',
        reason: 'HTTP 403',
        permission: 'AuditLog.Read.All',
      }),
    );
    expect(c.auditLog).toMatchObject({ status: 'unavailable', reason: 'HTTP 403', permission: 'AuditLog.Read.All' });
    expect(c.controls.every((x) => x.auditEvents === null)).toBe(true);
  });

  test('the same report again: nothing changed', () => {
    const same = scanWith(baseline.controls.map((c) => controlResult({ ...c, maxScore: 10 })));
    const c = changesSince({ ...baseline, achieved: same.score.achieved, percent: same.score.percent }, same);
    expect(c).toMatchObject({ regressions: 0, improvements: 0, controls: [], score: { points: 0 } });
  });
});
