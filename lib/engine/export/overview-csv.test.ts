import { describe, expect, test } from 'vitest';
import { neverScannedRow, overviewOf, scannedRow } from '../../../test/fixtures/overview-export-rows';
import { overviewCsv } from './overview-csv';

const NOW = Date.parse('2026-12-05T12:00:00.000Z');
const lines = (csv: string): string[] => csv.split('\r\n');
const csvOf = (...rows: Parameters<typeof scannedRow>[0][]) =>
  overviewCsv(
    overviewOf([]),
    rows.map((r) => scannedRow(r)),
    NOW,
  );
/** The cells of a simple row (no quoted commas), by column name. */
const cellsOf = (csv: string, line = 1): Record<string, string> => {
  const [header = '', ...rest] = lines(csv);
  const cells = (rest[line - 1] ?? '').split(',');
  return Object.fromEntries(header.split(',').map((h, i) => [h, cells[i] ?? '']));
};

describe('overviewCsv', () => {
  test('the header row is pinned: renaming or reordering a column is a visible change (docs/overview-export.md)', () => {
    expect(lines(overviewCsv(overviewOf([]), [], NOW))).toEqual([
      'tenantId,name,kind,scannedAt,scorePercent,pointsAchieved,pointsAvailable,band,changeSincePrevious,' +
        'controlsFailing,regressions,worstRegressionControlId,worstRegressionTitle,worstRegressionPointsLost,' +
        'licence,signInState,signInReason,lastScanAgeDays,stale,staleAfterDays,identityPercent,dataPercent,' +
        'devicePercent,appsPercent,secureScorePercent,cisPercent,scubaPercent,templates',
      '',
    ]);
  });

  test('a scanned tenant: its score, a negative change as a number, the worst regression and the templates', () => {
    expect(lines(csvOf({}))[1]).toBe(
      '11111111-1111-4111-8111-111111111111,Contoso,customer,2026-12-01T09:30:00.000Z,62,124,200,good,-4,9,2,' +
        'entra-legacy-auth-blocked,Legacy authentication is blocked,8,Microsoft 365 Business Premium,ready,,4,false,7,' +
        '70,55,,40,64,58,61,Mimecast filters mail',
    );
  });

  test('a tenant never scanned has empty score cells, never a 0', () => {
    const csv = overviewCsv(overviewOf([]), [neverScannedRow()], NOW);
    const cells = cellsOf(csv);
    for (const column of [
      'scannedAt',
      'scorePercent',
      'pointsAchieved',
      'pointsAvailable',
      'band',
      'changeSincePrevious',
      'controlsFailing',
      'regressions',
      'lastScanAgeDays',
      'stale',
      'identityPercent',
      'cisPercent',
    ]) {
      expect(cells[column], column).toBe('');
    }
    expect(cells).toMatchObject({ name: 'Fabrikam', signInState: 'untried', staleAfterDays: '7' });
  });

  test('stale past the threshold written beside it, with the age in whole days', () => {
    const old = { latest: { ...scannedRow().latest!, scannedAt: '2026-11-28T11:59:00.000Z' } };
    expect(cellsOf(overviewCsv(overviewOf([], { staleAfterDays: 7 }), [scannedRow(old)], NOW))).toMatchObject({
      lastScanAgeDays: '7',
      stale: 'true',
      staleAfterDays: '7',
    });
    expect(cellsOf(overviewCsv(overviewOf([], { staleAfterDays: 30 }), [scannedRow(old)], NOW))).toMatchObject({
      lastScanAgeDays: '7',
      stale: 'false',
      staleAfterDays: '30',
    });
  });

  test('names from Graph and the partner are formula-safe and quoted', () => {
    const csv = csvOf({
      name: '=HYPERLINK("http://evil.example","Click")',
      templates: [{ ...scannedRow().templates[0]!, templateName: '+SUM(1,2)' }],
      worstRegression: { controlId: 'x', title: '@cmd, "quoted"', pointsLost: 3 },
    });
    const row = lines(csv)[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(row).toContain(`"'+SUM(1,2)"`);
    expect(row).toContain(`"'@cmd, ""quoted"""`);
    expect(row).not.toMatch(/(^|,)[=+@]/);
  });

  test('a tenant that needs consent says so, with the reason', () => {
    const csv = csvOf({
      access: {
        state: 'needsConsent',
        consentUrl: 'https://login.example/consent',
        reason: 'AADSTS65001: not consented',
      },
    });
    expect(cellsOf(csv)).toMatchObject({ signInState: 'needsConsent', signInReason: 'AADSTS65001: not consented' });
  });

  test('UTF-8 names are written as they are', () => {
    expect(lines(csvOf({ name: 'Société Générale — Zürich' }))[1]).toContain(',Société Générale — Zürich,');
  });
});
