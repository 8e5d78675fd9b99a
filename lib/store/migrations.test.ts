/**
 * Every earlier schema version, seeded with data exactly as that version's upgrade made it (raw idb,
 * not our code), then opened by the current openStore: everything must survive. A new version adds
 * one entry to `seeds` — how its predecessor's database looked with data in it.
 */
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScanResult } from '../engine/scan/run-scan';
import { noDeclarations } from '../engine/scan/declarations';
import { createDeclarationStore } from './declaration-store';
import { createDispositionStore } from './disposition-store';
import { openStore, StoreUnavailableError, type StoreDb } from './open-store';
import { createScanStore } from './scan-store';
import { DB_VERSION } from './schema';

const NAME = 'posture-lens-migration-test';
const TENANT = '11111111-1111-1111-1111-111111111111';

/** A scan as the builds before `notApplicable` stored it: its coverage has no count for that status. */
function storedScan(scannedAt: string, percent: number): ScanResult {
  const s = scan(scannedAt, percent);
  const { notApplicable: _none, ...coverage } = s.summary.coverage;
  return { ...s, summary: { ...s.summary, coverage: coverage as ScanResult['summary']['coverage'] } };
}

function scan(scannedAt: string, percent: number): ScanResult {
  const points = { achieved: percent, available: 100, percent };
  const none = { achieved: 0, available: 0, percent: 0 };
  return {
    tool: { name: 'posture-lens', version: '0.1.0', catalogVersion: 'v1' },
    tenant: { id: TENANT, displayName: 'Contoso', cloud: 'global' },
    scannedAt,
    score: points,
    summary: {
      ...points,
      byCategory: { identity: points, data: none, device: none, apps: none },
      unlock: [],
      coverage: { decided: 1, unknown: 0, manual: 0, notLicensed: 0, notApplicable: 0 },
    },
    licences: { known: true, skus: [] },
    controls: [],
    stats: { graphRequests: 1, httpCalls: 1, roundTrips: 1, retries: 0, durationMs: 1 },
  };
}

const older = storedScan('2026-01-01T09:00:00.000Z', 40);
const newer = storedScan('2026-02-01T09:00:00.000Z', 60);

/** What each earlier version looked like with data in it, built with raw idb. */
const seeds: Record<number, () => Promise<void>> = {
  1: async () => {
    const db = await openDB(NAME, 1, {
      upgrade(raw) {
        raw.createObjectStore('tenants', { keyPath: 'id' });
        raw.createObjectStore('scans', { keyPath: 'key' }).createIndex('byTenant', ['tenantId', 'scannedAt']);
        raw.createObjectStore('settings', { keyPath: 'key' });
      },
    });
    await db.put('tenants', {
      id: TENANT,
      displayName: 'Contoso',
      cloud: 'global',
      demo: false,
      lastScannedAt: newer.scannedAt,
    });
    for (const s of [older, newer]) {
      await db.put('scans', { key: `${TENANT}|${s.scannedAt}`, tenantId: TENANT, scannedAt: s.scannedAt, scan: s });
    }
    await db.put('settings', { key: 'activeTenantId', value: TENANT });
    await db.put('settings', { key: 'scanEvery', value: 'weekly' });
    db.close();
  },
  2: async () => {
    const db = await openDB(NAME, 2, {
      upgrade(raw) {
        raw.createObjectStore('tenants', { keyPath: 'id' });
        raw.createObjectStore('scans', { keyPath: 'key' }).createIndex('byTenant', ['tenantId', 'scannedAt']);
        raw.createObjectStore('settings', { keyPath: 'key' });
        raw
          .createObjectStore('dispositions', { keyPath: ['tenantId', 'controlId'] })
          .createIndex('byTenant', 'tenantId');
      },
    });
    await db.put('tenants', {
      id: TENANT,
      displayName: 'Contoso',
      cloud: 'global',
      demo: false,
      lastScannedAt: newer.scannedAt,
    });
    for (const s of [older, newer]) {
      await db.put('scans', { key: `${TENANT}|${s.scannedAt}`, tenantId: TENANT, scannedAt: s.scannedAt, scan: s });
    }
    await db.put('settings', { key: 'activeTenantId', value: TENANT });
    await db.put('settings', { key: 'scanEvery', value: 'weekly' });
    await db.put('dispositions', {
      tenantId: TENANT,
      controlId: 'entra-legacy-auth-blocked',
      current: { kind: 'thirdParty', recordedBy: 'admin@contoso.com', recordedAt: older.scannedAt },
      trail: [],
    });
    db.close();
  },
};

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(NAME);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error('delete failed'));
  });
}

let db: StoreDb | undefined;
beforeEach(deleteDatabase);
afterEach(() => {
  db?.close();
  db = undefined;
});

