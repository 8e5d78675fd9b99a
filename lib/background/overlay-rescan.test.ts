import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scanDemoTenant } from '../scanner/demo-scan';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { createControlRescan, type RescanDeps } from './overlay-rescan';

const PASSWORD_PAGE = new URL('https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy');
const ID = 'm365-password-expiry-disabled';

beforeEach(() => fakeBrowser.reset());

async function setup(name: string, over: Partial<RescanDeps> & { demo?: boolean; scanned?: boolean } = {}) {
  const db = await openStore(name);
  const store = createScanStore(db);
  const scan = await scanDemoTenant();
  if (over.scanned !== false) await store.saveScan(scan, { demo: over.demo ?? true });
  const showOnToolbar = vi.fn(() => Promise.resolve());
  const rescan = createControlRescan({
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(store),
    currentScan: async () => ({ scan: (await store.latestScan(scan.tenant.id)) ?? null, demo: over.demo ?? true }),
    activeSession: () => Promise.resolve(null),
    isScanning: () => false,
    showOnToolbar,
    ...over,
  });
  return { rescan, store, scan, showOnToolbar };
}

describe('"Rescan this control", once the page is checked', () => {
  test('the demo tenant: one control read again, saved as a new scan and shown on the toolbar', async () => {
    const { rescan, store, scan, showOnToolbar } = await setup('rescan-demo');
    await rescan(PASSWORD_PAGE, ID, 7);
    const history = await store.history(scan.tenant.id);
    expect(history).toHaveLength(2);
    expect(history[0]!.rescan?.controlIds).toEqual([ID]);
    expect(showOnToolbar).toHaveBeenCalledWith(history[0]);
  });

  test('while a whole scan runs, or another rescan, it is refused and nothing is saved', async () => {
    const busy = await setup('rescan-busy', { isScanning: () => true });
    await expect(busy.rescan(PASSWORD_PAGE, ID, 7)).rejects.toThrow(
      'A scan is already running; try again in a moment.',
    );
    const { rescan, store, scan } = await setup('rescan-twice');
    const first = rescan(PASSWORD_PAGE, ID, 7);
    await expect(rescan(PASSWORD_PAGE, ID, 8)).rejects.toThrow('A scan is already running');
    await first;
    expect(await store.history(scan.tenant.id)).toHaveLength(2);
  });

  test('nothing scanned yet: it says to scan first', async () => {
    const { rescan } = await setup('rescan-unscanned', { scanned: false });
    await expect(rescan(PASSWORD_PAGE, ID, 7)).rejects.toThrow('Scan the tenant first');
  });

  test('a real tenant with nobody signed in: it asks for a sign-in from the toolbar, never opens one; nothing saved', async () => {
    const { rescan, store, scan, showOnToolbar } = await setup('rescan-signed-out', { demo: false });
    await expect(rescan(PASSWORD_PAGE, ID, 7)).rejects.toThrow(
      'Sign in again from the Posture Lens toolbar button to rescan.',
    );
    expect(await store.history(scan.tenant.id)).toHaveLength(1);
    expect(showOnToolbar).not.toHaveBeenCalled();
  });
});
