import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { AuditEvent } from '../lib/engine/watch/audit-event';
import { parseBaseline, type Baseline } from './baseline';
import { changesSince } from './changes';
import { plain, toTable } from './format-table';

const control = (over: Partial<ControlResult> & Pick<ControlResult, 'id' | 'status'>): ControlResult =>
  controlResult(over);

const ESC = '\u001b';
const widest = (text: string): number => Math.max(...text.split('\n').map((l) => l.length));

const scan = scanWith([
  control({ id: 'mfa', status: 'pass', score: 10 }),
  control({ id: 'small-gap', status: 'partial', score: 7, maxScore: 8 }),
  control({ id: 'big-gap', status: 'fail', maxScore: 9, category: 'apps' }),
  control({ id: 'cannot-read', status: 'unknown', maxScore: 2, reason: 'Grant Policy.Read.All.' }),
  control({ id: 'risk', status: 'notLicensed', maxScore: 7, licence: 'Microsoft Entra ID P2' }),
  control({
    id: 'lockbox',
    status: 'manual',
    maxScore: 2,
    title: 'Customer Lockbox is on',
    adminUrl: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/CustomerLockbox',
    manualCheck: {
      how: 'powershell',
      what: ['Get-OrganizationConfig: CustomerLockBoxEnabled is True'],
      command: 'Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
    },
  }),
  control({ id: 'dmarc', status: 'notApplicable', maxScore: 7, reason: 'The tenant has no custom mail domain.' }),
]);

describe('toTable, by default', () => {
  const out = toTable(scan);
  const lines = out.split('\n');

  test('opens with the tenant, the score in whole points with a minute-precise date, and counts by status', () => {
    expect(lines[0]).toBe('Posture Lens — Contoso (tenant-1, global)');
    expect(lines[1]).toBe('Score 59% on 1 Mar 2026, 10:00 UTC · 17 of 29 points given your licences');
    expect(out).toContain(
      "\n1 pass · 1 partial · 1 fail · 1 couldn't tell · 1 not licensed · 1 by hand\n1 not applicable\n",
    );
    expect(out).not.toContain('.000Z');
  });

  test("lists what to fix in the ranked order, then what it couldn't tell, each with its reason; links wait for --all", () => {
    const start = lines.indexOf('To fix, ranked:');
    expect(lines.slice(start + 1, start + 7)).toEqual([
      '  FAIL    0/9  Control big-gap',
      '       Reason for big-gap.',
      '  PART    7/8  Control small-gap',
      '       Reason for small-gap.',
      '  ???     0/2  Control cannot-read',
      '       Grant Policy.Read.All.',
    ]);
    expect(out).not.toContain('https://entra.microsoft.com/#big-gap');
  });

  test('passing, not licensed, by-hand and not-applicable controls are left to --all, and it says so', () => {
    for (const id of ['mfa', 'risk', 'dmarc']) expect(out).not.toContain(`Control ${id}`);
    expect(out).not.toContain('Customer Lockbox');
    expect(out).toContain('Also 1 check by hand, 1 not applicable: --all lists them, with every admin link.');
  });

  test('ends with what Graph cost, in correct plurals', () => {
    expect(out.endsWith('Graph: 12 requests in 2 HTTP calls, 2 round trips, 340 ms.\n')).toBe(true);
    const one = toTable({ ...scan, stats: { ...scan.stats, graphRequests: 1, httpCalls: 1, roundTrips: 1 } });
    expect(one).toContain('Graph: 1 request in 1 HTTP call, 1 round trip, 340 ms.');
  });

  test('--top N lists the N actions worth most and counts the rest', () => {
    const top = toTable(scan, { top: 1 });
    expect(top).toContain('Top 1 of 3 to fix, ranked:\n  FAIL    0/9  Control big-gap\n');
    expect(top).not.toContain('Control cannot-read');
    expect(top).toContain('Also 2 more actions, 1 check by hand, 1 not applicable');
  });

  test('with nothing to fix, there is no to-fix section', () => {
    const clean = toTable(scanWith([control({ id: 'mfa', status: 'pass', score: 10 })]));
    expect(clean).not.toContain('To fix');
    expect(clean).toContain('Score 100%');
  });

  test('long titles and reasons wrap to the width; a long reason is cut after two lines, at a word', () => {
    const long = 'The policy excludes an account nobody declared as break-glass '.repeat(4).trim() + '.';
    const wordy = scanWith([
      control({ id: 'ca', status: 'fail', title: `Conditional access ${'x '.repeat(40)}`, reason: long }),
    ]);
    for (const width of [60, 80, 120]) expect(widest(toTable(wordy, { width }))).toBeLessThanOrEqual(width);
    const at60 = toTable(wordy, { width: 60 }).split('\n');
    const reason = at60.filter((l) => l.startsWith('       The policy') || l.startsWith('       account'));
    expect(at60.some((l) => l.endsWith(' …'))).toBe(true);
    expect(reason.length).toBeLessThanOrEqual(2);
  });
});

