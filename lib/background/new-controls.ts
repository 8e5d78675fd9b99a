/**
 * The dashboard's "New" tags (issue 15 §5), for the active tenant: the ids of controls new to it that
 * the admin hasn't been shown (lib/engine/watch/new-to-tenant.ts), and the per-tenant set of ids the
 * dashboard has shown, kept in settings under `newControlsShown:<tenant>`. That set is the dashboard's
 * own: the notification keeps what it announced under `watchSeenNew:<tenant>` (watch-alerts.ts).
 */
import { newAmong, newControlIds, shownAfter, shownAtFirst } from '../engine/watch/new-to-tenant';
import type { Handlers } from '../messaging/handle';
import type { StoreDb } from '../store/open-store';
import type { RecentWindow } from '../store/recent-scans';
import type { ScanStore } from '../store/scan-store';

/** How far back a control stays new while unseen: the timeline's window (lib/background/control-timeline.ts). */
export const NEW_CONTROLS_WINDOW: RecentWindow = { days: 90, limit: 100 };

const shownKey = (tenantId: string): string => `newControlsShown:${tenantId}`;

/** What one state of the history gives, kept as ids so no scan stays in memory: see newControlIds. */
interface Window {
  readonly key: string;
  readonly latestIds: readonly string[];
  /** The latest scan's controls new to the tenant, shown or not. */
  readonly candidates: readonly string[];
}

export function createNewControls(deps: {
  readonly getDb: () => Promise<StoreDb>;
  readonly scans: () => Promise<Pick<ScanStore, 'activeTenantId' | 'recent' | 'historyStamp'>>;
  readonly window?: RecentWindow;
}) {
  const bounds = deps.window ?? NEW_CONTROLS_WINDOW;
  let cached: Window | null = null;
  // One change of the shown set at a time: two details opened quickly must not lose one another's id.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The active tenant's recent scans, read once per state of its history. */
  async function windowOf(): Promise<{ tenantId: string; window: Window } | null> {
    const store = await deps.scans();
    const tenantId = await store.activeTenantId();
    if (!tenantId) return null;
    const key = `${tenantId}|${await store.historyStamp(tenantId)}`;
    if (cached?.key !== key) {
      const { scans } = await store.recent(tenantId, bounds);
      const latest = scans[0];
      if (!latest) return null;
      cached = { key, latestIds: shownAtFirst(latest), candidates: newControlIds(scans, new Set()) };
    }
    return { tenantId, window: cached };
  }

  /** The saved shown set; null when the dashboard never opened for the tenant (or it was unreadable). */
  async function shownOf(tenantId: string): Promise<Set<string> | null> {
    const saved = (await (await deps.getDb()).get('settings', shownKey(tenantId)))?.value;
    return Array.isArray(saved) ? new Set(saved.filter((x): x is string => typeof x === 'string')) : null;
  }

  async function save(tenantId: string, shown: readonly string[]): Promise<void> {
    await (await deps.getDb()).put('settings', { key: shownKey(tenantId), value: [...shown] });
  }

  return {
    /** The active tenant's new controls; the first call for a tenant shows it every control of its latest scan. */
    forActiveTenant: (): Promise<string[]> =>
      serial(async () => {
        const active = await windowOf();
        if (!active) return [];
        const { tenantId, window } = active;
        const shown = await shownOf(tenantId);
        if (!shown) {
          await save(tenantId, window.latestIds);
          return [];
        }
        return newAmong(window.candidates, shown);
      }),

    /** Records that the admin saw these (only ids the latest scan has are kept); answers what is still new. */
    markSeen: (controlIds: readonly string[]): Promise<string[]> =>
      serial(async () => {
        const active = await windowOf();
        if (!active) return [];
        const { tenantId, window } = active;
        const before = (await shownOf(tenantId)) ?? new Set(window.latestIds);
        const shown = shownAfter(before, controlIds, window.latestIds);
        await save(tenantId, shown);
        return newAmong(window.candidates, new Set(shown));
      }),
  };
}

export type NewControlsService = ReturnType<typeof createNewControls>;

/** The pages' messages, for the active tenant only (the service reads which one that is). */
export function newControlsHandlers(deps: {
  newControls: NewControlsService;
}): Pick<Handlers['pages'], 'getNewControls' | 'markControlsSeen'> {
  return {
    getNewControls: () => deps.newControls.forActiveTenant(),
    markControlsSeen: ({ controlIds }) => deps.newControls.markSeen(controlIds),
  };
}
