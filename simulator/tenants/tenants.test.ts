import { describe, expect, test } from 'vitest';
import { hasLicence, Licences } from '../licences';
import { generateLargeTenant } from './generate-large-tenant';
import { isTenantName, tenants } from './index';
import type { TenantName } from './index';

const names = Object.keys(tenants) as TenantName[];

describe.each(names)('%s', (name) => {
  const build = tenants[name];
  const tenant = build();

  test('builds the same model every time (deterministic)', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(tenant));
  });

  test('each call returns a fresh copy', () => {
    const a = build();
    a.authorizationPolicy.allowInvitesFrom = 'none';
    a.users.pop();
    const b = build();
    expect(b.authorizationPolicy.allowInvitesFrom).toBe(tenant.authorizationPolicy.allowInvitesFrom);
    expect(b.users).toHaveLength(tenant.users.length);
  });

  test('no two builds share a mutable object (patching one fixture never leaks into the next)', () => {
    const pristine = JSON.stringify(build());
    const seen = new Set<object>();
    const vandalise = (value: unknown): void => {
      if (value === null || typeof value !== 'object' || seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value)) {
        const items = [...(value as unknown[])];
        value.push('vandalised');
        items.forEach(vandalise);
      } else {
        const entries = Object.values(value);
        (value as Record<string, unknown>)['vandalised'] = true;
        entries.forEach(vandalise);
      }
    };
    vandalise(build());
    expect(JSON.stringify(build())).toBe(pristine);
  });

  test('ids are unique and every user has a registration row', () => {
    const userIds = tenant.users.map((u) => u.id);
    expect(new Set(userIds).size).toBe(userIds.length);
    expect(new Set(tenant.users.map((u) => u.userPrincipalName?.toLowerCase())).size).toBe(userIds.length);
    expect(new Set(tenant.groups.map((g) => g.id)).size).toBe(tenant.groups.length);
    expect(tenant.userRegistrationDetails.map((r) => r.id)).toEqual(userIds);
  });

  test('references point at objects that exist', () => {
    const objects = new Set([...tenant.users, ...tenant.groups, ...tenant.servicePrincipals].map((o) => o.id));
    for (const a of [...tenant.roleAssignments, ...tenant.roleEligibilityScheduleInstances])
      expect(objects.has(a.principalId ?? '')).toBe(true);
    for (const [groupId, members] of Object.entries(tenant.groupMembers)) {
      expect(objects.has(groupId)).toBe(true);
      for (const m of members) expect(objects.has(m), `${groupId} member ${m}`).toBe(true);
    }
    for (const p of tenant.conditionalAccessPolicies) {
      const users = p.conditions?.users;
      for (const id of [
        ...(users?.excludeUsers ?? []),
        ...(users?.excludeGroups ?? []),
        ...(users?.includeGroups ?? []),
      ])
        expect(objects.has(id), p.displayName).toBe(true);
    }
  });

  test('URD isAdmin matches who holds a role', () => {
    const holders = new Set(
      [...tenant.roleAssignments, ...tenant.roleEligibilityScheduleInstances].map((a) => a.principalId),
    );
    for (const row of tenant.userRegistrationDetails)
      expect(row.isAdmin, row.userPrincipalName).toBe(holders.has(row.id));
  });

  test('secure score profiles: at least 200, four categories, some deprecated', () => {
    const profiles = tenant.secureScoreControlProfiles;
    expect(profiles.length).toBeGreaterThanOrEqual(200);
    expect(new Set(profiles.map((p) => p.controlCategory))).toEqual(new Set(['Identity', 'Data', 'Device', 'Apps']));
    expect(profiles.some((p) => p.deprecated)).toBe(true);
    for (const id of [
      'AdminMFAV2',
      'MFARegistrationV2',
      'mdo_safelinksforemail',
      'exo_mailboxaudit',
      'mip_search_auditlog',
      'spo_legacy_auth',
      'meeting_autoadmitusers_v1',
    ]) {
      expect(profiles.map((p) => p.id)).toContain(id);
    }
  });

  test('secure scores are daily, newest first', () => {
    const dates = tenant.secureScores.map((s) => s.createdDateTime ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const latest = tenant.secureScores[0];
    expect(latest?.controlScores?.length).toBeGreaterThan(10);
    expect(latest?.currentScore).toBeLessThanOrEqual(latest?.maxScore ?? 0);
  });
});

test('the registry names the three built-in tenants', () => {
  expect(names.sort()).toEqual(['contoso', 'freshDefaults', 'hardenedE5']);
  expect(isTenantName('contoso')).toBe(true);
  expect(isTenantName('large')).toBe(false);
});

test('licences come from subscribedSkus', () => {
  const demo = tenants.contoso();
  expect([
    hasLicence(demo, Licences.entraP1),
    hasLicence(demo, Licences.entraP2),
    hasLicence(demo, Licences.intune),
  ]).toEqual([true, false, true]);
  const fresh = tenants.freshDefaults();
  expect([
    hasLicence(fresh, Licences.entraP1),
    hasLicence(fresh, Licences.entraP2),
    hasLicence(fresh, Licences.intune),
  ]).toEqual([false, false, false]);
  const golden = tenants.hardenedE5();
  expect([
    hasLicence(golden, Licences.entraP1),
    hasLicence(golden, Licences.entraP2),
    hasLicence(golden, Licences.intune),
  ]).toEqual([true, true, true]);
});

describe('generateLargeTenant', () => {
  test('reaches the requested size with a registration row for every member, deterministically', () => {
    const tenant = generateLargeTenant({ users: 3000 });
    expect(tenant.users).toHaveLength(3000);
    const members = tenant.users.filter((u) => u.userType === 'Member').map((u) => u.id);
    const rows = new Set(tenant.userRegistrationDetails.map((r) => r.id));
    expect(members.every((id) => rows.has(id))).toBe(true);
    expect(new Set(tenant.users.map((u) => u.userPrincipalName)).size).toBe(3000);
    expect(JSON.stringify(generateLargeTenant({ users: 3000 }).users)).toBe(JSON.stringify(tenant.users));
    expect(JSON.stringify(generateLargeTenant({ users: 3000, seed: 2 }).users)).not.toBe(JSON.stringify(tenant.users));
  });
});
