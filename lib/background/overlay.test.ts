import { beforeEach, describe, expect, onTestFinished, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SenderInfo } from '../messaging/handle';
import { scanDemoTenant } from '../scanner/demo-scan';
import { openStore } from '../store/open-store';
import { createScanStore } from '../store/scan-store';
import { createOverlay } from './overlay';

const PASSWORD_PAGE = 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy';
/** Another page on the same origin: the old check (same origin as the sender) let a message claim it. */
const SERVICES_PAGE = 'https://admin.microsoft.com/#/Settings/Services';
const top = (url: string, tabId = 7): SenderInfo => ({ id: 'ext', url, frameId: 0, tab: { id: tabId, url } });
/** A payload carrying a URL the protocol doesn't have: what a tampered content script could claim. */
const claiming = <T extends object>(p: T, url: string) => ({ ...p, url }) as unknown as T;

beforeEach(() => fakeBrowser.reset());

async function setup(name: string, clock: () => number = () => Date.now()) {
  const db = await openStore(name);
  const store = createScanStore(db);
  const scan = await scanDemoTenant();
  await store.saveScan(scan, { demo: true });
  await store.setActiveTenant(scan.tenant.id);
  const showOnToolbar = vi.fn(() => Promise.resolve());
  const deps = {
    getDb: () => Promise.resolve(db),
    getStore: () => Promise.resolve(store),
    currentScan: async () => ({ scan: (await store.latestScan(scan.tenant.id)) ?? null, demo: true }),
    activeSession: () => Promise.resolve(null),
    isScanning: () => false,
    showOnToolbar,
    clock,
  };
  const overlay = createOverlay(deps);
  /** The service worker stopped and started: a new overlay over the same database. */
  const restart = () => createOverlay(deps);
  return { overlay, store, scan, showOnToolbar, restart };
}

describe('the page is the sender tab’s URL, never one the message claims', () => {
  test('getPageBadges answers for the page the tab shows, whatever URL the message carries', async () => {
    const { overlay } = await setup('overlay-claims');
    const page = await overlay.handlers.getPageBadges(claiming(null as never, SERVICES_PAGE), top(PASSWORD_PAGE));
    expect(page.pageId).toBe('m365PasswordExpiry');
    // No tab URL from the browser: nothing, rather than trusting the frame.
    const noTab = await overlay.handlers.getPageBadges(null, { id: 'ext', url: PASSWORD_PAGE, frameId: 0 });
    expect(noTab).toMatchObject({ pageId: null, badges: [] });
  });

  test('rescanControl decides the page from the tab: a claimed page that governs the control is not enough', async () => {
    const { overlay, store, scan } = await setup('overlay-claims-rescan');
    await expect(
      overlay.handlers.rescanControl(
        claiming({ controlId: 'm365-password-expiry-disabled' }, PASSWORD_PAGE),
        top(SERVICES_PAGE),
      ),
    ).rejects.toThrow('That control is not on this page.');
    expect(await store.history(scan.tenant.id)).toHaveLength(1);
  });
});

