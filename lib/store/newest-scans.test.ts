import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScanResult } from '../engine/scan/run-scan';
import { scanWith } from '../../test/fixtures/scan-result';
import { newestScans } from './newest-scans';
import { openStore, type StoreDb } from './open-store';

const NAME = 'posture-lens-newest-scans-test';
let db: StoreDb;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

const at = (day: number) => `2026-03-0${day}T10:00:00.000Z`;
async function put(tenantId: string, day: number, readable = true): Promise<void> {
  const scan = scanWith([], { tenant: { id: tenantId, displayName: tenantId, cloud: 'global' }, scannedAt: at(day) });
  await db.put('scans', {
    key: `${tenantId}|${at(day)}`,
    tenantId,
    scannedAt: at(day),
    scan: readable ? scan : ({ broken: true } as unknown as ScanResult),
  });
}
const asScan = (rec: { scan: unknown }) =>
  typeof rec.scan === 'object' && rec.scan !== null && 'controls' in rec.scan ? (rec.scan as ScanResult) : undefined;

describe('newestScans', () => {
  test("one tenant's scans, newest first, up to the limit", async () => {
    await put('t', 1);
    await put('t', 3);
    await put('tt', 4);
    await put('t', 2);
    const days = async (limit: number) => (await newestScans(db, 't', limit, asScan)).map((s) => s.scannedAt);
    expect(await days(10)).toEqual([at(3), at(2), at(1)]);
    expect(await days(2)).toEqual([at(3), at(2)]);
    expect(await days(0)).toEqual([]);
  });

  test('skips what readable refuses without counting it, and shows it each key', async () => {
    await put('t', 1);
    await put('t', 2, false);
    await put('t', 3);
    const seen: string[] = [];
    const scans = await newestScans(db, 't', 2, (rec) => (seen.push(rec.key), asScan(rec)));
    expect(scans.map((s) => s.scannedAt)).toEqual([at(3), at(1)]);
    expect(seen).toEqual([`t|${at(3)}`, `t|${at(2)}`, `t|${at(1)}`]);
  });
});
