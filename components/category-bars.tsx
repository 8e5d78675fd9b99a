import type { ScoreSummary } from '../lib/engine/score/score';
import { categories, type Category } from '../lib/engine/verdict/status';
import { bandOf } from '../lib/engine/score/score-band';
import { wholePoints } from '../lib/engine/format/points';

const LABEL: Record<Category, string> = { identity: 'Identity', data: 'Data', device: 'Device', apps: 'Apps' };

export function CategoryBars({ byCategory }: { byCategory: ScoreSummary['byCategory'] }) {
  return (
    <ul class="category-bars" aria-label="Score by category">
      {categories.map((c) => {
        const p = byCategory[c];
        const none = p.available === 0;
        return (
          <li key={c}>
            <span class="cat-label">{LABEL[c]}</span>
            <span
              class="cat-bar"
              role="meter"
              aria-label={`${LABEL[c]} score`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={p.percent}
              aria-valuetext={
                none
                  ? 'no controls scored yet'
                  : `${p.percent}%, ${wholePoints(p.achieved)} of ${wholePoints(p.available)} points`
              }
            >
              <span class={`cat-fill band-${bandOf(p.percent).id}`} style={{ width: `${none ? 0 : p.percent}%` }} />
            </span>
            <span class="cat-value">{none ? '—' : `${wholePoints(p.achieved)}/${wholePoints(p.available)}`}</span>
          </li>
        );
      })}
    </ul>
  );
}
