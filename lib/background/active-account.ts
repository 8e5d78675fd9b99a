/**
 * The pages show the active account's tenant: after a sign-in, sign-out or switch, the store's active
 * tenant follows the account, and the toolbar shows that tenant's score (or none yet, never another's).
 */
import type { ScanStore } from '../store/scan-store';
import type { AuthPort } from './auth-port';
import type { ToolbarBadge } from './toolbar-badge';

export interface ActiveAccountDeps {
  auth: Pick<AuthPort, 'state'>;
  getStore(): Promise<ScanStore>;
  badge: Pick<ToolbarBadge, 'showScore' | 'showNotScanned'>;
}

/** Makes the store's active tenant (the scan every page shows) the active account's. */
export function followActiveAccount(deps: ActiveAccountDeps): () => Promise<void> {
  return async () => {
    const active = (await deps.auth.state()).active;
    if (!active) return;
    const store = await deps.getStore();
    await store.setActiveTenant(active.tenantId);
    const scan = (await store.latestScan(active.tenantId)) ?? null;
    // Not scanned yet: no score rather than another tenant's (the `!` of an expired sign-in stays).
    if (scan) await deps.badge.showScore(scan);
    else await deps.badge.showNotScanned(active.tenantName);
  };
}
