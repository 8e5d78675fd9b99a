import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScanResult } from '../engine/scan/run-scan';
import { openStore, type StoreDb } from './open-store';
import { createScanStore, type ScanStore } from './scan-store';
import { FULL_HISTORY_DAYS } from './scan-retention';
import { DB_NAME } from './schema';

function scanOf(tenantId: string, scannedAt: string, percent: number, displayName = `Tenant ${tenantId}`): ScanResult {
  const points = { achieved: percent, available: 100, percent };
  return {
    tool: { name: 'posture-lens', version: '0.0.0', catalogVersion: 'test' },
    tenant: { id: tenantId, displayName, cloud: 'global' },
    scannedAt,
    score: points,
    summary: {
      ...points,
      byCategory: {
        identity: points,
        data: { achieved: 0, available: 0, percent: 0 },
        device: { achieved: 0, available: 0, percent: 0 },
        apps: { achieved: 0, available: 0, percent: 0 },
      },
      unlock: [],
      coverage: { decided: 1, unknown: 0, manual: 0, notLicensed: 0, notApplicable: 0 },
    },
    licences: { known: true, skus: ['SPE_E3'] },
    controls: [],
    stats: { graphRequests: 3, httpCalls: 1, roundTrips: 1, retries: 0, durationMs: 120 },
  };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
  });
}

const CONTOSO = '11111111-1111-1111-1111-111111111111';
const FABRIKAM = '22222222-2222-2222-2222-222222222222';

const monday = scanOf(CONTOSO, '2026-03-02T09:00:00.000Z', 40, 'Contoso');
const tuesday = scanOf(CONTOSO, '2026-03-03T09:00:00.000Z', 55, 'Contoso Ltd');
const demo = scanOf(FABRIKAM, '2026-03-04T09:00:00.000Z', 70, 'Fabrikam (demo)');

let db: StoreDb;
let store: ScanStore;

beforeEach(async () => {
  await deleteDatabase(DB_NAME);
  db = await openStore();
  store = createScanStore(db);
});

afterEach(() => {
  db.close();
});

async function saveAll() {
  // Saved out of order: the store sorts by scan time, not by arrival.
  await store.saveScan(tuesday, { demo: false });
  await store.saveScan(demo, { demo: true });
  await store.saveScan(monday, { demo: false });
}

describe('scan store', () => {
  test('an empty store has no scans, no tenants and no active tenant', async () => {
    await expect(store.latestScan(CONTOSO)).resolves.toBeUndefined();
    await expect(store.history(CONTOSO)).resolves.toEqual([]);
    await expect(store.tenants()).resolves.toEqual([]);
    await expect(store.activeTenantId()).resolves.toBeUndefined();
  });

  test('the latest scan is the newest of that tenant, not the last saved or another tenant’s', async () => {
    await saveAll();
    await expect(store.latestScan(CONTOSO)).resolves.toEqual(tuesday);
    await expect(store.latestScan(FABRIKAM)).resolves.toEqual(demo);
    await expect(store.latestScan('33333333-3333-3333-3333-333333333333')).resolves.toBeUndefined();
  });

  test('history lists one tenant’s scans newest first', async () => {
    await saveAll();
    const history = await store.history(CONTOSO);
    expect(history.map((s) => s.scannedAt)).toEqual([tuesday.scannedAt, monday.scannedAt]);
    expect(history.every((s) => s.tenant.id === CONTOSO)).toBe(true);
  });

  test('history stops at the limit, keeping the newest', async () => {
    await saveAll();
    await expect(store.history(CONTOSO, 1)).resolves.toEqual([tuesday]);
  });

  test('a tenant whose id is a prefix of another’s does not see its scans', async () => {
    await saveAll();
    await store.saveScan(scanOf(CONTOSO.slice(0, 8), '2026-03-05T09:00:00.000Z', 10), { demo: false });
    await expect(store.history(CONTOSO)).resolves.toHaveLength(2);
    await expect(store.history(CONTOSO.slice(0, 8))).resolves.toHaveLength(1);
  });

  test('a stored scan reads back exactly as saved', async () => {
    await store.saveScan(monday, { demo: false });
    await expect(store.latestScan(CONTOSO)).resolves.toEqual(monday);
  });

  test('the names a scan read for ids in its evidence are stored with it', async () => {
    const names = { '0e3937e6-a26a-471f-b364-45c480b3ef0d': { name: 'CA exclusions', kind: 'group' as const } };
    const named = { ...monday, names, namesUnreadable: 'HTTP 429 (1 lookup failed)' };
    await store.saveScan(named, { demo: false });
    await expect(store.latestScan(CONTOSO)).resolves.toEqual(named);
  });

  test('a scan stored before the not-applicable status reads back with none not applicable', async () => {
    const { notApplicable: _n, ...old } = monday.summary.coverage;
    await store.saveScan(
      { ...monday, summary: { ...monday.summary, coverage: old as typeof monday.summary.coverage } },
      {
        demo: false,
      },
    );
    expect((await store.latestScan(CONTOSO))?.summary.coverage).toEqual({ ...old, notApplicable: 0 });
  });

  test('saving the same scan twice keeps one copy', async () => {
    await store.saveScan(monday, { demo: false });
    await store.saveScan(monday, { demo: false });
    await expect(store.history(CONTOSO)).resolves.toHaveLength(1);
  });

  test('tenants are listed once each, flagged demo or real, with the name and time of their newest scan', async () => {
    await store.saveScan(monday, { demo: false });
    await store.saveScan(tuesday, { demo: false });
    await store.saveScan(demo, { demo: true });
    const tenants = (await store.tenants()).sort((a, b) => a.id.localeCompare(b.id));
    expect(tenants).toEqual([
      { id: CONTOSO, displayName: 'Contoso Ltd', cloud: 'global', demo: false, lastScannedAt: tuesday.scannedAt },
      { id: FABRIKAM, displayName: 'Fabrikam (demo)', cloud: 'global', demo: true, lastScannedAt: demo.scannedAt },
    ]);
  });

  test('saving an older scan late does not roll the tenant record back', async () => {
    await store.saveScan(tuesday, { demo: false });
    await store.saveScan(monday, { demo: false });
    expect(await store.tenants()).toMatchObject([
      { id: CONTOSO, displayName: 'Contoso Ltd', lastScannedAt: tuesday.scannedAt },
    ]);
    expect((await store.history(CONTOSO)).map((s) => s.scannedAt)).toEqual([tuesday.scannedAt, monday.scannedAt]);
  });

  test('the active tenant setting round-trips and can change', async () => {
    await store.setActiveTenant(CONTOSO);
    await expect(store.activeTenantId()).resolves.toBe(CONTOSO);
    await store.setActiveTenant(FABRIKAM);
    await expect(store.activeTenantId()).resolves.toBe(FABRIKAM);
  });

  test('history survives reopening the database', async () => {
    await saveAll();
    await store.setActiveTenant(FABRIKAM);
    db.close();
    db = await openStore();
    store = createScanStore(db);
    await expect(store.latestScan(CONTOSO)).resolves.toEqual(tuesday);
    await expect(store.activeTenantId()).resolves.toBe(FABRIKAM);
  });
});

