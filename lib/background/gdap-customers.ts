/**
 * The partner's customers from its active GDAP relationships, read-only: one GET (paged) through the
 * project's Graph client, so the read-only guard, paging and Retry-After apply as to any scan.
 * https://learn.microsoft.com/graph/api/tenantrelationship-list-delegatedadminrelationships
 */
import { createGraphClient } from '../graph/client';
import { isGuid } from '../graph/sources/guid';
import type { GraphOutcome } from '../graph/sources/graph-request';
import type { GdapCustomer } from '../messaging/partner-protocol';
import type { AuthPort } from './auth-port';

/** The one permission the list needs, on the partner's app registration and consented in its tenant. */
export const GDAP_PERMISSION = 'DelegatedAdminRelationship.Read.All';
export const GDAP_PATH =
  "/tenantRelationships/delegatedAdminRelationships?$filter=status eq 'active'&$select=id,displayName,customer,endDateTime";

/** A customer as read, before it is compared with the tenant list. */
export type GdapEntry = Omit<GdapCustomer, 'added'>;

export type GdapRead =
  | { readonly ok: true; readonly customers: readonly GdapEntry[] }
  | { readonly ok: false; readonly reason: string; readonly consentUrl?: string };

export interface GdapReadDeps {
  auth: Pick<AuthPort, 'tokenWithScopes' | 'adminConsentUrl'>;
  /** The partner's own tenant (the active account's): where the permission is consented. */
  homeTenantId: string;
  graphRoot: string;
  fetch: typeof fetch;
  /** Injectable so tests never wait out a Retry-After. */
  sleep?: (ms: number) => Promise<void>;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export async function readGdapCustomers(deps: GdapReadDeps): Promise<GdapRead> {
  const refused = async (why: string): Promise<GdapRead> => {
    const consentUrl = await deps.auth.adminConsentUrl(deps.homeTenantId).catch(() => null);
    return {
      ok: false,
      reason: `Listing GDAP customers needs the ${GDAP_PERMISSION} permission on your app registration, with admin consent in your partner tenant. ${why}`,
      ...(consentUrl ? { consentUrl } : {}),
    };
  };
  let token: string;
  try {
    token = await deps.auth.tokenWithScopes([GDAP_PERMISSION]);
  } catch (err) {
    return refused(messageOf(err));
  }
  const client = createGraphClient({
    graphRoot: deps.graphRoot,
    fetch: deps.fetch,
    getToken: () => Promise.resolve(token),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  const outcome = (await client.getAll([{ key: 'gdap', version: 'v1.0', url: GDAP_PATH, collection: true }])).get(
    'gdap',
  );
  if (!outcome) return { ok: false, reason: 'Graph gave no answer for the GDAP relationships.' };
  if (!outcome.ok) return outcome.status === 403 ? refused(`Graph refused: ${outcome.message}`) : failed(outcome);
  return customersOf(outcome.body);
}

function failed(outcome: Extract<GraphOutcome, { ok: false }>): GdapRead {
  const { status, message } = outcome;
  if (status === 'offline')
    return { ok: false, reason: `Could not reach Microsoft Graph to list GDAP customers. ${message}` };
  if (status === 429 || status === 503 || status === 504) {
    return { ok: false, reason: `The GDAP relationships couldn't be read: ${message} Try again in a few minutes.` };
  }
  if (status === 401) {
    return {
      ok: false,
      reason: `Graph didn't accept your sign-in for the GDAP relationships (HTTP 401): sign in again. ${message}`,
    };
  }
  return { ok: false, reason: `Graph answered HTTP ${status} for the GDAP relationships: ${message}` };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** One row per customer tenant; of several relationships, the one that ends last. Any unreadable entry fails the list. */
function customersOf(body: unknown): GdapRead {
  const values = isRecord(body) ? body.value : undefined;
  if (!Array.isArray(values))
    return { ok: false, reason: "Graph's answer for the GDAP relationships had no list of relationships." };
  const byTenant = new Map<string, GdapEntry>();
  for (const rel of values) {
    const customer = isRecord(rel) && isRecord(rel.customer) ? rel.customer : null;
    const tenantId =
      typeof customer?.tenantId === 'string' && isGuid(customer.tenantId) ? customer.tenantId.toLowerCase() : null;
    const relName = isRecord(rel) ? text(rel.displayName) : null;
    const endsAt = isRecord(rel) && typeof rel.endDateTime === 'string' ? rel.endDateTime : null;
    if (!customer || !tenantId || !relName) {
      const which = isRecord(rel) && typeof rel.id === 'string' ? ` (${rel.id})` : '';
      return {
        ok: false,
        reason: `A GDAP relationship${which} came without a customer tenant ID or a name (customer.tenantId, displayName): nothing is listed.`,
      };
    }
    const entry: GdapEntry = {
      tenantId,
      displayName: text(customer.displayName) ?? tenantId,
      relationshipName: relName,
      endsAt,
    };
    const kept = byTenant.get(tenantId);
    if (!kept || endsLater(entry.endsAt, kept.endsAt)) byTenant.set(tenantId, entry);
  }
  const customers = [...byTenant.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { ok: true, customers };
}

/** An end Graph didn't give sorts before any it did. */
function endsLater(a: string | null, b: string | null): boolean {
  if (a === null) return false;
  if (b === null) return true;
  return Date.parse(a) > Date.parse(b);
}
