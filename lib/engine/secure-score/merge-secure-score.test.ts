import { describe, expect, test } from 'vitest';
import { secureScoreControlProfiles } from '../../graph/sources/secure-score-control-profiles';
import { secureScores } from '../../graph/sources/secure-scores';
import type { ControlResult } from '../verdict/result';
import { readSource, type Read } from '../scan/run-control';
import { scoreOf } from '../score/score';
import { mergeSecureScore, type SecureScoreInput } from './merge-secure-score';

const MEASURED = '2026-11-23T06:00:00Z';
const SCANNED = '2026-11-24T12:00:00Z';
const TENANT = '93cde7b7-6317-469c-8e34-4f9988a8e506';

type Json = Record<string, unknown>;

/** Graph's JSON for a profile; each test changes one thing. */
const profile = (id: string, extra: Json = {}): Json => ({
  id,
  azureTenantId: TENANT,
  title: `Microsoft's rule for ${id}`,
  maxScore: 10,
  controlCategory: 'Apps',
  deprecated: false,
  actionUrl: `https://security.microsoft.com/threatpolicy?control=${id}`,
  remediation: `Turn ${id} on.`,
  tier: 'Core',
  userImpact: 'Low',
  threats: ['Phishing'],
  service: 'MDO',
  ...extra,
});

const snapshot = (day: string, scores: Json[], extra: Json = {}): Json => ({
  createdDateTime: day,
  azureTenantId: TENANT,
  currentScore: scores.reduce((n, c) => n + (typeof c.score === 'number' ? c.score : 0), 0),
  maxScore: 100,
  averageComparativeScores: [
    { basis: 'AllTenants', averageScore: 42 },
    { basis: 'TotalSeats', averageScore: 45 },
  ],
  controlScores: scores,
  ...extra,
});

/** An answer as the scan reads it: through the source's own parse. */
const answer = (source: typeof secureScores | typeof secureScoreControlProfiles, value: unknown): Read =>
  readSource<unknown>(source, { ok: true, status: 200, body: { value }, pages: 1 });

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

const profiles = [
  profile('mdo_full'),
  profile('mdo_half', { controlCategory: 'Data', userImpact: 'High', implementationCost: 'High' }),
  profile('mdo_none', { controlCategory: 'Identity' }),
  profile('mde_unscored', { controlCategory: 'Device' }),
  profile('AdminMFA', { deprecated: true }),
  profile('AdminMFAV2', { controlCategory: 'Identity', maxScore: 10 }),
  profile('exo_manual', { maxScore: 8 }),
].map((p, i): Json => ({ ...p, rank: i + 1 }));
const today = snapshot(MEASURED, [
  { controlName: 'mdo_full', score: 10, implementationStatus: 'Safe Links is on for all users' },
  { controlName: 'mdo_half', score: 4 },
  { controlName: 'mdo_none', score: 0 },
  { controlName: 'AdminMFA', score: 10 },
  { controlName: 'AdminMFAV2', score: 0 },
  { controlName: 'exo_manual', score: 6 },
]);
const yesterday = snapshot('2026-11-22T06:00:00Z', [{ controlName: 'mdo_full', score: 10 }]);
const scoresOf = (snapshots: Json[]): Read => answer(secureScores, snapshots);
const profilesOf = (rows: Json[]): Read => answer(secureScoreControlProfiles, rows);