describe('retention', () => {
  test(`scans older than ${FULL_HISTORY_DAYS} days keep their verdicts and scores but lose their evidence`, async () => {
    const withEvidence = (s: ScanResult): ScanResult => ({
      ...s,
      controls: [
        {
          id: 'c1',
          title: 'A control',
          category: 'identity',
          status: 'fail',
          score: 0,
          maxScore: 8,
          userImpact: 'low',
          refs: { learn: 'https://learn.microsoft.com/' },
          reason: 'It failed.',
          evidence: [{ source: 'domains', id: 'contoso.com', fields: { passwordValidityPeriodInDays: 90 } }],
          affected: { noun: 'domains', count: 1, sample: ['contoso.com'] },
          sources: ['GET /v1.0/domains'],
          permissions: ['Domain.Read.All'],
          adminUrl: 'https://admin.microsoft.com/',
          source: 'posture-lens',
        },
      ],
    });
    const old = withEvidence(scanOf(CONTOSO, '2025-01-01T09:00:00.000Z', 30));
    const recent = withEvidence(scanOf(CONTOSO, '2026-03-02T09:00:00.000Z', 60));
    await store.saveScan(old, { demo: false });
    await store.saveScan(recent, { demo: false });

    const [newest, oldest] = await store.history(CONTOSO);
    expect(newest!.controls[0]!.evidence).toHaveLength(1); // within the window: untouched
    expect(oldest!.score).toEqual(old.score);
    expect(oldest!.controls[0]).toMatchObject({
      id: 'c1',
      status: 'fail',
      score: 0,
      reason: 'It failed.',
      evidence: [],
    });
    expect(oldest!.controls[0]!.affected).toBeUndefined();
    expect((await db.getAll('scans')).map((r) => [r.scannedAt, r.compact ?? false])).toEqual([
      ['2025-01-01T09:00:00.000Z', true],
      ['2026-03-02T09:00:00.000Z', false],
    ]);
  });

  test('another tenant’s old scans are left alone', async () => {
    await store.saveScan(scanOf(FABRIKAM, '2024-01-01T09:00:00.000Z', 10), { demo: false });
    await store.saveScan(scanOf(CONTOSO, '2026-03-02T09:00:00.000Z', 60), { demo: false });
    expect((await db.getAll('scans')).find((r) => r.tenantId === FABRIKAM)?.compact).toBeUndefined();
  });
});

describe('a scan of an unidentified tenant', () => {
  const unidentified: ScanResult = {
    ...scanOf('', '2026-03-05T09:00:00.000Z', 90, 'Unidentified tenant'),
    failure: { kind: 'unidentified', message: 'The tenant could not be identified.' },
  };

  test('is never saved, under any id, and never becomes the active tenant', async () => {
    await saveAll();
    await store.setActiveTenant(CONTOSO);
    await expect(store.saveScan(unidentified, { demo: false })).rejects.toThrow(/could not be identified/);
    // The same scan with the old made-up id is refused too: a failed scan is nobody's history.
    await expect(
      store.saveScan({ ...unidentified, tenant: { ...unidentified.tenant, id: 'unknown' } }, { demo: false }),
    ).rejects.toThrow(/could not be identified/);
    expect((await db.getAll('scans')).map((r) => r.tenantId).sort()).toEqual([CONTOSO, CONTOSO, FABRIKAM]);
    expect((await store.tenants()).map((t) => t.id).sort()).toEqual([CONTOSO, FABRIKAM]);
    await expect(store.setActiveTenant('')).rejects.toThrow();
    await expect(store.setActiveTenant('unknown')).rejects.toThrow();
    expect(await store.activeTenantId()).toBe(CONTOSO);
  });

  test("an older build's scans under the made-up 'unknown' tenant are never the active tenant's history", async () => {
    // Before this fix, two tenants whose organization read failed shared the 'unknown' history.
    await db.put('scans', {
      key: `unknown|${unidentified.scannedAt}`,
      tenantId: 'unknown',
      scannedAt: unidentified.scannedAt,
      scan: { ...unidentified, tenant: { ...unidentified.tenant, id: 'unknown' } },
    });
    await db.put('settings', { key: 'activeTenantId', value: 'unknown' });
    expect(await store.activeTenantId()).toBeUndefined();
  });
});
