/**
 * The dashboard's "Recent alerts": the alerts the watch raised for the active tenant (the one the pages
 * show), as lib/store/alert-store.ts kept them.
 */
import type { Handlers } from '../messaging/handle';
import { createAlertStore } from '../store/alert-store';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';

export function recentAlertsHandlers(deps: {
  readonly getDb: () => Promise<StoreDb>;
  readonly scans: () => Promise<Pick<ScanStore, 'activeTenantId'>>;
}): Pick<Handlers['pages'], 'getAlerts'> {
  return {
    getAlerts: async () => {
      const tenantId = await (await deps.scans()).activeTenantId();
      if (!tenantId) return { tenantId: null, alerts: [], unreadable: 0 };
      return { tenantId, ...(await createAlertStore(await deps.getDb()).forTenant(tenantId)) };
    },
  };
}
