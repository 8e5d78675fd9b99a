/**
 * What the popup and dashboard show (AppState): the active tenant's latest scan scored with its
 * dispositions, whether a scan is running, the sign-in state, and one sentence for a problem or notice.
 */
import type { RegressedTenants } from '../engine/partner/regressed';
import type { AppState } from '../messaging/protocol';
import type { ScoredStateService } from '../store/scored-state';
import type { AuthPort } from './auth-port';

export interface AppStateDeps {
  scored: Pick<ScoredStateService, 'current'>;
  auth: Pick<AuthPort, 'state'>;
  scans: { isScanning(): boolean };
  /**
   * Told every state the pages are told (the background keeps the popup's copy from it,
   * lib/store/popup-cache.ts); its failure never fails the answer.
   */
  keep?: (state: AppState) => Promise<void>;
  /** The tenants that regressed (lib/background/regressed-tenants.ts); its failure leaves the field out. */
  regressed?: () => Promise<RegressedTenants>;
}

/** `error` outranks a problem reading the store; a store that can't be read at all is the error. */
export function createAppState(deps: AppStateDeps) {
  async function read(error: string | null, notice: string | null): Promise<AppState> {
    // Read beside the scan, never failing the answer: the line is a pointer to the overview.
    const regressed = deps.regressed?.().catch(() => undefined);
    try {
      const { problem, ...current } = await deps.scored.current();
      const regressedTenants = await regressed;
      return {
        ...current,
        scanning: deps.scans.isScanning(),
        error: error ?? problem,
        notice,
        auth: await deps.auth.state(),
        ...(regressedTenants ? { regressedTenants } : {}),
      };
    } catch (err) {
      return {
        scan: null,
        demo: false,
        scanning: deps.scans.isScanning(),
        error: err instanceof Error ? err.message : String(err),
      };
    }
  }
  return async function state(error: string | null = null, notice: string | null = null): Promise<AppState> {
    const s = await read(error, notice);
    await deps.keep?.(s).catch(() => undefined);
    return s;
  };
}
