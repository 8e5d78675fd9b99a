/**
 * Templates (issue 16 §3), kept in the settings store: the partner's templates, and per tenant the
 * templates applied to it (who, which, when). The dispositions a template sets are kept where every
 * disposition is (disposition-store.ts), under each tenant's own id.
 */
import { isTemplateShape, type Template } from '../engine/partner/template';
import { TEMPLATES_MAX } from '../engine/partner/template-check';
import type { AppliedTemplate } from '../messaging/partner-protocol';
import type { StoreDb } from './open-store';

const TEMPLATES = 'templates';
const appliedKey = (tenantId: string): string => `appliedTemplates:${tenantId.toLowerCase()}`;
/** Applications remembered per tenant, newest kept: the dispositions' own trails keep everything. */
const APPLIED_KEPT = 100;

const isText = (v: unknown): v is string => typeof v === 'string';
function isAppliedTemplate(v: unknown): v is AppliedTemplate {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isText(r.templateId) &&
    isText(r.templateName) &&
    isText(r.appliedBy) &&
    isText(r.appliedAt) &&
    Array.isArray(r.controlIds) &&
    r.controlIds.every(isText)
  );
}

export function createTemplateStore(getDb: () => Promise<StoreDb>) {
  /** Saved templates in the order created; an entry that no longer reads as a template is skipped. */
  async function list(): Promise<Template[]> {
    const rec = await (await getDb()).get('settings', TEMPLATES);
    return Array.isArray(rec?.value) ? rec.value.filter(isTemplateShape) : [];
  }
  async function write(templates: readonly Template[]): Promise<void> {
    if (templates.length > TEMPLATES_MAX) throw new Error(`Keep at most ${TEMPLATES_MAX} templates.`);
    await (await getDb()).put('settings', { key: TEMPLATES, value: [...templates] });
  }

  return {
    list,
    async get(templateId: string): Promise<Template | undefined> {
      return (await list()).find((t) => t.id === templateId);
    },
    /** Adds these, each replacing (in place) a saved template with the same id. */
    async put(templates: readonly Template[]): Promise<void> {
      const byId = new Map(templates.map((t) => [t.id, t]));
      const all = await list();
      const kept = all.map((t) => byId.get(t.id) ?? t);
      const known = new Set(all.map((t) => t.id));
      await write([...kept, ...templates.filter((t) => !known.has(t.id))]);
    },
    /** Removes it from the list; what it set on tenants stays, as every disposition does. */
    async remove(templateId: string): Promise<void> {
      await write((await list()).filter((t) => t.id !== templateId));
    },
    /** The templates applied to the tenant, oldest first (the overview's rows show them). */
    async appliedTemplates(tenantId: string): Promise<AppliedTemplate[]> {
      const rec = await (await getDb()).get('settings', appliedKey(tenantId));
      return Array.isArray(rec?.value) ? rec.value.filter(isAppliedTemplate) : [];
    },
    async recordApplied(tenantId: string, applied: AppliedTemplate): Promise<void> {
      const db = await getDb();
      const tx = db.transaction('settings', 'readwrite');
      const rec = await tx.store.get(appliedKey(tenantId));
      const prior = Array.isArray(rec?.value) ? rec.value.filter(isAppliedTemplate) : [];
      const value = [...prior, applied].slice(-APPLIED_KEPT);
      await Promise.all([tx.store.put({ key: appliedKey(tenantId), value }), tx.done]);
    },
  };
}

export type TemplateStore = ReturnType<typeof createTemplateStore>;
