/**
 * The dashboard's Tenants view (`dashboard.html#tenants`, issue 16 §2): the overview and its messages.
 * Scan statuses are pushed on TENANT_SCANS_PORT; a tenant's scan finishing reloads the overview.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OverviewExport } from '../../components/overview-export';
import { TemplatesPanel } from '../../components/templates-panel';
import { TenantsPage } from '../../components/tenants-page';
import { catalogue } from '../../controls';
import {
  TENANT_SCANS_PORT,
  type GdapCustomersView,
  type TenantScansView,
  type TenantsOverview,
} from '../../lib/messaging/partner-protocol';
import { send } from '../../lib/messaging/send';
import { download } from './download';
import { useTemplates } from './use-templates';

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
/** Tenants whose scan has ended (scanned, failed, needing consent), to tell when another one has. */
const endedOf = (v: TenantScansView): string =>
  v.tenants
    .filter((t) => t.finishedAt !== null && t.state !== 'cancelled')
    .map((t) => `${t.tenantId}|${t.finishedAt}`)
    .join(',');

export function TenantsView() {
  const [overview, setOverview] = useState<TenantsOverview | null>(null);
  const [scans, setScans] = useState<TenantScansView | null>(null);
  const [gdap, setGdap] = useState<GdapCustomersView | null>(null);
  const [gdapBusy, setGdapBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ended = useRef('');
  const fail = (e: unknown) => setError(messageOf(e));
  const load = () =>
    send('pages', 'getTenantsOverview', null).then((o) => {
      setOverview(o);
      setError(null);
    }, fail);

  useEffect(() => {
    void load();
    const take = (v: TenantScansView) => {
      setScans(v);
      const now = endedOf(v);
      if (now === ended.current) return;
      ended.current = now;
      void load();
    };
    send('pages', 'getTenantScans', null).then((v) => {
      ended.current = endedOf(v);
      setScans(v);
    }, fail);
    const port = browser.runtime.connect({ name: TENANT_SCANS_PORT });
    port.onMessage.addListener((v: TenantScansView) => take(v));
    return () => port.disconnect();
  }, []);

  const answer = (sent: Promise<TenantsOverview>) => sent.then(setOverview, fail);
  /** Shows the tenant, then reloads the dashboard at `hash`, so everything on it is that tenant's. */
  const showThen = (tenantId: string, hash: string) =>
    void send('pages', 'showTenant', { tenantId }).then(() => {
      location.hash = hash;
      location.reload();
    }, fail);
  const templates = useTemplates(setOverview, fail);
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  return (
    <TenantsPage
      overview={overview}
      scans={scans}
      gdap={gdap}
      gdapBusy={gdapBusy}
      error={error}
      now={now}
      exports={(shown) =>
        overview && (
          <OverviewExport
            overview={overview}
            shown={shown.rows}
            filter={shown.filter}
            lens={shown.lens}
            now={now}
            onDownload={download}
          />
        )
      }
      templates={(selected) => (
        <TemplatesPanel
          {...templates}
          selected={selected}
          controls={catalogue}
          today={today}
          onExport={(text) =>
            download({
              name: `posture-lens-templates-${today}.json`,
              type: 'application/json',
              text,
            })
          }
        />
      )}
      actions={{
        // The dashboard's main view, now of that tenant.
        onOpen: (tenantId) => showThen(tenantId, ''),
        onRemove: (tenantId) => void answer(send('pages', 'removeCustomerTenant', { tenantId })),
        onScan: (tenantIds, concurrency) =>
          void send('pages', 'scanTenants', { tenantIds, concurrency }).then(setScans, fail),
        onCancel: (tenantId) => void send('pages', 'cancelTenantScans', { tenantId }).then(setScans, fail),
        onStaleAfter: (staleAfterDays) => void answer(send('pages', 'setOverviewPrefs', { staleAfterDays })),
        onPartnerName: (partnerName) => void answer(send('pages', 'setOverviewPrefs', { partnerName })),
        // The tenant's print view (entrypoints/dashboard/print-view.ts).
        onReport: (tenantId) => showThen(tenantId, '#print'),
        onAdd: (query) =>
          send('pages', 'addCustomerTenant', { query }).then(
            (r) => (r.ok ? (setOverview(r.overview), null) : r.error),
            messageOf,
          ),
        onListGdap: () => {
          setGdapBusy(true);
          send('pages', 'listGdapCustomers', null)
            .then(setGdap, (e: unknown) => setGdap({ ok: false, reason: messageOf(e) }))
            .finally(() => setGdapBusy(false));
        },
        onAddGdap: (tenantIds) =>
          void answer(send('pages', 'addGdapCustomers', { tenantIds })).then(() =>
            send('pages', 'listGdapCustomers', null).then(setGdap, fail),
          ),
      }}
    />
  );
}

/** The Tenants view's page: its header links back to the dashboard's main view. */
export function TenantsShell() {
  return (
    <main class="page page-wide">
      <header class="page-head">
        <h1>Posture Lens</h1>
        <a href="#">Dashboard</a>
      </header>
      <TenantsView />
    </main>
  );
}

/** Whether the page shows the Tenants view: `#tenants`, followed as the hash changes. */
export function useTenantsRoute(): boolean {
  const [tenants, setTenants] = useState(location.hash === '#tenants');
  useEffect(() => {
    const onHash = () => setTenants(location.hash === '#tenants');
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return tenants;
}
