import { useState } from 'preact/hooks';
import { frameworks, type Lens } from '../lib/engine/score/frameworks';
import { filterLabels, type TenantFilter, type TenantQuery } from './tenants-query';

const LENSES: readonly { id: Lens; label: string }[] = [
  { id: 'all', label: 'All controls' },
  ...frameworks.map((f) => ({ id: f.id, label: f.short })),
];
const FILTERS = Object.keys(filterLabels) as TenantFilter[];
const CONCURRENCY = Array.from({ length: 10 }, (_, i) => i + 1);

/** Search, filter, the framework every score is read through, and the stale threshold. */
export function TenantsFilters(props: {
  query: TenantQuery;
  onQuery: (q: TenantQuery) => void;
  staleAfterDays: number;
  onStaleAfter: (days: number) => void;
}) {
  const { query, onQuery } = props;
  const [stale, setStale] = useState(String(props.staleAfterDays));
  const days = Number(stale);
  const validStale = Number.isInteger(days) && days >= 1 && days <= 365;
  return (
    <div class="tenants-filters">
      <label>
        Search{' '}
        <input type="search" value={query.text} onInput={(e) => onQuery({ ...query, text: e.currentTarget.value })} />
      </label>
      <label>
        Show{' '}
        <select
          value={query.filter}
          onChange={(e) => onQuery({ ...query, filter: e.currentTarget.value as TenantFilter })}
        >
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {filterLabels[f]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Compare by{' '}
        <select value={query.lens} onChange={(e) => onQuery({ ...query, lens: e.currentTarget.value as Lens })}>
          {LENSES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <form
        class="stale-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (validStale) props.onStaleAfter(days);
        }}
      >
        <label>
          Stale after{' '}
          <input
            type="number"
            min={1}
            max={365}
            value={stale}
            aria-invalid={!validStale}
            onInput={(e) => setStale(e.currentTarget.value)}
          />{' '}
          days
        </label>{' '}
        <button type="submit" disabled={!validStale || days === props.staleAfterDays}>
          Save
        </button>
      </form>
    </div>
  );
}

/** Select all or none, then scan the selected tenants a few at a time, or cancel every scan. */
export function TenantsScanBar(props: {
  selectable: number;
  selected: number;
  running: boolean;
  onSelectAll: () => void;
  onSelectNone: () => void;
  onScan: (concurrency: number) => void;
  onCancelAll: () => void;
}) {
  const [concurrency, setConcurrency] = useState(3);
  return (
    <div class="tenants-scan-bar">
      <button type="button" onClick={props.onSelectAll} disabled={props.selectable === 0}>
        Select all
      </button>
      <button type="button" onClick={props.onSelectNone} disabled={props.selected === 0}>
        Select none
      </button>
      <span class="muted">{props.selected} selected</span>
      <label>
        At once{' '}
        <select value={concurrency} onChange={(e) => setConcurrency(Number(e.currentTarget.value))}>
          {CONCURRENCY.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="primary" disabled={props.selected === 0} onClick={() => props.onScan(concurrency)}>
        Scan selected
      </button>
      {props.running && (
        <button type="button" onClick={props.onCancelAll}>
          Cancel all
        </button>
      )}
    </div>
  );
}
