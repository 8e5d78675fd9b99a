import { describe, expect, test } from 'vitest';
import { rebaseAuditLog } from './audit-log';
import { createGraphSimulator } from './simulator';
import { applyTenantChange } from './tenant-changes';
import { contoso } from './tenants/contoso';
import { SNAPSHOT_DATE } from './tenants/well-known';
import { get } from './test-requests';

const AT = '2026-12-04T09:30:00.000Z';

describe('applyTenantChange', () => {
  test('a policy switched to report-only is served so, and logged with the whole policy before and after', async () => {
    const tenant = contoso();
    const policy = tenant.conditionalAccessPolicies.find((p) => p.displayName === 'Block legacy authentication');
    applyTenantChange(tenant, {
      kind: 'caPolicyState',
      policyId: policy?.id ?? '',
      state: 'enabledForReportingButNotEnforced',
      actor: { upn: 'alex.wilber@contoso.com' },
      at: AT,
    });
    const sim = createGraphSimulator(tenant);
    const served = await get(sim, `/v1.0/identity/conditionalAccess/policies/${policy?.id}`);
    expect(served.json['state']).toBe('enabledForReportingButNotEnforced');

    const log = await get(sim, `/v1.0/auditLogs/directoryAudits?$filter=activityDateTime eq ${AT}`);
    const [entry] = log.json.value ?? [];
    expect(entry).toMatchObject({
      activityDisplayName: 'Update conditional access policy',
      result: 'success',
      initiatedBy: { user: { userPrincipalName: 'alex.wilber@contoso.com', displayName: 'Alex Wilber' } },
    });
    const [target] = entry?.['targetResources'] as Array<{
      id: string;
      modifiedProperties: Array<Record<string, string>>;
    }>;
    expect(target?.id).toBe(policy?.id);
    const [prop] = target?.modifiedProperties ?? [];
    expect(JSON.parse(prop?.['oldValue'] ?? '')).toMatchObject({
      displayName: 'Block legacy authentication',
      state: 'enabled',
    });
    expect(JSON.parse(prop?.['newValue'] ?? '')).toMatchObject({ state: 'enabledForReportingButNotEnforced' });
  });

  test('a user added to a group is a member, and the log names the group and the app that did it', async () => {
    const tenant = contoso();
    const group = tenant.groups.find((g) => g.displayName === 'Emergency Access Accounts');
    const user = tenant.users.find((u) => u.userPrincipalName?.startsWith('lidia.holloway@'));
    applyTenantChange(tenant, {
      kind: 'addGroupMember',
      groupId: group?.id ?? '',
      userId: user?.id ?? '',
      actor: { app: 'Microsoft365DSC' },
      at: AT,
    });
    expect(tenant.groupMembers[group?.id ?? '']).toContain(user?.id);
    const sim = createGraphSimulator(tenant);
    const members = await get(sim, `/v1.0/groups/${group?.id}/members?$select=id`);
    expect(members.json.value?.map((m) => m['id'])).toContain(user?.id);
    const log = await get(sim, `/v1.0/auditLogs/directoryAudits?$filter=activityDateTime eq ${AT}`);
    const [entry] = log.json.value ?? [];
    expect(entry).toMatchObject({
      activityDisplayName: 'Add member to group',
      initiatedBy: { user: null, app: { displayName: 'Microsoft365DSC' } },
    });
    const [member] = entry?.['targetResources'] as Array<{
      id: string;
      modifiedProperties: Array<Record<string, string>>;
    }>;
    expect(member?.id).toBe(user?.id);
    expect(member?.modifiedProperties).toEqual([
      { displayName: 'Group.ObjectID', oldValue: null, newValue: JSON.stringify(group?.id) },
      { displayName: 'Group.DisplayName', oldValue: null, newValue: '"Emergency Access Accounts"' },
    ]);
  });

  test('an unknown policy, group or user is a test error, not a silent no-op', () => {
    const tenant = contoso();
    const actor = { upn: 'alex.wilber@contoso.com' };
    expect(() =>
      applyTenantChange(tenant, { kind: 'caPolicyState', policyId: 'nope', state: 'disabled', actor, at: AT }),
    ).toThrow(/no Conditional Access policy nope/);
    expect(() =>
      applyTenantChange(tenant, { kind: 'addGroupMember', groupId: 'nope', userId: 'x', actor, at: AT }),
    ).toThrow(/no group nope/);
  });
});

describe('rebaseAuditLog', () => {
  test('moves the demo log to now, each entry keeping its distance from the snapshot', () => {
    const tenant = contoso();
    const before = (tenant.directoryAudits ?? []).map((e) => Date.parse(e.activityDateTime ?? ''));
    rebaseAuditLog(tenant, SNAPSHOT_DATE, new Date('2027-01-10T06:00:00Z'));
    const after = (tenant.directoryAudits ?? []).map((e) => Date.parse(e.activityDateTime ?? ''));
    const shift = Date.parse('2027-01-10T06:00:00Z') - Date.parse(SNAPSHOT_DATE);
    expect(after).toEqual(before.map((t) => t + shift));
  });
});
