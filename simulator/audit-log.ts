/**
 * Entra audit-log entries (`GET /auditLogs/directoryAudits`) as Graph logs them, for the demo tenant's
 * story and for the tenant-change hook tests use between scans. Shapes from the Graph docs
 * (directoryaudit-list): the initiator is a user (id, UPN, name) or an app (appId, name, service
 * principal id); old and new values are JSON text, a Conditional Access policy's being the whole
 * policy, and an addition to a group names the group in the member's Group.ObjectID and
 * Group.DisplayName properties.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { stableGuid } from './seeded-random';
import type { TenantModel } from './tenant-model';

/** Who acts: a user by UPN, or an app by display name. */
export type SimActor = { readonly upn: string } | { readonly app: string };

function initiatorOf(tenant: TenantModel, actor: SimActor): Graph.AuditActivityInitiator {
  if ('upn' in actor) {
    const user = tenant.users.find((u) => (u.userPrincipalName ?? '').toLowerCase() === actor.upn.toLowerCase());
    return {
      user: {
        id: user?.id ?? stableGuid('audit-user', actor.upn),
        displayName: user?.displayName ?? null,
        userPrincipalName: actor.upn,
        ipAddress: '131.107.2.14',
      },
      app: null,
    };
  }
  const sp = tenant.servicePrincipals.find((s) => s.displayName === actor.app);
  return {
    user: null,
    app: {
      appId: sp?.appId ?? stableGuid('audit-app', actor.app),
      displayName: actor.app,
      servicePrincipalId: sp?.id ?? stableGuid('audit-sp', actor.app),
      servicePrincipalName: null,
    },
  };
}

const json = (v: unknown): string => JSON.stringify(v);

interface EntrySpec {
  readonly activity: string;
  readonly category: string;
  readonly service: string;
  readonly operation: string;
  readonly targets: Graph.TargetResource[];
  readonly actor: SimActor;
  readonly at: string;
}

function entry(tenant: TenantModel, spec: EntrySpec): Graph.DirectoryAudit {
  const key = [spec.activity, spec.at, ...spec.targets.map((t) => t.id ?? '')];
  return {
    id: `Directory_${stableGuid('audit', ...key)}`,
    category: spec.category,
    correlationId: stableGuid('audit-correlation', ...key),
    result: 'success',
    resultReason: '',
    activityDisplayName: spec.activity,
    activityDateTime: spec.at,
    loggedByService: spec.service,
    operationType: spec.operation,
    initiatedBy: initiatorOf(tenant, spec.actor),
    targetResources: spec.targets,
    additionalDetails: [],
  };
}

/** "Update conditional access policy": the whole policy before and after, in one property. */
export function caPolicyUpdated(
  tenant: TenantModel,
  before: Graph.ConditionalAccessPolicy,
  after: Graph.ConditionalAccessPolicy,
  actor: SimActor,
  at: string,
): Graph.DirectoryAudit {
  return entry(tenant, {
    activity: 'Update conditional access policy',
    category: 'Policy',
    service: 'Conditional Access',
    operation: 'Update',
    actor,
    at,
    targets: [
      {
        id: after.id ?? null,
        displayName: after.displayName ?? null,
        type: 'Policy',
        modifiedProperties: [{ displayName: 'ConditionalAccessPolicy', oldValue: json(before), newValue: json(after) }],
      },
    ],
  });
}

/** "Add member to group": the member is the target; the group is named in its properties. */
export function groupMemberAdded(
  tenant: TenantModel,
  groupId: string,
  userId: string,
  actor: SimActor,
  at: string,
): Graph.DirectoryAudit {
  const group = tenant.groups.find((g) => g.id === groupId);
  const user = tenant.users.find((u) => u.id === userId);
  return entry(tenant, {
    activity: 'Add member to group',
    category: 'GroupManagement',
    service: 'Core Directory',
    operation: 'Assign',
    actor,
    at,
    targets: [
      {
        id: userId,
        displayName: null,
        type: 'User',
        userPrincipalName: user?.userPrincipalName ?? null,
        modifiedProperties: [
          { displayName: 'Group.ObjectID', oldValue: null, newValue: json(groupId) },
          { displayName: 'Group.DisplayName', oldValue: null, newValue: json(group?.displayName ?? null) },
        ],
      },
      {
        id: groupId,
        displayName: group?.displayName ?? null,
        type: 'Group',
        groupType: 'azureAD',
        modifiedProperties: [],
      },
    ],
  });
}

/** "Update authorization policy": each changed setting as its own property, old and new as JSON. */
export function authorizationPolicyUpdated(
  tenant: TenantModel,
  changes: readonly { readonly name: string; readonly before: unknown; readonly after: unknown }[],
  actor: SimActor,
  at: string,
): Graph.DirectoryAudit {
  return entry(tenant, {
    activity: 'Update authorization policy',
    category: 'Policy',
    service: 'Core Directory',
    operation: 'Update',
    actor,
    at,
    targets: [
      {
        id: tenant.authorizationPolicy.id ?? 'authorizationPolicy',
        displayName: tenant.authorizationPolicy.displayName ?? 'Authorization Policy',
        type: 'Policy',
        modifiedProperties: changes.map((c) => ({
          displayName: c.name,
          oldValue: json(c.before),
          newValue: json(c.after),
        })),
      },
    ],
  });
}

/**
 * Moves the log to `now`: the demo tenant's entries are dated before its fixed snapshot, so a scan
 * made today would find them outside its window. Each keeps its distance from the snapshot.
 */
export function rebaseAuditLog(tenant: TenantModel, snapshot: string, now: Date): void {
  const shift = now.getTime() - Date.parse(snapshot);
  tenant.directoryAudits = (tenant.directoryAudits ?? []).map((e) => ({
    ...e,
    activityDateTime: new Date(Date.parse(e.activityDateTime ?? snapshot) + shift).toISOString(),
  }));
}
