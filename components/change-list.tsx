import type { ChangeSide, ControlChange } from '../lib/engine/history/diff';
import { timelineHash } from '../lib/engine/history/timeline';
import { reviewLabel } from '../lib/engine/verdict/review-spec';
import { statusLabel } from '../lib/engine/verdict/status-words';
import { shownDate } from '../lib/engine/format/dates';
import { shownPoints } from '../lib/engine/format/points';

const KIND: Record<ControlChange['kind'], string> = {
  regression: 'Regressed',
  improvement: 'Improved',
  changed: 'Changed',
  added: 'New control',
  removed: 'No longer scanned',
};

/** "Failing", or for a review "Review due": a review is attested, never passing or failing. */
const shownSide = (s: ChangeSide | null): string =>
  s === null ? '—' : s.review ? reviewLabel[s.review] : statusLabel[s.status];

function ChangeItem({ c }: { c: ControlChange }) {
  return (
    <li class={`change-${c.kind}`}>
      <span class="change-kind">{KIND[c.kind]}</span> <a href={timelineHash(c.id)}>{c.title}</a>
      <span class="muted">
        {' '}
        {shownSide(c.before)} → {shownSide(c.after)} ({c.delta > 0 ? '+' : ''}
        {shownPoints(c.delta)} pts)
      </span>
    </li>
  );
}

/**
 * What the latest scan changed, regressions first; each change links to its control's timeline. Controls new to this scan (a catalogue update, or
 * Microsoft adding Secure Score controls — up to a couple of hundred at once) are folded into one
 * line, so they never bury a regression.
 */
export function ChangeList({ changes, since }: { changes: readonly ControlChange[]; since: string | null }) {
  if (since === null)
    return <p class="muted">This is the first scan of this tenant; changes show from the next one.</p>;
  if (changes.length === 0) return <p class="muted">Nothing changed since the scan of {shownDate(since)}.</p>;
  const moved = changes.filter((c) => c.kind !== 'added');
  const added = changes.filter((c) => c.kind === 'added');
  return (
    <>
      {moved.length > 0 ? (
        <ul class="changes" aria-label="Changes since the previous scan">
          {moved.map((c) => (
            <ChangeItem key={c.id} c={c} />
          ))}
        </ul>
      ) : (
        <p class="muted">No control already scanned changed since {shownDate(since)}.</p>
      )}
      {added.length > 0 && (
        <details class="changes-added">
          <summary>
            {added.length === 1 ? '1 control' : `${added.length} controls`} new in this scan (
            {added.reduce((n, c) => n + c.delta, 0) > 0 ? '+' : ''}
            {shownPoints(added.reduce((n, c) => n + c.delta, 0))} pts)
          </summary>
          <ul class="changes" aria-label="Controls new in this scan">
            {added.map((c) => (
              <ChangeItem key={c.id} c={c} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
