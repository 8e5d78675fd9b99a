/**
 * The partner view's pieces (issue 16) as the background wires them: the customer tenant list, the
 * Tenants overview, scans of several tenants at once, and templates, with their PartnerProtocol handlers.
 *
 * CONTRACT SKELETON (branch p16 only — never on main): each part's owner replaces its `notBuilt` lines
 * with the part's real handlers; the merge removes `notBuilt`.
 */
import type { Declarations } from '../engine/scan/declarations';
import type { Handlers } from '../messaging/handle';
import type { AppliedTemplate, PartnerProtocol } from '../messaging/partner-protocol';
import { createCustomerTenants } from '../store/customer-tenants';
import { createOverviewPrefs } from '../store/overview-prefs';
import type { DispositionStore } from '../store/disposition-store';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';
import type { AuthPort } from './auth-port';
import { createTenantsOverview } from './tenants-overview';
import type { ToolbarBadge } from './toolbar-badge';

export interface PartnerDeps {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  dispositions(): Promise<DispositionStore>;
  auth: AuthPort;
  /** Milliseconds since the epoch. */
  clock(): number;
  /** The resolver chosen under Settings › DNS checks, as a scan's `doh` option (absent: DNS checks off). */
  doh(): Promise<{ doh?: { url: string } }>;
  declarations(tenantId: string): Promise<Declarations>;
  badge: Pick<ToolbarBadge, 'showScore'>;
  /** Graph's fetch; the browser's unless a test passes the simulator's. */
  fetch?: typeof fetch;
}

type PartnerHandlers = Pick<Handlers['pages'], keyof PartnerProtocol>;

const notBuilt = (): Promise<never> => Promise.reject(new Error('Not built yet (issue 16 contract).'));
// MERGE (h16-templates): replace with the template store's `appliedTemplates(tenantId)`.
const noTemplatesYet = (): Promise<readonly AppliedTemplate[]> => Promise.resolve([]);

export function wirePartner(deps: PartnerDeps): { handlers: PartnerHandlers } {
  const customers = createCustomerTenants(() => deps.getDb());
  const overview = createTenantsOverview({
    ...deps,
    customers,
    prefs: createOverviewPrefs(() => deps.getDb()),
    appliedTemplates: noTemplatesYet,
  });
  return {
    handlers: {
      // h16-overview
      getTenantsOverview: () => overview.read(),
      setOverviewPrefs: (prefs) => overview.setPrefs(prefs),
      // h16-tenants
      addCustomerTenant: notBuilt,
      addGdapCustomers: notBuilt,
      removeCustomerTenant: notBuilt,
      listGdapCustomers: notBuilt,
      showTenant: notBuilt,
      // h16-scans
      scanTenants: notBuilt,
      cancelTenantScans: notBuilt,
      getTenantScans: notBuilt,
      // h16-templates
      getTemplates: notBuilt,
      saveTemplate: notBuilt,
      deleteTemplate: notBuilt,
      importTemplates: notBuilt,
      applyTemplate: notBuilt,
    },
  };
}
