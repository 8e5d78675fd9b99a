/**
 * The one scan the background runs at a time: its AbortSignal (Cancel), and its progress pushed to
 * whoever listens (the popup's port). No browser APIs, so it is tested in Node.
 */
import { isAbortError } from '../graph/abort';
import type { ScanProgress } from '../messaging/protocol';

export const SCAN_CANCELLED = 'Scan cancelled. Nothing was saved; the previous score stays.';

export function createScanControl() {
  const listeners = new Set<(p: ScanProgress) => void>();
  let current: AbortController | null = null;
  let last: ScanProgress | null = null;

  return {
    get running(): boolean {
      return current !== null;
    },

    /**
     * Runs `scan` with a fresh signal and progress reporter; resolves `{ cancelled: true }` when it was
     * cancelled (whatever it threw on the way out), so the caller saves nothing. One scan at a time.
     */
    async run<T>(
      scan: (io: { signal: AbortSignal; onProgress: (p: ScanProgress) => void }) => Promise<T>,
    ): Promise<{ cancelled: false; value: T } | { cancelled: true }> {
      if (current) throw new Error('A scan is already running.');
      const controller = new AbortController();
      current = controller;
      last = { done: 0, total: 0 };
      const onProgress = (p: ScanProgress): void => {
        if (controller.signal.aborted) return;
        last = { done: p.done, total: p.total };
        for (const l of listeners) l(last);
      };
      try {
        const value = await scan({ signal: controller.signal, onProgress });
        // Cancelled after the last answer but before the save: still cancelled.
        return controller.signal.aborted ? { cancelled: true } : { cancelled: false, value };
      } catch (err) {
        if (controller.signal.aborted || isAbortError(err)) return { cancelled: true };
        throw err;
      } finally {
        current = null;
        last = null;
      }
    },

    /** Cancels the running scan; false when none runs. */
    cancel(): boolean {
      if (!current) return false;
      current.abort();
      return true;
    },

    /** Listens to progress; a listener joining mid-scan hears where it is at once. */
    subscribe(listener: (p: ScanProgress) => void): () => void {
      listeners.add(listener);
      if (last) listener(last);
      return () => listeners.delete(listener);
    },
  };
}

export type ScanControl = ReturnType<typeof createScanControl>;
