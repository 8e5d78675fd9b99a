/**
 * A control's timeline for the dashboard (issue 15 §6), from the active tenant's recent history and
 * the control's disposition record. Bounded: the 90 days before the newest scan, at most 100 scans,
 * so a tenant scanned hourly for a year costs no more to show than one scanned daily for a season.
 * The window is read once per state of the history and kept slim (each control's verdict and the
 * audit read, no evidence), so clicking from control to control reads no scan again.
 */
import { buildTimeline, type ControlTimeline, type TimelineScanInput } from '../engine/history/timeline';
import type { ScanResult } from '../engine/scan/run-scan';
import type { DispositionStore } from '../store/disposition-store';
import type { RecentWindow } from '../store/recent-scans';
import type { ScanStore } from '../store/scan-store';

export const TIMELINE_WINDOW: RecentWindow = { days: 90, limit: 100 };

interface Window {
  /** Tenant and history stamp the window was read at. */
  readonly key: string;
  readonly scans: readonly TimelineScanInput[];
  readonly earlier: boolean;
}

/** What the timeline needs of a scan: a few hundred bytes per control instead of its evidence. */
const slim = (s: ScanResult): TimelineScanInput => ({
  scannedAt: s.scannedAt,
  controls: s.controls.map(({ id, status, score, maxScore }) => ({ id, status, score, maxScore })),
  ...(s.audit ? { audit: s.audit } : {}),
});

export function createControlTimeline(deps: {
  readonly scans: () => Promise<Pick<ScanStore, 'activeTenantId' | 'recent' | 'historyStamp'>>;
  readonly dispositions: () => Promise<Pick<DispositionStore, 'get'>>;
  readonly window?: RecentWindow;
}) {
  const bounds = deps.window ?? TIMELINE_WINDOW;
  let cached: Window | null = null;

  const windowOf = async (store: Pick<ScanStore, 'recent' | 'historyStamp'>, tenantId: string): Promise<Window> => {
    const key = `${tenantId}|${await store.historyStamp(tenantId)}`;
    if (cached?.key === key) return cached;
    const { scans, earlier } = await store.recent(tenantId, bounds);
    cached = { key, scans: scans.map(slim), earlier };
    return cached;
  };

  return {
    async forControl(controlId: string): Promise<ControlTimeline> {
      const store = await deps.scans();
      const tenantId = await store.activeTenantId();
      const shape = { controlId, days: bounds.days, limit: bounds.limit };
      if (!tenantId) return { ...shape, entries: [], scansRead: 0, earlier: false };
      const [window, record] = await Promise.all([
        windowOf(store, tenantId),
        deps.dispositions().then((d) => d.get(tenantId, controlId)),
      ]);
      const entries = buildTimeline(controlId, window.scans, record ?? null);
      return { ...shape, entries, scansRead: window.scans.length, earlier: window.earlier };
    },
  };
}

export type ControlTimelineService = ReturnType<typeof createControlTimeline>;
