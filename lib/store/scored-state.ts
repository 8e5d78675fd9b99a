/**
 * The active tenant's latest scan as every page and the toolbar show it: scored with its
 * dispositions (lib/engine/history/dispositions.ts), plus the dispositions themselves and what couldn't be
 * read. The background's one place for this, so popup, dashboard, badge and exports agree.
 */
import { applyDispositions, type DisposedScan, type DispositionRecord } from '../engine/history/dispositions';
import type { ScanResult } from '../engine/scan/run-scan';
import {
  clearForActiveTenant,
  getForActiveTenant,
  markReviewedForActiveTenant,
  setForActiveTenant,
  type RecordedBy,
} from './disposition-edits';
import { nowOf, readCurrent, readHistory, type ScoredState, type ScoredStateDeps } from './scored-reads';

export type { ScoredState, ScoredStateDeps } from './scored-reads';

export function createScoredState(deps: ScoredStateDeps) {
  return {
    current: (): Promise<ScoredState> => readCurrent(deps),

    /**
     * The active tenant's history, newest first, for the chart and "what changed": each scan scored
     * with the dispositions in force when it was measured, the latest with today's (as the headline).
     */
    history: (limit: number): Promise<DisposedScan[]> => readHistory(deps, limit),

    /** Any tenant's scan as scored with that tenant's dispositions (for the toolbar badge). */
    async scored(scan: ScanResult): Promise<DisposedScan> {
      const { records } = await (await deps.dispositions()).forTenant(scan.tenant.id);
      return applyDispositions(scan, records, nowOf(deps));
    },

    get: (controlId: string): Promise<DispositionRecord | null> => getForActiveTenant(deps, controlId),

    /**
     * Records a disposition for the active tenant, checked here again (the page checked it too).
     * `recordedBy` gets whether the tenant is the demo; throws the sentence to show.
     */
    set: (controlId: string, input: unknown, recordedBy: RecordedBy): Promise<void> =>
      setForActiveTenant(deps, controlId, input, recordedBy),

    clear: (controlId: string, recordedBy: RecordedBy): Promise<void> =>
      clearForActiveTenant(deps, controlId, recordedBy),

    /** Marks a review control Reviewed with the admin's note (the trail keeps every mark); throws the sentence to show. */
    markReviewed: (controlId: string, note: unknown, recordedBy: RecordedBy): Promise<void> =>
      markReviewedForActiveTenant(deps, controlId, note, recordedBy),
  };
}

export type ScoredStateService = ReturnType<typeof createScoredState>;
