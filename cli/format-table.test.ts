import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../lib/engine/verdict/result';
import { controlResult, scanWith } from '../test/fixtures/scan-result';
import { plain, toTable } from './format-table';

const control = (over: Partial<ControlResult> & Pick<ControlResult, 'id' | 'status'>): ControlResult =>
  controlResult(over);

const ESC = '\u001b';

describe('toTable with a not-applicable control', () => {
  const out = toTable(
    scanWith([
      control({ id: 'mfa', status: 'pass', score: 10 }),
      control({ id: 'dmarc', status: 'notApplicable', maxScore: 7, reason: 'The tenant has no custom mail domain.' }),
    ]),
  );

  test('lists it apart, saying why, with no points either way (never 0/7 or -/7, never among the passes)', () => {
    expect(out).toContain('Not applicable (nothing to judge; no points either way):');
    expect(out).toContain(
      '  N/A        —  Control dmarc\n       Not applicable — The tenant has no custom mail domain.',
    );
    expect(out).not.toContain('0/7');
    expect(out).not.toContain('-/7');
    expect(out).toContain('Score 100%  ·  10 of 10 points');
    expect(out).toContain('1 not applicable');
    expect(out).toContain('1 of 2 controls pass.');
  });
});

describe('toTable', () => {
  const scan = scanWith([
    control({ id: 'mfa', status: 'pass', score: 10 }),
    control({ id: 'small-gap', status: 'partial', score: 7, maxScore: 8 }),
    control({ id: 'big-gap', status: 'fail', maxScore: 9, category: 'apps' }),
    control({ id: 'cannot-read', status: 'unknown', maxScore: 2, reason: 'Grant Policy.Read.All.' }),
    control({ id: 'risk', status: 'notLicensed', maxScore: 7, licence: 'Microsoft Entra ID P2' }),
    control({ id: 'by-hand', status: 'manual', maxScore: 3 }),
  ]);
  const out = toTable(scan);
  const lines = out.split('\n');

  test('opens with the tenant and the score line', () => {
    expect(lines[0]).toBe('Posture Lens — Contoso (tenant-1, global)');
    expect(lines[1]).toBe('Score 59%  ·  17 of 29 points given your licences  ·  scanned 2026-03-01T10:00:00.000Z');
  });

  test('shows subtotals for categories with points, licences to unlock, and coverage', () => {
    expect(out).toContain('  identity   85%  17/20\n');
    expect(out).toContain('  apps        0%  0/9\n');
    expect(out).not.toMatch(/^ {2}data /m);
    expect(out).toContain('  +7 points could be unlocked with Microsoft Entra ID P2 (1 control)');
    expect(out).toContain("  3 decided · 1 couldn't be decided · 0 not applicable · 1 not licensed · 1 manual");
  });

  test('lists what to fix, most points first, each with its reason and admin link', () => {
    const start = lines.indexOf('To fix, most points first:');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, start + 10)).toEqual([
      '  FAIL     0/9  Control big-gap',
      '       Reason for big-gap.',
      '       https://entra.microsoft.com/#big-gap',
      '  ???      0/2  Control cannot-read',
      '       Grant Policy.Read.All.',
      '       https://entra.microsoft.com/#cannot-read',
      '  PART     7/8  Control small-gap',
      '       Reason for small-gap.',
      '       https://entra.microsoft.com/#small-gap',
    ]);
  });

  test('passing, not licensed and manual controls are not in the to-fix list', () => {
    expect(out).not.toContain('Control mfa');
    expect(out).not.toContain('Control risk');
    expect(out).not.toContain('Control by-hand');
  });

  test('lists manual controls with what to check, the read-only PowerShell and where to fix it', () => {
    const table = toTable(
      scanWith([
        control({ id: 'mfa', status: 'fail', maxScore: 10 }),
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
      ]),
    ).split('\n');
    const start = table.indexOf("To check by hand (Microsoft Graph can't read these):");
    expect(start).toBeGreaterThan(table.indexOf('To fix, most points first:'));
    expect(table.slice(start + 1, start + 5)).toEqual([
      '  MAN      -/2  Customer Lockbox is on',
      '       - Get-OrganizationConfig: CustomerLockBoxEnabled is True',
      '       PowerShell: Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
      '       https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/CustomerLockbox',
    ]);
  });

  test('ends with how many controls pass and what Graph cost', () => {
    expect(out.endsWith('1 of 6 controls pass. Graph: 12 requests in 2 HTTP calls, 2 round trips, 340 ms.\n')).toBe(
      true,
    );
  });

  test('with nothing to fix, there is no to-fix section', () => {
    const clean = toTable(scanWith([control({ id: 'mfa', status: 'pass', score: 10 })]));
    expect(clean).not.toContain('To fix');
    expect(clean).toContain('Score 100%');
  });

  test('a scan that could not sign in says so under the score line', () => {
    const failed = toTable(
      scanWith([control({ id: 'mfa', status: 'unknown' })], {
        failure: { kind: 'unauthenticated', message: 'Microsoft Graph refused the sign-in (HTTP 401).' },
      }),
    );
    expect(failed.split('\n')[2]).toBe('! Microsoft Graph refused the sign-in (HTTP 401).');
  });

  test('strips terminal escape sequences from the tenant name and reasons Graph supplied', () => {
    const hostile = toTable(
      scanWith(
        [control({ id: 'ca', status: 'fail', reason: `Policy ${ESC}[2J${ESC}]0;pwned\u0007 is off.\r\nFAKE PASS` })],
        {
          tenant: { id: 'tenant-1', displayName: `Contoso${ESC}[31m\u009b2J`, cloud: 'global' },
        },
      ),
    );
    expect(hostile).not.toContain(ESC);
    expect(hostile).not.toContain('\u0007');
    expect(hostile).not.toContain('\u009b');
    expect(hostile).not.toContain('\r');
    expect(hostile).toContain('Posture Lens — Contoso [31m 2J (tenant-1, global)');
    expect(hostile).toContain('       Policy  [2J ]0;pwned  is off.  FAKE PASS\n');
  });
});

describe('plain', () => {
  test('replaces C0, DEL and C1 control characters with spaces and keeps the rest', () => {
    expect(plain(`a${ESC}b\u0000c\u007fd\u0085e\tf\ng`)).toBe('a b c d e f g');
    expect(plain('Zoë — Contoso › Policies')).toBe('Zoë — Contoso › Policies');
  });
});

describe('toTable: declarations', () => {
  const scan = scanWith([control({ id: 'mfa', status: 'pass', score: 10 })]);

  test('the header says which declarations the verdicts were judged against', () => {
    const declarations = {
      emergencyAccess: [
        { id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user' as const, reason: 'Safe' },
        { id: '11111111-2222-3333-4444-555555555555', kind: 'user' as const, reason: 'Safe' },
      ],
      exemptions: [{ id: '22222222-2222-2222-2222-222222222222', kind: 'group' as const, reason: 'Kiosks' }],
      privilegedRoles: null,
    };
    expect(toTable({ ...scan, declarations }).split('\n')[2]).toBe(
      'Judged against your declarations: 2 emergency-access accounts, 1 exemption, the default privileged roles.',
    );
  });

  test('with nothing declared, the header says break-glass accounts are guessed', () => {
    const none = { emergencyAccess: [], exemptions: [], privilegedRoles: null };
    expect(toTable({ ...scan, declarations: none }).split('\n')[2]).toBe(
      'No declarations: break-glass accounts are guessed (at most two excluded accounts).',
    );
  });
});
