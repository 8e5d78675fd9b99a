import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import type { VerdictKit } from '../../lib/engine/verdict/control';
import type { OrganizationInfo } from '../../lib/graph/sources/organization';

/** Whether the tenant synchronises from on-premises AD, read from `organization.onPremisesSyncEnabled`. */
export type HybridState =
  | { kind: 'hybrid'; org: OrganizationInfo; evidence: Evidence }
  | { kind: 'cloudOnly'; org: OrganizationInfo; evidence: Evidence }
  | { kind: 'malformed'; path: string; problem: string };

/**
 * Graph documents `onPremisesSyncEnabled` as true when synced, false when no longer synced and null when
 * never synced; the source selects it, so an absent value is malformed rather than "cloud-only".
 */
export function hybridState(orgs: readonly OrganizationInfo[]): HybridState {
  if (orgs.length !== 1)
    return { kind: 'malformed', path: 'value', problem: `${orgs.length} organizations, expected 1` };
  const org = orgs[0]!;
  if (org.onPremisesSyncEnabled === undefined)
    return { kind: 'malformed', path: 'value[0].onPremisesSyncEnabled', problem: 'missing' };
  const ev = evidence('organization', org, ['onPremisesSyncEnabled']);
  return org.onPremisesSyncEnabled === true
    ? { kind: 'hybrid', org, evidence: ev }
    : { kind: 'cloudOnly', org, evidence: ev };
}

export type SyncedTenant = Extract<HybridState, { kind: 'hybrid' }>;

/**
 * The synchronised tenant the on-premises controls judge, or their verdict when there is none: malformed
 * when the field is missing, not applicable (no points either way) when nothing syncs from on-premises.
 */
export function syncedTenant(orgs: readonly OrganizationInfo[], v: VerdictKit): SyncedTenant | { verdict: Verdict } {
  const hybrid = hybridState(orgs);
  if (hybrid.kind === 'malformed') return { verdict: v.malformed('organization', hybrid.path, hybrid.problem) };
  if (hybrid.kind === 'cloudOnly')
    return {
      verdict: v.notApplicable(
        `${hybrid.org.displayName} does not synchronise from on-premises Active Directory (onPremisesSyncEnabled is ${String(hybrid.org.onPremisesSyncEnabled)}).`,
        [hybrid.evidence],
      ),
    };
  return hybrid;
}
