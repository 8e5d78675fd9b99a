/**
 * What makes the Tenants overview quick with many tenants (issue 16 §2): a tenant's scans of the 90-day
 * window are listed from the index's keys alone, and the line's older points are kept in the settings
 * store, each with the fingerprint of the dispositions that scored it. Only the newest two scans, and
 * an older one whose point is missing or scored differently, are read in full.
 */
import { catalogVersion } from '../../controls';
import type { StoreDb } from './open-store';

const DAY_MS = 86_400_000;
// Points made by other rules are made again: bump when how a point is made changes.
const POINTS_VERSION = `1|${catalogVersion}`;
const keyOf = (tenantId: string) => `overviewPoints|${tenantId}`;

/** An older scan's point, as kept: its percent and the dispositions fingerprint it was scored with. */
export interface KeptPoint {
  readonly fingerprint: string;
  readonly percent: number;
}

/** The times of a tenant's scans in the `days` before its newest, newest first, at most `limit`; keys only. */
export async function windowScanTimes(
  db: StoreDb,
  tenantId: string,
  window: { readonly days: number; readonly limit: number },
): Promise<string[]> {
  const index = db.transaction('scans').store.index('byTenant');
  const newest = await index.openKeyCursor(IDBKeyRange.bound([tenantId, ''], [tenantId, '\uffff']), 'prev');
  if (!newest) return [];
  const since = new Date(Date.parse(newest.key[1]) - window.days * DAY_MS).toISOString();
  const keys = await index.getAllKeys(IDBKeyRange.bound([tenantId, since], [tenantId, '\uffff']));
  // Primary keys are `${tenantId}|${scannedAt}` (schema.ts): the time is after the tenant id.
  return keys
    .map((k) => k.slice(tenantId.length + 1))
    .sort()
    .reverse()
    .slice(0, window.limit);
}

/** The stored record of the scan at `scannedAt`, as stored (unchecked); undefined when gone. */
export async function storedScanAt(db: StoreDb, tenantId: string, scannedAt: string): Promise<unknown> {
  return (await db.get('scans', `${tenantId}|${scannedAt}`))?.scan;
}

function pointsOf(value: unknown): Map<string, KeptPoint> {
  const r = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (r.version !== POINTS_VERSION || typeof r.points !== 'object' || r.points === null) return new Map();
  return new Map(
    Object.entries(r.points).filter(
      (e): e is [string, KeptPoint] =>
        typeof e[1] === 'object' &&
        e[1] !== null &&
        typeof (e[1] as KeptPoint).fingerprint === 'string' &&
        Number.isFinite((e[1] as KeptPoint).percent),
    ),
  );
}

/** The kept points of each tenant, by scan time. */
export function createOverviewPoints(getDb: () => Promise<StoreDb>) {
  return {
    async read(tenantId: string): Promise<Map<string, KeptPoint>> {
      return pointsOf((await (await getDb()).get('settings', keyOf(tenantId)))?.value);
    },
    /** Replaces the tenant's kept points (those of scans now out of the window are simply not passed). */
    async write(tenantId: string, points: ReadonlyMap<string, KeptPoint>): Promise<void> {
      const value = { version: POINTS_VERSION, points: Object.fromEntries(points) };
      await (await getDb()).put('settings', { key: keyOf(tenantId), value });
    },
  };
}

export type OverviewPoints = ReturnType<typeof createOverviewPoints>;
