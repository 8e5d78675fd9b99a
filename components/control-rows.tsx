import type { ComponentChildren } from 'preact';
import type { DisposedControl } from '../lib/engine/history/dispositions';
import { frameworkRef, type Lens } from '../lib/engine/score/frameworks';
import { outOfScoreWhy, pointsText } from '../lib/engine/score/score';
import { borrowedOf, BORROWED_FROM, type Borrowed } from '../lib/engine/secure-score/borrowed';
import { dayOf, measuredDay } from '../lib/engine/secure-score/microsoft-status';
import type { Category } from '../lib/engine/verdict/status';
import { BorrowedTags } from './borrowed-tags';
import { shownStatus } from './disposition-status';
import { NewTag } from './new-tag';
import { ReviewTag } from './review-tag';

export const CATEGORY_LABEL: Record<Category, string> = {
  identity: 'Identity',
  data: 'Data',
  device: 'Device',
  apps: 'Apps',
};

/** A borrowed verdict, aged against the scan when the table knows its time (as the popup does). */
function borrowedFor(
  r: DisposedControl,
  scannedAt: string | undefined,
): Pick<Borrowed, 'measuredAt' | 'stale' | 'attestation'> | undefined {
  if (r.source !== 'microsoft' || !r.microsoft) return undefined;
  if (scannedAt) return borrowedOf(r, scannedAt);
  return {
    measuredAt: r.microsoft.measuredAt,
    stale: r.microsoft.stale === true,
    ...(r.microsoft.attestation ? { attestation: r.microsoft.attestation.says } : {}),
  };
}

/** One control: its title (which opens the detail), framework id, category, status, and points or "—" and why. */
export function ControlRow({
  r,
  lens,
  showRef,
  selected,
  onSelect,
  scannedAt,
  isNew,
}: {
  r: DisposedControl;
  lens: Lens;
  showRef: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
  scannedAt?: string;
  /** New to the tenant and not yet seen (issue 15 §5). */
  isNew?: boolean;
}) {
  const shown = shownStatus(r);
  const why = outOfScoreWhy(r);
  return (
    <tr aria-selected={selected === r.id} class={selected === r.id ? 'selected' : ''}>
      <th scope="row">
        <button type="button" class="link" onClick={() => onSelect(r.id)}>
          {r.title}
        </button>
        <span class="control-id muted">
          {' '}
          {r.id}
          {r.licence && ` · needs ${r.licence}`}
        </span>
        {r.source === 'microsoft' && r.microsoft && <BorrowedTags borrowed={borrowedFor(r, scannedAt)} />}
        <ReviewTag review={r.review} />
        <NewTag isNew={isNew} />
      </th>
      {showRef && <td>{frameworkRef(r, lens)}</td>}
      <td>{CATEGORY_LABEL[r.category]}</td>
      <td class={shown.className}>
        <span aria-hidden="true">{shown.icon}</span> {shown.label}
        {r.disposition?.kind === 'planned' && <span class="tag disposition-tag"> Planned</span>}
      </td>
      <td>
        {pointsText(r)}
        {why && <span class="muted points-why"> {why}</span>}
      </td>
    </tr>
  );
}

/** "measured 23 Nov 2026", or the first and last day when Microsoft's rows were measured on several. */
export function measuredSpan(rows: readonly DisposedControl[], scannedAt: string | undefined): string | undefined {
  const days = [
    ...new Set(rows.flatMap((r) => (borrowedFor(r, scannedAt) ? [dayOf(borrowedFor(r, scannedAt)!.measuredAt)] : []))),
  ].sort();
  if (days.length === 0) return undefined;
  const [first, last] = [measuredDay(days[0]!), measuredDay(days.at(-1)!)];
  return days.length === 1 ? `measured ${first}` : `measured ${first} to ${last}`;
}

/**
 * Microsoft Secure Score's rows as one labelled group after ours: a header that says whose, when and how
 * many, and opens or closes the group (collapsed by default, so our own findings lead).
 */
export function BorrowedGroup({
  rows,
  columns,
  open,
  onToggle,
  scannedAt,
  children,
}: {
  rows: readonly DisposedControl[];
  columns: number;
  open: boolean;
  onToggle: () => void;
  scannedAt?: string;
  children: ComponentChildren;
}) {
  const measured = measuredSpan(rows, scannedAt);
  const label = [
    `From ${BORROWED_FROM}`,
    ...(measured ? [measured] : []),
    `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`,
  ];
  return (
    <tbody class="borrowed-group" aria-label={`From ${BORROWED_FROM}`}>
      <tr class="group-head">
        <th scope="rowgroup" colSpan={columns}>
          <button type="button" class="link group-toggle" aria-expanded={open} onClick={onToggle}>
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {label.join(' · ')}
          </button>
        </th>
      </tr>
      {open && children}
    </tbody>
  );
}
