import { describe, expect, test } from 'vitest';
import { neverScannedRow, overviewOf, scannedRow } from '../../../test/fixtures/overview-export-rows';
import { overviewCsv } from './overview-csv';
import { OVERVIEW_FIELDS } from './overview-fields';
import { overviewJson, overviewJsonText } from './overview-json';

const NOW = Date.parse('2026-12-05T12:00:00.000Z');
const all = { rows: 'all', filter: null, lens: 'all' } as const;

describe('overviewJson', () => {
  test('a format/version header, the partner name, the threshold and what was selected', () => {
    const json = overviewJson(overviewOf([]), [], { rows: 'shown', filter: 'regressed', lens: 'cis' }, NOW);
    expect(json).toEqual({
      format: 'posture-lens-tenants-overview',
      version: 1,
      exportedAt: '2026-12-05T12:00:00.000Z',
      partnerName: 'Fabrikam IT',
      staleAfterDays: 7,
      selection: { rows: 'shown', filter: 'regressed', lens: 'cis' },
      tenants: [],
    });
  });

  test('each tenant carries the CSV columns, by the same names, plus its sparkline', () => {
    const [tenant] = overviewJson(overviewOf([]), [scannedRow()], all, NOW).tenants;
    expect(Object.keys(tenant!)).toEqual([...OVERVIEW_FIELDS, 'sparkline']);
    expect(tenant).toMatchObject({
      name: 'Contoso',
      scorePercent: 62,
      band: 'good',
      changeSincePrevious: -4,
      stale: false,
      lastScanAgeDays: 4,
      identityPercent: 70,
      devicePercent: null,
      templates: ['Mimecast filters mail'],
      sparkline: [
        { at: '2026-11-24T09:30:00.000Z', percent: 66 },
        { at: '2026-12-01T09:30:00.000Z', percent: 62 },
      ],
    });
  });

  test('a tenant never scanned has null scores, never 0', () => {
    const [tenant] = overviewJson(overviewOf([]), [neverScannedRow()], all, NOW).tenants;
    expect(tenant).toMatchObject({
      scannedAt: null,
      scorePercent: null,
      pointsAchieved: null,
      changeSincePrevious: null,
      stale: null,
      secureScorePercent: null,
      sparkline: [],
    });
  });

  test('the text is pretty-printed and ends with a newline; names stay text', () => {
    const text = overviewJsonText(overviewOf([]), [scannedRow({ name: '=cmd|calc' })], all, NOW);
    expect(text.endsWith('}\n')).toBe(true);
    expect((JSON.parse(text) as { tenants: { name: string }[] }).tenants[0]?.name).toBe('=cmd|calc');
    // The CSV of the same row neutralises it.
    expect(overviewCsv(overviewOf([]), [scannedRow({ name: '=cmd|calc' })], NOW)).toContain(`'=cmd|calc`);
  });
});