const input = (extra: Partial<SecureScoreInput> = {}): SecureScoreInput => ({
  results: [
    ours('entra-admin-mfa-required', { refs: { secureScore: 'AdminMFAV2', learn: 'https://learn.microsoft.com/x' } }),
  ],
  scores: scoresOf([yesterday, today]),
  profiles: profilesOf(profiles),
  scannedAt: SCANNED,
  tenantId: TENANT,
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
      'Microsoft Secure Score, measured 23 Nov 2026: 10 of 10 points. Microsoft\'s status text: "Safe Links is on for all users".',
    );
    expect(c.adminUrl).toBe('https://security.microsoft.com/threatpolicy?control=mdo_full');
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
    expect(byId(controls, 'microsoft-mdo_half').implementationCost).toBe('high');
    expect(byId(controls, 'microsoft-mdo_none')).toMatchObject({ status: 'fail', score: 0, category: 'identity' });
    const unscored = byId(controls, 'microsoft-mde_unscored');
    expect(unscored).toMatchObject({ status: 'notLicensed', score: 0, category: 'device' });
    expect(unscored.reason).toContain('not applicable or not licensed');
  });

  test('deprecated profiles are left out, even when still scored', () => {
    expect(controls.some((c) => c.refs.secureScore === 'AdminMFA')).toBe(false);
  });

  test("an actionUrl that is not https falls back to Secure Score's page for that control", () => {
    const evil = mergeSecureScore(
      input({ profiles: profilesOf([profile('mdo_full', { actionUrl: 'javascript:alert(1)' })]) }),
    ).controls;
    expect(byId(evil, 'microsoft-mdo_full').adminUrl).toBe(
      'https://security.microsoft.com/securescore?viewid=actions&actionId=mdo_full',
    );
  });

  test("Microsoft's own admin-center link is followed", () => {
    expect(byId(controls, 'microsoft-mdo_half').adminUrl).toBe(
      'https://security.microsoft.com/threatpolicy?control=mdo_half',
    );
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
    // How long before the scan Microsoft measured, in words, and the date to check it by; never raw hours.
    expect(d?.explanation).toContain('Microsoft measured 30 h before this scan (23 Nov 2026, 06:00 UTC)');
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
    expect(d?.explanation).toContain('Microsoft measured on 23 Nov 2026');
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
    expect(c.reason).toBe(
      "Decided by Microsoft Secure Score, measured 23 Nov 2026: 6 of 8 points. Microsoft's fix: Turn exo_manual on.",
    );
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
    const { microsoft, controls } = mergeSecureScore(input({ profiles: profilesOf(withStates) }));
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
    const first = mergeSecureScore(input({ profiles: profilesOf(profiles.filter((p) => p.id !== 'mdo_half')) }));
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

describe('issue 12 §3: a borrowed verdict is never faked green', () => {
  const manual = ours('email-manual-thing', {
    status: 'manual',
    score: 0,
    maxScore: 4,
    reason: "Microsoft Graph can't read this setting.",
    refs: { secureScore: 'exo_manual', learn: 'https://learn.microsoft.com/x' },
  });
  const withProfile = (id: string, extra: Json): Json[] => profiles.map((p) => (p.id === id ? { ...p, ...extra } : p));
  const withScore = (name: string, extra: Json): Json[] => [
    yesterday,
    {
      ...today,
      controlScores: (today.controlScores as Json[]).map((c) => (c.controlName === name ? { ...c, ...extra } : c)),
    },
  ];
  const merged = (extra: Partial<SecureScoreInput>) => mergeSecureScore(input({ results: [manual], ...extra }));

  test('a maxScore of 0 is malformed, naming the profile and field: never "0 of 0 points" passing', () => {
    const { controls } = merged({ profiles: profilesOf(withProfile('exo_manual', { maxScore: 0 })) });
    const c = byId(controls, 'email-manual-thing');
    expect(c).toMatchObject({ status: 'unknown', score: 0, maxScore: 4 });
    expect(c.reason).toContain("'exo_manual.maxScore'");
    expect(c.reason).toContain('expected points above 0, got 0');
  });

  test.each([
    ['negative', -5],
    ['missing', undefined],
    ['a string', '10'],
    ['null', null],
  ])('a maxScore that is %s is malformed, and the control still weighs what the snapshot says', (_, maxScore) => {
    const { controls } = merged({ profiles: profilesOf(withProfile('mdo_none', { maxScore })) });
    const c = byId(controls, 'microsoft-mdo_none');
    expect(c.status).toBe('unknown');
    expect(c.reason).toContain("'mdo_none.maxScore'");
    // 100 in the snapshot, less the 48 the usable scored profiles account for: couldn't tell counts.
    expect(c.maxScore).toBeGreaterThan(0);
  });

  test('a score of 999 is rejected, not clamped to the maximum', () => {
    const { controls } = merged({ scores: scoresOf(withScore('mdo_full', { score: 999 })) });
    const c = byId(controls, 'microsoft-mdo_full');
    expect(c).toMatchObject({ status: 'unknown', score: 0, maxScore: 10 });
    expect(c.reason).toContain("'controlScores[mdo_full].score'");
    expect(c.reason).toContain("999 is above the profile's maxScore 10");
  });

  test.each([
    ['negative', -1],
    ['a string', '10'],
    ['null', null],
    ['missing', undefined],
  ])('a score that is %s is malformed, naming the control', (_, score) => {
    const { controls } = merged({ scores: scoresOf(withScore('exo_manual', { score })) });
    const c = byId(controls, 'email-manual-thing');
    expect(c.status).toBe('unknown');
    expect(c.reason).toContain("'controlScores[exo_manual].score'");
  });

  const thirdParty = {
    controlStateUpdates: [
      { state: 'Default', updatedDateTime: '2024-01-01T00:00:00Z' },
      {
        state: 'ThirdParty',
        updatedBy: 'megan@contoso.com',
        updatedDateTime: '2026-11-02T09:30:00Z',
        comment: 'Our gateway does it',
      },
    ],
  };

  test("ThirdParty with full points is Microsoft's attestation, shown with who and when, never a measured pass", () => {
    const { controls } = merged({ profiles: profilesOf(withProfile('mdo_full', thirdParty)) });
    const c = byId(controls, 'microsoft-mdo_full');
    // Someone's word in Microsoft's portal: shown with who and when, but it earns nothing here.
    expect(c).toMatchObject({ status: 'unknown', score: 0, maxScore: 10 });
    expect(c.reason).toBe(
      'Microsoft Secure Score: marked resolved by a third party by megan@contoso.com on 2 Nov 2026 ("Our gateway does it") — an attestation, not a measurement. Secure Score credits 10 of 10 points for it (snapshot measured 23 Nov 2026); Posture Lens counts none, as nothing measured the setting — record a disposition here to count it.',
    );
    expect(c.microsoft).toMatchObject({
      status: 'attested',
      attestation: { kind: 'thirdParty', updatedBy: 'megan@contoso.com' },
    });
  });

  test('a manual control Microsoft attests stays undecided and earns nothing, naming the credit scaled to ours', () => {
    const { controls } = merged({
      profiles: profilesOf(withProfile('exo_manual', thirdParty)),
      scores: scoresOf(withScore('exo_manual', { score: 8 })),
    });
    expect(byId(controls, 'email-manual-thing')).toMatchObject({ status: 'unknown', score: 0, source: 'microsoft' });
    expect(byId(controls, 'email-manual-thing').reason).toContain('Secure Score credits 4 of');
  });

  test('Ignored (risk accepted) earns no points; a state Posture Lens does not know earns none and is named', () => {
    const ignored = merged({
      profiles: profilesOf(
        withProfile('mdo_full', { controlStateUpdates: [{ ...thirdParty.controlStateUpdates[1], state: 'Ignored' }] }),
      ),
    }).controls;
    expect(byId(ignored, 'microsoft-mdo_full')).toMatchObject({ status: 'unknown', score: 0 });
    expect(byId(ignored, 'microsoft-mdo_full').reason).toContain('marked risk accepted (ignored) by megan@contoso.com');
    const odd = merged({
      profiles: profilesOf(
        withProfile('mdo_full', { controlStateUpdates: [{ ...thirdParty.controlStateUpdates[1], state: 'Zzz' }] }),
      ),
    }).controls;
    expect(byId(odd, 'microsoft-mdo_full')).toMatchObject({ status: 'unknown', score: 0 });
    expect(byId(odd, 'microsoft-mdo_full').reason).toContain("marked 'Zzz' (a state Posture Lens does not know)");
  });

  test('an attestation without a date, or dated after the scan, is malformed: it cannot hide behind an older Default', () => {
    const undated = thirdParty.controlStateUpdates.map((u, i) => (i === 1 ? { ...u, updatedDateTime: null } : u));
    const a = byId(
      merged({ profiles: profilesOf(withProfile('mdo_full', { controlStateUpdates: undated })) }).controls,
      'microsoft-mdo_full',
    );
    expect(a).toMatchObject({ status: 'unknown', score: 0 });
    expect(a.reason).toContain("'mdo_full.controlStateUpdates[1].updatedDateTime'");
    const later = thirdParty.controlStateUpdates.map((u) => ({ ...u, updatedDateTime: '2026-12-30T00:00:00Z' }));
    const b = byId(
      merged({ profiles: profilesOf(withProfile('mdo_full', { controlStateUpdates: later })) }).controls,
      'microsoft-mdo_full',
    );
    expect(b.reason).toContain('is after the scan');
  });

  test("our own control beside Microsoft's attestation: shown as Microsoft's state, no disagreement claimed", () => {
    const { controls, microsoft } = mergeSecureScore(
      input({ profiles: profilesOf(withProfile('AdminMFAV2', thirdParty)) }),
    );
    const c = byId(controls, 'entra-admin-mfa-required');
    expect(c.status).toBe('pass');
    expect(c.microsoft).toMatchObject({ status: 'attested' });
    expect(c.microsoft?.difference).toBeUndefined();
    expect(microsoft.available && microsoft.differences).toEqual([]);
  });

  test.each([
    ['controlScores is missing', { controlScores: undefined }, "'value[1].controlScores'"],
    ['controlScores is empty', { controlScores: [] }, 'the latest snapshot scores no control'],
    ['the snapshot is dated after the scan', { createdDateTime: '2026-12-24T00:00:00Z' }, 'is after the scan'],
    [
      "the snapshot is another tenant's",
      { azureTenantId: 'f00df00d-0000-0000-0000-000000000000' },
      "is not this scan's tenant",
    ],
    ['maxScore is 0', { maxScore: 0 }, "'value[1].maxScore'"],
    ['currentScore is above maxScore', { currentScore: 999 }, '999 is above maxScore 100'],
  ])('the latest snapshot is unusable (%s): what Microsoft decides is unknown, not dropped', (_, extra, says) => {
    const { controls, microsoft } = merged({ scores: scoresOf([yesterday, { ...today, ...extra }]) });
    expect(microsoft.available).toBe(false);
    const manualOne = byId(controls, 'email-manual-thing');
    expect(manualOne.status).toBe('unknown');
    expect(manualOne.reason).toContain(says);
    const theirs = controls.filter((c) => c.source === 'microsoft' && c.id.startsWith('microsoft-'));
    expect(theirs.map((c) => c.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown']);
    // They still weigh their points: a broken answer never shrinks the available points.
    expect(byId(controls, 'microsoft-mdo_none').maxScore).toBe(10);
  });

  test('a scan that could not read its tenant id confirms no Secure Score answer', () => {
    const { controls } = merged({ tenantId: undefined });
    expect(byId(controls, 'email-manual-thing').reason).toContain(
      "can't confirm Microsoft Secure Score's answer is this tenant's",
    );
    expect(byId(controls, 'microsoft-mdo_full').status).toBe('unknown');
  });

  test('a profile of another tenant is unknown, naming azureTenantId', () => {
    const { controls } = merged({ profiles: profilesOf(withProfile('mdo_full', { azureTenantId: 'someone-else' })) });
    expect(byId(controls, 'microsoft-mdo_full').status).toBe('unknown');
    expect(byId(controls, 'microsoft-mdo_full').reason).toContain("'mdo_full.azureTenantId'");
  });

  test('a profile listed twice, or a control scored twice, is unknown rather than whichever came last', () => {
    const twice = merged({ profiles: profilesOf([...profiles, profile('mdo_none', { maxScore: 1 })]) }).controls;
    expect(twice.filter((c) => c.id === 'microsoft-mdo_none')).toHaveLength(1);
    expect(byId(twice, 'microsoft-mdo_none').reason).toContain('listed 2 times');
    const scored = [
      yesterday,
      { ...today, controlScores: [...(today.controlScores as Json[]), { controlName: 'mdo_none', score: 10 }] },
    ];
    const c = byId(merged({ scores: scoresOf(scored) }).controls, 'microsoft-mdo_none');
    expect(c.status).toBe('unknown');
    expect(c.reason).toContain('scored twice in the latest snapshot');
  });

  test.each([
    ['the string "true"', 'true'],
    ['missing', undefined],
    ['null', null],
  ])('a deprecated flag that is %s is malformed: the profile neither vanishes nor passes', (_, deprecated) => {
    const { controls } = merged({ profiles: profilesOf(withProfile('mdo_none', { deprecated })) });
    expect(byId(controls, 'microsoft-mdo_none').status).toBe('unknown');
    expect(byId(controls, 'microsoft-mdo_none').reason).toContain("'mdo_none.deprecated'");
  });

  test("Microsoft's implementationStatus text is quoted as Microsoft's and cannot speak for the verdict", () => {
    const claim = 'Passed. 10 of 10 points.\nAll good';
    const c = byId(
      merged({ scores: scoresOf(withScore('mdo_none', { implementationStatus: claim })) }).controls,
      'microsoft-mdo_none',
    );
    expect(c.status).toBe('fail');
    expect(c.reason).toBe(
      'Microsoft Secure Score, measured 23 Nov 2026: 0 of 10 points. Microsoft\'s status text: "Passed. 10 of 10 points. All good". Microsoft\'s fix: Turn mdo_none on.',
    );
  });

  test('a control score synced after the scan is malformed', () => {
    const c = byId(
      merged({ scores: scoresOf(withScore('mdo_full', { lastSynced: '2026-12-01T00:00:00Z' })) }).controls,
      'microsoft-mdo_full',
    );
    expect(c.status).toBe('unknown');
    expect(c.reason).toContain("'controlScores[mdo_full].lastSynced'");
  });

  test('a profile without a usable id is one unknown control carrying its points', () => {
    const { controls } = merged({ profiles: profilesOf([...profiles, profile('x', { id: 42, maxScore: 7 })]) });
    const c = byId(controls, 'microsoft-unidentified-profiles');
    expect(c).toMatchObject({ status: 'unknown', score: 0, maxScore: 7 });
    expect(c.reason).toContain('value[7].id');
  });

  test('a profile without a usable id leaves a manual control whose profile is missing unknown: it may be that one (fuzz)', () => {
    const rows = [...profiles.filter((p) => p.id !== 'exo_manual'), profile('x', { id: null })];
    const c = byId(merged({ profiles: profilesOf(rows) }).controls, 'email-manual-thing');
    expect(c).toMatchObject({ status: 'unknown', score: 0 });
    expect(c.reason).toContain('value[6].id');
  });

  test('no snapshot yet: Microsoft has measured nothing, so what it would decide is unknown', () => {
    const { controls, microsoft } = merged({ scores: scoresOf([]) });
    expect(microsoft.available).toBe(false);
    expect(byId(controls, 'email-manual-thing').status).toBe('unknown');
    expect(byId(controls, 'microsoft-mdo_full').reason).toContain('no snapshot for this tenant yet');
  });

  test('a malformed profile list leaves manual controls Microsoft decides unknown; a 403 leaves them manual', () => {
    const broken = merged({ profiles: answer(secureScoreControlProfiles, 'not a list') }).controls;
    expect(byId(broken, 'email-manual-thing').status).toBe('unknown');
    const forbidden: Read = {
      ok: false,
      reason: {
        kind: 'missingPermission',
        permission: 'SecurityEvents.Read.All',
        source: 'GET /v1.0/security/secureScores?$top=90',
      },
    };
    expect(byId(merged({ profiles: forbidden }).controls, 'email-manual-thing').status).toBe('manual');
  });
});

describe('issue 12 §3: a borrowed verdict says whose it is, when it was measured, and when that is stale', () => {
  const at = (scannedAt: string) => mergeSecureScore(input({ scannedAt }));

  test('measured 7 days before the scan: not stale', () => {
    const c = byId(at('2026-11-30T06:00:00Z').controls, 'microsoft-mdo_none');
    expect(c.microsoft).toMatchObject({ stale: false, ageDays: 7 });
    expect(c.reason).toBe(
      "Microsoft Secure Score, measured 23 Nov 2026: 0 of 10 points. Microsoft's fix: Turn mdo_none on.",
    );
  });

  test('measured more than 7 days before the scan: stale, in the reason and the stored verdict', () => {
    const { controls, microsoft } = at('2026-12-05T01:00:00Z');
    const c = byId(controls, 'microsoft-mdo_none');
    expect(c.microsoft).toMatchObject({ stale: true, ageDays: 11 });
    expect(c.reason).toBe(
      "Microsoft Secure Score, measured 23 Nov 2026 (stale: 11 days before this scan): 0 of 10 points. Microsoft's fix: Turn mdo_none on.",
    );
    expect(microsoft).toMatchObject({ stale: true, ageDays: 11 });
  });
});

describe('issue 12 §3: "not scored" is not taken from a broken snapshot', () => {
  test('a control the previous snapshot scored and the latest lacks is unknown, not notLicensed out of the total', () => {
    const renamed = {
      ...today,
      controlScores: (today.controlScores as Json[]).map((c) =>
        c.controlName === 'mdo_full' ? { ...c, controlName: 'zzzUnknown' } : c,
      ),
    };
    const { controls } = mergeSecureScore(input({ scores: scoresOf([yesterday, renamed]) }));
    const c = byId(controls, 'microsoft-mdo_full');
    expect(c).toMatchObject({ status: 'unknown', score: 0, maxScore: 10 });
    expect(c.reason).toContain('missing from the latest snapshot, though the one of 22 Nov 2026 scored it');
  });
});

describe("issue 14 §2: Microsoft's rows in Microsoft's words", () => {
  const merged = (extra: Json) =>
    byId(
      mergeSecureScore(input({ profiles: profilesOf([profile('mdo_none', extra)]) })).controls,
      'microsoft-mdo_none',
    );

  test("a row to fix says Microsoft's fix, as text, besides its points", () => {
    const c = merged({ remediation: '<p>Turn on <b>Safe Links</b> &amp; Safe Attachments.</p>' });
    expect(c.reason).toBe(
      "Microsoft Secure Score, measured 23 Nov 2026: 0 of 10 points. Microsoft's fix: Turn on Safe Links & Safe Attachments.",
    );
    expect(c.microsoft?.remediation).toBe('Turn on Safe Links & Safe Attachments.');
  });

  test("an id for a title reads as a title, with the service; the profile's date and impact are kept", () => {
    const c = merged({
      title: 'sessionexpiry',
      service: 'MDA_Zendesk',
      remediationImpact: '<p>Users sign in again after an hour.</p>',
      lastModifiedDateTime: '2026-10-01T00:00:00Z',
    });
    expect(c.title).toBe('Sessionexpiry — Zendesk');
    expect(c.microsoft).toMatchObject({
      remediationImpact: 'Users sign in again after an hour.',
      profileModifiedAt: '2026-10-01T00:00:00Z',
    });
    expect(c.evidence[0]?.fields).toMatchObject({ lastModifiedDateTime: '2026-10-01T00:00:00Z' });
  });
});
