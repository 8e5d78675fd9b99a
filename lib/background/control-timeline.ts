/**
 * A control's timeline for the dashboard (issue 15 §6), from the active tenant's recent history and
 * the control's disposition record. Bounded: the 90 days before the newest scan, at most 100 scans,
 * so a tenant scanned hourly for a year costs no more to show than one scanned daily for a season.
 */
import { buildTimeline, type ControlTimeline } from '../engine/history/timeline';
import type { DispositionStore } from '../store/disposition-store';
import type { RecentWindow } from '../store/recent-scans';
import type { ScanStore } from '../store/scan-store';

export const TIMELINE_WINDOW: RecentWindow = { days: 90, limit: 100 };

export function createControlTimeline(deps: {
  readonly scans: () => Promise<Pick<ScanStore, 'activeTenantId' | 'recent'>>;
  readonly dispositions: () => Promise<Pick<DispositionStore, 'get'>>;
  readonly window?: RecentWindow;
}) {
  const window = deps.window ?? TIMELINE_WINDOW;
  return {
    async forControl(controlId: string): Promise<ControlTimeline> {
      const store = await deps.scans();
      const tenantId = await store.activeTenantId();
      const bounds = { controlId, days: window.days, limit: window.limit };
      if (!tenantId) return { ...bounds, entries: [], scansRead: 0, earlier: false };
      const [{ scans, earlier }, record] = await Promise.all([
        store.recent(tenantId, window),
        deps.dispositions().then((d) => d.get(tenantId, controlId)),
      ]);
      return { ...bounds, entries: buildTimeline(controlId, scans, record ?? null), scansRead: scans.length, earlier };
    },
  };
}

export type ControlTimelineService = ReturnType<typeof createControlTimeline>;
