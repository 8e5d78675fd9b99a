import { describe, expect, test } from 'vitest';
import type { ControlProfileRow } from '../../graph/sources/secure-score-control-profiles';
import type { ControlScoreRow, SecureScoreRow } from '../../graph/sources/secure-scores';
import type { ControlResult } from '../result';
import type { Read } from '../run-control';
import { scoreOf } from '../score';
import { mergeSecureScore, type SecureScoreInput } from './merge-secure-score';

const MEASURED = '2026-11-23T06:00:00Z';
const SCANNED = '2026-11-24T12:00:00Z';

const profile = (id: string, extra: Partial<ControlProfileRow> = {}): ControlProfileRow => ({
  id,
  title: `Microsoft's rule for ${id}`,
  maxScore: 10,
  controlCategory: 'Apps',
  deprecated: false,
  actionUrl: `https://security.microsoft.com/securescore?control=${id}`,
  remediation: `Turn ${id} on.`,
  tier: 'Core',
  userImpact: 'Low',
  threats: ['Phishing'],
  service: 'MDO',
  ...extra,
});

const snapshot = (day: string, scores: ControlScoreRow[], extra: Partial<SecureScoreRow> = {}): SecureScoreRow => ({
  createdDateTime: day,
  currentScore: scores.reduce((n, c) => n + c.score, 0),
  maxScore: 100,
  averageComparativeScores: [
    { basis: 'AllTenants', averageScore: 42 },
    { basis: 'TotalSeats', averageScore: 45 },
  ],
  controlScores: scores,
  ...extra,
});

const ours = (id: string, extra: Partial<ControlResult> = {}): ControlResult => ({
  id,
  title: `Our rule for ${id}`,
  category: 'apps',
  status: 'pass',
  score: 4,
  maxScore: 4,
  userImpact: 'low',
  refs: { learn: 'https://learn.microsoft.com/graph/' },
  reason: 'Ours.',
  evidence: [],
  sources: ['GET /v1.0/x'],
  permissions: ['X.Read.All'],
  adminUrl: 'https://admin.microsoft.com/',
  source: 'posture-lens',
  ...extra,
});

const ok = (value: unknown): Read => ({ ok: true, value });

const profiles = [
  profile('mdo_full'),
  profile('mdo_half', { controlCategory: 'Data', userImpact: 'High' }),
  profile('mdo_none', { controlCategory: 'Identity' }),
  profile('mde_unscored', { controlCategory: 'Device' }),
  profile('AdminMFA', { deprecated: true }),
  profile('AdminMFAV2', { controlCategory: 'Identity', maxScore: 10 }),
  profile('exo_manual', { maxScore: 8 }),
].map((p, i) => ({ ...p, rank: i + 1 }));
const today = snapshot(MEASURED, [
  { controlName: 'mdo_full', score: 10, implementationStatus: 'Safe Links is on for all users' },
  { controlName: 'mdo_half', score: 4 },
  { controlName: 'mdo_none', score: 0 },
  { controlName: 'AdminMFA', score: 10 },
  { controlName: 'AdminMFAV2', score: 0 },
  { controlName: 'exo_manual', score: 6 },
]);
const yesterday = snapshot('2026-11-22T06:00:00Z', [{ controlName: 'mdo_full', score: 10 }]);

const input = (extra: Partial<SecureScoreInput> = {}): SecureScoreInput => ({
  results: [
    ours('entra-admin-mfa-required', { refs: { secureScore: 'AdminMFAV2', learn: 'https://learn.microsoft.com/x' } }),
  ],
  scores: ok([yesterday, today]),
  profiles: ok(profiles),
  scannedAt: SCANNED,
  ...extra,
});
const byId = (controls: readonly ControlResult[], id: string): ControlResult => {
  const c = controls.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};

