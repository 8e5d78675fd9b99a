/**
 * What the auth service asks MSAL, wherever it runs: the setup for a connection (every catalogue
 * permission on the cloud's own Graph), the accounts it holds, and what a grant still lacks.
 */
import { catalogue } from '../../controls';
import { requiredPermissions } from '../engine/scan/permissions';
import { clouds } from '../graph/clouds';
import type { AccountView, AuthProblem } from '../messaging/protocol';
import type { MsalHostClient } from './msal-host-client';
import {
  AuthFailureError,
  toFailure,
  type MsalAccount,
  type MsalSetup,
  type OffscreenRequests,
} from './offscreen-messages';
import { describeSignInError } from './sign-in-errors';
import type { Connection } from './validate-connection';

/** Short Graph permission names the catalogue reads with (what the consent screen lists). */
export const catalogPermissions: readonly string[] = requiredPermissions(catalogue).map((n) => n.permission);

export function msalSetup(c: Connection, redirectUri: string): MsalSetup {
  return {
    connection: c,
    redirectUri,
    // Qualified with the cloud's own Graph root: a bare 'Policy.Read.All' means graph.microsoft.com.
    scopes: [
      ...catalogPermissions.map((p) => `${clouds[c.cloud].graphRoot}/${p}`),
      'openid',
      'profile',
      'offline_access',
    ],
  };
}

/** Catalogue permissions a token's scopes don't include (scopes may carry any cloud's Graph root). */
export function missingFrom(granted: readonly string[]): string[] {
  const have = new Set(granted.map((s) => s.replace(/^https:\/\/[^/]+\//, '').toLowerCase()));
  return catalogPermissions.filter((p) => !have.has(p.toLowerCase()));
}

/** Any failure from MSAL, the host or the browser, as the sentence and fix the UI shows. */
export function explain(err: unknown): AuthProblem {
  return describeSignInError(err instanceof AuthFailureError ? err.failure : toFailure(err));
}

export function createMsalRequests(deps: {
  host: MsalHostClient;
  /** Organization names by tenant id, from stored scans. */
  tenantNames: () => Promise<ReadonlyMap<string, string>>;
  redirectUri: () => string;
}) {
  const ask = <N extends keyof OffscreenRequests>(
    name: N,
    payload: OffscreenRequests[N]['payload'],
  ): Promise<OffscreenRequests[N]['result']> => deps.host.ask(name, payload);
  const setupFor = (c: Connection): MsalSetup => msalSetup(c, deps.redirectUri());

  return {
    ask,
    setupFor,
    redirectUri: deps.redirectUri,
    /** The accounts MSAL holds for this connection, each named by its tenant (else its domain). */
    async accounts(c: Connection): Promise<AccountView[]> {
      const [list, names] = await Promise.all([ask('accounts', setupFor(c)), deps.tenantNames()]);
      return list.map((a: MsalAccount) => ({
        ...a,
        tenantName: names.get(a.tenantId) ?? a.username.split('@')[1] ?? a.tenantId,
      }));
    },
  };
}

export type MsalRequests = ReturnType<typeof createMsalRequests>;
