/**
 * What Contoso's audit log holds in the days before the snapshot: the story behind three findings.
 * Alex, the IT director, switched "Require MFA for all users" to report-only; the Microsoft365DSC app
 * that deploys the baseline rewrote the default user's consent policy; Nestor added the reception
 * account to the group every legacy-auth and MFA policy excludes.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { authorizationPolicyUpdated, caPolicyUpdated, groupMemberAdded } from '../audit-log';
import type { TenantModel } from '../tenant-model';
import { daysBefore } from './well-known';

const HOUR_DAYS = 1 / 24;

export function contosoAuditLog(tenant: TenantModel): Graph.DirectoryAudit[] {
  const policy = tenant.conditionalAccessPolicies.find((p) => p.displayName === 'Require MFA for all users');
  const group = tenant.groups.find((g) => g.displayName === 'CA - Legacy Auth Exceptions');
  const reception = tenant.users.find((u) => (u.userPrincipalName ?? '').startsWith('reception@'));
  const upn = (alias: string) => `${alias}@contoso.com`;
  const log: Graph.DirectoryAudit[] = [];
  if (policy) {
    const at = daysBefore(2 + 5 * HOUR_DAYS);
    const before = { ...policy, state: 'enabled' as const, modifiedDateTime: daysBefore(40) };
    log.push(caPolicyUpdated(tenant, before, { ...policy, modifiedDateTime: at }, { upn: upn('alex.wilber') }, at));
  }
  const granted = tenant.authorizationPolicy.defaultUserRolePermissions?.permissionGrantPoliciesAssigned ?? [];
  log.push(
    authorizationPolicyUpdated(
      tenant,
      [
        {
          name: 'PermissionGrantPoliciesAssigned',
          before: granted.map((g) => g.replace('microsoft-user-default-low', 'microsoft-user-default-legacy')),
          after: granted,
        },
      ],
      { app: 'Microsoft365DSC' },
      daysBefore(4 + 2 * HOUR_DAYS),
    ),
  );
  if (group?.id && reception?.id)
    log.push(
      groupMemberAdded(tenant, group.id, reception.id, { upn: upn('nestor.wilke') }, daysBefore(1 + 3 * HOUR_DAYS)),
    );
  return log;
}
