/**
 * Customer tenants (issue 16 §1): adding one by id or domain, adding the partner's GDAP customers,
 * removing one, and showing any known tenant. Only the list and the tenant shown change: every tenant's
 * scans, dispositions, declarations and settings stay under its own id, untouched.
 */
import { clouds } from '../graph/clouds';
import type { Handlers } from '../messaging/handle';
import type { AccountView, AuthState } from '../messaging/protocol';
import type { CustomerTenant, TenantsOverview } from '../messaging/partner-protocol';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import type { CustomerTenants } from '../store/customer-tenants';
import type { ScanStore } from '../store/scan-store';
import { followActiveAccount } from './active-account';
import type { AuthPort } from './auth-port';
import { readGdapCustomers, type GdapEntry } from './gdap-customers';
import { checkCustomerTenantQuery, discoverTenant } from './tenant-discovery';
import type { ToolbarBadge } from './toolbar-badge';

type PagesHandlers = Handlers['pages'];
type Handled = 'addCustomerTenant' | 'addGdapCustomers' | 'removeCustomerTenant' | 'listGdapCustomers' | 'showTenant';

export interface CustomerTenantDeps {
  customers: CustomerTenants;
  auth: Pick<AuthPort, 'state' | 'tokenWithScopes' | 'adminConsentUrl'>;
  getStore(): Promise<ScanStore>;
  badge: Pick<ToolbarBadge, 'showScore' | 'showNotScanned'>;
  /** Every tenant's row, as the Tenants page shows it (lib/background/tenants-overview.ts). */
  overview(): Promise<TenantsOverview>;
  /** Milliseconds since the epoch. */
  clock(): number;
  /** For the tenant's OpenID configuration on the sign-in host. */
  loginFetch: typeof fetch;
  /** Graph's. */
  graphFetch: typeof fetch;
  /** Injectable so tests never wait out a Retry-After. */
  sleep?: (ms: number) => Promise<void>;
}

export const SIGN_IN_FIRST = 'Sign in first: customer tenants are reached with your sign-in.';
/** How long a GDAP list read is trusted for adding from it; after that it is read again. */
export const GDAP_LIST_KEPT_MS = 5 * 60 * 1000;

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function customerTenantHandlers(deps: CustomerTenantDeps): Pick<PagesHandlers, Handled> {
  return { ...addTenantHandler(deps), ...gdapHandlers(deps), ...shownTenantHandlers(deps) };
}

const ownTenant = (state: AuthState, tenantId: string): AccountView | undefined =>
  state.accounts.find((a) => same(a.tenantId, tenantId));

/** A new entry in the list, reached with the active account's sign-in and recorded as added by it, now. */
const newTenant = (
  deps: Pick<CustomerTenantDeps, 'clock'>,
  active: AccountView,
  over: Pick<CustomerTenant, 'tenantId' | 'name' | 'domain' | 'source'>,
): CustomerTenant => ({
  ...over,
  accountId: active.id,
  addedAt: new Date(deps.clock()).toISOString(),
  addedBy: active.username,
});

function addTenantHandler(deps: CustomerTenantDeps): Pick<PagesHandlers, 'addCustomerTenant'> {
  const { customers, auth } = deps;
  return {
    async addCustomerTenant({ query }) {
      const state = await auth.state();
      const active = state.active;
      if (!active || !state.connection) return { ok: false, error: SIGN_IN_FIRST };
      const checked = checkCustomerTenantQuery(query);
      if (!checked.ok) return checked;
      const { value, kind } = checked.query;
      // The demo's made-up id is no real tenant, unless a simulated sign-in (the e2e harness) owns it.
      if (same(value, DEMO_TENANT_ID) && !ownTenant(state, value)) return { ok: false, error: DEMO_NEEDS_NO_ADDING };
      const found = await discoverTenant(deps.loginFetch, clouds[state.connection.cloud].authorityHost, checked.query);
      if (!found.ok) return found;
      const own = ownTenant(state, found.tenantId);
      if (own) {
        return {
          ok: false,
          error: `'${value}' is already yours: it is the tenant of ${own.username}, signed in here (${own.tenantName}).`,
        };
      }
      if (same(found.tenantId, DEMO_TENANT_ID)) return { ok: false, error: DEMO_NEEDS_NO_ADDING };
      const known = await customers.get(found.tenantId);
      if (known) return { ok: true, tenant: known, overview: await deps.overview() };
      const domain = kind === 'domain' ? value : null;
      const tenant = newTenant(deps, active, {
        tenantId: found.tenantId,
        name: domain ?? found.tenantId,
        domain,
        source: 'added',
      });
      await customers.put(tenant);
      return { ok: true, tenant, overview: await deps.overview() };
    },
  };
}

