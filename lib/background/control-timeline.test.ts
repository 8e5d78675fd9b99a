import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import { openStore, type StoreDb } from '../store/open-store';
import { createDispositionStore } from '../store/disposition-store';
import { createScanStore } from '../store/scan-store';
import { DB_NAME } from '../store/schema';
import { createControlTimeline } from './control-timeline';

const CONTOSO = '11111111-1111-1111-1111-111111111111';
const FABRIKAM = '22222222-2222-2222-2222-222222222222';
const ID = 'entra-ca-mfa-admins-required';
const DAY = 86_400_000;
const NEWEST = Date.UTC(2026, 11, 14, 6);

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
  });
}

/** A year of daily scans of the tenant; the control passes on the days `passing` says. */
async function storeYear(db: StoreDb, tenantId: string, passing: (daysBack: number) => boolean): Promise<void> {
  const tx = db.transaction('scans', 'readwrite');
  for (let i = 0; i < 365; i++) {
    const scannedAt = new Date(NEWEST - i * DAY).toISOString();
    const pass = passing(i);
    const scan = scanWith(
      [controlResult({ id: ID, status: pass ? 'pass' : 'fail', score: pass ? 8 : 0, maxScore: 8 })],
      { scannedAt, tenant: { id: tenantId, displayName: 'Contoso', cloud: 'global' } },
    );
    void tx.store.put({ key: `${tenantId}|${scannedAt}`, tenantId, scannedAt, scan });
  }
  await tx.done;
}

let db: StoreDb;
beforeEach(async () => {
  await deleteDatabase(DB_NAME);
  db = await openStore();
  recordsRead = 0;
});
afterEach(() => db.close());

/** Scan records the service had the store read, over all its calls. */
let recordsRead = 0;
const service = () => {
  const store = createScanStore(db);
  const counted = {
    activeTenantId: () => store.activeTenantId(),
    historyStamp: (tenantId: string) => store.historyStamp(tenantId),
    recent: async (...args: Parameters<typeof store.recent>) => {
      const read = await store.recent(...args);
      recordsRead += read.scans.length;
      return read;
    },
  };
  return createControlTimeline({
    scans: () => Promise.resolve(counted),
    dispositions: () => Promise.resolve(createDispositionStore(db)),
  });
};

describe('the control timeline service', () => {
  test('365 stored daily scans: 91 read, a handful of entries, a small reply', async () => {
    // Failing 200 days ago and again from 10 days ago: two changes in the last 90 days, one before.
    await storeYear(db, CONTOSO, (d) => d >= 10 && d < 200);
    await storeYear(db, FABRIKAM, () => true);
    await createScanStore(db).setActiveTenant(CONTOSO);
    await createDispositionStore(db).set(
      CONTOSO,
      ID,
      { kind: 'planned', note: 'Waiting on the break-glass review' },
      'sam@contoso.com',
      new Date(NEWEST - 5 * DAY + 3_600_000).toISOString(),
    );
    const timelines = service();
    const timeline = await timelines.forControl(ID);
    expect(recordsRead).toBe(91);
    expect(timeline).toMatchObject({ controlId: ID, scansRead: 91, days: 90, limit: 100, earlier: true });
    expect(timeline.entries.map((e) => e.kind)).toEqual([
      'unchanged',
      'disposition',
      'unchanged',
      'scan',
      'unchanged',
      'scan',
    ]);
    expect(timeline.entries[3]).toMatchObject({ change: 'Passing → Failing, −8 points' });
    // What crosses the message channel: the view, never the scans (a year of them is megabytes).
    expect(JSON.stringify(timeline).length).toBeLessThan(2_000);
  });

  test('clicking from control to control reads no scan again; a new scan is read with its window', async () => {
    await storeYear(db, CONTOSO, () => true);
    await createScanStore(db).setActiveTenant(CONTOSO);
    const timelines = service();
    await timelines.forControl(ID);
    await timelines.forControl('entra-other');
    await timelines.forControl(ID);
    expect(recordsRead).toBe(91);
    const next = new Date(NEWEST + DAY).toISOString();
    await createScanStore(db).saveScan(
      scanWith([controlResult({ id: ID, status: 'fail', score: 0, maxScore: 8 })], {
        scannedAt: next,
        tenant: { id: CONTOSO, displayName: 'Contoso', cloud: 'global' },
      }),
      { demo: false },
    );
    const after = await timelines.forControl(ID);
    expect(recordsRead).toBe(91 + 91);
    expect(after.entries[0]).toMatchObject({ kind: 'scan', at: next, change: 'Passing → Failing, −8 points' });
  });

  test('the timeline is the active tenant’s, and empty before any scan', async () => {
    await expect(service().forControl(ID)).resolves.toMatchObject({ entries: [], scansRead: 0, earlier: false });
    await storeYear(db, FABRIKAM, () => true);
    await createScanStore(db).setActiveTenant(FABRIKAM);
    const timeline = await service().forControl(ID);
    expect(timeline.entries.map((e) => e.kind)).toEqual(['unchanged', 'scan']);
    expect(timeline.entries[1]).toMatchObject({ kind: 'scan', change: null, mark: { status: 'pass' } });
  });
});
