import type { ScanProgress } from '../lib/messaging/protocol';

/** A running scan: Graph requests answered out of those planned so far, and Cancel. */
export function ScanProgressBar({
  progress,
  cancelling,
  onCancel,
}: {
  progress: ScanProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const known = progress !== null && progress.total > 0;
  return (
    <div class="scan-progress">
      <p role="status" aria-live="polite">
        {cancelling
          ? 'Cancelling the scan…'
          : known
            ? `Scanning… ${progress.done} of ${progress.total} Graph requests answered`
            : 'Scanning… starting'}
      </p>
      <progress aria-label="Scan progress" {...(known ? { max: progress.total, value: progress.done } : {})} />
      <button type="button" onClick={onCancel} disabled={cancelling}>
        Cancel scan
      </button>
    </div>
  );
}