function gdapHandlers(deps: CustomerTenantDeps): Pick<PagesHandlers, 'listGdapCustomers' | 'addGdapCustomers'> {
  const { customers, auth } = deps;
  // The last GDAP list per account: what addGdapCustomers checks the page's ids against.
  const gdapLists = new Map<string, { at: number; customers: readonly GdapEntry[] }>();
  const gdapFor = async (state: AuthState, active: AccountView) => {
    const read = await readGdapCustomers({
      auth,
      homeTenantId: active.tenantId,
      graphRoot: clouds[state.connection?.cloud ?? 'global'].graphRoot,
      fetch: deps.graphFetch,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    });
    if (read.ok) gdapLists.set(active.id, { at: deps.clock(), customers: read.customers });
    return read;
  };
  const keptGdap = (active: AccountView): readonly GdapEntry[] | null => {
    const kept = gdapLists.get(active.id);
    return kept && deps.clock() - kept.at < GDAP_LIST_KEPT_MS ? kept.customers : null;
  };
  return {
    async listGdapCustomers() {
      const state = await auth.state();
      if (!state.active) return { ok: false, reason: SIGN_IN_FIRST };
      const read = await gdapFor(state, state.active);
      if (!read.ok) return read;
      const listed = new Set((await customers.list()).map((t) => t.tenantId));
      const isAdded = (id: string) => listed.has(id) || ownTenant(state, id) !== undefined;
      return { ok: true, customers: read.customers.map((c) => ({ ...c, added: isAdded(c.tenantId) })) };
    },

    async addGdapCustomers({ tenantIds }) {
      const state = await auth.state();
      const active = state.active;
      if (!active) throw new Error(SIGN_IN_FIRST);
      // Never the page's word: the ids must be on the account's own GDAP list, read here.
      let gdap = keptGdap(active);
      if (!gdap) {
        const read = await gdapFor(state, active);
        if (!read.ok) throw new Error(read.reason);
        gdap = read.customers;
      }
      const byId = new Map(gdap.map((c) => [c.tenantId, c]));
      const wanted = [...new Set(tenantIds.map((id) => id.toLowerCase()))];
      const foreign = wanted.filter((id) => !byId.has(id));
      if (foreign.length > 0) {
        throw new Error(`Not among your active GDAP customers: ${foreign.join(', ')}. Nothing was added.`);
      }
      for (const id of wanted) {
        const customer = byId.get(id);
        if (!customer || ownTenant(state, id) || (await customers.get(id))) continue;
        await customers.put(
          newTenant(deps, active, { tenantId: id, name: customer.displayName, domain: null, source: 'gdap' }),
        );
      }
      return deps.overview();
    },
  };
}

function shownTenantHandlers(deps: CustomerTenantDeps): Pick<PagesHandlers, 'removeCustomerTenant' | 'showTenant'> {
  const { customers, auth } = deps;
  return {
    async removeCustomerTenant({ tenantId }) {
      await customers.remove(tenantId);
      const store = await deps.getStore();
      const shown = await store.activeTenantId();
      // Its history stays (as a signed-out account's does); the pages go back to the active account's tenant.
      if (shown !== undefined && same(shown, tenantId)) {
        await followActiveAccount({ auth, getStore: () => deps.getStore(), badge: deps.badge })();
      }
      return deps.overview();
    },

    async showTenant({ tenantId }) {
      const store = await deps.getStore();
      const known = await knownTenant(tenantId, await auth.state(), customers, store);
      if (!known) {
        throw new Error(
          `Posture Lens doesn't know the tenant '${tenantId}': add it as a customer tenant first. The tenant shown is unchanged.`,
        );
      }
      await store.setActiveTenant(known.id);
      const scan = (await store.latestScan(known.id)) ?? null;
      if (scan) await deps.badge.showScore(scan);
      else await deps.badge.showNotScanned(known.name);
      return deps.overview();
    },
  };
}

const DEMO_NEEDS_NO_ADDING =
  'That is the built-in demo tenant: it needs no adding, and scanning it never reaches Microsoft. Run the demo from the dashboard.';

/** An account's home tenant, a customer tenant, the demo, or a tenant with stored scans; else null. */
async function knownTenant(
  tenantId: string,
  state: AuthState,
  customers: CustomerTenants,
  store: ScanStore,
): Promise<{ id: string; name: string } | null> {
  const account = state.accounts.find((a) => same(a.tenantId, tenantId));
  if (account) return { id: account.tenantId, name: account.tenantName };
  const customer = await customers.get(tenantId);
  if (customer) return { id: customer.tenantId, name: customer.name };
  const stored = (await store.tenants()).find((t) => same(t.id, tenantId));
  if (stored) return { id: stored.id, name: stored.displayName };
  if (same(tenantId, DEMO_TENANT_ID)) return { id: DEMO_TENANT_ID, name: 'the demo tenant' };
  return null;
}
