import {
  clearDisposition,
  recordDisposition,
  type DispositionInput,
  type DispositionRecord,
} from '../engine/history/dispositions';
import type { StoreDb } from './open-store';
import { isReadableDisposition } from './readable-records';

/** Dispositions per tenant and control, each with its audit trail; nothing here is ever deleted. */
export function createDispositionStore(db: StoreDb) {
  return {
    /** The tenant's records, and how many were unreadable (skipped, left in place). */
    async forTenant(tenantId: string): Promise<{ records: DispositionRecord[]; skipped: number }> {
      const all: unknown[] = await db.getAllFromIndex('dispositions', 'byTenant', tenantId);
      const records = all.filter(isReadableDisposition);
      return { records, skipped: all.length - records.length };
    },

    async get(tenantId: string, controlId: string): Promise<DispositionRecord | undefined> {
      const rec: unknown = await db.get('dispositions', [tenantId, controlId]);
      return isReadableDisposition(rec) ? rec : undefined;
    },

    /** Records a disposition (read and write in one transaction, so two pages can't lose a trail entry). */
    async set(
      tenantId: string,
      controlId: string,
      input: DispositionInput,
      by: string,
      at: string,
    ): Promise<DispositionRecord> {
      const tx = db.transaction('dispositions', 'readwrite');
      const prior: unknown = await tx.store.get([tenantId, controlId]);
      if (prior !== undefined && !isReadableDisposition(prior)) {
        throw new Error(`The saved disposition of ${controlId} couldn't be read; it was left as it is.`);
      }
      const next = recordDisposition(prior, { tenantId, controlId }, input, by, at);
      await Promise.all([tx.store.put(next), tx.done]);
      return next;
    },

    /**
     * Records several of one tenant's dispositions in one transaction (a template applied): all of them
     * or, when one saved record can't be read, none, and the error names that control.
     */
    async setAll(
      tenantId: string,
      entries: readonly { readonly controlId: string; readonly input: DispositionInput }[],
      by: string,
      at: string,
    ): Promise<void> {
      const tx = db.transaction('dispositions', 'readwrite');
      const priors: unknown[] = await Promise.all(entries.map((e) => tx.store.get([tenantId, e.controlId])));
      const unreadable = entries.find((_, i) => priors[i] !== undefined && !isReadableDisposition(priors[i]));
      if (unreadable) {
        tx.abort();
        await tx.done.catch(() => undefined);
        throw new Error(`The saved disposition of ${unreadable.controlId} couldn't be read; nothing was changed.`);
      }
      const next = entries.map((e, i) =>
        recordDisposition(
          priors[i] as DispositionRecord | undefined,
          { tenantId, controlId: e.controlId },
          e.input,
          by,
          at,
        ),
      );
      await Promise.all([...next.map((r) => tx.store.put(r)), tx.done]);
    },

    /** Clears the current disposition; the trail records who cleared it and when. */
    async clear(tenantId: string, controlId: string, by: string, at: string): Promise<DispositionRecord | undefined> {
      const tx = db.transaction('dispositions', 'readwrite');
      const prior: unknown = await tx.store.get([tenantId, controlId]);
      if (!isReadableDisposition(prior)) {
        await tx.done;
        return undefined;
      }
      const next = clearDisposition(prior, by, at);
      await Promise.all([next === prior ? Promise.resolve() : tx.store.put(next), tx.done]);
      return next;
    },
  };
}

export type DispositionStore = ReturnType<typeof createDispositionStore>;
