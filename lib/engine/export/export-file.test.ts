import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { toCsv } from './export-csv';
import { exportFile, overviewExportFile } from './export-file';
import { toJson } from './export-json';
import { overviewOf, scannedRow } from '../../../test/fixtures/overview-export-rows';
import { overviewCsv } from './overview-csv';
import { overviewJsonText } from './overview-json';

const scan = scanWith([controlResult({ id: 'entra-legacy-auth-blocked', title: '=cmd|calc' })], {
  tenant: { id: 't', displayName: '../Contoso <Ltd>', cloud: 'global' },
});

describe('exportFile', () => {
  test('JSON is the CLI shape, pretty-printed, ending with a newline', () => {
    const file = exportFile(scan, 'json');
    expect(file.type).toBe('application/json');
    expect(file.text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(file.text)).toEqual(JSON.parse(JSON.stringify(toJson(scan))));
    expect(Object.keys(JSON.parse(file.text) as object)).toEqual(
      expect.arrayContaining(['tool', 'tenant', 'scannedAt', 'score', 'controls', 'stats']),
    );
  });

  test('CSV is the CLI CSV, formula-safe', () => {
    const file = exportFile(scan, 'csv');
    expect(file.type).toBe('text/csv');
    expect(file.text).toBe(toCsv(scan));
    expect(file.text).toContain(`"'=cmd|calc"`);
  });

  test('the file name carries the tenant and day, with the Graph-supplied name made safe', () => {
    expect(exportFile(scan, 'json').name).toBe('posture-lens-contoso-ltd-2026-03-01.json');
    expect(exportFile(scanWith([], { tenant: { id: 't', displayName: '///', cloud: 'global' } }), 'csv').name).toBe(
      'posture-lens-tenant-2026-03-01.csv',
    );
  });
});

describe('overviewExportFile', () => {
  const NOW = Date.parse('2026-12-05T12:00:00.000Z');
  const rows = [scannedRow()];
  const all = { rows: 'all', filter: null, lens: 'all' } as const;

  test('names the partner, the rows (all or shown) and the day, made file-name safe', () => {
    expect(
      overviewExportFile(overviewOf(rows, { partnerName: '../Fabrikam <IT>' }), rows, all, 'csv', NOW),
    ).toMatchObject({ name: 'posture-lens-fabrikam-it-tenants-2026-12-05.csv', type: 'text/csv' });
    const shown = { rows: 'shown', filter: 'regressed', lens: 'all' } as const;
    expect(overviewExportFile(overviewOf(rows, { partnerName: '' }), rows, shown, 'json', NOW)).toMatchObject({
      name: 'posture-lens-tenants-shown-2026-12-05.json',
      type: 'application/json',
    });
  });

  test('holds the overview CSV and JSON texts', () => {
    const overview = overviewOf(rows);
    expect(overviewExportFile(overview, rows, all, 'csv', NOW).text).toBe(overviewCsv(overview, rows, NOW));
    expect(overviewExportFile(overview, rows, all, 'json', NOW).text).toBe(overviewJsonText(overview, rows, all, NOW));
  });
});