describe('Microsoft-only controls', () => {
  const { controls } = mergeSecureScore(input());

  test('every live profile we do not evaluate becomes a control with source microsoft', () => {
    expect(controls.filter((c) => c.source === 'microsoft').map((c) => c.id)).toEqual([
      'microsoft-mdo_full',
      'microsoft-mdo_half',
      'microsoft-mdo_none',
      'microsoft-mde_unscored',
      'microsoft-exo_manual',
    ]);
  });

  test("carries Microsoft's points, date, remediation, link, tier, impact and threats", () => {
    const c = byId(controls, 'microsoft-mdo_full');
    expect(c).toMatchObject({ status: 'pass', score: 10, maxScore: 10, category: 'apps', userImpact: 'low' });
    expect(c.reason).toBe(
      'Microsoft Secure Score, measured 2026-11-23: 10 of 10 points. Safe Links is on for all users.',
    );
    expect(c.adminUrl).toBe('https://security.microsoft.com/securescore?control=mdo_full');
    expect(c.refs.secureScore).toBe('mdo_full');
    expect(c.microsoft).toMatchObject({
      measuredAt: MEASURED,
      remediation: 'Turn mdo_full on.',
      tier: 'Core',
      threats: ['Phishing'],
      implementationStatus: 'Safe Links is on for all users',
    });
    expect(c.permissions).toContain('SecurityEvents.Read.All');
  });

  test('status: full marks pass, some points partial, none fail, left out of the snapshot notLicensed', () => {
    expect(byId(controls, 'microsoft-mdo_half')).toMatchObject({ status: 'partial', score: 4, category: 'data' });
    expect(byId(controls, 'microsoft-mdo_half').userImpact).toBe('high');
    expect(byId(controls, 'microsoft-mdo_none')).toMatchObject({ status: 'fail', score: 0, category: 'identity' });
    const unscored = byId(controls, 'microsoft-mde_unscored');
    expect(unscored).toMatchObject({ status: 'notLicensed', score: 0, category: 'device' });
    expect(unscored.reason).toContain('not applicable or not licensed');
  });

  test('deprecated profiles are left out, even when still scored', () => {
    expect(controls.some((c) => c.refs.secureScore === 'AdminMFA')).toBe(false);
  });

  test('an actionUrl that is not https falls back to the Secure Score page', () => {
    const evil = mergeSecureScore(
      input({ profiles: ok([profile('mdo_full', { actionUrl: 'javascript:alert(1)' })]) }),
    ).controls;
    expect(byId(evil, 'microsoft-mdo_full').adminUrl).toBe('https://security.microsoft.com/securescore?viewid=actions');
  });

  test('the total covers our verdicts plus Microsoft’s, unscored ones out of the available points', () => {
    const s = scoreOf(controls);
    // ours 4/4 + mdo_full 10 + mdo_half 4 + mdo_none 0 + exo_manual 6, over 4 + 10 + 10 + 10 + 8.
    expect(s.achieved).toBe(24);
    expect(s.available).toBe(42);
  });
});

