import type { Improvement } from '../lib/engine/improvements';

export function ImprovementList({ items }: { items: readonly Improvement[] }) {
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
          <p class="imp-reason">{i.reason}</p>
          <a class="imp-link" href={i.adminUrl} target="_blank" rel="noopener noreferrer">
            Open in admin center
          </a>
        </li>
      ))}
    </ol>
  );
}
