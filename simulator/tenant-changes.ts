/**
 * Changing a simulated tenant between two scans, as an admin (or an app) would: the change is made to
 * what the simulator serves, and the matching entry is written to its audit log, so a test can assert
 * both the verdict that moved and who moved it.
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import { caPolicyUpdated, groupMemberAdded, type SimActor } from './audit-log';
import type { TenantModel } from './tenant-model';

export type TenantChange =
  | {
      readonly kind: 'caPolicyState';
      readonly policyId: string;
      readonly state: 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';
      readonly actor: SimActor;
      /** When it happened, ISO 8601. */
      readonly at: string;
    }
  | {
      readonly kind: 'addGroupMember';
      readonly groupId: string;
      readonly userId: string;
      readonly actor: SimActor;
      readonly at: string;
    };

function log(tenant: TenantModel, entry: Graph.DirectoryAudit): void {
  tenant.directoryAudits = [...(tenant.directoryAudits ?? []), entry];
}

/** Makes the change and logs it. Throws on an unknown policy, group or user: a test typo, not a tenant. */
export function applyTenantChange(tenant: TenantModel, change: TenantChange): void {
  switch (change.kind) {
    case 'caPolicyState': {
      const i = tenant.conditionalAccessPolicies.findIndex((p) => p.id === change.policyId);
      const before = tenant.conditionalAccessPolicies[i];
      if (!before) throw new Error(`no Conditional Access policy ${change.policyId}`);
      const after: Graph.ConditionalAccessPolicy = { ...before, state: change.state, modifiedDateTime: change.at };
      tenant.conditionalAccessPolicies[i] = after;
      log(tenant, caPolicyUpdated(tenant, before, after, change.actor, change.at));
      return;
    }
    case 'addGroupMember': {
      if (!tenant.groups.some((g) => g.id === change.groupId)) throw new Error(`no group ${change.groupId}`);
      if (!tenant.users.some((u) => u.id === change.userId)) throw new Error(`no user ${change.userId}`);
      const members = tenant.groupMembers[change.groupId] ?? [];
      if (!members.includes(change.userId)) tenant.groupMembers[change.groupId] = [...members, change.userId];
      log(tenant, groupMemberAdded(tenant, change.groupId, change.userId, change.actor, change.at));
      return;
    }
  }
}
