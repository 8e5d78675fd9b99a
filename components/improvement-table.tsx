import { useState } from 'preact/hooks';
import type { DisposedScan } from '../lib/engine/history/dispositions';
import { rankedImprovements } from '../lib/engine/score/improvements';
import { borrowedOf } from '../lib/engine/secure-score/borrowed';
import { BorrowedTags } from './borrowed-tags';
import { ReviewTag } from './review-tag';
import { levelText } from './improvement-list';
import { shownPoints } from '../lib/engine/format/points';

/** Rows shown before "Show all": the popup's five and the CLI's default ten fit in it. */
export const FIRST_ROWS = 10;

/**
 * The dashboard's improvement actions: the engine's one ranking, with the columns it is ranked by
 * (Secure Score's), so the order explains itself. Each action opens its control's detail.
 */
export function ImprovementTable({ scan, onSelect }: { scan: DisposedScan; onSelect: (id: string) => void }) {
  const [all, setAll] = useState(false);
  const ranked = rankedImprovements(scan);
  const shown = all ? ranked : ranked.slice(0, FIRST_ROWS);
  const byId = new Map(scan.controls.map((c) => [c.id, c]));
  return (
    <section class="improvement-actions" aria-labelledby="h-improvements">
      <h2 id="h-improvements">Improvement actions</h2>
      {ranked.length === 0 ? (
        <p class="muted">Nothing left to gain among the controls decided.</p>
      ) : (
        <>
          <p class="muted">
            Most points to gain first; then low user impact, then low implementation cost. Posture Lens' own findings
            lead: Microsoft Secure Score's rows stay a minority of any top of the list.
          </p>
          <table class="controls improvements-table">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">Improvement action</th>
                <th scope="col">Points to gain</th>
                <th scope="col">User impact</th>
                <th scope="col" title="Implementation cost">
                  Cost
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i, n) => {
                const control = byId.get(i.id);
                const borrowed = control && borrowedOf(control, scan.scannedAt);
                return (
                  <tr key={i.id}>
                    <td>{n + 1}</td>
                    <th scope="row">
                      <button type="button" class="link" onClick={() => onSelect(i.id)}>
                        {i.title}
                      </button>
                      {i.planned && <span class="tag disposition-tag">Planned</span>}
                      {borrowed && <BorrowedTags borrowed={borrowed} />}
                      <ReviewTag review={i.review} />
                    </th>
                    <td class="imp-num">{shownPoints(i.pointsToGain)}</td>
                    <td>{levelText(i.userImpact)}</td>
                    <td>{levelText(i.implementationCost)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {ranked.length > FIRST_ROWS && (
            <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
              {all ? `Show the first ${FIRST_ROWS}` : `Show all ${ranked.length} improvement actions`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
