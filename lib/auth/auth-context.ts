/**
 * The pieces the auth service's flows share: stored settings and flags, MSAL, the expiry tracker, and
 * the in-flight sign-in with the last problem (which, like the sign-in, lives only in memory).
 */
import type { AuthProblem } from '../messaging/protocol';
import type { AuthFlagsStore } from './auth-flags';
import type { AuthSettings } from './auth-settings';
import type { ExpiryTracker } from './expiry-tracker';
import type { MsalRequests } from './msal-requests';
import type { TenantAccessRecords } from './tenant-access-records';

export interface SignInMoment {
  /** The sign-in under way, shared by every caller until it ends. */
  signingIn: Promise<void> | null;
  /** The last sign-in attempt's or token request's problem, other than an expiry (kept per account). */
  problem: AuthProblem | null;
}

export interface AuthContext {
  readonly settings: AuthSettings;
  readonly flags: AuthFlagsStore;
  readonly msal: MsalRequests;
  readonly expiry: ExpiryTracker;
  readonly moment: SignInMoment;
  /** What the last token request for each tenant found (issue 16). */
  readonly access: TenantAccessRecords;
}
