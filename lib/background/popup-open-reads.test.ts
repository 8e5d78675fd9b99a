/**
 * What a popup open costs in store reads (issue 16 §2): the popup's state before the regressed-tenants
 * line, and with it, for 1 and 30 tenants. The line's cost must not grow with tenants once the memo holds
 * them (a popup opened again, or after the worker slept: the memo is in storage.session).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { countStoreReads } from '../../test/fixtures/count-store-reads';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import type { AuthState } from '../messaging/protocol';
import { popupStateOf } from '../messaging/popup-state';
import { createDispositionStore } from '../store/disposition-store';
import { openStore, type StoreDb } from '../store/open-store';
import type { MemoEntries } from '../store/regression-memo';
import { createScanStore } from '../store/scan-store';
import { createScoredState } from '../store/scored-state';
import { createAppState } from './app-state';
import { createRegressedTenants } from './regressed-tenants';

const NAME = 'posture-lens-popup-open-reads-test';
const NOW = Date.parse('2026-12-05T12:00:00.000Z');
let db: StoreDb;
beforeEach(async () => {
  await new Promise((r) => (indexedDB.deleteDatabase(NAME).onsuccess = r));
  db = await openStore(NAME);
});
afterEach(() => db.close());

async function seed(tenants: number): Promise<void> {
  const store = createScanStore(db);
  for (let t = 0; t < tenants; t++) {
    for (const day of [1, 2, 3]) {
      const controls = [
        controlResult({ id: 'entra-mfa-required', status: day === 3 && t % 2 ? 'fail' : 'pass', score: 10 }),
      ];
      const tenant = { id: `tenant-${t}`, displayName: `Tenant ${t}`, cloud: 'global' };
      await store.saveScan(scanWith(controls, { tenant, scannedAt: `2026-12-0${day}T09:00:00.000Z` }), { demo: false });
    }
  }
  await store.setActiveTenant('tenant-0');
}

function popupOpen(withLine: boolean) {
  const scans = () => Promise.resolve(createScanStore(db));
  const scored = createScoredState({
    scans,
    dispositions: () => Promise.resolve(createDispositionStore(db)),
    clock: () => NOW,
  });
  let entries: MemoEntries = {};
  const memo = { read: () => Promise.resolve(entries), write: (e: MemoEntries) => Promise.resolve(void (entries = e)) };
  const regressed = createRegressedTenants({
    getDb: () => Promise.resolve(db),
    getStore: scans,
    clock: () => NOW,
    memo,
  });
  const state = createAppState({
    scored,
    auth: { state: () => Promise.resolve({ status: 'signedOut' } as AuthState) },
    scans: { isScanning: () => false },
    ...(withLine ? { regressed } : {}),
  });
  // As getPopupState answers it.
  return () => state().then(popupStateOf);
}

describe('store reads per popup open', () => {
  test.each([1, 30])('%i tenant(s): the line adds two reads once the memo holds every tenant', async (tenants) => {
    await seed(tenants);
    const before = await countStoreReads(popupOpen(false));
    const open = popupOpen(true);
    const first = await countStoreReads(open);
    const again = await countStoreReads(open);
    console.info(
      `popup open, ${tenants} tenant(s): ${before.reads} reads before; with the line ${first.reads} (memo empty), ${again.reads} (memo kept)`,
    );
    expect(again.reads - before.reads).toBe(2);
    expect(first.result.regressedTenants?.count).toBe(Math.floor(tenants / 2));
    expect(again.result.regressedTenants).toEqual(first.result.regressedTenants);
  });
});
