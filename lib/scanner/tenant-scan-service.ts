/**
 * A scan of the signed-in tenant: its cloud's Graph root, the network, and a token source that asks
 * MSAL (in the offscreen document) for a silent token. The same scanTenant as the demo and the CLI.
 */
import type { ScanResult } from '../engine/scan/run-scan';
import type { AdminService } from '../graph/sources/admin-services';
import { clouds, type Cloud } from '../graph/clouds';
import { ScanFailedError } from './scan-failed';
import { scanTenant, type ScanTenantOptions } from './scan-tenant';

export interface SignedInSession {
  connection: { cloud: Cloud };
  /** The signed-in account's tenant (the token's `tid`): the only tenant its scans may be saved as. */
  account: { tenantId: string };
  getToken: () => Promise<string>;
  /** A silent token for an admin service (issue 17); rejects when there is none (no consent…). */
  getServiceToken?: (service: AdminService, initialDomain?: string) => Promise<string>;
}

/** Throws when Graph answered as another tenant than the account's: its scan is not this tenant's history. */
export function requireSameTenant(session: SignedInSession, read: { id: string; displayName: string }): void {
  if (read.id.toLowerCase() === session.account.tenantId.toLowerCase()) return;
  throw new Error(
    `The scan read ${read.displayName} (${read.id}), not the signed-in tenant (${session.account.tenantId}). Nothing was saved; the last scan is still shown.`,
  );
}

export async function scanSignedInTenant(
  session: SignedInSession,
  /**
   * `doh`: the resolver chosen under Settings › DNS checks; without it the DNS controls are unknown.
   * It is fetched from the background, cross-origin without host permission (the resolver must allow CORS).
   */
  opts: { fetch?: typeof fetch; doh?: { url: string } } & Pick<
    ScanTenantOptions,
    'signal' | 'onProgress' | 'previous' | 'declarations' | 'services'
  > = {},
): Promise<{ scan: ScanResult; missingPermissions: string[] }> {
  const { cloud } = session.connection;
  // A token first: a sign-in that expired stops here, before anything is read or saved.
  await session.getToken();
  const token: { failure?: Error } = {};
  const scan = await scanTenant({
    graphRoot: clouds[cloud].graphRoot,
    cloud,
    fetch: opts.fetch ?? ((input, init) => fetch(input, init)),
    getToken: () =>
      session.getToken().catch((err: unknown) => {
        token.failure ??= err instanceof Error ? err : new Error(String(err));
        throw err;
      }),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.doh ? { doh: { url: opts.doh.url } } : {}),
    ...(opts.declarations ? { declarations: opts.declarations } : {}),
    ...(opts.services ? { services: opts.services } : {}),
  });
  // Sign-in lost mid-scan: its requests failed for want of a token, not for the tenant's settings.
  if (token.failure) throw token.failure;
  // Graph not reached at all (offline) or refusing every request: nothing was measured, nothing is saved.
  // The tenant unidentified: whatever was measured is nobody's history.
  if (scan.failure) throw new ScanFailedError(scan.failure);
  requireSameTenant(session, scan.tenant);
  // A 403 names the permission it needed: the UI offers consent for exactly those.
  const missingPermissions = [
    ...new Set([
      ...scan.controls.flatMap((c) =>
        c.unknownReason?.kind === 'missingPermission' ? [c.unknownReason.permission] : [],
      ),
      // Microsoft Secure Score has no control of its own to be unknown: its section names the permission.
      ...(scan.microsoft && !scan.microsoft.available && scan.microsoft.permission ? [scan.microsoft.permission] : []),
    ]),
  ];
  return { scan, missingPermissions };
}
