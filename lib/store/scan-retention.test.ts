import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScanResult } from '../engine/scan/run-scan';
import type { ControlResult } from '../engine/verdict/result';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import { openStore, type StoreDb } from './open-store';
import { compactOutsideWindow, compactScan, FULL_HISTORY_DAYS } from './scan-retention';

const NAME = 'posture-lens-retention-test';
const DAY_MS = 86_400_000;
const latest = '2026-03-01T10:00:00.000Z';
const daysBefore = (days: number, ms = 0) => new Date(Date.parse(latest) - days * DAY_MS - ms).toISOString();

const detailed = (tenantId: string, scannedAt: string): ScanResult =>
  scanWith(
    [
      controlResult({
        id: 'c1',
        evidence: [{ source: 'domains', id: 'contoso.com', fields: { passwordValidityPeriodInDays: 90 } }],
        affected: { noun: 'domains', count: 1, sample: ['contoso.com'] },
      }),
    ],
    { tenant: { id: tenantId, displayName: 'Contoso', cloud: 'global' }, scannedAt },
  );

let db: StoreDb;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

const put = (scan: ScanResult | Record<string, never>, tenantId: string, scannedAt: string) =>
  db.put('scans', { key: `${tenantId}|${scannedAt}`, tenantId, scannedAt, scan: scan as ScanResult });
const compactFlags = async () => (await db.getAll('scans')).map((r) => [r.tenantId, r.scannedAt, r.compact ?? false]);

describe('compactScan', () => {
  test('keeps every verdict and score, drops evidence and affected, leaves the scan itself alone', () => {
    const audit = { status: 'read' as const, from: latest, to: latest, events: [] };
    const scan = {
      ...detailed('t', latest),
      names: { g1: { name: 'CA exclusions', kind: 'group' as const } },
      exclusionGroups: [{ id: 'g1', name: 'CA exclusions', policies: [], members: [{ id: 'u1', name: 'Reception' }] }],
      audit,
    };
    const compact = compactScan(scan);
    expect(compact).not.toHaveProperty('names');
    // Group members were kept for the next comparison only; who changed what is the timeline's.
    expect(compact).not.toHaveProperty('exclusionGroups');
    expect(compact.audit).toEqual(audit);
    expect(compact.score).toEqual(scan.score);
    const { affected: _affected, ...kept } = scan.controls[0] as ControlResult;
    expect(compact.controls).toEqual([{ ...kept, evidence: [] }]);
    expect(compact.controls[0]).not.toHaveProperty('affected');
    expect(scan.controls[0]?.evidence).toHaveLength(1);
  });
});

describe('compactOutsideWindow', () => {
  test(`compacts the tenant's scans from before ${FULL_HISTORY_DAYS} days, not those at the edge or after`, async () => {
    const old = daysBefore(FULL_HISTORY_DAYS, 1);
    const edge = daysBefore(FULL_HISTORY_DAYS);
    await put(detailed('t', old), 't', old);
    await put(detailed('t', edge), 't', edge);
    await put(detailed('t', latest), 't', latest);
    await compactOutsideWindow(db, 't', latest);
    expect(await compactFlags()).toEqual([
      ['t', old, true],
      ['t', edge, false],
      ['t', latest, false],
    ]);
    expect((await db.get('scans', `t|${old}`))?.scan.controls[0]?.evidence).toEqual([]);
  });

  test("leaves other tenants' and unreadable records exactly as they are", async () => {
    const old = daysBefore(FULL_HISTORY_DAYS + 30);
    await put(detailed('other', old), 'other', old);
    await put({}, 't', old);
    await compactOutsideWindow(db, 't', latest);
    expect(await compactFlags()).toEqual([
      ['other', old, false],
      ['t', old, false],
    ]);
    expect((await db.get('scans', `t|${old}`))?.scan).toEqual({});
  });
});
