import { reviewsDue, type DisposedScan } from '../lib/engine/history/dispositions';
import { shownCalendarDay } from '../lib/engine/format/dates';

/** Risk acceptances past their review date, each a way into its control's detail. */
export function ReviewDueList({ scan, onSelect }: { scan: DisposedScan; onSelect: (id: string) => void }) {
  const due = reviewsDue(scan);
  if (due.length === 0) return null;
  return (
    <section class="notice review-due-list" aria-labelledby="h-review-due">
      <h2 id="h-review-due">Accepted risks to review</h2>
      <ul>
        {due.map((c) => (
          <li key={c.id}>
            <button type="button" class="link" onClick={() => onSelect(c.id)}>
              {c.title}
            </button>{' '}
            <span class="muted">review was due {shownCalendarDay(c.disposition?.reviewBy ?? '')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
