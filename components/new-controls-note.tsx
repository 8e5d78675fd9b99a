import type { DisposedControl } from '../lib/engine/history/dispositions';
import { shownPoints } from '../lib/engine/format/points';

/** How many titles the line names before "and N more": the table's tags show the rest. */
const NAMED = 5;

/**
 * "3 new controls, worth 9 points: …" near the top of the dashboard (issue 15 §5): controls new to the
 * tenant that the admin hasn't opened yet, each a way into its detail, and "Mark all as seen".
 */
export function NewControlsNote({
  controls,
  onSelect,
  onMarkAllSeen,
}: {
  controls: readonly Pick<DisposedControl, 'id' | 'title' | 'maxScore'>[];
  onSelect: (id: string) => void;
  onMarkAllSeen: () => void;
}) {
  if (controls.length === 0) return null;
  const n = controls.length;
  const points = controls.reduce((sum, c) => sum + c.maxScore, 0);
  const named = controls.slice(0, NAMED);
  return (
    <section class="notice new-controls" aria-labelledby="h-new-controls">
      <p>
        <strong id="h-new-controls">
          {n} new control{n === 1 ? '' : 's'}
        </strong>
        , worth {shownPoints(points)} point{points === 1 ? '' : 's'}:{' '}
        {named.map((c, i) => (
          <span key={c.id}>
            {i > 0 && ', '}
            <button type="button" class="link" onClick={() => onSelect(c.id)}>
              {c.title}
            </button>
          </span>
        ))}
        {n > NAMED && ` and ${n - NAMED} more`}{' '}
        <button type="button" onClick={onMarkAllSeen}>
          Mark all as seen
        </button>
      </p>
    </section>
  );
}
