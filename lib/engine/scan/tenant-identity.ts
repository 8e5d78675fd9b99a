/**
 * Whose scan it is, from the organization read: exactly one organization with a tenant id (a GUID,
 * https://learn.microsoft.com/graph/api/resources/organization). Anything else is no identity: the scan
 * says so instead of inventing one, and is never saved or compared as any tenant's.
 */
import type { OrganizationInfo } from '../../graph/sources/organization';
import { isGuid } from '../../graph/sources/guid';

export type TenantIdentity =
  | { readonly ok: true; readonly id: string; readonly displayName: string; readonly initialDomain?: string }
  | { readonly ok: false; readonly why: string };

/** The sentence a scan without an identity carries (`failure.message`), naming why. */
export function unidentifiedSentence(why: string): string {
  return `The tenant could not be identified (${why}): this report is nobody's, so it is not saved, compared or made the active tenant.`;
}

export function tenantIdentityOf(
  read: { ok: true; value: readonly OrganizationInfo[] } | { ok: false; why: string },
): TenantIdentity {
  if (!read.ok) return read;
  if (read.value.length !== 1) {
    return { ok: false, why: `/organization returned ${read.value.length} organizations, not one` };
  }
  const org = read.value[0]!;
  if (!isGuid(org.id)) return { ok: false, why: `/organization's id is not a tenant id` };
  const initial = org.verifiedDomains?.filter((d) => d.isInitial === true) ?? [];
  return {
    ok: true,
    id: org.id.toLowerCase(),
    displayName: org.displayName,
    ...(initial.length === 1 ? { initialDomain: initial[0]!.name.toLowerCase() } : {}),
  };
}
