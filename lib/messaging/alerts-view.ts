/** The dashboard's "Recent alerts" (issue 15 §1), as the background answers `getAlerts`. Types only. */
import type { AlertRecord } from '../engine/watch/alert-record';

export type { AlertRecord, AlertRecordFinding } from '../engine/watch/alert-record';

/** The active tenant's alerts, newest first. */
export interface AlertsView {
  /** The tenant they belong to (the one the pages show); null before any tenant is signed in to or scanned. */
  readonly tenantId: string | null;
  readonly alerts: readonly AlertRecord[];
  /** Stored alerts that couldn't be read and are not shown (they are left in place). */
  readonly unreadable: number;
}
