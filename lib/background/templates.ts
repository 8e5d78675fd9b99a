/**
 * Templates in the background (issue 16 §3): saved, deleted, imported, exported by the page, and
 * applied to chosen tenants. Applying one records each of its dispositions on each tenant through the
 * dispositions store every page uses, as the signed-in account, now: the tenant's trail says who set
 * what and that it came from the template, and its score changes as for a disposition typed by hand.
 */
import { catalogue } from '../../controls';
import type { DispositionInput } from '../engine/history/dispositions';
import { appliedNote, checkTemplate, type TemplateControl } from '../engine/partner/template-check';
import { readTemplatesFile } from '../engine/partner/template-file';
import type { Template } from '../engine/partner/template';
import type { Handlers } from '../messaging/handle';
import type { ApplyTemplateResult, TenantsOverview } from '../messaging/partner-protocol';
import type { CustomerTenants } from '../store/customer-tenants';
import type { DispositionStore } from '../store/disposition-store';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';
import { createTemplateStore, type TemplateStore } from '../store/template-store';
import type { AuthPort } from './auth-port';

export interface TemplatesDeps {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  dispositions(): Promise<DispositionStore>;
  auth: Pick<AuthPort, 'state'>;
  customers: Pick<CustomerTenants, 'list'>;
  /** Milliseconds since the epoch. */
  clock(): number;
  /** The Tenants overview, answered after a template was applied. */
  overview(): Promise<TenantsOverview>;
  /** The controls templates may name; the catalogue unless a test passes its own. */
  controls?: readonly TemplateControl[];
}

type TemplateMessages = 'getTemplates' | 'saveTemplate' | 'deleteTemplate' | 'importTemplates' | 'applyTemplate';
type TemplateHandlers = Pick<Handlers['pages'], TemplateMessages>;

export const SIGN_IN_TO_APPLY = 'Sign in to apply templates: each disposition records who made it.';
const UNKNOWN_TENANT = 'Not a tenant Posture Lens knows: add it as a customer tenant (or scan it) first.';

/** Tenants a template may be applied to: accounts' own, customer tenants, and any with stored scans. */
async function knownTenants(deps: TemplatesDeps): Promise<Set<string>> {
  const [state, customers, scanned] = await Promise.all([
    deps.auth.state(),
    deps.customers.list(),
    deps.getStore().then((s) => s.tenants()),
  ]);
  const ids = [...state.accounts.map((a) => a.tenantId), ...customers.map((c) => c.tenantId)];
  return new Set([...ids, ...scanned.filter((t) => !t.demo).map((t) => t.id)].map((id) => id.toLowerCase()));
}

/** Sets the template's dispositions on each known tenant (all or none per tenant) and records it there. */
async function applyToTenants(
  deps: TemplatesDeps,
  store: TemplateStore,
  t: Template,
  tenantIds: readonly string[],
  by: string,
  at: string,
): Promise<Omit<ApplyTemplateResult, 'overview'>> {
  const entries = t.dispositions.map(({ controlId, ...d }) => ({
    controlId,
    input: { ...d, note: appliedNote(t.name, d.note) } satisfies DispositionInput,
  }));
  const controlIds = entries.map((e) => e.controlId);
  const known = await knownTenants(deps);
  const dispositions = await deps.dispositions();
  const applied: ApplyTemplateResult['applied'][number][] = [];
  const refused: ApplyTemplateResult['refused'][number][] = [];
  for (const tenantId of new Set(tenantIds.map((id) => id.toLowerCase()))) {
    if (!known.has(tenantId)) {
      refused.push({ tenantId, reason: UNKNOWN_TENANT });
      continue;
    }
    try {
      await dispositions.setAll(tenantId, entries, by, at);
      await store.recordApplied(tenantId, {
        templateId: t.id,
        templateName: t.name,
        appliedBy: by,
        appliedAt: at,
        controlIds,
      });
      applied.push({ tenantId, controlIds });
    } catch (err) {
      refused.push({ tenantId, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return { applied, refused };
}

export function createTemplates(deps: TemplatesDeps) {
  const store = createTemplateStore(() => deps.getDb());
  const controls = deps.controls ?? catalogue;
  const now = (): string => new Date(deps.clock()).toISOString();
  const view = async () => ({ templates: await store.list() });
  const username = async (): Promise<string | null> => (await deps.auth.state()).active?.username ?? null;

  const handlers: TemplateHandlers = {
    getTemplates: () => view(),
    async saveTemplate({ template }) {
      const stamped = { ...template, updatedAt: now(), updatedBy: (await username()) ?? 'this browser' };
      const checked = checkTemplate(stamped, controls, now().slice(0, 10));
      if (!checked.ok) throw new Error(checked.errors.join(' '));
      await store.put([checked.value]);
      return view();
    },
    async deleteTemplate({ templateId }) {
      await store.remove(templateId);
      return view();
    },
    async importTemplates({ json }) {
      const read = readTemplatesFile(json, controls, now().slice(0, 10));
      if (!read.ok) return { ...(await view()), imported: 0, error: read.error };
      if (read.valid.length > 0) await store.put(read.valid);
      const notImported = read.rejected.map((r) => r.reason).join(' ');
      return {
        ...(await view()),
        imported: read.valid.length,
        error: notImported ? `Not imported: ${notImported}` : null,
      };
    },
    async applyTemplate({ templateId, tenantIds }) {
      const by = await username();
      if (!by) throw new Error(SIGN_IN_TO_APPLY);
      const template = await store.get(templateId);
      if (!template) throw new Error('That template no longer exists: it may have been deleted on another page.');
      const at = now();
      // Checked again: a risk acceptance's review date may have passed since it was saved.
      const checked = checkTemplate(template, controls, at.slice(0, 10));
      if (!checked.ok) throw new Error(`The template can't be applied as it is: ${checked.errors.join(' ')}`);
      const result = await applyToTenants(deps, store, checked.value, tenantIds, by, at);
      return { ...result, overview: await deps.overview() };
    },
  };

  return {
    handlers,
    /** The templates applied to a tenant, for the overview's rows. */
    appliedTemplates: (tenantId: string) => store.appliedTemplates(tenantId),
  };
}
