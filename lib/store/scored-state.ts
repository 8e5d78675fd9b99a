/**
 * The active tenant's latest scan as every page and the toolbar show it: scored with its
 * dispositions (lib/engine/history/dispositions.ts), plus the dispositions themselves and what couldn't be
 * read. The background's one place for this, so popup, dashboard, badge and exports agree.
 */
import {
  applyDispositions,
  checkDisposition,
  dispositionsAt,
  type DisposedScan,
  type DispositionRecord,
} from '../engine/history/dispositions';
import type { ScanResult } from '../engine/scan/run-scan';
import type { DispositionStore } from './disposition-store';
import { skippedSentence } from './readable-records';
import type { ScanStore } from './scan-store';

export interface ScoredState {
  readonly scan: DisposedScan | null;
  readonly demo: boolean;
  readonly dispositions: readonly DispositionRecord[];
  /** Unreadable records skipped, as one sentence; null when everything read. */
  readonly problem: string | null;
}

export function createScoredState(deps: {
  scans: () => Promise<ScanStore>;
  dispositions: () => Promise<DispositionStore>;
  /** Milliseconds since the epoch. */
  clock: () => number;
}) {
  const now = (): string => new Date(deps.clock()).toISOString();

  async function activeTenant(): Promise<{ id: string; demo: boolean } | null> {
    const scans = await deps.scans();
    const id = await scans.activeTenantId();
    if (!id) return null;
    const tenant = (await scans.tenants()).find((t) => t.id === id);
    return { id, demo: tenant?.demo ?? false };
  }

  async function requireTenant(): Promise<{ id: string; demo: boolean }> {
    const t = await activeTenant();
    if (!t) throw new Error('Scan a tenant first: dispositions belong to a tenant.');
    return t;
  }

  return {
    async current(): Promise<ScoredState> {
      const scans = await deps.scans();
      const tenant = await activeTenant();
      if (!tenant) return { scan: null, demo: false, dispositions: [], problem: null };
      const [raw, { records, skipped }] = await Promise.all([
        scans.latestScan(tenant.id),
        (await deps.dispositions()).forTenant(tenant.id),
      ]);
      const problems = [
        scans.unreadableScans() > 0 ? skippedSentence(scans.unreadableScans(), 'scan') : null,
        skipped > 0 ? skippedSentence(skipped, 'disposition') : null,
      ].filter((p) => p !== null);
      return {
        scan: raw ? applyDispositions(raw, records, now()) : null,
        demo: tenant.demo,
        dispositions: records,
        problem: problems.length > 0 ? problems.join(' ') : null,
      };
    },

    /**
     * The active tenant's history, newest first, for the chart and "what changed": each scan scored
     * with the dispositions in force when it was measured, the latest with today's (as the headline).
     */
    async history(limit: number): Promise<DisposedScan[]> {
      const tenant = await activeTenant();
      if (!tenant) return [];
      const [scans, { records }] = await Promise.all([
        (await deps.scans()).history(tenant.id, limit),
        (await deps.dispositions()).forTenant(tenant.id),
      ]);
      const mine = records.filter((r) => r.tenantId === tenant.id);
      return scans.map((scan, i) =>
        applyDispositions(scan, i === 0 ? mine : dispositionsAt(mine, scan.scannedAt), now()),
      );
    },

    /** Any tenant's scan as scored with that tenant's dispositions (for the toolbar badge). */
    async scored(scan: ScanResult): Promise<DisposedScan> {
      const { records } = await (await deps.dispositions()).forTenant(scan.tenant.id);
      return applyDispositions(scan, records, now());
    },

    async get(controlId: string): Promise<DispositionRecord | null> {
      const t = await requireTenant();
      return (await (await deps.dispositions()).get(t.id, controlId)) ?? null;
    },

    /**
     * Records a disposition for the active tenant, checked here again (the page checked it too).
     * `recordedBy` gets whether the tenant is the demo; throws the sentence to show.
     */
    async set(controlId: string, input: unknown, recordedBy: (demo: boolean) => Promise<string>): Promise<void> {
      const t = await requireTenant();
      const at = now();
      const checked = checkDisposition(input, at.slice(0, 10));
      if (!checked.ok) throw new Error(Object.values(checked.errors).join(' '));
      const latest = await (await deps.scans()).latestScan(t.id);
      if (latest && !latest.controls.some((c) => c.id === controlId)) {
        throw new Error(`The latest scan has no control '${controlId}'.`);
      }
      await (await deps.dispositions()).set(t.id, controlId, checked.value, await recordedBy(t.demo), at);
    },

    async clear(controlId: string, recordedBy: (demo: boolean) => Promise<string>): Promise<void> {
      const t = await requireTenant();
      await (await deps.dispositions()).clear(t.id, controlId, await recordedBy(t.demo), now());
    },
  };
}

export type ScoredStateService = ReturnType<typeof createScoredState>;
