import type { Improvement } from '../lib/engine/score/improvements';
import type { Borrowed } from '../lib/engine/secure-score/borrowed';
import { BorrowedTags } from './borrowed-tags';

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
            <span class="imp-points" aria-label={`${i.gain} points to gain`}>
              +{i.gain} pts
            </span>
            <span class="imp-title">{i.title}</span>
            {i.planned && <span class="tag disposition-tag">Planned</span>}
          </div>
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
