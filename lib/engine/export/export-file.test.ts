import { describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../../test/fixtures/scan-result';
import { toCsv } from './export-csv';
import { exportFile } from './export-file';
import { toJson } from './export-json';

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
