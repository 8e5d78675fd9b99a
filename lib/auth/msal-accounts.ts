/**
 * Which of MSAL's AccountInfo objects stand for a signed-in account, and which one a token request
 * uses. msal-browser keeps one account per sign-in with a tenant profile per tenant it has tokens
 * for (issue 16: customer tenants reached through the partner's one sign-in), and lists each profile
 * as an AccountInfo of its own; a customer tenant must never read as a second signed-in account.
 * https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/docs/multi-tenant-accounts.md
 */
import type { AccountInfo, AuthenticationResult } from '@azure/msal-browser';
import { clouds, type Cloud } from '../graph/clouds';
import { isGuid } from '../graph/sources/guid';
import type { MsalClient } from './msal-clients';
import { AuthFailureError } from './offscreen-messages';

/** The home tenant a home account id names (`{oid}.{tid}`). */
const homeTenantOf = (homeAccountId: string): string | undefined => homeAccountId.split('.')[1]?.toLowerCase();

const isHomeProfile = (a: AccountInfo): boolean => a.tenantId.toLowerCase() === homeTenantOf(a.homeAccountId);

/**
 * One AccountInfo per signed-in account: its home tenant's profile, else (a guest sign-in to another
 * tenant) the first listed, the tenant it signed in to (MSAL lists profiles in the order they came).
 */
export function signedInAccounts(all: readonly AccountInfo[]): AccountInfo[] {
  const byAccount = new Map<string, AccountInfo>();
  for (const a of all) {
    const kept = byAccount.get(a.homeAccountId);
    if (!kept || (!isHomeProfile(kept) && isHomeProfile(a))) byAccount.set(a.homeAccountId, a);
  }
  return [...byAccount.values()];
}

/**
 * The account a silent request for `tenantId` (default: the tenant it signed in to) goes out as.
 * MSAL looks cached tokens up by the account's tenant id, so a customer tenant's request carries that
 * tenant's profile, or, before its first token, the signed-in account re-labelled with that tenant
 * (its refresh token, one per account, redeems the first one).
 */
export function accountFor(
  msal: Pick<MsalClient, 'getAllAccounts'>,
  accountId: string,
  tenantId?: string,
): AccountInfo {
  const profiles = msal.getAllAccounts({ homeAccountId: accountId });
  const signedIn = signedInAccounts(profiles)[0];
  if (!signedIn) throw new AuthFailureError({ code: 'no_account', message: 'That account is not signed in.' });
  const wanted = tenantId?.toLowerCase();
  if (!wanted || wanted === signedIn.tenantId.toLowerCase()) return signedIn;
  const profile = profiles.find((p) => p.tenantId.toLowerCase() === wanted);
  if (profile) return profile;
  const { idToken: _token, idTokenClaims: _claims, ...base } = signedIn;
  return { ...base, tenantId: wanted };
}

/** The tenant-specific authority a customer tenant's tokens come from: `{authority host}/{tenant id}`. */
export function tenantAuthority(cloud: Cloud, tenantId: string): string {
  if (!isGuid(tenantId)) {
    throw new AuthFailureError({ code: 'bad_tenant', message: `'${tenantId}' is not a directory (tenant) id.` });
  }
  return `${clouds[cloud].authorityHost}/${tenantId.toLowerCase()}`;
}

/**
 * Refuses an answer issued by another tenant than the one asked (its ID token's `tid`): a token for
 * another tenant must never be used, whatever the cache or Entra handed back.
 */
export function requireTenant(result: Pick<AuthenticationResult, 'tenantId'>, asked: string): string {
  const answered = result.tenantId.toLowerCase();
  if (answered !== '' && answered === asked.toLowerCase()) return answered;
  throw new AuthFailureError({
    code: 'wrong_tenant',
    message: `Entra answered for tenant ${answered || '(none named)'}, not ${asked}: the token was not used.`,
  });
}