describe('the overlay in the background', () => {
  test("a page's badges come from the latest scan, for the page the tab shows", async () => {
    const { overlay } = await setup('overlay-badges');
    const page = await overlay.handlers.getPageBadges(null, top(PASSWORD_PAGE));
    expect(page.pageId).toBe('m365PasswordExpiry');
    expect(page.badges.map((b) => b.controlId)).toEqual(['m365-password-expiry-disabled']);
    // A blade frame can't pick its page: the tab's URL decides it.
    const frame = 'https://x.reactblade.portal.azure.net/blade.html';
    const inFrame = await overlay.handlers.getPageBadges(claiming(null as never, PASSWORD_PAGE), {
      id: 'ext',
      url: frame,
      frameId: 4,
      tab: {
        id: 7,
        url: 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ConsentPoliciesMenuBlade/~/UserSettings',
      },
    });
    expect(inFrame.pageId).toBe('consentUserSettings');
  });

  test('switched off for an admin center: nothing for its pages, others unchanged', async () => {
    const { overlay } = await setup('overlay-switch');
    await overlay.setSwitch('m365', false);
    expect((await overlay.switches()).m365).toBe(false);
    const off = await overlay.handlers.getPageBadges(null, top(PASSWORD_PAGE));
    expect(off).toMatchObject({ off: true, badges: [] });
    await expect(
      overlay.handlers.rescanControl({ controlId: 'm365-password-expiry-disabled' }, top(PASSWORD_PAGE)),
    ).rejects.toThrow(/switched off/);
  });

  test('"Rescan this control" saves a new scan and updates the toolbar; only controls of the page', async () => {
    const { overlay, store, scan, showOnToolbar } = await setup('overlay-rescan');
    const page = await overlay.handlers.rescanControl(
      { controlId: 'm365-password-expiry-disabled' },
      top(PASSWORD_PAGE),
    );
    expect(page.rescanned).toEqual(['m365-password-expiry-disabled']);
    expect(await store.history(scan.tenant.id)).toHaveLength(2);
    expect(showOnToolbar).toHaveBeenCalledTimes(1);
    // A page can't make the background read a control it doesn't show.
    await expect(
      overlay.handlers.rescanControl({ controlId: 'entra-admin-mfa-required' }, top(PASSWORD_PAGE)),
    ).rejects.toThrow('That control is not on this page.');
    await expect(
      overlay.handlers.rescanControl(
        { controlId: 'm365-password-expiry-disabled' },
        top('https://evil.example/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy'),
      ),
    ).rejects.toThrow('That control is not on this page.');
    expect(await store.history(scan.tenant.id)).toHaveLength(2);
  });
});

describe('"Rescan this control" is rate-limited per control and per tab', () => {
  const ID = 'm365-password-expiry-disabled';
  const at = (t: number) => new Date(t).toLocaleTimeString();

  test('a second rescan of the control within a minute is refused, saying when to retry; nothing is read or saved', async () => {
    let now = Date.parse('2026-12-05T10:00:00Z');
    const { overlay, store, scan } = await setup('overlay-limit-control', () => now);
    await overlay.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE));
    now += 20_000;
    await expect(overlay.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE, 8))).rejects.toThrow(
      `You can rescan it again at ${at(Date.parse('2026-12-05T10:01:00Z'))}`,
    );
    expect(await store.history(scan.tenant.id)).toHaveLength(2);
    now += 40_000;
    await overlay.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE));
    expect(await store.history(scan.tenant.id)).toHaveLength(3);
  });

  test('a tab gets five in ten minutes; the sixth is refused with when to retry; the limit survives a worker restart', async () => {
    const t0 = Date.parse('2026-12-05T10:00:00Z');
    let now = t0;
    const { overlay, store, scan, restart } = await setup('overlay-limit-tab', () => now);
    for (let i = 0; i < 5; i++) {
      await overlay.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE));
      now += 61_000;
    }
    const sixth = `You can rescan again at ${at(t0 + 600_000)}`;
    await expect(overlay.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE))).rejects.toThrow(sixth);
    expect(await store.history(scan.tenant.id)).toHaveLength(6);
    // The service worker stops and starts again: a new overlay, the same database.
    const restarted = restart();
    await expect(restarted.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE))).rejects.toThrow(sixth);
    // Another tab isn't held by this one's limit.
    await restarted.handlers.rescanControl({ controlId: ID }, top(PASSWORD_PAGE, 9));
  });

  test('a sender without a tab id gets no rescan', async () => {
    const { overlay } = await setup('overlay-limit-notab');
    await expect(
      overlay.handlers.rescanControl(
        { controlId: ID },
        { id: 'ext', url: PASSWORD_PAGE, frameId: 0, tab: { url: PASSWORD_PAGE } },
      ),
    ).rejects.toThrow(/tab/);
  });
});