describe('toTable --all', () => {
  const out = toTable(scan, { all: true });

  test('adds category subtotals, licences to unlock, and every admin link', () => {
    expect(out).toContain('  identity   85%  17/20\n');
    expect(out).toContain('  apps        0%  0/9\n');
    expect(out).toContain('  +7 points could be unlocked with Microsoft Entra ID P2 (1 control)');
    expect(out).toContain(
      '  FAIL    0/9  Control big-gap\n       Reason for big-gap.\n       https://entra.microsoft.com/#big-gap\n',
    );
    expect(out.endsWith('1 of 7 controls pass. Graph: 12 requests in 2 HTTP calls, 2 round trips, 340 ms.\n')).toBe(
      true,
    );
  });

  test('controls out of the score show "—" and why, never 0/7 or -/2', () => {
    expect(out).toContain(
      [
        "To check by hand (Microsoft Graph can't read these):",
        '  MAN       —  Customer Lockbox is on (check by hand)',
        '       - Get-OrganizationConfig: CustomerLockBoxEnabled is True',
        '       PowerShell: Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
        '       https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/CustomerLockbox',
      ].join('\n'),
    );
    expect(out).toContain(
      '  N/A       —  Control dmarc\n       Not applicable — The tenant has no custom mail domain.',
    );
    for (const never of ['0/7', '-/7', '0/2', '-/2']) expect(out).not.toContain(` ${never}  Customer`);
    expect(out).not.toContain('0/7');
  });
});

describe('toTable colour', () => {
  test('off by default: no escape codes at all', () => {
    expect(toTable(scan, { all: true })).not.toContain(ESC);
  });

  test('on: failing tags red, partial and undecided yellow, the score bold, titles linked (OSC 8)', () => {
    const out = toTable(scan, { colour: true });
    expect(out).toContain(`${ESC}[31mFAIL${ESC}[39m`);
    expect(out).toContain(`${ESC}[33mPART${ESC}[39m`);
    expect(out).toContain(`${ESC}[1mScore 59%${ESC}[22m`);
    expect(out).toContain(`${ESC}]8;;https://entra.microsoft.com/#big-gap${ESC}\\Control big-gap${ESC}]8;;${ESC}\\`);
  });
});

