import { describe, expect, test } from 'vitest';
import type { ControlResult } from '../verdict/result';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { applyDispositions } from '../history/dispositions';
import { csvCell, toCsv } from './export-csv';

const control = (over: Partial<ControlResult> & Pick<ControlResult, 'id'>): ControlResult =>
  controlResult({ reason: 'Because.', adminUrl: 'https://entra.microsoft.com/', ...over });

const lines = (csv: string): string[] => csv.split('\r\n');

describe('toCsv', () => {
  test('starts with a header row and ends every row with CRLF', () => {
    const csv = toCsv(scanWith([]));
    expect(csv).toBe(
      'id,title,category,status,score,maxScore,secureScore,cis,scuba,reason,adminUrl,manualCheck,source,disposition,measuredAt,stale,kind,review,outOfScore\r\n',
    );
  });

  test('writes one row per control with its references, reason and fix link', () => {
    const csv = toCsv(
      scanWith([
        control({
          id: 'entra-admin-mfa-required',
          title: 'Admins must use MFA',
          status: 'partial',
          score: 7.5,
          refs: {
            learn: 'https://learn.microsoft.com/',
            secureScore: 'AdminMFAV2',
            cis: '5.2.2.1',
            scuba: 'MS.AAD.3.1v1',
          },
          reason: 'Three admins are not covered.',
          adminUrl: 'https://entra.microsoft.com/#view/ca',
        }),
        control({ id: 'no-refs' }),
      ]),
    );
    expect(lines(csv)).toEqual([
      'id,title,category,status,score,maxScore,secureScore,cis,scuba,reason,adminUrl,manualCheck,source,disposition,measuredAt,stale,kind,review,outOfScore',
      'entra-admin-mfa-required,Admins must use MFA,identity,partial,7.5,10,AdminMFAV2,5.2.2.1,MS.AAD.3.1v1,Three admins are not covered.,https://entra.microsoft.com/#view/ca,,posture-lens,,2026-03-01T10:00:00.000Z,,measured,,',
      'no-refs,Control no-refs,identity,fail,0,10,,,,Because.,https://entra.microsoft.com/,,posture-lens,,2026-03-01T10:00:00.000Z,,measured,,',
      '',
    ]);
  });

  test('a not-applicable control has no score and says why it is not applicable', () => {
    const csv = toCsv(
      scanWith([control({ id: 'dmarc', status: 'notApplicable', maxScore: 7, reason: 'No custom mail domain.' })]),
    );
    expect(lines(csv)[1]).toBe(
      'dmarc,Control dmarc,identity,notApplicable,,7,,,,Not applicable — No custom mail domain.,https://entra.microsoft.com/,,posture-lens,,2026-03-01T10:00:00.000Z,,measured,,not applicable',
    );
  });

  test('not licensed and check-by-hand rows have no score, never a 0 that reads as 0 of 7, and say why', () => {
    const csv = toCsv(
      scanWith([
        control({ id: 'pim', status: 'notLicensed', maxScore: 7, licence: 'Microsoft Entra ID P2' }),
        control({ id: 'lockbox', status: 'manual', maxScore: 4 }),
        control({ id: 'microsoft-Okta_MFA', status: 'notLicensed', maxScore: 1, source: 'microsoft' }),
        control({ id: 'failing', status: 'fail', maxScore: 7 }),
      ]),
    );
    const rows = lines(csv).slice(1, 5);
    expect(rows.map((r) => r.split(',').slice(3, 6))).toEqual([
      ['notLicensed', '', '7'],
      ['manual', '', '4'],
      ['notLicensed', '', '1'],
      ['fail', '0', '7'],
    ]);
    expect(rows.map((r) => r.split(',').at(-1))).toEqual([
      'needs Microsoft Entra ID P2',
      'check by hand',
      'not scored by Microsoft for this tenant',
      '',
    ]);
  });

  test('a manual control carries what to check and the read-only command to run', () => {
    const csv = toCsv(
      scanWith([
        control({
          id: 'm365-customer-lockbox-enabled',
          status: 'manual',
          score: 0,
          manualCheck: {
            how: 'powershell',
            what: ['Get-OrganizationConfig: CustomerLockBoxEnabled is True'],
            command: 'Get-OrganizationConfig | Format-List CustomerLockBoxEnabled',
          },
        }),
      ]),
    );
    expect(lines(csv)[1]).toMatch(
      /,Get-OrganizationConfig: CustomerLockBoxEnabled is True \(run: Get-OrganizationConfig \| Format-List CustomerLockBoxEnabled\),posture-lens,,2026-03-01T10:00:00.000Z,,measured,,check by hand$/,
    );
  });

  test('a control with a disposition says which, why, until when and who recorded it; its score counts it', () => {
    const scan = scanWith([
      control({ id: 'legacy', status: 'fail', score: 0 }),
      control({ id: 'mfa', status: 'fail', score: 0 }),
    ]);
    const recorded = { recordedBy: 'adele@contoso.com', recordedAt: '2026-11-20T10:00:00.000Z' };
    const disposed = applyDispositions(
      scan,
      new Map([
        [
          'legacy',
          { kind: 'riskAccepted' as const, reason: 'Printer needs SMTP', reviewBy: '2026-11-24', ...recorded },
        ],
        ['mfa', { kind: 'thirdParty' as const, note: 'Okta', ...recorded }],
      ]),
      '2026-11-25T09:00:00.000Z',
    );
    const [, legacy, mfa] = lines(toCsv(disposed));
    expect(legacy).toMatch(
      /,fail,0,10,.*,posture-lens,"Risk accepted: Printer needs SMTP \(review by 2026-11-24, due\) — recorded by adele@contoso.com on 2026-11-20",2026-03-01T10:00:00.000Z,,measured,,$/,
    );
    expect(mfa).toMatch(
      /,fail,10,10,.*,posture-lens,Resolved by third party: Okta — recorded by adele@contoso.com on 2026-11-20,2026-03-01T10:00:00.000Z,,measured,,$/,
    );
  });

  test('quotes a reason that holds commas, quotes or line breaks, so the row stays one row', () => {
    const csv = toCsv(scanWith([control({ id: 'c', reason: 'Policy "Block, legacy"\nis off.' })]));
    expect(csv).toContain('"Policy ""Block, legacy""\nis off."');
    expect(lines(csv)).toHaveLength(3);
  });

  test('neutralises a Graph string that a spreadsheet would run as a formula', () => {
    const csv = toCsv(scanWith([control({ id: 'c', title: '=HYPERLINK("https://evil.example","Click")' })]));
    expect(lines(csv)[1]).toBe(
      `c,"'=HYPERLINK(""https://evil.example"",""Click"")",identity,fail,0,10,,,,Because.,https://entra.microsoft.com/,,posture-lens,,2026-03-01T10:00:00.000Z,,measured,,`,
    );
  });
});

