/**
 * The admin's declarations per tenant (emergency-access accounts, sanctioned exemptions, privileged
 * roles). Checked with parseDeclarations on the way in and on the way out: a record an older build or a
 * bug wrote wrongly reads as nothing declared, with a warning to show, and is left in place.
 */
import { noDeclarations, parseDeclarations, type Declarations } from '../engine/scan/declarations';
import type { StoreDb } from './open-store';

export interface TenantDeclarations {
  readonly tenantId: string;
  readonly declarations: Declarations;
  /** Why the saved declarations couldn't be read (they then count as none); null when they could. */
  readonly problem: string | null;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const unreadable = (why: string): string =>
  `The saved declarations of this tenant couldn't be read (${why}); scans judge exclusions as if nothing were declared until you save them again. Nothing was deleted.`;

export function createDeclarationStore(db: StoreDb) {
  return {
    async forTenant(tenantId: string): Promise<TenantDeclarations> {
      const rec: unknown = await db.get('declarations', tenantId);
      if (rec === undefined) return { tenantId, declarations: noDeclarations, problem: null };
      if (!isRecord(rec)) return { tenantId, declarations: noDeclarations, problem: unreadable('not a record') };
      const parsed = parseDeclarations(rec.declarations);
      if (!parsed.ok)
        return {
          tenantId,
          declarations: noDeclarations,
          problem: unreadable(`${parsed.path ? `${parsed.path}: ` : ''}${parsed.problem}`),
        };
      return {
        tenantId,
        declarations: parsed.value,
        problem: null,
        ...(typeof rec.updatedAt === 'string' ? { updatedAt: rec.updatedAt } : {}),
        ...(typeof rec.updatedBy === 'string' ? { updatedBy: rec.updatedBy } : {}),
      };
    },

    /** Replaces the tenant's declarations; throws the path and problem when the parser refuses them. */
    async save(tenantId: string, input: unknown, by: string, at: string): Promise<TenantDeclarations> {
      const parsed = parseDeclarations(input);
      if (!parsed.ok) throw new Error(`${parsed.path ? `${parsed.path}: ` : ''}${parsed.problem}.`);
      await db.put('declarations', { tenantId, declarations: parsed.value, updatedAt: at, updatedBy: by }, tenantId);
      return { tenantId, declarations: parsed.value, problem: null, updatedAt: at, updatedBy: by };
    },
  };
}

export type DeclarationStore = ReturnType<typeof createDeclarationStore>;
