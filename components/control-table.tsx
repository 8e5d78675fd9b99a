import { useState } from 'preact/hooks';
import { frameworks, lensScore, type Lens } from '../lib/engine/score/frameworks';
import { BorrowedGroup, CATEGORY_LABEL, ControlRow } from './control-rows';
import type { DisposedControl } from '../lib/engine/history/dispositions';
import { categories, Status, type Category } from '../lib/engine/verdict/status';
import {
  ANY_LICENCE,
  NO_LICENCE,
  applyQuery,
  firstDir,
  licencesOf,
  reviewQuery,
  type ControlQuery,
  type SortKey,
} from './control-query';
import { statusLabel } from '../lib/engine/verdict/status-words';
import { wholePoints } from '../lib/engine/format/points';

export { sortForReview } from './control-query';

const statuses = Object.values(Status);
const isCategory = (s: string): s is Category => (categories as readonly string[]).includes(s);
const isStatus = (s: string): s is Status => (statuses as readonly string[]).includes(s);

const LENSES: ReadonlyArray<{ id: Lens; label: string }> = [
  { id: 'all', label: 'All' },
  ...frameworks.map((f) => ({ id: f.id, label: f.label })),
];

function SortHeader({
  label,
  hint,
  sortKey,
  query,
  onSort,
}: {
  label: string;
  hint?: string;
  sortKey: SortKey;
  query: ControlQuery;
  onSort: (key: SortKey) => void;
}) {
  const active = query.sort === sortKey;
  return (
    <th scope="col" aria-sort={active ? query.dir : undefined}>
      <button
        type="button"
        class="sort"
        title={hint ?? `Sort by ${label.toLowerCase()}`}
        onClick={() => onSort(sortKey)}
      >
        {label}
        <span aria-hidden="true" class="sort-mark">
          {active ? (query.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * The scan's controls: a framework lens with its score, filters by category, status and licence,
 * a search over title, id, reason and references, and sortable columns. Failing first until asked otherwise.
 */
export function ControlTable({
  results,
  selected,
  onSelect,
  initialQuery = reviewQuery,
  scannedAt,
  newIds,
}: {
  results: readonly DisposedControl[];
  /** The scan's time, to age borrowed verdicts stored before their stale flag was (as the popup does). */
  scannedAt?: string;
  selected: string | null;
  onSelect: (id: string) => void;
  initialQuery?: ControlQuery;
  /** Controls new to the tenant and not yet seen: tagged "New" (issue 15 §5). */
  newIds?: ReadonlySet<string>;
}) {
  const [query, setQuery] = useState<ControlQuery>(initialQuery);
  const set = (patch: Partial<ControlQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const onSort = (key: SortKey) =>
    setQuery((q) =>
      q.sort === key
        ? { ...q, dir: q.dir === 'ascending' ? 'descending' : 'ascending' }
        : { ...q, sort: key, dir: firstDir(key) },
    );

  const lens = LENSES.find((l) => l.id === query.lens) ?? LENSES[0]!;
  const framework = frameworks.find((f) => f.id === query.lens);
  const inLens = applyQuery(results, { ...reviewQuery, lens: query.lens });
  const rows = applyQuery(results, query);
  // Posture Lens' own findings lead; Microsoft's borrowed rows follow as one group, collapsed until asked.
  const own = rows.filter((r) => r.source !== 'microsoft');
  const borrowed = rows.filter((r) => r.source === 'microsoft');
  const [groupOpen, setGroupOpen] = useState(false);
  const rowOf = (r: (typeof rows)[number]) => (
    <ControlRow
      key={r.id}
      r={r}
      lens={query.lens}
      showRef={!!framework}
      isNew={newIds?.has(r.id) ?? false}
      selected={selected}
      onSelect={onSelect}
      {...(scannedAt ? { scannedAt } : {})}
    />
  );
  const score = lensScore(results, query.lens);
  const filtered =
    query.category !== 'all' ||
    query.status !== 'all' ||
    query.licence !== ANY_LICENCE ||
    query.search !== '' ||
    (query.source ?? 'all') !== 'all';
  const noun = framework ? `${framework.label} controls` : 'controls';

  return (
    <section class="control-table" aria-label="Controls">
      <fieldset class="lens">
        <legend>Framework</legend>
        {LENSES.map((l) => (
          <label key={l.id} class={query.lens === l.id ? 'lens-option active' : 'lens-option'}>
            <input
              type="radio"
              name="lens"
              value={l.id}
              checked={query.lens === l.id}
              onChange={() => set({ lens: l.id })}
            />{' '}
            {l.label}
          </label>
        ))}
      </fieldset>
      <p class="lens-score" role="status">
        <strong>{lens.id === 'all' ? 'All controls' : lens.label}</strong>: {score.percent}% ·{' '}
        {wholePoints(score.achieved)} of {wholePoints(score.available)} points
      </p>
      <div class="filters">
        <div class="filter">
          <label for="ct-category">Category</label>
          <select
            id="ct-category"
            value={query.category}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ category: isCategory(v) ? v : 'all' });
            }}
          >
            <option value="all">All categories</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="ct-status">Status</label>
          <select
            id="ct-status"
            value={query.status}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ status: isStatus(v) || v === 'review' ? v : 'all' });
            }}
          >
            <option value="all">All statuses</option>
            {statuses.map((s) => (
              <option key={s} value={s}>
                {statusLabel[s]}
              </option>
            ))}
            <option value="review">Reviews (attested, not measured)</option>
          </select>
        </div>
        <div class="filter">
          <label for="ct-licence">Licence needed</label>
          <select id="ct-licence" value={query.licence} onChange={(e) => set({ licence: e.currentTarget.value })}>
            <option value={ANY_LICENCE}>Any</option>
            <option value={NO_LICENCE}>None beyond the base plan</option>
            {licencesOf(results).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="ct-source">Decided by</label>
          <select
            id="ct-source"
            value={query.source ?? 'all'}
            onChange={(e) => {
              const v = e.currentTarget.value;
              set({ source: v === 'posture-lens' || v === 'microsoft' ? v : 'all' });
            }}
          >
            <option value="all">Anyone</option>
            <option value="posture-lens">Posture Lens</option>
            <option value="microsoft">Microsoft Secure Score</option>
          </select>
        </div>
        <div class="filter filter-search">
          <label for="ct-search">Search</label>
          <input
            id="ct-search"
            type="search"
            placeholder="Title, id, reason or reference"
            value={query.search}
            onInput={(e) => set({ search: e.currentTarget.value })}
          />
        </div>
        {filtered && (
          <button
            type="button"
            onClick={() => set({ category: 'all', status: 'all', licence: ANY_LICENCE, search: '', source: 'all' })}
          >
            Clear filters
          </button>
        )}
      </div>
      <table class="controls">
        <caption class="muted" aria-live="polite">
          {rows.length === inLens.length
            ? `${rows.length} ${noun}`
            : `Showing ${rows.length} of ${inLens.length} ${noun}`}
        </caption>
        <thead>
          <tr>
            <SortHeader label="Control" sortKey="title" query={query} onSort={onSort} />
            {framework && <th scope="col">{framework.short} id</th>}
            <SortHeader label="Category" sortKey="category" query={query} onSort={onSort} />
            <SortHeader label="Status" sortKey="status" query={query} onSort={onSort} />
            <SortHeader label="Points" hint="Sort by points at stake" sortKey="stake" query={query} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={framework ? 5 : 4} class="muted">
                No controls match these filters.
              </td>
            </tr>
          )}
          {own.map(rowOf)}
        </tbody>
        {borrowed.length > 0 && (
          <BorrowedGroup
            rows={borrowed}
            columns={framework ? 5 : 4}
            open={groupOpen || query.source === 'microsoft' || own.length === 0}
            onToggle={() => setGroupOpen((o) => !o)}
            {...(scannedAt ? { scannedAt } : {})}
          >
            {borrowed.map(rowOf)}
          </BorrowedGroup>
        )}
      </table>
    </section>
  );
}
