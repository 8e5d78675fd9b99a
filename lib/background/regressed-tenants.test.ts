import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import type { ScanResult } from '../engine/scan/run-scan';
import { createDispositionStore } from '../store/disposition-store';
import { openStore, type StoreDb } from '../store/open-store';
import type { MemoEntries, RegressionMemo } from '../store/regression-memo';
import { createScanStore } from '../store/scan-store';
import { createRegressedTenants } from './regressed-tenants';
import { countStoreReads } from '../../test/fixtures/count-store-reads';

const NAME = 'posture-lens-regressed-tenants-test';
const NOW = Date.parse('2026-12-05T12:00:00.000Z');

let db: StoreDb;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

const mfa = (pass: boolean) =>
  controlResult({ id: 'entra-mfa-required', status: pass ? 'pass' : 'fail', score: pass ? 10 : 0 });
const legacy = controlResult({ id: 'entra-legacy-auth-blocked', status: 'pass', score: 10 });

function scanOf(id: string, name: string, day: number, mfaPasses: boolean): ScanResult {
  const at = `2026-12-0${day}T09:00:00.000Z`;
  return scanWith([mfa(mfaPasses), legacy], { tenant: { id, displayName: name, cloud: 'global' }, scannedAt: at });
}

/** A tenant scanned twice: passing MFA, then (when `regresses`) not. */
async function twoScans(id: string, name: string, regresses: boolean, demo = false): Promise<void> {
  const store = createScanStore(db);
  await store.saveScan(scanOf(id, name, 1, true), { demo });
  await store.saveScan(scanOf(id, name, 2, !regresses), { demo });
}

function memoInMemory(): RegressionMemo & { entries: MemoEntries } {
  const memo = {
    entries: {} as MemoEntries,
    read: () => Promise.resolve(memo.entries),
    write: (e: MemoEntries) => Promise.resolve(void (memo.entries = e)),
  };
  return memo;
}

const service = (memo: RegressionMemo = memoInMemory()) =>
  createRegressedTenants({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(createScanStore(db)),
    clock: () => NOW,
    memo,
  });

describe('the tenants that regressed, from stored scans', () => {
  test('none: no tenant lost score or a control', async () => {
    await twoScans('t-contoso', 'Contoso', false);
    await createScanStore(db).saveScan(scanOf('t-once', 'Scanned once', 1, false), { demo: false });
    expect(await service()()).toEqual({ count: 0, names: [] });
  });

  test('one, named; the demo tenant never counts', async () => {
    await twoScans('t-contoso', 'Contoso', true);
    await twoScans('t-fabrikam', 'Fabrikam', false);
    await twoScans('demo-tenant', 'Demo', true, true);
    expect(await service()()).toEqual({ count: 1, names: ['Contoso'] });
  });

  test('three, counted', async () => {
    for (const n of ['Contoso', 'Fabrikam', 'Northwind']) await twoScans(`t-${n}`, n, true);
    await twoScans('t-woodgrove', 'Woodgrove', false);
    expect(await service()()).toMatchObject({ count: 3 });
  });

  test("each tenant is scored with its own dispositions: clearing one tenant's is its regression alone", async () => {
    // Both fail MFA in both scans, Contoso under a third-party disposition recorded before them.
    await twoScans('t-contoso', 'Contoso', false);
    await twoScans('t-fabrikam', 'Fabrikam', false);
    const stored = createScanStore(db);
    for (const [id, name] of [
      ['t-contoso', 'Contoso'],
      ['t-fabrikam', 'Fabrikam'],
    ] as const) {
      await stored.saveScan(scanOf(id, name, 3, false), { demo: false });
      await stored.saveScan(scanOf(id, name, 4, false), { demo: false });
    }
    const dispositions = createDispositionStore(db);
    const input = { kind: 'thirdParty' as const, reason: 'Duo enforces MFA.' };
    await dispositions.set(
      't-contoso',
      'entra-mfa-required',
      input,
      'admin@fabrikam.example',
      '2026-11-30T00:00:00.000Z',
    );
    const regressed = service();
    expect(await regressed()).toEqual({ count: 0, names: [] });
    // Cleared after the latest scan: that scan now scores without it, the one before with it.
    await dispositions.clear('t-contoso', 'entra-mfa-required', 'admin@fabrikam.example', new Date(NOW).toISOString());
    expect(await regressed()).toEqual({ count: 1, names: ['Contoso'] });
  });

  test('a new scan is seen at once; an unchanged history is answered from the memo without reading scans', async () => {
    await twoScans('t-contoso', 'Contoso', true);
    const memo = memoInMemory();
    const regressed = service(memo);
    expect((await regressed()).count).toBe(1);
    const warm = await countStoreReads(() => regressed());
    expect(warm.reads).toBe(2);
    expect(warm.result.count).toBe(1);
    await createScanStore(db).saveScan(scanOf('t-contoso', 'Contoso', 3, true), { demo: false });
    expect(await regressed()).toEqual({ count: 0, names: [] });
  });
});
