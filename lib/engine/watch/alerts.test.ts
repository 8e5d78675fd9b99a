import { describe, expect, it } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { applyDispositions, type Disposition, type DisposedScan } from '../history/dispositions';
import type { ScanResult } from '../scan/run-scan';
import type { ControlResult } from '../verdict/result';
import type { AuditEvent, AuditRead, ExclusionGroup } from './audit-event';
import { decideAlerts, type WatchInput } from './alerts';
import { defaultWatchSettings, type WatchSettings } from './watch-settings';

const UTC = { timeZone: 'UTC' };
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
const guests = controlResult({
  id: 'entra-guest-invite-restricted',
  title: 'Guest invites are restricted',
  status: 'pass',
  score: 2,
  maxScore: 2,
});
const borrowed = controlResult({
  id: 'microsoft-AdminMFAV2',
  title: 'Microsoft: MFA for admins',
  status: 'pass',
  score: 9,
  maxScore: 9,
  source: 'microsoft',
});
const base = [mfa, legacy, guests, borrowed];

const failed = (c: ControlResult, score = 0): ControlResult => ({
  ...c,
  status: score > 0 ? 'partial' : 'fail',
  score,
});
const replace = (cs: ControlResult[], c: ControlResult) => cs.map((x) => (x.id === c.id ? c : x));

const alexChanged = (controls: string[], at = '2026-12-05T14:02:00.000Z'): AuditEvent => ({
  id: `ev-${controls.join()}`,
  activity: 'Update conditional access policy',
  at,
  actor: { kind: 'user', upn: 'alex@contoso.com' },
  targets: [{ id: 'policy-1', type: 'Policy', name: 'Require MFA for admins' }],
  changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
  controls,
});
const readLog = (...events: AuditEvent[]): AuditRead => ({ status: 'read', from: BEFORE_AT, to: NOW, events });
const noPermission: AuditRead = {
  status: 'unavailable',
  from: BEFORE_AT,
  to: NOW,
  reason: 'HTTP 403',
  permission: 'AuditLog.Read.All',
};

const scan = (controls: ControlResult[], over: Partial<ScanResult> = {}, at = NOW): DisposedScan =>
  scanWith(controls, { scannedAt: at, ...over });
const previous = scan(base, {}, BEFORE_AT);

function decide(next: DisposedScan, over: Partial<WatchInput> = {}) {
  return decideAlerts({
    previous,
    next,
    settings: defaultWatchSettings,
    seenNew: new Set(),
    now: NOW,
    zone: UTC,
    ...over,
  });
}
const withThreshold = (threshold: WatchSettings['threshold']): Partial<WatchInput> => ({
  settings: { notify: true, threshold },
});

