import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import type { ScanResult } from '../engine/scan/run-scan';
import { openStore, type StoreDb } from './open-store';
import { historyStamp, recentScans } from './recent-scans';
import { DB_NAME } from './schema';

const CONTOSO = '11111111-1111-1111-1111-111111111111';
const FABRIKAM = '22222222-2222-2222-2222-222222222222';
const DAY = 86_400_000;

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
  });
}

/** `count` scans of a tenant, one a day (or an hour) back from 14 Dec 2026, written in one transaction. */
async function store(db: StoreDb, tenantId: string, count: number, every = DAY): Promise<void> {
  const tx = db.transaction('scans', 'readwrite');
  for (let i = 0; i < count; i++) {
    const scannedAt = new Date(Date.UTC(2026, 11, 14, 6) - i * every).toISOString();
    const scan = scanWith([controlResult({ id: 'entra-x' })], {
      scannedAt,
      tenant: { id: tenantId, displayName: 'Contoso', cloud: 'global' },
    });
    void tx.store.put({ key: `${tenantId}|${scannedAt}`, tenantId, scannedAt, scan });
  }
  await tx.done;
}

let db: StoreDb;
/** How many stored records the read deserialised and looked at. */
let read = 0;
const counting = (rec: { scan: unknown }): ScanResult => {
  read++;
  return rec.scan as ScanResult;
};

beforeEach(async () => {
  await deleteDatabase(DB_NAME);
  db = await openStore();
  read = 0;
});
afterEach(() => db.close());

describe('recentScans', () => {
  test('of 365 daily scans, reads only the 91 of the 90 days before the newest', async () => {
    await store(db, CONTOSO, 365);
    await store(db, FABRIKAM, 30);
    const { scans, earlier } = await recentScans(db, CONTOSO, { days: 90, limit: 100 }, counting);
    expect(read).toBe(91);
    expect(scans).toHaveLength(91);
    expect(scans[0]?.scannedAt).toBe('2026-12-14T06:00:00.000Z');
    expect(scans.at(-1)?.scannedAt).toBe('2026-09-15T06:00:00.000Z');
    expect(scans.every((s) => s.tenant.id === CONTOSO)).toBe(true);
    expect(earlier).toBe(true);
  });

  test('of a month of hourly scans (720), reads no more than the limit', async () => {
    await store(db, CONTOSO, 30 * 24, DAY / 24);
    const { scans, earlier } = await recentScans(db, CONTOSO, { days: 90, limit: 100 }, counting);
    expect(read).toBe(100);
    expect(scans[0]?.scannedAt).toBe('2026-12-14T06:00:00.000Z');
    expect(earlier).toBe(true);
  });

  test('a short history is read whole, with nothing earlier', async () => {
    await store(db, CONTOSO, 2);
    const { scans, earlier } = await recentScans(db, CONTOSO, { days: 90, limit: 100 }, counting);
    expect(scans.map((s) => s.scannedAt)).toEqual(['2026-12-14T06:00:00.000Z', '2026-12-13T06:00:00.000Z']);
    expect(earlier).toBe(false);
  });

  test('an unreadable record is skipped and not counted toward the limit; no tenant, no scans', async () => {
    await store(db, CONTOSO, 5);
    const skipSecond = (rec: { scan: unknown }): ScanResult | undefined =>
      ++read === 2 ? undefined : (rec.scan as ScanResult);
    const { scans } = await recentScans(db, CONTOSO, { days: 90, limit: 3 }, skipSecond);
    expect(scans.map((s) => s.scannedAt.slice(8, 10))).toEqual(['14', '12', '11']);
    await expect(recentScans(db, FABRIKAM, { days: 90, limit: 3 }, counting)).resolves.toEqual({
      scans: [],
      earlier: false,
    });
  });

  test('the history stamp changes with a new scan and with an older one saved late, from keys alone', async () => {
    await expect(historyStamp(db, CONTOSO)).resolves.toBeNull();
    await store(db, CONTOSO, 3);
    const first = await historyStamp(db, CONTOSO);
    expect(first).toBe('2026-12-14T06:00:00.000Z|3');
    await store(db, FABRIKAM, 1);
    expect(await historyStamp(db, CONTOSO)).toBe(first);
    const late = new Date(Date.UTC(2026, 10, 1)).toISOString();
    await db.put('scans', { key: `${CONTOSO}|${late}`, tenantId: CONTOSO, scannedAt: late, scan: scanWith([]) });
    expect(await historyStamp(db, CONTOSO)).toBe('2026-12-14T06:00:00.000Z|4');
  });
});