describe('formula neutralisation (OWASP CSV injection: = + - @ tab CR)', () => {
  /** RFC 4180 cells of one CSV text, unquoted: what a spreadsheet reads before deciding it's a formula. */
  const cells = (csv: string): string[] =>
    [...csv.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,\r\n]*))/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"'));
  const tricky = ['=cmd|"/c calc"!A1', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', ' =1+1'];

  test.each(tricky)('a Graph string %j in any text column never reaches a spreadsheet as a formula', (evil) => {
    const csv = toCsv(
      scanWith([control({ id: 'c', title: evil, reason: evil, adminUrl: evil, refs: { learn: 'x', cis: evil } })]),
    );
    const row = cells(csv.split('\r\n').slice(1).join('\r\n'));
    for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The text itself survives, behind the apostrophe a spreadsheet shows as "this is text".
    expect(row.filter((c) => c === `'${evil}` || c === evil)).toHaveLength(4);
  });
});

describe('borrowed verdicts in the CSV', () => {
  const microsoft = (measuredAt: string, stale: boolean): ControlResult['microsoft'] => ({
    profileId: 'mdo_autoforwardingmode',
    title: "Microsoft's rule",
    status: 'fail',
    score: 0,
    maxScore: 8,
    measuredAt,
    stale,
  });

  test('a verdict Microsoft measured more than 7 days before the scan says when, and stale in its own column', () => {
    const csv = toCsv(
      scanWith([
        control({ id: 'old', source: 'microsoft', microsoft: microsoft('2026-02-20T06:00:00Z', true) }),
        control({ id: 'fresh', source: 'microsoft', microsoft: microsoft('2026-02-28T06:00:00Z', false) }),
        control({ id: 'ours' }),
      ]),
    );
    const [head, old, fresh, ours] = lines(csv);
    expect(head).toMatch(/,measuredAt,stale,kind,review,outOfScore$/);
    expect(old).toMatch(/,microsoft,,2026-02-20T06:00:00Z,true,measured,,$/);
    expect(fresh).toMatch(/,microsoft,,2026-02-28T06:00:00Z,false,measured,,$/);
    expect(ours).toMatch(/,posture-lens,,2026-03-01T10:00:00.000Z,,measured,,$/);
  });

  test('a borrowed verdict stored before the stale flag existed is aged against its own scan, not today', () => {
    const { stale: _dropped, ...legacy } = microsoft('2026-02-20T06:00:00Z', false)!;
    const [, row] = lines(toCsv(scanWith([control({ id: 'old', source: 'microsoft', microsoft: legacy })])));
    expect(row).toMatch(/,2026-02-20T06:00:00Z,true,measured,,$/);
  });
});

