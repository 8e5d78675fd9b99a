import type { Improvement } from '../lib/engine/score/improvements';
import type { Borrowed } from '../lib/engine/secure-score/borrowed';
import type { Level } from '../lib/engine/verdict/status';
import { BorrowedTags } from './borrowed-tags';
import { shownPoints } from '../lib/engine/format/points';

const LEVEL_WORD: Record<Level, string> = { low: 'Low', moderate: 'Moderate', high: 'High' };

/** A ranking column's level as people read it; "—" for a cost a stored scan didn't carry. */
export const levelText = (level: Level | null): string => (level ? LEVEL_WORD[level] : '—');

/** "+2.75 pts": the points an action would gain. */
export const gainText = (i: Improvement): string => `+${shownPoints(i.pointsToGain)} pts`;

/** The popup's top improvements: each says the columns it is ranked by, so the order explains itself. */
export function ImprovementList({
  items,
  borrowed,
}: {
  items: readonly Improvement[];
  /** A control's borrowed verdict, to tag it as the table does; undefined for our own. */
  borrowed?: (id: string) => Borrowed | undefined;
}) {
  if (items.length === 0) return <p class="muted">Nothing left to gain among the controls decided.</p>;
  return (
    <ol class="improvements" aria-label="Top improvement actions">
      {items.map((i) => (
        <li key={i.id}>
          <div class="imp-head">
            <span class="imp-points" aria-label={`${shownPoints(i.pointsToGain)} points to gain`}>
              {gainText(i)}
            </span>
            <span class="imp-title">{i.title}</span>
            {i.planned && <span class="tag disposition-tag">Planned</span>}
          </div>
          <p class="imp-columns">
            {levelText(i.userImpact)} user impact · {levelText(i.implementationCost)} cost
          </p>
          {borrowed?.(i.id) && (
            <p class="imp-tags">
              <BorrowedTags borrowed={borrowed(i.id)} />
            </p>
          )}
          <p class="imp-reason">{i.reason}</p>
          <a class="imp-link" href={i.adminUrl} target="_blank" rel="noopener noreferrer">
            Open in admin center
          </a>
        </li>
      ))}
    </ol>
  );
}
