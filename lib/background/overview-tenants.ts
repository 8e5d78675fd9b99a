/**
 * Who is on the Tenants overview (issue 16 §2), with how each is reached and whether it can be scanned
 * now: each signed-in account's own tenant, each customer tenant, the demo once it has scans, and any
 * other tenant with stored scans (an account signed out: its history stays, and so does its row).
 */
import type { AccountView, AuthState } from '../messaging/protocol';
import type { CustomerTenant, TenantAccess, TenantRow } from '../messaging/partner-protocol';
import type { TenantRecord } from '../store/schema';
import type { AuthPort } from './auth-port';

/** A tenant's row before its scores are read. */
export type ListedTenant = Pick<TenantRow, 'tenantId' | 'name' | 'kind' | 'via' | 'access'>;

export interface OverviewSources {
  readonly auth: AuthState;
  readonly customers: readonly CustomerTenant[];
  /** The store's tenant records: every tenant with a saved scan. */
  readonly stored: readonly TenantRecord[];
}

type AccessPort = Pick<AuthPort, 'tenantAccess' | 'adminConsentUrl'>;

/** The active account's tenant, from what the sign-in last found; another account's, from its last token request. */
async function homeAccess(account: AccountView, auth: AuthState, port: AccessPort): Promise<TenantAccess> {
  if (auth.active?.id !== account.id) {
    const last = await port.tenantAccess(account.tenantId);
    return last.state === 'untried' ? { state: 'ready' } : last;
  }
  switch (auth.status) {
    case 'signedIn':
    case 'signingIn':
      return { state: 'ready' };
    case 'consentNeeded': {
      const reason =
        auth.missingPermissions.length > 0
          ? `Needs admin consent for ${auth.missingPermissions.join(', ')}.`
          : 'Needs admin consent in this tenant.';
      const consentUrl = await port.adminConsentUrl(account.tenantId);
      return consentUrl ? { state: 'needsConsent', consentUrl, reason } : { state: 'failed', reason };
    }
    case 'expired':
      return { state: 'signInExpired', reason: auth.problem?.sentence ?? 'The sign-in expired: sign in again.' };
    case 'signedOut':
    case 'notConfigured':
      return { state: 'signedOut' };
  }
}

async function customerAccess(
  c: CustomerTenant,
  via: AccountView | undefined,
  port: AccessPort,
): Promise<TenantAccess> {
  return via ? port.tenantAccess(c.tenantId) : { state: 'signedOut' };
}

/**
 * Every tenant once, in the order the page starts from: signed-in accounts' own, customer tenants in
 * the order added, other tenants with stored scans, the demo last. A tenant reached two ways (a
 * customer tenant an account also signs in to directly) is listed as the account's own.
 */
export async function listTenants(sources: OverviewSources, port: AccessPort): Promise<ListedTenant[]> {
  const { auth, customers, stored } = sources;
  const records = new Map(stored.map((t) => [t.id, t]));
  const seen = new Set<string>();
  const first = <T>(id: string, row: T): T[] => (seen.has(id) ? [] : (seen.add(id), [row]));
  // The active account first, so a tenant two accounts reach shows the one in use.
  const accounts = [...auth.accounts].sort(
    (a, b) => Number(b.id === auth.active?.id) - Number(a.id === auth.active?.id),
  );
  const homes = accounts.flatMap((a) => {
    const id = a.tenantId.toLowerCase();
    return first(id, async (): Promise<ListedTenant> => ({
      tenantId: id,
      name: records.get(id)?.displayName ?? a.tenantName,
      kind: 'home',
      via: { accountId: a.id, username: a.username },
      access: await homeAccess(a, auth, port),
    }));
  });
  const theirs = customers.flatMap((c) => {
    const via = auth.accounts.find((a) => a.id === c.accountId);
    return first(c.tenantId, async (): Promise<ListedTenant> => ({
      tenantId: c.tenantId,
      name: records.get(c.tenantId)?.displayName ?? c.name,
      kind: 'customer',
      via: { accountId: c.accountId, username: via?.username ?? c.addedBy },
      access: await customerAccess(c, via, port),
    }));
  });
  const others = [...stored]
    .sort((a, b) => Number(a.demo) - Number(b.demo))
    .flatMap((t) =>
      first(t.id, (): Promise<ListedTenant> =>
        Promise.resolve({
          tenantId: t.id,
          name: t.displayName,
          kind: t.demo ? 'demo' : 'home',
          via: null,
          // The demo needs no sign-in; any other tenant here has no signed-in account.
          access: t.demo ? { state: 'ready' } : { state: 'signedOut' },
        }),
      ),
    );
  return Promise.all([...homes, ...theirs, ...others].map((make) => make()));
}