describe('toTable with --baseline', () => {
  /** A report of `of`'s controls as they are, but for `rows`. */
  const before = (
    rows: Record<string, [string, number]>,
    percent: number,
    achieved: number,
    of: ScanResult = scan,
  ): Baseline =>
    parseBaseline(
      JSON.stringify({
        scannedAt: '2026-02-20T09:30:12.345Z',
        tenant: { id: 'tenant-1' },
        score: { percent, achieved },
        controls: of.controls.map(({ id, status, score }) => ({
          id,
          status,
          score,
          ...(rows[id] && { status: rows[id][0], score: rows[id][1] }),
        })),
      }),
      Date.parse('2026-03-01T10:00:00Z'),
    ) as Baseline;
  const byAlex: AuditEvent = {
    id: 'e1',
    activity: 'Update conditional access policy',
    at: '2026-02-25T08:12:00Z',
    actor: { kind: 'user', upn: 'alex@contoso.com' },
    targets: [],
    changed: [{ field: 'State', before: 'On', after: 'Report-only' }],
    controls: ['small-gap'],
  };
  const byApp: AuditEvent = {
    ...byAlex,
    id: 'e2',
    activity: 'Update authorization policy',
    at: '2026-02-26T09:00:00Z',
    actor: { kind: 'app', name: 'Microsoft365DSC' },
    changed: [],
    controls: ['small-gap'],
  };
  const audited = (events: AuditEvent[]) =>
    ({ ...scan, audit: { status: 'read', from: '2026-02-20T09:30:12.345Z', to: scan.scannedAt, events } }) as const;
  // mfa: fail → pass (improvement); small-gap: pass → partial (regression); big-gap unchanged.
  const baseline = before({ mfa: ['fail', 0], 'small-gap': ['pass', 8] }, 50, 8);

  test('"Changes since" comes first, regressions before improvements, then the summary as without one', () => {
    const out = toTable(scan, { changes: changesSince(baseline, scan) });
    const lines = out.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Changes since 20 Feb 2026, 09:30 UTC: 50% → 59% (+9 points)',
      "Who: this scan didn't read the audit log.",
      '1 regression:',
      '  PASS → PART    −1  Control small-gap',
      '1 improvement:',
      '  FAIL → PASS   +10  Control mfa',
    ]);
    expect(lines[6]).toBe('');
    expect(lines.slice(7).join('\n')).toBe(toTable(scan));
  });

  test('who changed a regressed control: a user by UPN, an app by name, when, and the fields in words', () => {
    const s = audited([byAlex, byApp]);
    const out = toTable(s, { changes: changesSince(baseline, s) });
    expect(out).toContain(
      [
        '  PASS → PART    −1  Control small-gap',
        '      by Microsoft365DSC (app), 26 Feb 2026, 09:00 UTC: Update authorization',
        '        policy',
        '      by alex@contoso.com, 25 Feb 2026, 08:12 UTC: Update conditional access',
        '        policy; State: On → Report-only',
        '1 improvement:',
        '  FAIL → PASS   +10  Control mfa',
        '      no audit event names it',
      ].join('\n'),
    );
    expect(out).not.toContain('Who:');
  });

  test('the audit log unreadable for want of a permission: says which, once', () => {
    const s = {
      ...scan,
      audit: { status: 'unavailable', from: 'x', to: 'y', reason: '403', permission: 'AuditLog.Read.All' },
    } as const;
    const out = toTable(s, { changes: changesSince(baseline, s) });
    expect(out.split('\n')[1]).toBe('Who: grant AuditLog.Read.All to see.');
  });

  test('nothing changed says so', () => {
    const same = before({}, 59, 17);
    const out = toTable(scan, { changes: changesSince(same, scan) });
    expect(out).toMatch(/^Changes since 20 Feb 2026, 09:30 UTC: 59% → 59% \(±0 points\)\n.*\nNo control changed\.\n\n/);
  });

  test('more than ten regressions: ten shown, the rest counted; all with --all; new controls counted', () => {
    const many = scanWith(Array.from({ length: 12 }, (_, i) => control({ id: `c${i}`, status: 'fail' })));
    const rows = Object.fromEntries(many.controls.map((c): [string, [string, number]] => [c.id, ['pass', 10]]));
    const eleven = before(rows, 100, 110, many);
    const changes = changesSince({ ...eleven, controls: eleven.controls.slice(0, 11) }, many);
    const brief = toTable(many, { changes });
    expect(brief).toContain('11 regressions:');
    expect(brief.match(/PASS → FAIL/g)).toHaveLength(10);
    expect(brief).toContain('  … and 1 more (--all lists them)\nAlso 1 new control: --all lists them.\n');
    const all = toTable(many, { changes, all: true });
    expect(all.match(/PASS → FAIL/g)).toHaveLength(11);
    expect(all).toContain('Other changes (new, no longer reported, or between unscored states):\n  none → FAIL');
  });

  test('Graph strings in the audit events cannot drive the terminal', () => {
    const hostile: AuditEvent = {
      ...byAlex,
      actor: { kind: 'user', upn: `alex${ESC}[2J@contoso.com` },
      changed: [{ field: `State${ESC}]0;x\u0007`, before: 'On', after: 'Off\r\nFAKE' }],
    };
    const s = audited([hostile]);
    const out = toTable(s, { changes: changesSince(baseline, s) });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\r');
    expect(widest(out)).toBeLessThanOrEqual(80);
  });
});

