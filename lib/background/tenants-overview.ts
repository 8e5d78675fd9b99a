/**
 * The Tenants overview (issue 16 §2): every tenant's row, each scored from its own scans with its own
 * dispositions, and the page's preferences. A tenant whose records can't be read shows that on its own
 * row; the others are read and shown all the same.
 */
import { noScores, type TenantScores } from '../engine/partner/overview-row';
import type { AppliedTemplate, TenantRow, TenantsOverview } from '../messaging/partner-protocol';
import type { CustomerTenants } from '../store/customer-tenants';
import type { DispositionStore } from '../store/disposition-store';
import type { StoreDb } from '../store/open-store';
import type { OverviewPrefs, OverviewPrefsStore } from '../store/overview-prefs';
import { createOverviewPoints } from '../store/overview-points';
import { skippedSentence } from '../store/readable-records';
import type { ScanStore } from '../store/scan-store';
import type { AuthPort } from './auth-port';
import { readTenantScores } from './tenant-scores-read';
import { listTenants, type ListedTenant } from './overview-tenants';

// Tenants read at once: IndexedDB reads overlap, and at most this many tenants' scans are held at a time.
const READ_AT_ONCE = 5;

export interface TenantsOverviewDeps {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  dispositions(): Promise<DispositionStore>;
  customers: Pick<CustomerTenants, 'list'>;
  auth: Pick<AuthPort, 'state' | 'tenantAccess' | 'adminConsentUrl'>;
  /** The templates applied to a tenant, who applied each and when (lib/store/template-store.ts). */
  appliedTemplates(tenantId: string): Promise<readonly AppliedTemplate[]>;
  prefs: OverviewPrefsStore;
  /** Milliseconds since the epoch. */
  clock(): number;
}

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createTenantsOverview(deps: TenantsOverviewDeps) {
  const points = createOverviewPoints(() => deps.getDb());
  /** One tenant's scores, or what stopped them being read. */
  async function scoresOf(tenantId: string, now: string): Promise<{ scores: TenantScores; problems: string[] }> {
    try {
      const dispositions = await (await deps.dispositions()).forTenant(tenantId);
      const { scores, skipped } = await readTenantScores(
        { db: await deps.getDb(), points },
        tenantId,
        dispositions.records,
        now,
      );
      const problems = [
        skipped > 0 ? skippedSentence(skipped, 'scan') : null,
        dispositions.skipped > 0 ? skippedSentence(dispositions.skipped, 'disposition') : null,
      ].filter((p) => p !== null);
      return { scores, problems };
    } catch (e) {
      return { scores: noScores, problems: [`This tenant's history couldn't be read: ${messageOf(e)}`] };
    }
  }

  async function templatesOf(tenantId: string): Promise<{ templates: readonly AppliedTemplate[]; problems: string[] }> {
    try {
      return { templates: await deps.appliedTemplates(tenantId), problems: [] };
    } catch (e) {
      return { templates: [], problems: [`The templates applied here couldn't be read: ${messageOf(e)}`] };
    }
  }

  async function rowOf(t: ListedTenant, shownId: string | undefined, now: string): Promise<TenantRow> {
    const [{ scores, problems }, applied] = await Promise.all([scoresOf(t.tenantId, now), templatesOf(t.tenantId)]);
    const all = [...problems, ...applied.problems];
    return {
      ...t,
      ...scores,
      shown: t.tenantId === shownId,
      templates: applied.templates,
      ...(all.length > 0 ? { problem: all.join(' ') } : {}),
    };
  }

  async function read(prefs?: OverviewPrefs): Promise<TenantsOverview> {
    const store = await deps.getStore();
    const [auth, customers, stored, shownId, saved] = await Promise.all([
      deps.auth.state(),
      deps.customers.list(),
      store.tenants(),
      store.activeTenantId(),
      prefs ?? deps.prefs.read(),
    ]);
    const listed = await listTenants({ auth, customers, stored }, deps.auth);
    const now = new Date(deps.clock()).toISOString();
    const rows: TenantRow[] = [];
    for (let i = 0; i < listed.length; i += READ_AT_ONCE) {
      rows.push(...(await Promise.all(listed.slice(i, i + READ_AT_ONCE).map((t) => rowOf(t, shownId, now)))));
    }
    return { rows, staleAfterDays: saved.staleAfterDays, partnerName: saved.partnerName };
  }

  return {
    /** Every tenant's row, and the page's preferences. */
    read: (): Promise<TenantsOverview> => read(),
    /** Saves the preferences given, then answers the overview with them. */
    async setPrefs(change: Partial<OverviewPrefs>): Promise<TenantsOverview> {
      return read(await deps.prefs.update(change));
    },
  };
}

export type TenantsOverviewService = ReturnType<typeof createTenantsOverview>;
