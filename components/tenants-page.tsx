import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type {
  GdapCustomersView,
  TenantScansView,
  TenantScanStatus,
  TenantsOverview,
  TenantRow,
} from '../lib/messaging/partner-protocol';
import type { Lens } from '../lib/engine/score/frameworks';
import type { SelectedTenant } from './template-apply';
import { AddTenantForm, GdapCustomers } from './tenants-add';
import { PartnerNameForm } from './tenants-partner-name';
import { applyTenantQuery, filterLabels, startQuery, toggled, type TenantQuery } from './tenants-query';
import { isScannable } from './tenants-row';
import { TenantsTable } from './tenants-table';
import { TenantsFilters, TenantsScanBar } from './tenants-toolbar';

/** The rows the page shows, and the filter's words ("regressed", “contoso”) or null when nothing is filtered. */
export interface ShownTenants {
  readonly rows: readonly TenantRow[];
  readonly filter: string | null;
  readonly lens: Lens;
}

const filterWords = (q: TenantQuery): string | null =>
  [q.text.trim() && `“${q.text.trim()}”`, q.filter !== 'all' && filterLabels[q.filter].toLowerCase()]
    .filter(Boolean)
    .join(', ') || null;

export interface TenantsPageActions {
  onOpen: (tenantId: string) => void;
  onRemove: (tenantId: string) => void;
  onScan: (tenantIds: readonly string[], concurrency: number) => void;
  /** One tenant's scan, or every one with null. */
  onCancel: (tenantId: string | null) => void;
  onStaleAfter: (days: number) => void;
  /** Saves the name printed on reports and exports ("Prepared by …"). */
  onPartnerName: (name: string) => void;
  /** Opens the tenant's printable report. */
  onReport: (tenantId: string) => void;
  /** Answers the refusal's sentence, or null when added. */
  onAdd: (query: string) => Promise<string | null>;
  onListGdap: () => void;
  onAddGdap: (tenantIds: readonly string[]) => void;
}

/**
 * The Tenants overview (issue 16 §2): every tenant's row, sorted and filtered here, "Scan selected"
 * with per-row progress, adding tenants by hand or from GDAP; the export buttons and the templates panel
 * are rendered by the page's owner with the rows shown and the tenants selected here.
 */
export function TenantsPage(props: {
  overview: TenantsOverview | null;
  scans: TenantScansView | null;
  gdap: GdapCustomersView | null;
  gdapBusy: boolean;
  error: string | null;
  now: number;
  actions: TenantsPageActions;
  /** The templates panel, given the tenants selected here. */
  templates?: (selected: readonly SelectedTenant[]) => ComponentChildren;
  /** The export buttons, given the rows shown and how they were chosen. */
  exports?: (shown: ShownTenants) => ComponentChildren;
}) {
  const { overview, actions } = props;
  const [query, setQuery] = useState<TenantQuery>(startQuery);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const all = overview?.rows ?? [];
  const scannable = all.filter(isScannable).map((r) => r.tenantId);
  const selected = new Set([...picked].filter((id) => scannable.includes(id)));
  const scans = new Map<string, TenantScanStatus>((props.scans?.tenants ?? []).map((s) => [s.tenantId, s]));
  const stale = overview?.staleAfterDays ?? 7;
  const rows = applyTenantQuery(all, query, stale, props.now);
  const toggle = (id: string, on: boolean) => setPicked((p) => toggled(p, id, on));
  return (
    <section class="tenants-page" aria-labelledby="h-tenants">
      <h2 id="h-tenants">Tenants</h2>
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
      {!overview && !props.error && <p class="muted">Reading every tenant's history…</p>}
      {overview && (
        <>
          <TenantsFilters query={query} onQuery={setQuery} staleAfterDays={stale} onStaleAfter={actions.onStaleAfter} />
          <TenantsScanBar
            selectable={scannable.length}
            selected={selected.size}
            running={props.scans?.running ?? false}
            onSelectAll={() => setPicked(new Set(scannable))}
            onSelectNone={() => setPicked(new Set())}
            onScan={(concurrency) => actions.onScan([...selected], concurrency)}
            onCancelAll={() => actions.onCancel(null)}
          />
          <TenantsTable
            rows={rows}
            query={query}
            onQuery={setQuery}
            staleAfterDays={stale}
            now={props.now}
            selected={selected}
            scans={scans}
            actions={{ ...actions, onToggle: toggle }}
          />
          <p class="muted">
            {rows.length === all.length
              ? `${all.length} tenant${all.length === 1 ? '' : 's'}`
              : `${rows.length} of ${all.length} tenants shown`}
          </p>
        </>
      )}
      <div class="tenants-add">
        <AddTenantForm onAdd={actions.onAdd} />
        <GdapCustomers view={props.gdap} busy={props.gdapBusy} onList={actions.onListGdap} onAdd={actions.onAddGdap} />
      </div>
      {overview && <PartnerNameForm name={overview.partnerName} onSave={actions.onPartnerName} />}
      {overview && props.exports && (
        <div class="tenants-exports">{props.exports({ rows, filter: filterWords(query), lens: query.lens })}</div>
      )}
      {overview && props.templates && (
        <div class="tenants-templates">
          {props.templates(
            all.filter((r) => selected.has(r.tenantId)).map((r) => ({ tenantId: r.tenantId, name: r.name })),
          )}
        </div>
      )}
    </section>
  );
}
