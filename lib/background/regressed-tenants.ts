/**
 * The popup's "N tenants regressed" (issue 16 §2): of every tenant with stored scans, those whose latest
 * scan regressed against the one before it (lib/engine/partner/regressed.ts), each scored with its own
 * dispositions as the overview scores it. Cheap on every popup open: one read of the tenant list and one
 * of the dispositions, and a tenant's two latest scans only when its history or dispositions changed since
 * the memo (lib/store/regression-memo.ts) was made.
 */
import { applyDispositions, dispositionsAt, type DispositionRecord } from '../engine/history/dispositions';
import {
  latestChange,
  noneRegressed,
  regressedTenants,
  type LatestChange,
  type RegressedTenants,
} from '../engine/partner/regressed';
import type { StoreDb } from '../store/open-store';
import { isReadableDisposition } from '../store/readable-records';
import type { MemoEntries, MemoEntry, RegressionMemo } from '../store/regression-memo';
import type { ScanStore } from '../store/scan-store';
import type { TenantRecord } from '../store/schema';

export interface RegressedTenantsDeps {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<Pick<ScanStore, 'tenants' | 'history'>>;
  /** Milliseconds since the epoch. */
  clock(): number;
  memo: RegressionMemo;
}

/**
 * What a tenant's answer depends on: its newest scan's time (a new scan), its dispositions' trail length
 * (trails only grow, so any set or clear changes it) and the day (a review control's points lapse with
 * time). A scan saved late between the two newest is missed until the next scan.
 */
const memoKey = (t: TenantRecord, records: readonly DispositionRecord[], day: string): string =>
  `${t.lastScannedAt}|${records.reduce((n, r) => n + r.trail.length, 0)}|${day}`;

function byTenant(records: readonly unknown[]): Map<string, DispositionRecord[]> {
  const out = new Map<string, DispositionRecord[]>();
  for (const r of records) {
    if (!isReadableDisposition(r)) continue;
    out.set(r.tenantId, [...(out.get(r.tenantId) ?? []), r]);
  }
  return out;
}

export function createRegressedTenants(deps: RegressedTenantsDeps): () => Promise<RegressedTenants> {
  /** The latest of the tenant's two newest scans against the other, as readCurrent scores them. */
  async function measure(store: Pick<ScanStore, 'history'>, id: string, records: DispositionRecord[], now: string) {
    const [raw, before] = await store.history(id, 2);
    if (!raw) return { change: null, regressions: 0 };
    const latest = applyDispositions(raw, records, now);
    const previous = before
      ? applyDispositions(before, dispositionsAt(records, before.scannedAt), before.scannedAt)
      : null;
    return latestChange(latest, previous);
  }

  return async function regressed(): Promise<RegressedTenants> {
    const [db, store] = await Promise.all([deps.getDb(), deps.getStore()]);
    const [tenants, dispositions, memo] = await Promise.all([
      store.tenants(),
      db.getAll('dispositions'),
      deps.memo.read().catch((): MemoEntries => ({})),
    ]);
    const now = new Date(deps.clock()).toISOString();
    const records = byTenant(dispositions);
    // The demo's simulated scans say nothing about anyone's tenant.
    const real = tenants.filter((t) => !t.demo);
    if (real.length === 0) return noneRegressed;
    const next: Record<string, MemoEntry> = {};
    const measured = await Promise.all(
      real.map(async (t): Promise<(LatestChange & { name: string }) | null> => {
        const mine = records.get(t.id) ?? [];
        const key = memoKey(t, mine, now.slice(0, 10));
        const kept = memo[t.id];
        // A tenant whose scans can't be read counts as not regressed here; its overview row says why.
        const change = kept?.key === key ? kept : await measure(store, t.id, mine, now).catch(() => null);
        if (!change) return null;
        next[t.id] = { key, change: change.change, regressions: change.regressions };
        return { name: t.displayName, change: change.change, regressions: change.regressions };
      }),
    );
    if (real.some((t) => memo[t.id]?.key !== next[t.id]?.key)) await deps.memo.write(next).catch(() => undefined);
    return regressedTenants(measured.filter((m) => m !== null));
  };
}
