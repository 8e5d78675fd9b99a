import { describe, expect, it } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import type { ControlResult } from '../verdict/result';
import { alertRecordOf, parseAlertRecord, type AlertRecord } from './alert-record';
import { decideAlerts } from './alerts';
import type { AuditEvent, AuditRead } from './audit-event';
import type { WatchSettings } from './watch-settings';

const BEFORE_AT = '2026-12-04T09:00:00.000Z';
const NOW = '2026-12-05T15:00:00.000Z';
const mfa = controlResult({
  id: 'entra-mfa-admins-required',
  title: 'Require MFA for admins',
  status: 'pass',
  score: 8,
  maxScore: 8,
});
const legacy = controlResult({
  id: 'entra-legacy-auth-blocked',
  title: 'Legacy sign-in is blocked',
  status: 'pass',
  score: 5,
  maxScore: 5,
});
const failed = (c: ControlResult): ControlResult => ({ ...c, status: 'fail', score: 0 });
const alex: AuditEvent = {
  id: 'ev-1',
  activity: 'Update conditional access policy',
  at: '2026-12-05T14:02:00.000Z',
  actor: { kind: 'user', upn: 'alex@contoso.com' },
  targets: [{ id: 'policy-1', type: 'Policy', name: 'Require MFA for admins' }],
  changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
  controls: [mfa.id],
};
const read = (...events: AuditEvent[]): AuditRead => ({ status: 'read', from: BEFORE_AT, to: NOW, events });

function recordOf(audit: AuditRead, settings: WatchSettings): AlertRecord | null {
  const previous = scanWith([mfa, legacy], { scannedAt: BEFORE_AT });
  const next = scanWith([failed(mfa), failed(legacy)], { scannedAt: NOW, audit });
  const decision = decideAlerts({ previous, next, settings, seenNew: new Set(), now: NOW, zone: { timeZone: 'UTC' } });
  return alertRecordOf(next, decision, settings, NOW);
}

describe('alertRecordOf: what the list keeps of an alert', () => {
  it('keeps the notification as sent and every finding, with who and when from the audit log', () => {
    const record = recordOf(read(alex), { notify: true, threshold: { kind: 'points', points: 6 } });
    expect(record).toMatchObject({
      tenantName: 'Contoso',
      raisedAt: NOW,
      scannedAt: NOW,
      title: 'Contoso: posture dropped',
      message: 'Require MFA for admins: −8 points, by alex@contoso.com at 14:02 UTC',
      controlId: mfa.id,
    });
    // The −5 drop is under the threshold: not in the notification, still in the list, marked so.
    expect(record?.findings).toEqual([
      {
        kind: 'regression',
        controlId: mfa.id,
        title: 'Require MFA for admins',
        pointsLost: 8,
        what: 'Require MFA for admins: −8 points',
        by: { actor: 'alex@contoso.com', at: alex.at },
        unnamed: null,
        notified: true,
      },
      expect.objectContaining({
        controlId: legacy.id,
        what: 'Legacy sign-in is blocked: −5 points',
        by: null,
        notified: false,
      }),
    ]);
  });

  it('says why nobody is named when the log could not be read, never a guess', () => {
    const noPermission: AuditRead = {
      status: 'unavailable',
      from: BEFORE_AT,
      to: NOW,
      reason: 'HTTP 403',
      permission: 'AuditLog.Read.All',
    };
    const record = recordOf(noPermission, { notify: true, threshold: { kind: 'anyDrop' } });
    expect(record?.findings.map((f) => [f.by, f.unnamed])).toEqual([
      [null, 'who: grant AuditLog.Read.All to see'],
      [null, 'who: grant AuditLog.Read.All to see'],
    ]);
  });

  it('keeps nothing when no notification was raised', () => {
    expect(recordOf(read(alex), { notify: false, threshold: { kind: 'anyDrop' } })).toBeNull();
  });
});

describe('parseAlertRecord: a stored alert read back', () => {
  const good = recordOf(read(alex), { notify: true, threshold: { kind: 'anyDrop' } })!;
  const stored = (over: Record<string, unknown>): unknown => ({ ...JSON.parse(JSON.stringify(good)), ...over });
  const withFinding = (over: Record<string, unknown>): unknown =>
    stored({ findings: [{ ...good.findings[0], ...over }] });

  it('reads back what was stored', () => {
    expect(parseAlertRecord(JSON.parse(JSON.stringify(good)))).toEqual(good);
  });

  it.each([
    ['not an object', 'garbage'],
    ['null', null],
    ['an array', [good]],
    ['no message', stored({ message: undefined })],
    ['a raisedAt that is not a time', stored({ raisedAt: 'yesterday' })],
    ['findings not a list', stored({ findings: 'all of them' })],
    ['a finding of an unknown kind', withFinding({ kind: 'rumour' })],
    ['points lost not a number', withFinding({ pointsLost: '8' })],
    ['who without a time', withFinding({ by: { actor: 'alex@contoso.com' } })],
    ['who as markup-bearing object', withFinding({ by: { actor: { html: '<b>x</b>' }, at: NOW } })],
  ])('refuses %s', (_, value) => {
    expect(parseAlertRecord(value)).toBeNull();
  });
});
