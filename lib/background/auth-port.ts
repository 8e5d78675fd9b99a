/**
 * Sign-in as the background's services use it: the shape of lib/auth's service, declared here so the
 * services depend on what they call, not on MSAL (the entrypoint passes the real one; tests a fake).
 */
import type { AdminService } from '../graph/sources/admin-services';
import type { AccountView, AuthState, SaveConnectionResult } from '../messaging/protocol';
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
}
