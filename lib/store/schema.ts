import type { DBSchema } from 'idb';
import type { Declarations } from '../engine/scan/declarations';
import type { DispositionRecord } from '../engine/history/dispositions';
import type { ScanResult } from '../engine/scan/run-scan';

export const DB_NAME = 'posture-lens';
export const DB_VERSION = 3;

export interface TenantRecord {
  id: string;
  displayName: string;
  cloud: string;
  /** True for the built-in demo tenant, so it is never mistaken for a real one. */
  demo: boolean;
  lastScannedAt: string;
}

export interface ScanRecord {
  /** `${tenantId}|${scannedAt}`: unique and sorts by time within a tenant. */
  key: string;
  tenantId: string;
  scannedAt: string;
  scan: ScanResult;
  /** Older than the retention window: evidence dropped, verdicts and scores kept for the history. */
  compact?: boolean;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** What the admin declared for one tenant (lib/engine/scan/declarations.ts), and who saved it when. */
export interface DeclarationRecord {
  tenantId: string;
  declarations: Declarations;
  updatedAt: string;
  updatedBy: string;
}

export interface PostureLensDb extends DBSchema {
  tenants: { key: string; value: TenantRecord };
  scans: { key: string; value: ScanRecord; indexes: { byTenant: [string, string] } };
  settings: { key: string; value: SettingRecord };
  /** Since v2. Keyed `[tenantId, controlId]`. */
  dispositions: { key: [string, string]; value: DispositionRecord; indexes: { byTenant: string } };
  /** Since v3. Keyed by tenant id (out of line, so even an unreadable record stays addressable). */
  declarations: { key: string; value: DeclarationRecord };
}
