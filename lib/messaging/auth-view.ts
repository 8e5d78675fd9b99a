/**
 * What the pages are told about signing in (AuthState and its parts), never a token. Part of the
 * typed protocol (lib/messaging/protocol.ts re-exports it); kept apart so that file stays readable.
 */

/** What the UI shows about signing in to a real tenant (see lib/auth). */
export type AuthStatus = 'notConfigured' | 'signedOut' | 'signingIn' | 'signedIn' | 'consentNeeded' | 'expired';

/** The admin's app registration and tenant, as saved on the Connect page. Not a secret. */
export interface ConnectionView {
  readonly clientId: string;
  /** Tenant id, verified domain, or 'organizations'. */
  readonly tenant: string;
  readonly cloud: 'global' | 'usgov' | 'usgovdod' | 'china';
}

/** A signed-in account: who and which tenant. Never a token. */
export interface AccountView {
  /** MSAL's home account id: `${oid}.${tid}`. */
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly tenantId: string;
  /** The organization's name from its latest scan, else the account's domain. */
  readonly tenantName: string;
}

/** A failed sign-in or token request, explained: the AADSTS code (if any), a sentence and a fix. */
export interface AuthProblem {
  readonly kind: string;
  readonly code: string | null;
  readonly sentence: string;
  readonly fix: string;
}

export interface AuthState {
  readonly status: AuthStatus;
  readonly connection: ConnectionView | null;
  /** https://<extension-id>.chromiumapp.org/, to register as a SPA redirect URI. */
  readonly redirectUri: string;
  readonly accounts: readonly AccountView[];
  readonly active: AccountView | null;
  /** Delegated permissions the signed-in account lacks (consent needed). */
  readonly missingPermissions: readonly string[];
  readonly problem: AuthProblem | null;
}

/** The Connect page's save: the auth state after it, or a sentence per field that was refused. */
export type SaveConnectionResult =
  | { readonly ok: true; readonly auth: AuthState }
  | { readonly ok: false; readonly errors: Partial<Record<'clientId' | 'tenant' | 'cloud', string>> };
