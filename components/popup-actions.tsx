import type { Improvement } from '../lib/engine/score/improvements';
import type { Borrowed } from '../lib/engine/secure-score/borrowed';
import { BorrowedTags } from './borrowed-tags';
import { ReviewTag } from './review-tag';
import { gainText, levelText } from './improvement-list';
import { shownPoints } from '../lib/engine/format/points';

/**
 * The popup's improvement actions, in the engine's one ranking: each row says what it gains and what
 * ranks it, and opens that control's detail in the dashboard (where the fix and its link are).
 */
export function ActionList({
  items,
  label,
  onOpen,
  borrowed,
}: {
  items: readonly Improvement[];
  /** The list's accessible name ("Top improvement actions"). */
  label: string;
  onOpen: (controlId: string) => void;
  /** A control's borrowed verdict, to tag it as the table does; undefined for our own. */
  borrowed?: (id: string) => Borrowed | undefined;
}) {
  return (
    <ol class="improvements actions-list" aria-label={label}>
      {items.map((i) => (
        <li key={i.id}>
          <button type="button" class="action-open" onClick={() => onOpen(i.id)}>
            <span class="imp-head">
              <span class="imp-points" aria-label={`${shownPoints(i.pointsToGain)} points to gain`}>
                {gainText(i)}
              </span>
              <span class="imp-title">{i.title}</span>
              {i.planned && <span class="tag disposition-tag">Planned</span>}
            </span>
            <span class="imp-columns">
              {levelText(i.userImpact)} user impact · {levelText(i.implementationCost)} cost
              <BorrowedTags borrowed={borrowed?.(i.id)} />
              <ReviewTag review={i.review} />
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
