/**
 * The background's side of sign-in: the saved connection, the offscreen document that hosts MSAL,
 * launchWebAuthFlow on the offscreen document's behalf, and the state the UI shows. Tokens pass
 * through here only on their way to Graph; they are never stored, logged or sent to a page.
 * This file only composes the units that do each job.
 */
import { browser } from 'wxt/browser';
import type { AdminService } from '../graph/sources/admin-services';
import type { AccountView, AuthState, SaveConnectionResult } from '../messaging/protocol';
import type { StoreDb } from '../store/open-store';
import type { AuthContext } from './auth-context';
import { createAuthFlags } from './auth-flags';
import { createAuthSettings } from './auth-settings';
import { authState } from './auth-state';
import { createExpiryTracker, type SignInExpiredBadge } from './expiry-tracker';
import type { MsalHostClient } from './msal-host-client';
import { createMsalRequests } from './msal-requests';
import { serveOffscreenRequest } from './offscreen-requests';
import { saveConnection } from './save-connection';
import { tokenWithScopes } from './scoped-tokens';
import { signIn, signOut, switchAccount } from './sign-in-flows';
import { consentToService } from './service-tokens';
import { activeSession, type ActiveSession } from './token-source';
import { createTenantAccessRecords } from './tenant-access-records';
import { consentUrlFor, tenantAccess, tenantSession } from './tenant-tokens';
import type { Connection } from './validate-connection';
import type { TenantAccess } from '../messaging/partner-protocol';

export interface AuthServiceDeps {
  /** The extension database (settings store); the connection is config, not a secret. */
  db: () => Promise<StoreDb>;
  /** Organization names by tenant id, from stored scans. */
  tenantNames: () => Promise<ReadonlyMap<string, string>>;
  /** Where MSAL runs: the offscreen document (Chrome, Edge) or this background page (Firefox). */
  host: MsalHostClient;
  /**
   * The toolbar badge's owner. The auth service decides when the sign-in-expired badge shows (the
   * active account's sign-in expired, and again after a worker restart); the owner decides how.
   */
  badge: SignInExpiredBadge;
}

export function createAuthService(deps: AuthServiceDeps) {
  const settings = createAuthSettings(deps.db);
  const flags = createAuthFlags({ db: deps.db, activeAccountId: () => settings.activeAccountId() });
  const msal = createMsalRequests({
    host: deps.host,
    tenantNames: deps.tenantNames,
    redirectUri: () => browser.identity.getRedirectURL(),
  });
  const expiry = createExpiryTracker({ flags, activeAccountId: () => settings.activeAccountId(), badge: deps.badge });
  const access = createTenantAccessRecords(deps.db);
  const ctx: AuthContext = { settings, flags, msal, expiry, access, moment: { signingIn: null, problem: null } };

  return {
    connection: (): Promise<Connection | null> => settings.connection(),
    state: (): Promise<AuthState> => authState(ctx),
    saveConnection: (input: { clientId: string; tenant: string; cloud: string }): Promise<SaveConnectionResult> =>
      saveConnection(ctx, input),
    /** Resolves when the sign-in ends, however it ends; the outcome is in the state. */
    signIn: (opts: { consent: boolean }): Promise<AuthState> => signIn(ctx, opts),
    signOut: (accountId: string): Promise<AuthState> => signOut(ctx, accountId),
    switchAccount: (accountId: string): Promise<AccountView | null> => switchAccount(ctx, accountId),
    /** The active account and a token source for its tenant's Graph; null when nobody is signed in. */
    activeSession: (): Promise<ActiveSession | null> => activeSession(ctx),
    /** Asks the active account for an admin service's consent (interactive); null when given, else why not. */
    consentToService: (service: AdminService, initialDomain?: string): Promise<string | null> =>
      consentToService(ctx, service, initialDomain),
    /** Permissions a scan found refused (403s), so the UI can offer consent for exactly those. */
    noteMissingPermissions: (accountId: string, perms: readonly string[]): Promise<void> =>
      flags.load().then(() => flags.noteMissing(accountId, 'scan', perms)),
    /** Background scans wait while the sign-in is expired, until the user signs in again. */
    paused: async (): Promise<boolean> => (await expiry.activeExpired()) !== undefined,
    /** Puts the sign-in-expired badge back after the worker restarts, if it was still expired. */
    restoreBadge: (): Promise<boolean> => expiry.restore(),
    /** Serves the offscreen document's requests; returns true when it will answer asynchronously. */
    onMessage: serveOffscreenRequest,
    /** A token source for a customer tenant (issue 16) through `accountId`'s sign-in (lib/auth/tenant-tokens.ts). */
    tenantSession: (accountId: string, tenantId: string): Promise<ActiveSession> =>
      tenantSession(ctx, accountId, tenantId),
    tenantAccess: (tenantId: string): Promise<TenantAccess> => tenantAccess(ctx, tenantId),
    adminConsentUrl: (tenantId: string): Promise<string | null> => consentUrlFor(ctx, tenantId),
    tokenWithScopes: (scopes: readonly string[]): Promise<string> => tokenWithScopes(ctx, scopes),
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
export type { SignInExpiredBadge } from './expiry-tracker';