describe("Microsoft's verdict beside ours", () => {
  test('a live control with a Secure Score id gets Microsoft’s verdict and no duplicate', () => {
    const { controls } = mergeSecureScore(input());
    const c = byId(controls, 'entra-admin-mfa-required');
    expect(c.source).toBe('posture-lens');
    expect(c.status).toBe('pass');
    expect(c.microsoft).toMatchObject({ status: 'fail', score: 0, maxScore: 10, measuredAt: MEASURED });
    expect(controls.filter((x) => x.refs.secureScore === 'AdminMFAV2')).toHaveLength(1);
  });

  test('our pass and their fail with no previous scan: a different rule, both named', () => {
    const { controls, microsoft } = mergeSecureScore(input());
    const d = byId(controls, 'entra-admin-mfa-required').microsoft?.difference;
    expect(d?.kind).toBe('rule');
    expect(d?.explanation).toContain('Posture Lens checks "Our rule for entra-admin-mfa-required"');
    expect(d?.explanation).toContain(`Microsoft checks "Microsoft's rule for AdminMFAV2"`);
    expect(microsoft.available && microsoft.differences.map((x) => [x.controlId, x.ours, x.theirs])).toEqual([
      ['entra-admin-mfa-required', 'pass', 'fail'],
    ]);
  });

  test('the setting changed since Microsoft measured (our previous scan agreed with Microsoft): stale', () => {
    const { controls } = mergeSecureScore(
      input({
        previous: { scannedAt: '2026-11-23T09:00:00Z', controls: [{ id: 'entra-admin-mfa-required', status: 'fail' }] },
      }),
    );
    const d = byId(controls, 'entra-admin-mfa-required').microsoft?.difference;
    expect(d?.kind).toBe('stale');
    expect(d?.explanation).toContain('Microsoft measured on 2026-11-23');
    expect(d?.explanation).toContain('found fail, this one pass');
  });

  test('we found no licence, Microsoft scored it: a licence difference', () => {
    const results = [
      ours('entra-admin-mfa-required', {
        status: 'notLicensed',
        score: 0,
        licence: 'Microsoft Entra ID P2',
        refs: { secureScore: 'AdminMFAV2', learn: 'https://learn.microsoft.com/x' },
      }),
    ];
    const d = byId(mergeSecureScore(input({ results })).controls, 'entra-admin-mfa-required').microsoft?.difference;
    expect(d?.kind).toBe('licence');
    expect(d?.explanation).toContain('no Microsoft Entra ID P2');
  });

  test('Microsoft does not score it, we decided it: a licence difference the other way', () => {
    const results = [ours('spo-x', { refs: { secureScore: 'mde_unscored', learn: 'https://learn.microsoft.com/x' } })];
    const d = byId(mergeSecureScore(input({ results })).controls, 'spo-x').microsoft?.difference;
    expect(d?.kind).toBe('licence');
  });

  test('agreement, or our unknown, is no difference', () => {
    const results = [
      ours('a', { refs: { secureScore: 'mdo_full', learn: 'https://learn.microsoft.com/x' } }),
      ours('b', {
        status: 'unknown',
        score: 0,
        refs: { secureScore: 'mdo_none', learn: 'https://learn.microsoft.com/x' },
      }),
    ];
    const { controls, microsoft } = mergeSecureScore(input({ results }));
    expect(byId(controls, 'a').microsoft?.status).toBe('pass');
    expect(byId(controls, 'a').microsoft?.difference).toBeUndefined();
    expect(byId(controls, 'b').microsoft?.difference).toBeUndefined();
    expect(microsoft.available && microsoft.differences).toEqual([]);
  });
});

describe('manual controls Microsoft scores', () => {
  const manual = ours('email-manual-thing', {
    status: 'manual',
    score: 0,
    maxScore: 4,
    reason: "Microsoft Graph can't read this setting.",
    refs: { secureScore: 'exo_manual', learn: 'https://learn.microsoft.com/x' },
  });

  test("Microsoft's verdict decides them, scaled to our points", () => {
    const c = byId(mergeSecureScore(input({ results: [manual] })).controls, 'email-manual-thing');
    expect(c).toMatchObject({ status: 'partial', score: 3, maxScore: 4, source: 'microsoft' });
    expect(c.reason).toBe('Decided by Microsoft Secure Score, measured 2026-11-23: 6 of 8 points.');
    expect(c.permissions).toContain('SecurityEvents.Read.All');
  });

  test('one Microsoft does not score stays manual', () => {
    const m = { ...manual, refs: { secureScore: 'mde_unscored', learn: 'https://learn.microsoft.com/x' } };
    const c = byId(mergeSecureScore(input({ results: [m] })).controls, 'email-manual-thing');
    expect(c.status).toBe('manual');
    expect(c.microsoft?.status).toBe('notLicensed');
  });
});

