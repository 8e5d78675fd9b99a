/**
 * The watch (issue 15 §1): after a scheduled scan, compare it with the tenant's previous scan and, if
 * the tenant's settings say it is worth it, raise one browser notification (chrome.notifications, the
 * same API in Firefox). Clicking it opens the dashboard at the control's timeline. The decision is pure
 * (lib/engine/watch/alerts.ts); this file reads the settings and dispositions and shows the result.
 */
import { browser } from 'wxt/browser';
import { applyDispositions, dispositionsAt } from '../engine/history/dispositions';
import { timelineHash } from '../engine/history/timeline';
import type { ScanResult } from '../engine/scan/run-scan';
import { alertRecordOf } from '../engine/watch/alert-record';
import { decideAlerts, type WatchDecision } from '../engine/watch/alerts';
import { isWatchSettings, watchSettingsOf, type WatchSettings } from '../engine/watch/watch-settings';
import { createAlertStore } from '../store/alert-store';
import { createDispositionStore } from '../store/disposition-store';
import { openDashboardAt } from './dashboard-tab';
import type { StoreDb } from '../store/open-store';

const NOTIFICATION_PREFIX = 'posture-lens-watch';
const settingsKey = (tenantId: string): string => `watch:${tenantId}`;
const seenKey = (tenantId: string): string => `watchSeenNew:${tenantId}`;

export interface WatchAlertsDeps {
  getDb(): Promise<StoreDb>;
  clock(): number;
  /** Makes the tenant the one the pages show, before the dashboard opens at its control. */
  showTenant(tenantId: string): Promise<void>;
}

/**
 * The notification's id carries what a click needs (tenant and control), so a worker stopped and
 * woken by the click still knows where to go. Tenant ids are GUIDs and control ids `[\w.-]`: '|' splits.
 */
export function notificationId(tenantId: string, controlId: string | null, scannedAt: string): string {
  return [NOTIFICATION_PREFIX, tenantId, controlId ?? '', scannedAt].join('|');
}

function parseNotificationId(id: string): { tenantId: string; controlId: string | null } | null {
  const [prefix, tenantId, controlId] = id.split('|');
  if (prefix !== NOTIFICATION_PREFIX || !tenantId) return null;
  return { tenantId, controlId: controlId || null };
}

/**
 * Shows the decision's notification; false when there is none or the browser refused it (create()
 * rejected: an icon it couldn't load, say). A refusal ends nothing: the scan is saved and the decision
 * stands.
 */
async function notify(scan: ScanResult, decision: WatchDecision): Promise<boolean> {
  const n = decision.notification;
  if (!n) return false;
  return browser.notifications
    .create(notificationId(scan.tenant.id, n.controlId, scan.scannedAt), {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: n.title,
      message: n.message,
    })
    .then(
      () => true,
      () => false,
    );
}

/** The new controls already notified for the tenant (each is announced once); unreadable reads as none. */
async function seenNew(db: StoreDb, tenantId: string): Promise<Set<string>> {
  const saved = (await db.get('settings', seenKey(tenantId)))?.value;
  return new Set(Array.isArray(saved) ? saved.filter((x): x is string => typeof x === 'string') : []);
}

export function createWatchAlerts(deps: WatchAlertsDeps) {
  async function settings(tenantId: string): Promise<WatchSettings> {
    return watchSettingsOf((await (await deps.getDb()).get('settings', settingsKey(tenantId)))?.value);
  }

  async function markSeen(tenantId: string, seen: Set<string>, announced: readonly string[]): Promise<void> {
    if (announced.length === 0) return;
    const value = [...new Set([...seen, ...announced])];
    await (await deps.getDb()).put('settings', { key: seenKey(tenantId), value });
  }

  async function opened(id: string): Promise<void> {
    const target = parseNotificationId(id);
    if (!target) return;
    await browser.notifications.clear(id);
    await deps.showTenant(target.tenantId);
    // The timeline's own deep link, without its '#' (openDashboardAt adds it).
    await openDashboardAt(target.controlId ? timelineHash(target.controlId).slice(1) : '');
  }

  return {
    settings,

    async setSettings(tenantId: string, chosen: WatchSettings): Promise<WatchSettings> {
      // Checked again here (the protocol checked the message): only a valid choice is ever stored.
      if (!isWatchSettings(chosen)) throw new Error('Those watch settings are not valid.');
      const next = watchSettingsOf(chosen);
      await (await deps.getDb()).put('settings', { key: settingsKey(tenantId), value: next });
      return next;
    },

    /**
     * After a scheduled scan was saved: decides what to tell and shows it. `previous` is the tenant's
     * scan before this one (read before saving), null for its first.
     */
    afterScheduledScan: async (previous: ScanResult | null, scan: ScanResult): Promise<WatchDecision> => {
      const tenantId = scan.tenant.id;
      const [chosen, seen, records] = await Promise.all([
        settings(tenantId),
        deps.getDb().then((db) => seenNew(db, tenantId)),
        // Both scans are scored as every page scores them: with the tenant's dispositions.
        deps.getDb().then(async (db) => (await createDispositionStore(db).forTenant(tenantId)).records),
      ]);
      const now = new Date(deps.clock()).toISOString();
      const decision = decideAlerts({
        // Each scan is scored with the dispositions in force when it was measured, as the history is.
        previous:
          previous && applyDispositions(previous, dispositionsAt(records, previous.scannedAt), previous.scannedAt),
        next: applyDispositions(scan, records, now),
        settings: chosen,
        seenNew: seen,
        now,
      });
      // Kept before it is shown: the dashboard's list has the alert even when the notification can't show.
      const alert = alertRecordOf(scan, decision, chosen, now);
      if (alert) await createAlertStore(await deps.getDb()).save(alert, deps.clock());
      // New controls not shown stay unannounced: the next scan tells them again.
      if (await notify(scan, decision)) await markSeen(tenantId, seen, decision.announcedNew);
      return decision;
    },

    /** At worker start-up, synchronously: a click may be what wakes the worker. */
    start(): void {
      browser.notifications.onClicked.addListener((id) => void opened(id).catch(() => undefined));
    },
  };
}

export type WatchAlerts = ReturnType<typeof createWatchAlerts>;
