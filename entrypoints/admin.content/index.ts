import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { adminMatchPatterns, portalFrameHostPatterns } from '../../lib/engine/pages/admin-hosts';
import type { CardActions, CardState } from '../../lib/annotate/badge-text';
import { mountBadges, mountPanel, PASS_MEASURE, unmountAll, type PanelState } from '../../lib/annotate/mount';
import { isPageBadges } from '../../lib/engine/pages/is-page-badges';
import type { PageBadges } from '../../lib/engine/pages/page-badges';
import { send } from '../../lib/messaging/send';
import { shownDate } from '../../lib/engine/format/dates';

const OURS = /^posture-lens-/i;

/** What this frame's overlay knows: the page's badges and for which URL, the open cards, the panel. */
interface FrameOverlay {
  // Portal blades render inside sandbox frames: there the content script places inline badges only,
  // and the background decides the page from the tab's top-frame URL. The panel lives in the top frame.
  readonly topFrame: boolean;
  page: PageBadges | null;
  pageUrl: string;
  readonly cards: Map<string, CardState>;
  readonly panel: PanelState;
  readonly actions: CardActions;
}

function frameOverlay(): FrameOverlay {
  const overlay: FrameOverlay = {
    topFrame: window.top === window,
    page: null,
    pageUrl: '',
    cards: new Map(),
    // A tab until the admin opens it: the panel never starts on top of the page's content.
    panel: { collapsed: true },
    actions: {
      rescan: (controlId) => rescan(overlay, controlId),
      openInDashboard: (controlId) => void send('content', 'openControl', { controlId }).catch(() => undefined),
    },
  };
  return overlay;
}

function annotate(o: FrameOverlay): void {
  const { page } = o;
  if (!page || page.off || page.pageId === null) {
    unmountAll(document);
    return;
  }
  const { missing } = mountBadges(document, page, o.cards, o.actions);
  if (!o.topFrame) return;
  // Settings inside portal blades are badged by the frame's own script, so they aren't missing here.
  const hasBlades = document.querySelector('iframe[src*=".reactblade"]') !== null;
  mountPanel(document, page, hasBlades ? [] : missing, o.panel);
}

// Each pass is a User Timing entry, so `npm run bench` can time it on a big page (it carries no data).
function render(o: FrameOverlay): void {
  const start = performance.now();
  annotate(o);
  performance.measure(PASS_MEASURE, { start });
}

async function rescan(o: FrameOverlay, controlId: string): Promise<void> {
  const next: unknown = await send('content', 'rescanControl', { controlId });
  if (!isPageBadges(next)) throw new Error('Posture Lens answered something unexpected; reload the page.');
  o.page = next;
  const state = o.cards.get(controlId);
  if (state && next.scannedAt) state.status = `Rescanned at ${shownDate(next.scannedAt)}.`;
  render(o);
}

async function refresh(o: FrameOverlay): Promise<void> {
  // A frame's own URL doesn't change when the portal routes, so frames always ask again.
  if (!o.topFrame || o.pageUrl !== location.href) {
    const asked = location.href;
    // The background answers for the tab's URL as the browser reports it, not for one we send.
    const answer: unknown = await send('content', 'getPageBadges', null).catch(() => null);
    const next = isPageBadges(answer) ? answer : null;
    if (asked !== location.href) return; // the route moved on while we asked; the next pass asks again
    if (o.pageUrl !== asked) o.cards.clear();
    o.pageUrl = asked;
    o.page = next;
  }
  render(o);
}

/** Admin centers render late and route without reloading: re-check after changes, debounced and when idle. */
function watchPage(ctx: ContentScriptContext, o: FrameOverlay): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => requestIdleCallback(() => void refresh(o), { timeout: 1000 }), 250);
  };
  const isOurs = (n: Node) => OURS.test(n.nodeName);
  const observer = new MutationObserver((records) => {
    // Our own badges coming and going are not the page changing.
    const ours = (r: MutationRecord) => r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(isOurs);
    if (records.every(ours)) return;
    schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
    unmountAll(document);
  });
  // Hash routes and history routes (WXT's location watcher catches pushState, which an isolated world can't hook).
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Back from the popup or the dashboard (a rescan there, a new scan): ask again for the same page.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState !== 'visible') return;
    o.pageUrl = '';
    schedule();
  });
}

export default defineContentScript({
  matches: [...adminMatchPatterns],
  // Match patterns can't say "*-admin.sharepoint.com"; globs narrow *.sharepoint.com to admin centers only.
  includeGlobs: [
    ...adminMatchPatterns.filter((p) => !p.includes('sharepoint.com')),
    'https://*-admin.sharepoint.com/*',
    ...portalFrameHostPatterns.map((h) => `https://${h}/*`),
  ],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const overlay = frameOverlay();
    watchPage(ctx, overlay);
    void refresh(overlay);
  },
});
