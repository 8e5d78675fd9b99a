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
    // Blades inside portal frames learn their route from the top frame (overlay work); the top frame annotates now.
    if (window.top !== window) return;
    let page: PageBadges | null = null;
    let pageUrl = '';
    let timer: ReturnType<typeof setTimeout> | undefined;

    const render = () => {
      if (!page || page.pageTitle === null) {
        document.querySelector('posture-lens-panel')?.remove();
        return;
      }
      const missing = mountBadges(document, page.badges);
      mountPanel(document, page, missing);
    };

    const refresh = async () => {
      if (pageUrl !== location.href) {
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
