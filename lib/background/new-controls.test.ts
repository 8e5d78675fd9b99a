import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { controlResult, scanWith } from '../../test/fixtures/scan-result';
import { createMessageRouter } from '../messaging/handle';
import type { ControlResult } from '../engine/verdict/result';
import { openStore, type StoreDb } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { DB_NAME } from '../store/schema';
import { createNewControls, newControlsHandlers } from './new-controls';

const CONTOSO = '11111111-1111-1111-1111-111111111111';
const FABRIKAM = '22222222-2222-2222-2222-222222222222';
const a = controlResult({ id: 'entra-a-enabled' });
const b = controlResult({ id: 'entra-b-enabled' });
const added = controlResult({ id: 'entra-new-enabled' });
const other = controlResult({ id: 'entra-other-new-enabled' });

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error ?? new Error(`could not delete ${name}`));
  });
}

let db: StoreDb;
let day = 0;
beforeEach(async () => {
  await deleteDatabase(DB_NAME);
  db = await openStore();
  day = 0;
});
afterEach(() => db.close());

/** Saves a scan of the tenant a day after the previous one and makes the tenant the active one. */
async function scanned(tenantId: string, controls: ControlResult[]): Promise<void> {
  const store = createScanStore(db);
  const scannedAt = new Date(Date.UTC(2026, 11, 1 + day++, 6)).toISOString();
  await store.saveScan(scanWith(controls, { scannedAt, tenant: { id: tenantId, displayName: 'T', cloud: 'global' } }), {
    demo: false,
  });
  await store.setActiveTenant(tenantId);
}

const service = () =>
  createNewControls({ getDb: () => Promise.resolve(db), scans: () => Promise.resolve(createScanStore(db)) });

describe('new controls for the active tenant', () => {
  test('nothing before any scan, and nothing the first time the dashboard opens', async () => {
    const s = service();
    expect(await s.forActiveTenant()).toEqual([]);
    await scanned(CONTOSO, [a, b]);
    expect(await s.forActiveTenant()).toEqual([]);
  });

  test('a control a later scan adds is new until seen, on every scan after it', async () => {
    const s = service();
    await scanned(CONTOSO, [a, b]);
    expect(await s.forActiveTenant()).toEqual([]);
    await scanned(CONTOSO, [a, b, added, other]);
    expect(await s.forActiveTenant()).toEqual([added.id, other.id]);
    await scanned(CONTOSO, [a, b, added, other]);
    expect(await s.forActiveTenant()).toEqual([added.id, other.id]);
    expect(await s.markSeen([added.id])).toEqual([other.id]);
    // Kept in the database: a worker started again still knows.
    expect(await service().forActiveTenant()).toEqual([other.id]);
  });

  test('the first open shows the latest scan: controls added before it are not new', async () => {
    await scanned(CONTOSO, [a, b]);
    await scanned(CONTOSO, [a, b, added]);
    expect(await service().forActiveTenant()).toEqual([]);
  });

  test('each tenant has its own set, and only the active one is read or marked', async () => {
    const s = service();
    await scanned(CONTOSO, [a]);
    await s.forActiveTenant();
    await scanned(FABRIKAM, [a]);
    await s.forActiveTenant();
    await scanned(FABRIKAM, [a, added]);
    expect(await s.forActiveTenant()).toEqual([added.id]);
    await createScanStore(db).setActiveTenant(CONTOSO);
    await scanned(CONTOSO, [a, added]);
    expect(await s.markSeen([added.id])).toEqual([]);
    await createScanStore(db).setActiveTenant(FABRIKAM);
    expect(await s.forActiveTenant()).toEqual([added.id]);
  });

  test('two details opened at once both count, and ids the scan lacks are not kept', async () => {
    const s = service();
    await scanned(CONTOSO, [a]);
    await s.forActiveTenant();
    await scanned(CONTOSO, [a, added, other]);
    await Promise.all([s.markSeen([added.id]), s.markSeen([other.id, 'entra-made-up'])]);
    expect(await s.forActiveTenant()).toEqual([]);
    expect((await db.get('settings', `newControlsShown:${CONTOSO}`))?.value).toEqual([a.id, added.id, other.id]);
  });
});

describe('the pages messages', () => {
  const router = () =>
    createMessageRouter({
      handlers: {
        pages: newControlsHandlers({ newControls: service() }),
        content: {},
      } as unknown as Parameters<typeof createMessageRouter>[0]['handlers'],
      extensionId: 'ext',
      extensionBaseUrl: 'chrome-extension://ext/',
      isAllowedContentUrl: () => false,
    });
  const page = { id: 'ext', url: 'chrome-extension://ext/dashboard.html' };
  const message = (name: string, payload: unknown) => ({ postureLens: 1, channel: 'pages', name, payload });

  test('answer the ids, and refuse a malformed list before the handler sees it', async () => {
    await scanned(CONTOSO, [a]);
    const route = router();
    expect(await route(message('getNewControls', null), page)).toEqual({ ok: true, value: [] });
    await scanned(CONTOSO, [a, added]);
    expect(await route(message('getNewControls', null), page)).toEqual({ ok: true, value: [added.id] });
    expect(await route(message('markControlsSeen', { controlIds: [added.id, 7] }), page)).toEqual({
      ok: false,
      error: "Malformed 'markControlsSeen' request.",
    });
    expect(await route(message('markControlsSeen', { controlIds: [added.id] }), page)).toEqual({ ok: true, value: [] });
  });
});
