/**
 * One dashboard tab: "Open in dashboard" moves the dashboard already open to the control and focuses
 * it, instead of opening a tab per click (a page pressing the button, or an admin clicking twice,
 * never piles up tabs).
 */
import { browser } from 'wxt/browser';

/**
 * The tab this background opened for the dashboard, for browsers without runtime.getContexts. Kept in
 * memory only (no storage permission for this): after a worker restart getContexts still finds it.
 */
let openedTab: number | undefined;

/** Opens the dashboard at `#hash`, reusing (and focusing) a dashboard tab that is already open. */
export async function openDashboardAt(hash: string): Promise<void> {
  const base = browser.runtime.getURL('/dashboard.html');
  const url = `${base}#${hash}`;
  const open = await openDashboardTab(base);
  if (open) {
    await browser.tabs.update(open.id, { url, active: true });
    await focusWindow(open.windowId);
    return;
  }
  const created = await browser.tabs.create({ url, active: true });
  openedTab = created.id;
}

const isDashboard = (base: string, url: string | undefined): boolean =>
  url !== undefined && (url === base || url.startsWith(`${base}#`) || url.startsWith(`${base}?`));

async function openDashboardTab(base: string): Promise<{ id: number; windowId: number | undefined } | null> {
  // Our own pages and their tabs, without the "tabs" permission that reading other tabs' URLs needs.
  // https://developer.chrome.com/docs/extensions/reference/api/runtime#method-getContexts
  const contexts = await Promise.resolve()
    .then(() => browser.runtime.getContexts({ contextTypes: [browser.runtime.ContextType.TAB] }))
    .catch(() => []);
  const fromContexts = contexts.filter((c) => isDashboard(base, c.documentUrl) && c.tabId >= 0).map((c) => c.tabId);
  const candidates = [
    ...fromContexts.map((id) => ({ id, known: true })),
    ...(openedTab !== undefined ? [{ id: openedTab, known: false }] : []),
  ];
  for (const { id, known } of candidates) {
    const tab = await browser.tabs.get(id).catch(() => undefined);
    if (!tab) continue;
    // A context is our page whatever the tab shows us; the tab we opened counts only while it still
    // shows the dashboard (one the admin navigated elsewhere is left alone).
    if (known ? tab.url === undefined || isDashboard(base, tab.url) : isDashboard(base, tab.url)) {
      return { id, windowId: tab.windowId };
    }
  }
  return null;
}

async function focusWindow(windowId: number | undefined): Promise<void> {
  if (windowId === undefined) return;
  // Best effort: the tab is already active in its window; a browser without windows.update keeps it there.
  await Promise.resolve()
    .then(() => browser.windows.update(windowId, { focused: true }))
    .catch(() => undefined);
}
