/**
 * The partner view's pieces (issue 16) as the background wires them: the customer tenant list, the
 * Tenants overview, scans of several tenants at once, and templates, with their PartnerProtocol handlers.
 */
import type { Declarations } from '../engine/scan/declarations';
import type { ScanResult } from '../engine/scan/run-scan';
import type { ScanScheduleView } from '../messaging/protocol';
import type { ScanEvery } from '../scanner/scan-schedule';
import type { Handlers } from '../messaging/handle';
import type { PartnerProtocol } from '../messaging/partner-protocol';
import { createCustomerTenants } from '../store/customer-tenants';
import { createOverviewPrefs } from '../store/overview-prefs';
import type { DispositionStore } from '../store/disposition-store';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';
import type { AuthPort } from './auth-port';
import { customerTenantHandlers } from './customer-tenant-handlers';
import { createTemplates } from './templates';
import { wireCustomerSchedules } from './customer-schedules';
import type { ServiceReaders } from './service-readers';
import { listenForTenantScans } from './tenant-scans-port';
import type { TenantScanLocks } from './tenant-scan-locks';
import { DEFAULT_TENANT_SCAN_CONCURRENCY } from './tenant-scan-queue';
import { createTenantScans, type TenantScans } from './tenant-scans';
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
  badge: Pick<ToolbarBadge, 'showScore' | 'showNotScanned'>;
  /** Graph's fetch; the browser's unless a test passes the simulator's. */
  fetch?: typeof fetch;
  /** The sign-in host's fetch (a tenant's OpenID configuration); the browser's unless a test passes a fake. */
  loginFetch?: typeof fetch;
  /** The tenants being scanned now, shared with "Scan now": no tenant is scanned twice at once. */
  locks: TenantScanLocks;
  /** The admin services a signed-in account's own tenant reads (issue 17); customer tenants read none. */
  services?: Pick<ServiceReaders, 'forSignedIn' | 'afterScan'>;
  /** After a scheduled scan of a tenant is saved: the watch (lib/background/watch-alerts.ts). */
  afterScheduledScan?(previous: ScanResult | null, scan: ScanResult): Promise<unknown>;
  /** The signed-in tenant's scan schedule (lib/background/scheduled-scans.ts); customer tenants have their own. */
  signedInSchedule: { view(): Promise<ScanScheduleView>; set(every: ScanEvery): Promise<ScanScheduleView> };
}

export interface PartnerWiring {
  handlers: PartnerHandlers;
  tenantScans: TenantScans;
  /** The Connect page's schedule control: the shown tenant's choice, a customer tenant's own. */
  schedule: { view(): Promise<ScanScheduleView>; set(every: ScanEvery): Promise<ScanScheduleView> };
  /** At worker start-up: the tenant scans port and the customer tenants' schedule alarm. */
  start(): void;
}

type PartnerHandlers = Pick<Handlers['pages'], keyof PartnerProtocol>;

export function wirePartner(deps: PartnerDeps): PartnerWiring {
  const customers = createCustomerTenants(() => deps.getDb());
  const browserFetch: typeof fetch = (input, init) => fetch(input, init);
  const tenants = customerTenantHandlers({
    customers,
    auth: deps.auth,
    getStore: () => deps.getStore(),
    badge: deps.badge,
    // Every change is answered with the overview's rows as they are now.
    overview: () => partner.handlers.getTenantsOverview(null, {}),
    clock: () => deps.clock(),
    loginFetch: deps.loginFetch ?? browserFetch,
    graphFetch: deps.fetch ?? browserFetch,
  });
  // Applying a template answers with the overview as it then is (getTenantsOverview, below).
  // `templates.appliedTemplates(tenantId)` is what the overview's rows list as applied.
  const templates = createTemplates({
    ...deps,
    customers,
    overview: () => partner.handlers.getTenantsOverview(null, {}),
  });
  const tenantScans = createTenantScans({ ...deps, customers });
  const schedules = wireCustomerSchedules({
    ...deps,
    paused: () => deps.auth.paused(),
    tenantScans,
    signedIn: deps.signedInSchedule,
  });
  const overview = createTenantsOverview({
    ...deps,
    customers,
    prefs: createOverviewPrefs(() => deps.getDb()),
    appliedTemplates: (tenantId) => templates.appliedTemplates(tenantId),
  });
  const partner: PartnerWiring = {
    tenantScans,
    schedule: schedules.schedule,
    start: () => {
      listenForTenantScans(tenantScans);
      void schedules.start();
    },
    handlers: {
      // The overview and its preferences.
      getTenantsOverview: () => overview.read(),
      setOverviewPrefs: (prefs) => overview.setPrefs(prefs),
      // Customer tenants: add, GDAP, remove, show.
      ...tenants,
      // Scan selected.
      scanTenants: ({ tenantIds, concurrency }) =>
        tenantScans.scan(tenantIds, { concurrency: concurrency ?? DEFAULT_TENANT_SCAN_CONCURRENCY }),
      cancelTenantScans: ({ tenantId }) => Promise.resolve(tenantScans.cancel(tenantId)),
      getTenantScans: () => Promise.resolve(tenantScans.view()),
      // Templates.
      ...templates.handlers,
    },
  };
  return partner;
}