describe('decideAlerts: what a scheduled scan tells the admin', () => {
  it('a regression names the control, the points lost, who and when', () => {
    const d = decide(scan(replace(base, failed(mfa)), { audit: readLog(alexChanged([mfa.id])) }));
    expect(d.notification).toEqual({
      title: 'Contoso: posture dropped',
      message: 'Require MFA for admins: −8 points, by alex@contoso.com at 14:02 UTC',
      controlId: mfa.id,
    });
    expect(d.findings[0]).toMatchObject({
      kind: 'regression',
      controlId: mfa.id,
      pointsLost: 8,
      before: { status: 'pass', score: 8 },
      after: { status: 'fail', score: 0 },
    });
  });

  it('a change from an earlier day says the day too', () => {
    const d = decide(
      scan(replace(base, failed(mfa)), { audit: readLog(alexChanged([mfa.id], '2026-12-04T22:10:00.000Z')) }),
    );
    expect(d.notification?.message).toBe(
      'Require MFA for admins: −8 points, by alex@contoso.com at 4 Dec 2026, 22:10 UTC',
    );
  });

  it('without AuditLog.Read.All it says so instead of guessing who', () => {
    const d = decide(scan(replace(base, failed(mfa)), { audit: noPermission }));
    expect(d.notification?.message).toBe('Require MFA for admins: −8 points (who: grant AuditLog.Read.All to see)');
  });

  it('a log unreadable for another reason says so; a log with no event for it names nobody', () => {
    const failedRead: AuditRead = { status: 'unavailable', from: BEFORE_AT, to: NOW, reason: 'HTTP 503' };
    const next = (audit: AuditRead) => scan(replace(base, failed(mfa)), { audit });
    expect(decide(next(failedRead)).notification?.message).toBe(
      'Require MFA for admins: −8 points (who: unknown, HTTP 503)',
    );
    expect(decide(next(readLog())).notification?.message).toBe('Require MFA for admins: −8 points');
  });

  it('an improvement never notifies', () => {
    const before = scan(replace(base, failed(mfa)), {}, BEFORE_AT);
    const d = decide(scan(base), { previous: before });
    expect(d).toEqual({ findings: [], notification: null, announcedNew: [] });
  });

  it('no change, or no previous scan to compare with, says nothing', () => {
    expect(decide(scan(base)).notification).toBeNull();
    expect(decide(scan(replace(base, failed(mfa))), { previous: null }).notification).toBeNull();
  });

  it('several regressions make one notification naming the worst and counting the rest', () => {
    const next = scan([failed(mfa), failed(legacy, 2), failed(guests), borrowed], { audit: readLog() });
    const d = decide(next);
    expect(d.findings.map((f) => [f.controlId, f.pointsLost])).toEqual([
      [mfa.id, 8],
      [legacy.id, 3],
      [guests.id, 2],
    ]);
    expect(d.notification?.message).toBe('Require MFA for admins: −8 points · and 2 more');
  });

  it('a new control that fails is a regression; new controls are announced once', () => {
    const added = controlResult({ id: 'entra-new-thing-required', title: 'New thing is required', maxScore: 6 });
    const passing = controlResult({
      id: 'entra-other-new-enabled',
      title: 'Other new thing',
      status: 'pass',
      score: 3,
      maxScore: 3,
    });
    const d = decide(scan([...base, added, passing]));
    expect(d.notification?.message).toBe('New control failing: New thing is required: −6 points · and 1 more');
    expect(d.findings[1]).toMatchObject({ kind: 'newControls', controls: [{ id: added.id }, { id: passing.id }] });
    expect(d.announcedNew).toEqual([added.id, passing.id]);
    const again = decide(scan([...base, passing]), { seenNew: new Set([passing.id]) });
    expect(again.notification).toBeNull();
  });

  it('new controls alone: "3 new controls: …, worth 9 points"', () => {
    const newOnes = [2, 3, 4].map((n) =>
      controlResult({ id: `entra-new-${n}-enabled`, title: `New ${n}`, status: 'pass', score: n, maxScore: n }),
    );
    const d = decide(scan([...base, ...newOnes]));
    expect(d.notification).toMatchObject({
      title: 'Contoso: something to look at',
      message: '3 new controls: New 2, New 3, New 4, worth 9 points',
      controlId: 'entra-new-2-enabled',
    });
  });

  it("Microsoft's controls appearing because Secure Score became readable are not new", () => {
    const withoutMicrosoft = scan([mfa, legacy, guests], {}, BEFORE_AT);
    expect(decide(scan([...base.slice(0, 3), failed(borrowed)]), { previous: withoutMicrosoft }).findings).toEqual([]);
  });

  it('a risk acceptance whose review date came since the previous scan reminds once', () => {
    const accepted: Disposition = {
      kind: 'riskAccepted',
      reason: 'Break-glass',
      reviewBy: '2026-12-05',
      recordedBy: 'sam@contoso.com',
      recordedAt: '2026-11-01T00:00:00.000Z',
    };
    const failing = replace(base, failed(guests));
    const dispositions = new Map([[guests.id, accepted]]);
    const before = applyDispositions(scan(failing, {}, BEFORE_AT), dispositions, BEFORE_AT);
    const next = applyDispositions(scan(failing), dispositions, NOW);
    const d = decide(next, { previous: before });
    expect(d.notification?.message).toBe(
      'Review due: Guest invites are restricted (risk accepted by sam@contoso.com until 5 Dec 2026)',
    );
    const later = applyDispositions(
      scan(failing, {}, '2026-12-06T15:00:00.000Z'),
      dispositions,
      '2026-12-06T15:00:00.000Z',
    );
    expect(decide(later, { previous: next }).notification).toBeNull();
  });

  it("a review whose week ran out reminds once, with the points it stops earning, and isn't also a drop", () => {
    const signIns = controlResult({
      id: 'entra-signin-logs-reviewed',
      title: 'Sign-in logs are reviewed every week',
      maxScore: 3,
      review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
    });
    const current = {
      kind: 'reviewed' as const,
      note: 'Nothing odd.',
      recordedBy: 'alex@contoso.com',
      recordedAt: '2026-11-28T09:00:00.000Z',
    };
    const marks = [
      {
        tenantId: 'tenant-1',
        controlId: signIns.id,
        current,
        trail: [{ action: 'set' as const, disposition: current }],
      },
    ];
    const at = (when: string) => applyDispositions(scan([...base, signIns], {}, when), marks, when);
    const d = decide(at(NOW), { previous: at(BEFORE_AT) });
    expect(d.findings.map((f) => [f.kind, f.controlId, f.pointsLost])).toEqual([['reviewDue', signIns.id, 3]]);
    expect(d.notification?.message).toBe(
      'Review due: Sign-in logs are reviewed every week, −3 points until reviewed again (last reviewed by alex@contoso.com)',
    );
    const later = '2026-12-06T15:00:00.000Z';
    expect(decide(at(later), { previous: at(NOW), now: later }).notification).toBeNull();
  });

  describe('someone added to a group Conditional Access excludes', () => {
    const caControl = controlResult({
      ...mfa,
      evidence: [
        { source: 'conditionalAccessPolicies', id: 'policy-1', displayName: 'Require MFA for admins', fields: {} },
      ],
    });
    const group = (members: ExclusionGroup['members']): ExclusionGroup => ({
      id: 'group-x',
      name: 'MFA exclusions',
      policies: [{ id: 'policy-1', name: 'Require MFA for admins' }],
      members,
    });
    const before = scan(replace(base, caControl), { exclusionGroups: [group([{ id: 'u1', name: 'Sam' }])] }, BEFORE_AT);
    const added: AuditEvent = {
      id: 'ev-add',
      activity: 'Add member to group',
      at: '2026-12-05T13:30:00.000Z',
      actor: { kind: 'user', upn: 'alex@contoso.com' },
      targets: [
        { id: 'u2', type: 'User', name: 'mallory@contoso.com' },
        { id: 'group-x', type: 'Group', name: 'MFA exclusions' },
      ],
      changed: [],
      controls: [],
    };
    const nowIn = group([
      { id: 'u1', name: 'Sam' },
      { id: 'u2', name: 'Mallory' },
    ]);

    it('notifies with the policy escaped and who added them, with no score change', () => {
      const next = scan(replace(base, caControl), { exclusionGroups: [nowIn], audit: readLog(added) });
      expect(decide(next, { previous: before }).notification).toEqual({
        title: 'Contoso: something to look at',
        message:
          'mallory@contoso.com added to MFA exclusions, escaping “Require MFA for admins”, by alex@contoso.com at 13:30 UTC',
        controlId: mfa.id,
      });
    });

    it('without the log, the membership diff still finds them and says what would name who', () => {
      const next = scan(replace(base, caControl), { exclusionGroups: [nowIn], audit: noPermission });
      expect(decide(next, { previous: before }).notification?.message).toBe(
        'Mallory added to MFA exclusions, escaping “Require MFA for admins” (who: grant AuditLog.Read.All to see)',
      );
    });

    it('someone added and removed again between the scans escapes nothing now', () => {
      const next = scan(replace(base, caControl), {
        exclusionGroups: [group([{ id: 'u1', name: 'Sam' }])],
        audit: readLog(added),
      });
      expect(decide(next, { previous: before }).findings).toEqual([]);
    });

    it('members that could not be read are not taken for additions', () => {
      const next = scan(replace(base, caControl), { exclusionGroups: [group(null)], audit: noPermission });
      expect(decide(next, { previous: before }).findings).toEqual([]);
    });
  });

  describe('the tenant’s settings', () => {
    const next = scan([failed(mfa), legacy, failed(guests), failed(borrowed)], { audit: readLog() });

    it('off: findings are kept, nothing notifies', () => {
      const d = decide(next, { settings: { ...defaultWatchSettings, notify: false } });
      expect(d.findings).toHaveLength(3);
      expect(d.notification).toBeNull();
    });

    it('≥ N points leaves out smaller drops', () => {
      expect(decide(next, withThreshold({ kind: 'points', points: 8 })).notification?.message).toBe(
        'Microsoft: MFA for admins: −9 points · and 1 more',
      );
      expect(decide(next, withThreshold({ kind: 'points', points: 10 })).notification).toBeNull();
    });

    it("own controls only leaves out Microsoft's borrowed verdicts", () => {
      expect(decide(next, withThreshold({ kind: 'ownOnly' })).notification?.message).toBe(
        'Require MFA for admins: −8 points · and 1 more',
      );
    });
  });
});
