import type { ControlResult } from '../lib/engine/result';
import { statusIcon, statusLabel } from './status-label';

const ORDER = { fail: 0, partial: 1, unknown: 2, manual: 3, notLicensed: 4, pass: 5 } as const;

/** Controls with the most points at stake first, failing before passing. */
export function sortForReview(results: readonly ControlResult[]): ControlResult[] {
  return [...results].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      b.maxScore - b.score - (a.maxScore - a.score) ||
      a.title.localeCompare(b.title),
  );
}

export function ControlTable({
  results,
  selected,
  onSelect,
}: {
  results: readonly ControlResult[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <table class="controls">
      <caption class="muted">{results.length} controls, failing first</caption>
      <thead>
        <tr>
          <th scope="col">Control</th>
          <th scope="col">Category</th>
          <th scope="col">Status</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {sortForReview(results).map((r) => (
          <tr key={r.id} aria-selected={selected === r.id} class={selected === r.id ? 'selected' : ''}>
            <th scope="row">
              <button type="button" class="link" onClick={() => onSelect(r.id)}>
                {r.title}
              </button>
            </th>
            <td>{r.category}</td>
            <td class={`status-${r.status}`}>
              <span aria-hidden="true">{statusIcon[r.status]}</span> {statusLabel[r.status]}
            </td>
            <td>
              {r.score}/{r.maxScore}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
