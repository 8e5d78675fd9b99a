/** "Rescan this control" is judged against the tenant's declarations, never mixing two sets in one scan. */
import { expect, test, vi } from 'vitest';
import type { Declarations } from '../engine/scan/declarations';
import type { SenderInfo } from '../messaging/handle';
import { scanDemoTenant } from '../scanner/demo-scan';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { createOverlay } from './overlay';

const PASSWORD_PAGE = 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy';
const top = (url: string): SenderInfo => ({ id: 'ext', url, frameId: 0, tab: { id: 7, url } });
const declared: Declarations = {
  emergencyAccess: [{ id: '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0', kind: 'user', reason: 'In the safe' }],
  exemptions: [],
  privilegedRoles: null,
};

async function setup(name: string, scanned: Declarations, current: Declarations) {
  const db = await openStore(name);
  const store = createScanStore(db);
  const scan = await scanDemoTenant({ declarations: scanned });
  await store.saveScan(scan, { demo: true });
  await store.setActiveTenant(scan.tenant.id);
  const asked: string[] = [];
  const overlay = createOverlay({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(store),
    currentScan: async () => ({ scan: (await store.latestScan(scan.tenant.id)) ?? null, demo: true }),
    activeSession: () => Promise.resolve(null),
    declarations: (tenantId) => {
      asked.push(tenantId);
      return Promise.resolve(current);
    },
    isScanning: () => false,
    showOnToolbar: vi.fn(() => Promise.resolve()),
  });
  return { overlay, store, scan, asked };
}

const rescan = (overlay: Awaited<ReturnType<typeof setup>>['overlay']) =>
  overlay.handlers.rescanControl({ controlId: 'm365-password-expiry-disabled' }, top(PASSWORD_PAGE));

test("the rescan asks for the scanned tenant's declarations and records them", async () => {
  const { overlay, store, scan, asked } = await setup('overlay-declarations-same', declared, declared);
  await rescan(overlay);
  expect(asked).toEqual([scan.tenant.id]);
  expect((await store.latestScan(scan.tenant.id))?.declarations).toEqual(declared);
});

test('declarations changed since the scan: the rescan is refused and nothing is saved', async () => {
  const { overlay, store, scan } = await setup('overlay-declarations-changed', declared, {
    ...declared,
    emergencyAccess: [],
  });
  await expect(rescan(overlay)).rejects.toThrow(/declarations changed since the last full scan/);
  expect(await store.history(scan.tenant.id)).toHaveLength(1);
});
