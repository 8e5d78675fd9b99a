import { defineContentScript } from 'wxt/utils/define-content-script';
import { adminMatchPatterns, portalFrameHostPatterns } from '../../lib/engine/admin-hosts';
import { mountBadges, mountPanel } from '../../lib/annotate/mount';
import type { PageBadges } from '../../lib/engine/page-badges';
import { send } from '../../lib/messaging/send';

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
    // Portal blades render inside sandbox frames: there the content script places inline badges only,
    // and the background decides the page from the tab's top-frame URL. The panel lives in the top frame.
    const topFrame = window.top === window;
    let page: PageBadges | null = null;
    let pageUrl = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const render = () => {
      if (!page || page.pageTitle === null) {
        document.querySelectorAll('posture-lens-panel, posture-lens-badge').forEach((e) => e.remove());
        return;
      }
      const missing = mountBadges(document, page.badges);
      if (!topFrame) return;
      // Settings inside portal blades are badged by the frame's own script, so they aren't missing here.
      const hasBlades = document.querySelector('iframe[src*=".reactblade"]') !== null;
      mountPanel(document, page, hasBlades ? [] : missing);
    };

    const refresh = async () => {
      // A frame's own URL doesn't change when the portal routes, so frames always ask again.
      if (!topFrame || pageUrl !== location.href) {
        pageUrl = location.href;
        page = await send('content', 'getPageBadges', { url: pageUrl }).catch(() => null);
      }
      render();
    };

    // Admin centers render late and route on the hash: re-check after changes, debounced and when idle.
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => requestIdleCallback(() => void refresh(), { timeout: 1000 }), 250);
    };
    const observer = new MutationObserver((records) => {
      if (records.every((r) => (r.target as Element).closest?.('[data-posture-lens]'))) return;
      schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    void refresh();
  },
});