describe('toTable: what Graph and the tenant supply', () => {
  test('a scan that could not identify the tenant says so under the score line', () => {
    const failed = toTable(
      scanWith([control({ id: 'mfa', status: 'unknown' })], {
        failure: { kind: 'unidentified', message: 'The tenant could not be identified.' },
      }),
    );
    expect(failed.split('\n')[2]).toBe('! The tenant could not be identified.');
  });

  test('strips terminal escape sequences from the tenant name and reasons Graph supplied', () => {
    const hostile = toTable(
      scanWith(
        [control({ id: 'ca', status: 'fail', reason: `Policy ${ESC}[2J${ESC}]0;pwned\u0007 is off.\r\nFAKE PASS` })],
        { tenant: { id: 'tenant-1', displayName: `Contoso${ESC}[31m\u009b2J`, cloud: 'global' } },
      ),
      { all: true },
    );
    expect(hostile).not.toContain(ESC);
    expect(hostile).not.toContain('\u0007');
    expect(hostile).not.toContain('\u009b');
    expect(hostile).not.toContain('\r');
    expect(hostile).toContain('Posture Lens — Contoso [31m 2J (tenant-1, global)');
    expect(hostile).toContain('       Policy [2J ]0;pwned is off. FAKE PASS\n');
  });

  test('the header says which declarations the verdicts were judged against', () => {
    const declarations = {
      emergencyAccess: [
        { id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user' as const, reason: 'Safe' },
        { id: '11111111-2222-3333-4444-555555555555', kind: 'user' as const, reason: 'Safe' },
      ],
      exemptions: [{ id: '22222222-2222-2222-2222-222222222222', kind: 'group' as const, reason: 'Kiosks' }],
      privilegedRoles: null,
    };
    expect(toTable({ ...scan, declarations }, { width: 120 })).toContain(
      '\nJudged against your declarations: 2 emergency-access accounts, 1 exemption, the default privileged roles.\n',
    );
    const none = { emergencyAccess: [], exemptions: [], privilegedRoles: null };
    expect(toTable({ ...scan, declarations: none })).toContain(
      '\nNo declarations: break-glass accounts are guessed (at most two excluded\naccounts).\n',
    );
  });
});

describe('plain', () => {
  test('replaces C0, DEL and C1 control characters with spaces and keeps the rest', () => {
    expect(plain(`a${ESC}b\u0000c\u007fd\u0085e\tf\ng`)).toBe('a b c d e f g');
    expect(plain('Zoë — Contoso › Policies')).toBe('Zoë — Contoso › Policies');
  });
});

describe('review controls in the table: attested, never PASS or FAIL', () => {
  const withReview = scanWith([
    control({ id: 'mfa', status: 'fail', maxScore: 9 }),
    control({
      id: 'entra-signin-logs-reviewed',
      status: 'fail',
      maxScore: 3,
      title: 'Sign-in logs are reviewed every week',
      reason: 'Not reviewed: nobody has marked this weekly review Reviewed in Posture Lens.',
      review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
    }),
  ]);
  const out = toTable(withReview, { width: 120 });

  test('the row says it is a review, attested and not measured, with its own tag', () => {
    expect(out).toContain(
      '  REV?    0/3  Sign-in logs are reviewed every week (weekly review: attested, not measured)',
    );
    expect(out).not.toMatch(/FAIL +0\/3/);
  });

  test('the counts line counts reviews by where they stand, not as failures', () => {
    expect(out.split('\n')).toContain('1 fail · 1 not reviewed');
  });
});
