/**
 * The alerts the watch raised, per tenant: the dashboard's "Recent alerts". Kept in the `settings` store,
 * one record per alert under `watchAlerts:<tenantId>|<scannedAt>`, so no schema version is needed (a new
 * object store would be one more upgrade every user runs, for what one key range does), each alert is
 * written once and never rewritten, and a tenant's alerts are one key range, oldest first. Bounded per
 * tenant: the newest MAX_ALERTS, none older than MAX_ALERT_DAYS (the timeline's window). Records are
 * checked on the way out: one an older build or a bug wrote wrongly is skipped and counted, never deleted
 * by reading, and never stops the others from showing.
 */
import { parseAlertRecord, type AlertRecord } from '../engine/watch/alert-record';
import type { StoreDb } from './open-store';

export const MAX_ALERTS = 100;
export const MAX_ALERT_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

const PREFIX = 'watchAlerts:';
/** Tenant ids are GUIDs: '|' ends one, so one tenant's range never holds another's keys. */
const keyOf = (tenantId: string, scannedAt: string): string => `${PREFIX}${tenantId}|${scannedAt}`;
const rangeOf = (tenantId: string): IDBKeyRange => IDBKeyRange.bound(keyOf(tenantId, ''), keyOf(tenantId, '\uffff'));
const timeOf = (key: string): string => key.slice(key.indexOf('|') + 1);

export interface TenantAlerts {
  /** Newest first. */
  readonly alerts: readonly AlertRecord[];
  /** Stored alerts that couldn't be read and are not shown (left in place). */
  readonly unreadable: number;
}

export function createAlertStore(db: StoreDb) {
  return {
    /** Keeps one alert, then drops the tenant's alerts past the bounds (oldest first). */
    async save(alert: AlertRecord, now: number): Promise<void> {
      const tx = db.transaction('settings', 'readwrite');
      await tx.store.put({ key: keyOf(alert.tenantId, alert.scannedAt), value: alert });
      const keys = await tx.store.getAllKeys(rangeOf(alert.tenantId));
      const cutoff = new Date(now - MAX_ALERT_DAYS * DAY_MS).toISOString();
      const overflow = keys.length - MAX_ALERTS;
      const dropped = keys.filter((k, i) => i < overflow || timeOf(k) < cutoff);
      await Promise.all(dropped.map((k) => tx.store.delete(k)));
      await tx.done;
    },

    /** The tenant's alerts, newest first; a record that isn't this tenant's well-formed alert is skipped. */
    async forTenant(tenantId: string): Promise<TenantAlerts> {
      const records = await db.getAll('settings', rangeOf(tenantId));
      const alerts: AlertRecord[] = [];
      let unreadable = 0;
      for (const r of records.reverse()) {
        const alert = parseAlertRecord(r.value);
        if (alert?.tenantId === tenantId && r.key === keyOf(tenantId, alert.scannedAt)) alerts.push(alert);
        else unreadable++;
      }
      return { alerts: alerts.slice(0, MAX_ALERTS), unreadable };
    },
  };
}

export type AlertStore = ReturnType<typeof createAlertStore>;