test('every earlier version has a seed', () => {
  expect(Object.keys(seeds).map(Number)).toEqual(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
});

describe.each(Object.keys(seeds).map(Number))('from version %i', (version) => {
  test('history, tenants and settings survive, and dispositions and declarations work', async () => {
    await seeds[version]!();
    db = await openStore(NAME);
    expect(db.version).toBe(DB_VERSION);
    const scans = createScanStore(db);
    expect((await scans.history(TENANT)).map((s) => s.score.percent)).toEqual([60, 40]);
    // Read back in today's shape: no control of an old scan was not applicable.
    expect(await scans.latestScan(TENANT)).toEqual(scan(newer.scannedAt, 60));
    expect(await scans.activeTenantId()).toBe(TENANT);
    expect((await scans.tenants()).map((t) => t.displayName)).toEqual(['Contoso']);
    expect((await db.get('settings', 'scanEvery'))?.value).toBe('weekly');

    const dispositions = createDispositionStore(db);
    const kept = version >= 2 ? ['entra-legacy-auth-blocked'] : [];
    expect((await dispositions.forTenant(TENANT)).records.map((r) => r.controlId)).toEqual(kept);
    await dispositions.set(TENANT, 'entra-mfa-required', { kind: 'planned' }, 'this browser', newer.scannedAt);
    expect((await dispositions.forTenant(TENANT)).records.map((r) => r.controlId).sort()).toEqual(
      [...kept, 'entra-mfa-required'].sort(),
    );

    // Nothing declared until the admin declares something; then it is kept for that tenant only.
    const declarations = createDeclarationStore(db);
    expect(await declarations.forTenant(TENANT)).toMatchObject({ declarations: noDeclarations, problem: null });
    const declared = {
      emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user', reason: 'In the safe' }],
    };
    await declarations.save(TENANT, declared, 'admin@contoso.com', newer.scannedAt);
    expect((await declarations.forTenant(TENANT)).declarations.emergencyAccess).toHaveLength(1);
    expect((await declarations.forTenant('another-tenant')).declarations).toEqual(noDeclarations);
  });
});

describe('a database that cannot be opened', () => {
  test('from a newer version says so and deletes nothing', async () => {
    const future = await openDB(NAME, DB_VERSION + 1, {
      upgrade: (raw) => raw.createObjectStore('scans', { keyPath: 'key' }),
    });
    await future.put('scans', { key: 'kept' });
    future.close();
    const failing = openStore(NAME);
    await expect(failing).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(failing).rejects.toThrow(/couldn't open its scan history .*Nothing was deleted\./);
    const after = await openDB(NAME);
    expect(await after.get('scans', 'kept')).toEqual({ key: 'kept' });
    after.close();
  });

  test('blocked by an older connection that will not close: a message, not a hang', async () => {
    await seeds[1]!();
    const stale = await openDB(NAME, 1); // an old tab that ignores versionchange
    await expect(openStore(NAME)).rejects.toThrow(/open in an older version of the extension: close its other tabs/);
    stale.close();
    // Once the old tab is gone the upgrade goes through, history intact.
    db = await openStore(NAME);
    expect((await createScanStore(db).history(TENANT)).length).toBe(2);
  });
});

describe('unreadable records', () => {
  test('a corrupt scan is skipped and counted; the rest of the history is shown and nothing is deleted', async () => {
    db = await openStore(NAME);
    const scans = createScanStore(db);
    await scans.saveScan(older, { demo: false });
    await scans.saveScan(newer, { demo: false });
    const key = `${TENANT}|2026-03-01T00:00:00.000Z`;
    await db.put('scans', { key, tenantId: TENANT, scannedAt: '2026-03-01T00:00:00.000Z', scan: 'garbage' as never });
    expect((await scans.latestScan(TENANT))?.scannedAt).toBe(newer.scannedAt);
    expect((await scans.history(TENANT)).map((s) => s.scannedAt)).toEqual([newer.scannedAt, older.scannedAt]);
    expect(scans.unreadableScans()).toBe(1);
    await scans.saveScan(scan('2026-12-01T00:00:00.000Z', 70), { demo: false }); // compaction passes it by
    expect((await db.get('scans', key))?.scan).toBe('garbage');
  });

  test('a scan whose recorded declarations are malformed is skipped, never shown as judged against them', async () => {
    db = await openStore(NAME);
    const scans = createScanStore(db);
    await scans.saveScan({ ...older, declarations: noDeclarations }, { demo: false });
    await scans.saveScan({ ...newer, declarations: { emergencyAccess: 'all' } as never }, { demo: false });
    expect((await scans.history(TENANT)).map((s) => s.scannedAt)).toEqual([older.scannedAt]);
    expect(scans.unreadableScans()).toBe(1);
  });

  test('a corrupt disposition is skipped and counted, and never overwritten', async () => {
    db = await openStore(NAME);
    const store = createDispositionStore(db);
    await store.set(TENANT, 'a', { kind: 'thirdParty' }, 'x', newer.scannedAt);
    await db.put('dispositions', { tenantId: TENANT, controlId: 'b', current: 'nonsense', trail: [] } as never);
    const { records, skipped } = await store.forTenant(TENANT);
    expect(records.map((r) => r.controlId)).toEqual(['a']);
    expect(skipped).toBe(1);
    await expect(store.set(TENANT, 'b', { kind: 'planned' }, 'x', newer.scannedAt)).rejects.toThrow(/couldn't be read/);
  });
});