describe('csvCell', () => {
  test.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1+cmd', `"'-1+cmd"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
  ])('a cell starting with a formula character (%j) is prefixed and quoted', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('formula characters later in a cell are left alone', () => {
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('user@contoso.com')).toBe('user@contoso.com');
  });

  test('numbers are written plainly', () => {
    expect(csvCell(7.25)).toBe('7.25');
    expect(csvCell(0)).toBe('0');
  });

  test('a plain cell is not quoted', () => {
    expect(csvCell('Passwords never expire.')).toBe('Passwords never expire.');
  });

  test('an apostrophe forces quoting, so the neutralising prefix is never ambiguous', () => {
    expect(csvCell("It's off")).toBe(`"It's off"`);
  });
});

describe('review controls in the CSV: an attestation, said so in its own column', () => {
  const review = control({
    id: 'entra-signin-logs-reviewed',
    maxScore: 3,
    review: { cadence: 'weekly', what: 'Sign-ins.', state: 'never' },
  });
  const mark = { kind: 'reviewed' as const, note: 'Nothing odd', recordedBy: 'alex@contoso.com' };

  test.each([
    ['never reviewed', new Map(), '2026-12-02T00:00:00Z', ',fail,0,3,', 'attestation,Not reviewed (weekly)'],
    [
      'reviewed and current',
      new Map([[review.id, { ...mark, recordedAt: '2026-12-01T09:00:00.000Z' }]]),
      '2026-12-02T00:00:00Z',
      ',pass,3,3,',
      'attestation,"Reviewed (weekly, due 2026-12-08); last reviewed by alex@contoso.com on 2026-12-01: Nothing odd"',
    ],
    [
      'review due',
      new Map([[review.id, { ...mark, recordedAt: '2026-12-01T09:00:00.000Z' }]]),
      '2026-12-09T00:00:00Z',
      ',fail,0,3,',
      'attestation,"Review due (weekly, since 2026-12-08); last reviewed by alex@contoso.com on 2026-12-01: Nothing odd"',
    ],
  ])('%s', (_, marks, now, points, kind) => {
    const [, row] = lines(toCsv(applyDispositions(scanWith([review]), marks, now)));
    expect(row).toContain(points);
    expect(row?.endsWith(`,${kind},`)).toBe(true);
  });
});
