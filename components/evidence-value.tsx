/**
 * One evidence value as text: ids named ("Break Glass 01 (41a6…)"), null as "not set", booleans as
 * Yes/No, lists one item a line with the rest behind "and N more". Graph strings are attacker-controlled:
 * everything here is rendered as text.
 */
import { fieldLabel } from './evidence-label';

/** Names by id (lower case): the scan's directory names and the evidence's own. */
export type IdNames = ReadonlyMap<string, string>;

/** Items shown before a list collapses. */
export const SHOWN_ITEMS = 5;

/** A scalar as text; objects as compact JSON (nested lists of objects are rare and stay exact). */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return 'not set';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function Scalar({ value, names }: { value: unknown; names: IdNames }) {
  if (value === null || value === undefined) return <span class="muted">not set</span>;
  const name = typeof value === 'string' ? names.get(value.toLowerCase()) : undefined;
  if (name !== undefined)
    return (
      <>
        {name} <span class="ev-id">({value as string})</span>
      </>
    );
  return <>{scalarText(value)}</>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list, one item a line; past SHOWN_ITEMS, the rest behind a disclosure that says how many. */
function List({ items, names, depth }: { items: readonly unknown[]; names: IdNames; depth: number }) {
  if (items.length === 0) return <span class="muted">none</span>;
  const item = (v: unknown, i: number) => (
    <li key={i}>
      <EvidenceValue value={v} names={names} depth={depth + 1} />
    </li>
  );
  const rest = items.slice(SHOWN_ITEMS);
  return (
    <>
      <ul class="ev-list">{items.slice(0, SHOWN_ITEMS).map(item)}</ul>
      {rest.length > 0 && (
        <details class="ev-more">
          <summary>and {rest.length} more</summary>
          <ul class="ev-list">{rest.map((v, i) => item(v, i + SHOWN_ITEMS))}</ul>
        </details>
      )}
    </>
  );
}

/** An object's fields as "label: value" lines, two levels deep; deeper, compact JSON. */
function ObjectFields({ value, names, depth }: { value: Record<string, unknown>; names: IdNames; depth: number }) {
  const entries = Object.entries(value);
  if (entries.length === 0) return <span class="muted">empty</span>;
  return (
    <ul class="ev-list ev-object">
      {entries.map(([k, v]) => (
        <li key={k}>
          <span class="ev-sublabel" title={k}>
            {fieldLabel(k)}:
          </span>{' '}
          <EvidenceValue value={v} names={names} depth={depth + 1} />
        </li>
      ))}
    </ul>
  );
}

export function EvidenceValue({ value, names, depth = 0 }: { value: unknown; names: IdNames; depth?: number }) {
  if (depth > 2) return <>{scalarText(value)}</>;
  if (Array.isArray(value)) return <List items={value} names={names} depth={depth} />;
  if (isPlainObject(value)) return <ObjectFields value={value} names={names} depth={depth} />;
  return <Scalar value={value} names={names} />;
}
