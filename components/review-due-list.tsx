import { reviewsDue, type DisposedScan } from '../lib/engine/history/dispositions';
import { reviewControlsDue } from '../lib/engine/history/reviews';
import { shownCalendarDay, shownDate } from '../lib/engine/format/dates';
import { shownPoints } from '../lib/engine/format/points';

/**
 * What is due for review, each a way into its control's detail: review controls whose cadence has
 * passed (they earn nothing until marked Reviewed again), and risk acceptances past their review date.
 */
export function ReviewDueList({ scan, onSelect }: { scan: DisposedScan; onSelect: (id: string) => void }) {
  const due = reviewsDue(scan);
  const reviews = reviewControlsDue(scan.controls);
  if (due.length === 0 && reviews.length === 0) return null;
  const link = (id: string, title: string) => (
    <button type="button" class="link" onClick={() => onSelect(id)}>
      {title}
    </button>
  );
  return (
    <>
      {reviews.length > 0 && (
        <section class="notice review-due-list" aria-labelledby="h-reviews-due">
          <h2 id="h-reviews-due">Reviews due</h2>
          <ul>
            {reviews.map((c) => (
              <li key={c.id}>
                {link(c.id, c.title)}{' '}
                <span class="muted">
                  was due {shownDate(c.review?.dueAt ?? '')}; {shownPoints(c.maxScore)} points until reviewed again
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {due.length > 0 && (
        <section class="notice review-due-list" aria-labelledby="h-review-due">
          <h2 id="h-review-due">Accepted risks to review</h2>
          <ul>
            {due.map((c) => (
              <li key={c.id}>
                {link(c.id, c.title)}{' '}
                <span class="muted">review was due {shownCalendarDay(c.disposition?.reviewBy ?? '')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
