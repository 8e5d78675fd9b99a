/**
 * Sign-in as the background's services use it: the shape of lib/auth's service, declared here so the
 * services depend on what they call, not on MSAL (the entrypoint passes the real one; tests a fake).
 */
import type { AdminService } from '../graph/sources/admin-services';
import type { AccountView, AuthState, SaveConnectionResult } from '../messaging/protocol';
import type { TenantAccess } from '../messaging/partner-protocol';
import type { SignedInSession } from '../scanner/tenant-scan-service';

/** The active account, with a silent token source for its tenant's Graph. */
export type ActiveSession = SignedInSession & { readonly account: { readonly id: string; readonly tenantId: string } };

export interface AuthPort {
  state(): Promise<AuthState>;
  /** The active account's sign-in expired: background scans wait until the user signs in again. */
  paused(): Promise<boolean>;
  /** The active account and a silent token source for its tenant's Graph; null when nobody is signed in. */
  activeSession(): Promise<ActiveSession | null>;
  /** Permissions a scan found refused (403s), so the UI can offer consent for exactly those. */
  noteMissingPermissions(accountId: string, perms: readonly string[]): Promise<void>;
  saveConnection(input: { clientId: string; tenant: string; cloud: string }): Promise<SaveConnectionResult>;
  signIn(opts: { consent: boolean }): Promise<AuthState>;
  /**
   * Asks the active account for an admin service's consent (interactive); null when given, else why
   * not. `initialDomain` names SharePoint's resource (the tenant's admin host).
   */
  consentToService(service: AdminService, initialDomain?: string): Promise<string | null>;
  signOut(accountId: string): Promise<AuthState>;
  switchAccount(accountId: string): Promise<AccountView | null>;
  /**
   * A silent token source for `tenantId` through `accountId`'s sign-in (issue 16): MSAL's tenant-specific
   * authority, one refresh token for every tenant. `account.tenantId` is `tenantId`, so a scan is saved
   * only as that tenant. Its `getToken` rejects with a TenantAccessError (lib/messaging/partner-protocol.ts)
   * saying what the tenant needs (consent there, a sign-in), and records it for `tenantAccess`.
   * Rejects itself with a TenantAccessError (`signedOut`) when `accountId` isn't signed in. The account's
   * own tenant behaves as its active session (same sentences, expiry on the account), rejecting with a
   * TenantAccessError too; a customer tenant's `getServiceToken` always rejects (Graph and DNS only).
   */
  tenantSession(accountId: string, tenantId: string): Promise<ActiveSession>;
  /** What the last token request for `tenantId` found ('untried' before any). */
  tenantAccess(tenantId: string): Promise<TenantAccess>;
  /** The admin-consent URL for `tenantId` with the connection's client id and redirect URI; null when not configured. */
  adminConsentUrl(tenantId: string): Promise<string | null>;
  /**
   * A silent Graph token for the active account's own tenant with exactly `scopes` (short names, e.g.
   * 'DelegatedAdminRelationship.Read.All'), for reads outside the catalogue; rejects with the sentence to show.
   */
  tokenWithScopes(scopes: readonly string[]): Promise<string>;
}
