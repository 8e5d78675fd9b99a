/**
 * A change for a control's timeline to show: a copy of the active tenant's latest stored scan, dated a
 * day earlier, in which one control measured `before`; and, optionally, an audit read on the latest scan
 * that names who changed it (the shape lib/engine/watch/audit-event.ts stores). Written into the
 * extension's IndexedDB from one of its pages, as seed-history.ts does.
 */
import type { Page } from 'playwright-core';
import type { AuditRead } from '../../lib/engine/watch/audit-event';
import type { Status } from '../../lib/engine/verdict/status';

export interface SeededChange {
  readonly controlId: string;
  /** What the control measured in the earlier scan. */
  readonly before: { readonly status: Status; readonly score: number };
  /** The latest scan's audit read, as a scan with AuditLog.Read.All stores it. */
  readonly audit?: AuditRead;
}

export async function seedEarlierScan(page: Page, change: SeededChange): Promise<void> {
  await page.evaluate(async ({ controlId, before, audit }) => {
    const done = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed.'));
      });
    const db = await done(indexedDB.open('posture-lens'));
    type Control = { id: string; status: string; score: number };
    type Rec = { key: string; tenantId: string; scannedAt: string; scan: { scannedAt: string; controls: Control[] } };
    const store = db.transaction('scans', 'readwrite').objectStore('scans');
    const latest = ((await done(store.getAll())) as Rec[]).sort((a, b) => a.key.localeCompare(b.key)).at(-1);
    if (!latest) throw new Error('Nothing to seed from: run a scan first.');
    if (!latest.scan.controls.some((c) => c.id === controlId)) throw new Error(`The scan has no ${controlId}.`);
    const scannedAt = new Date(Date.parse(latest.scannedAt) - 86_400_000).toISOString();
    const controls = latest.scan.controls.map((c) => (c.id === controlId ? { ...c, ...before } : c));
    await done(
      store.put({
        ...latest,
        key: `${latest.tenantId}|${scannedAt}`,
        scannedAt,
        scan: { ...latest.scan, scannedAt, controls },
      }),
    );
    if (audit) await done(store.put({ ...latest, scan: { ...latest.scan, audit } }));
    db.close();
  }, change);
}