describe("the scan's Microsoft section", () => {
  test("Microsoft's score, comparisons and 90-day history (oldest first)", () => {
    const { microsoft } = mergeSecureScore(input());
    expect(microsoft).toMatchObject({
      available: true,
      currentScore: 30,
      maxScore: 100,
      percent: 30,
      measuredAt: MEASURED,
      comparisons: [
        { basis: 'AllTenants', averageScore: 42, percent: 42 },
        { basis: 'TotalSeats', averageScore: 45, percent: 45 },
      ],
    });
    expect(microsoft.available && microsoft.history.map((h) => [h.date, h.currentScore])).toEqual([
      ['2026-11-22', 10],
      ['2026-11-23', 30],
    ]);
  });

  test('control states other than Default are listed read-only', () => {
    const withStates = [
      profile('mdo_full', {
        controlStateUpdates: [
          { state: 'Default', updatedDateTime: '2024-01-01T00:00:00Z' },
          { state: 'ThirdParty', updatedBy: 'megan@contoso.com', updatedDateTime: '2026-09-14T10:12:00Z' },
        ],
      }),
      profile('mdo_half', { controlStateUpdates: [{ state: 'Default' }] }),
    ];
    const { microsoft, controls } = mergeSecureScore(input({ profiles: ok(withStates) }));
    expect(microsoft.available && microsoft.states).toEqual([
      {
        profileId: 'mdo_full',
        title: "Microsoft's rule for mdo_full",
        state: 'ThirdParty',
        updatedBy: 'megan@contoso.com',
        updatedDateTime: '2026-09-14T10:12:00Z',
      },
    ]);
    expect(byId(controls, 'microsoft-mdo_full').microsoft?.state?.state).toBe('ThirdParty');
  });

  test('new controls: profiles the previous scan did not list, with their points', () => {
    const first = mergeSecureScore(input({ profiles: ok(profiles.filter((p) => p.id !== 'mdo_half')) }));
    expect(first.microsoft.available && first.microsoft.newControls).toEqual([]);
    const second = mergeSecureScore(
      input({ previous: { scannedAt: '2026-11-20T00:00:00Z', controls: [], microsoft: first.microsoft } }),
    );
    expect(second.microsoft).toMatchObject({
      newControls: [{ profileId: 'mdo_half', title: "Microsoft's rule for mdo_half", maxScore: 10 }],
      newPoints: 10,
      comparedWith: '2026-11-20T00:00:00Z',
    });
  });

  test('a previous scan without Microsoft data makes nothing new', () => {
    const previous = {
      scannedAt: '2026-11-20T00:00:00Z',
      controls: [],
      microsoft: { available: false as const, why: 'x' },
    };
    const { microsoft } = mergeSecureScore(input({ previous }));
    expect(microsoft.available && microsoft.newControls).toEqual([]);
  });
});

describe('without SecurityEvents.Read.All', () => {
  const forbidden: Read = {
    ok: false,
    reason: {
      kind: 'missingPermission',
      permission: 'SecurityEvents.Read.All',
      source: 'GET /v1.0/security/secureScores?$top=90',
    },
  };

  test('the section says the permission is not granted and our controls are untouched', () => {
    const before = input().results;
    const { controls, microsoft } = mergeSecureScore(input({ scores: forbidden }));
    expect(microsoft).toEqual({
      available: false,
      permission: 'SecurityEvents.Read.All',
      why: 'SecurityEvents.Read.All not granted',
    });
    expect(controls).toEqual(before);
  });

  test('a malformed answer says which field, and adds nothing', () => {
    const bad: Read = {
      ok: false,
      reason: {
        kind: 'malformedField',
        source: 'GET /v1.0/security/secureScoreControlProfiles',
        path: 'value[0].maxScore',
        problem: 'missing',
      },
    };
    const { controls, microsoft } = mergeSecureScore(input({ profiles: bad }));
    expect(controls).toHaveLength(1);
    expect(microsoft.available).toBe(false);
    expect(!microsoft.available && microsoft.why).toContain("'value[0].maxScore'");
  });
});
