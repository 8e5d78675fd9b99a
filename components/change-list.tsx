import type { ControlChange } from '../lib/engine/diff';
import { statusLabel } from './status-label';

const KIND: Record<ControlChange['kind'], string> = {
  regression: 'Regressed',
  improvement: 'Improved',
  changed: 'Changed',
  added: 'New control',
  removed: 'No longer scanned',
};

/** What the latest scan changed, regressions first. */
export function ChangeList({ changes, since }: { changes: readonly ControlChange[]; since: string | null }) {
  if (since === null)
    return <p class="muted">This is the first scan of this tenant; changes show from the next one.</p>;
  if (changes.length === 0)
    return <p class="muted">Nothing changed since the scan of {new Date(since).toLocaleString()}.</p>;
  return (
    <ul class="changes" aria-label="Changes since the previous scan">
      {changes.map((c) => (
        <li key={c.id} class={`change-${c.kind}`}>
          <span class="change-kind">{KIND[c.kind]}</span> <a href={`#control=${encodeURIComponent(c.id)}`}>{c.title}</a>
          <span class="muted">
            {' '}
            {c.before ? statusLabel[c.before.status] : '—'} → {c.after ? statusLabel[c.after.status] : '—'} (
            {c.delta > 0 ? '+' : ''}
            {c.delta} pts)
          </span>
        </li>
      ))}
    </ul>
  );
}
