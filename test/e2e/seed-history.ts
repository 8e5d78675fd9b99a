/**
 * A history for the chart to draw: copies of the active tenant's latest stored scan, dated further and
 * further back, each scoring a little lower, written into the extension's IndexedDB from one of its
 * pages (the same origin as the background's store). Only scores change: the chart reads nothing else.
 */
import type { Page } from 'playwright-core';

export interface SeededHistory {
  /** Scans added before the latest one. */
  readonly added: number;
  /** Days between two seeded scans. */
  readonly everyDays: number;
}

export async function seedHistory(page: Page, history: SeededHistory): Promise<void> {
  await page.evaluate(async ({ added, everyDays }) => {
    const done = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed.'));
      });
    const db = await done(indexedDB.open('posture-lens'));
    type Summary = { percent: number; available: number };
    type Rec = {
      key: string;
      tenantId: string;
      scannedAt: string;
      scan: {
        scannedAt: string;
        score: Summary;
        summary: { byCategory: Record<string, Summary> };
        controls: { status: string; score: number }[];
      };
    };
    const store = db.transaction('scans', 'readwrite').objectStore('scans');
    const latest = ((await done(store.getAll())) as Rec[]).sort((a, b) => a.key.localeCompare(b.key)).at(-1);
    if (!latest) throw new Error('Nothing to seed from: run a scan first.');
    const lower = (s: Summary, by: number): Summary => ({ ...s, percent: Math.max(5, s.percent - by) });
    for (let i = 1; i <= added; i++) {
      // Scans at varied times of day, each a few points below the next, with a dip now and then.
      const at = Date.parse(latest.scannedAt) - i * everyDays * 86_400_000 - ((i * 97) % 600) * 60_000;
      const scannedAt = new Date(at).toISOString();
      const by = Math.round(i * 0.9) + (i % 4 === 0 ? 4 : 0);
      // The background scores each stored scan again from its controls (with the dispositions of its
      // time), so the lower score is made the way a real one is: `by` passing controls failing then.
      let failed = 0;
      const controls = latest.scan.controls.map((c) =>
        c.status === 'pass' && c.score > 0 && failed++ < by ? { ...c, status: 'fail', score: 0 } : c,
      );
      const byCategory = Object.fromEntries(
        Object.entries(latest.scan.summary.byCategory).map(([c, s]) => [c, lower(s, by + (c.length % 3) * 2)]),
      );
      await done(
        store.put({
          ...latest,
          key: `${latest.tenantId}|${scannedAt}`,
          scannedAt,
          scan: {
            ...latest.scan,
            scannedAt,
            score: lower(latest.scan.score, by),
            summary: { ...latest.scan.summary, byCategory },
            controls,
          },
        }),
      );
    }
    db.close();
  }, history);
}