describe('"Open in dashboard" opens or focuses one dashboard tab', () => {
  const dashboardTabs = async () =>
    (await fakeBrowser.tabs.query({})).filter((t) => t.url?.startsWith(fakeBrowser.runtime.getURL('/dashboard.html')));

  test('two calls: one dashboard tab, active, on the second control', async () => {
    const { overlay } = await setup('overlay-open-one');
    await overlay.handlers.openControl({ controlId: 'm365-password-expiry-disabled' });
    await overlay.handlers.openControl({ controlId: 'entra-admin-mfa-required' });
    const tabs = await dashboardTabs();
    expect(tabs).toHaveLength(1);
    expect(tabs[0]!.url).toBe(fakeBrowser.runtime.getURL('/dashboard.html#control=entra-admin-mfa-required'));
    expect(tabs[0]!.active).toBe(true);
  });

  test('a dashboard the admin opened from the popup is reused too (found among our own pages)', async () => {
    const { overlay } = await setup('overlay-open-theirs');
    const theirs = await fakeBrowser.tabs.create({ url: fakeBrowser.runtime.getURL('/dashboard.html') });
    const original = fakeBrowser.runtime.getContexts;
    onTestFinished(() => void (fakeBrowser.runtime.getContexts = original));
    fakeBrowser.runtime.getContexts = vi.fn(() =>
      Promise.resolve([
        { contextType: 'TAB', tabId: theirs.id!, windowId: 1, frameId: 0, documentUrl: theirs.url!, incognito: false },
      ]),
    ) as unknown as typeof fakeBrowser.runtime.getContexts;
    await overlay.handlers.openControl({ controlId: 'm365-password-expiry-disabled' });
    const tabs = await dashboardTabs();
    expect(tabs.map((t) => t.id)).toEqual([theirs.id]);
    expect(tabs[0]!.url).toContain('#control=m365-password-expiry-disabled');
  });

  test('the tab it opened, since navigated to another site, is left alone: a new dashboard tab opens', async () => {
    const { overlay } = await setup('overlay-open-moved');
    await overlay.handlers.openControl({ controlId: 'm365-password-expiry-disabled' });
    const [ours] = await dashboardTabs();
    await fakeBrowser.tabs.update(ours!.id, { url: 'https://example.com/' });
    await overlay.handlers.openControl({ controlId: 'entra-admin-mfa-required' });
    expect((await fakeBrowser.tabs.get(ours!.id!)).url).toBe('https://example.com/');
    expect(await dashboardTabs()).toHaveLength(1);
  });

  test('an id outside the catalogue opens nothing', async () => {
    const { overlay } = await setup('overlay-open-unknown');
    await expect(overlay.handlers.openControl({ controlId: 'no-such-control' })).rejects.toThrow();
    expect(await dashboardTabs()).toHaveLength(0);
  });
});

describe("another tenant's SharePoint admin center", () => {
  const FOREIGN = 'https://fabrikam-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing';
  const OWN = 'https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/sharing';

  test('gets no badges and no rescans; the demo tenant’s own gets both', async () => {
    const { overlay, store, scan } = await setup('overlay-spo-foreign');
    const foreign = await overlay.handlers.getPageBadges(null, top(FOREIGN));
    expect(foreign.badges).toEqual([]);
    expect(foreign.withheld).toContain("isn't Contoso's");
    await expect(
      overlay.handlers.rescanControl({ controlId: 'spo-external-sharing-limited' }, top(FOREIGN)),
    ).rejects.toThrow("isn't Contoso's");
    expect(await store.history(scan.tenant.id)).toHaveLength(1);
    const own = await overlay.handlers.getPageBadges(null, top(OWN));
    expect(own.badges.map((b) => b.controlId)).toContain('spo-external-sharing-limited');
  });
});
