import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { parseBaseline, type Baseline } from './baseline';
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

describe('toTable --baseline', () => {
  const before = (statuses: Record<string, string>, percent: number, achieved: number): Baseline =>
    parseBaseline(
      JSON.stringify({
        scannedAt: '2026-02-20T09:30:12.345Z',
        tenant: { id: 'tenant-1' },
        score: { percent, achieved },
        controls: Object.entries(statuses).map(([id, status]) => ({ id, status })),
      }),
    ) as Baseline;

  test('says the score change and names each control whose status changed', () => {
    const out = toTable(scan, { baseline: before({ mfa: 'fail', 'big-gap': 'fail', 'small-gap': 'pass' }, 24, 7) });
    expect(out).toContain('Since 20 Feb 2026, 09:30 UTC: 24% → 59% (+10 points); 2 controls changed:');
    expect(out).toContain('  FAIL → PASS  Control mfa\n  PASS → PART  Control small-gap\n');
    expect(out).not.toContain('→ FAIL  Control big-gap');
  });

  test('nothing changed says so, in the singular where it is one', () => {
    const out = toTable(scan, { baseline: before({ mfa: 'pass' }, 59, 17) });
    expect(out).toContain('Since 20 Feb 2026, 09:30 UTC: 59% → 59% (±0 points); 0 controls changed.');
    const one = toTable(scan, { baseline: before({ mfa: 'fail' }, 50, 7) });
    expect(one).toContain('1 control changed:');
  });

  test("another tenant's report is never compared", () => {
    const other = { ...before({ mfa: 'fail' }, 10, 1), tenantId: 'tenant-2' };
    const out = toTable(scan, { baseline: other });
    expect(out).toContain('The --baseline report is not of this tenant (tenant-2): not compared.');
    expect(out).not.toContain('FAIL → PASS');
  });

  test('more than five changes: five shown, the rest counted, all of them with --all', () => {
    const many = scanWith(Array.from({ length: 7 }, (_, i) => control({ id: `c${i}`, status: 'pass', score: 10 })));
    const baseline = before(Object.fromEntries(many.controls.map((c) => [c.id, 'fail'])), 0, 0);
    expect(toTable(many, { baseline })).toContain('  … and 2 more (--all lists them)');
    expect(toTable(many, { baseline, all: true }).match(/FAIL → PASS/g)).toHaveLength(7);
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
