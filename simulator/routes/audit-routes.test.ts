import { describe, expect, test } from 'vitest';
import { createGraphSimulator } from '../simulator';
import type { TenantModel } from '../tenant-model';
import { applyTenantChange } from '../tenant-changes';
import { contoso } from '../tenants/contoso';
import { allPages, get } from '../test-requests';

const AUDITS = '/v1.0/auditLogs/directoryAudits';
const q = (query: Record<string, string>): string =>
  `${AUDITS}?${Object.entries(query)
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;

/** Contoso with `n` more additions to one group, an hour apart from 1 Dec 2026 00:00 UTC. */
function busyTenant(n: number): TenantModel {
  const tenant = contoso();
  const group = tenant.groups.find((g) => g.displayName === 'Marketing');
  for (let i = 0; i < n; i++) {
    applyTenantChange(tenant, {
      kind: 'addGroupMember',
      groupId: group?.id ?? '',
      userId: tenant.users[i]?.id ?? '',
      actor: { upn: 'patti.fernandez@contoso.com' },
      at: new Date(Date.UTC(2026, 11, 1, i)).toISOString(),
    });
  }
  return tenant;
}

const activities = (page: { json: { value?: Array<Record<string, unknown>> } }) =>
  (page.json.value ?? []).map((e) => e['activityDisplayName']);

describe('GET /auditLogs/directoryAudits', () => {
  test('the demo tenant logs who changed what, newest first, in the documented shape', async () => {
    const page = await get(createGraphSimulator(contoso()), AUDITS);
    expect(page.status).toBe(200);
    expect(activities(page)).toEqual([
      'Add member to group',
      'Update conditional access policy',
      'Update authorization policy',
    ]);
    const [added, ca, auth] = page.json.value ?? [];
    expect(added?.['initiatedBy']).toMatchObject({
      user: { userPrincipalName: 'nestor.wilke@contoso.com' },
      app: null,
    });
    expect(auth?.['initiatedBy']).toMatchObject({ user: null, app: { displayName: 'Microsoft365DSC' } });
    const [target] = ca?.['targetResources'] as Array<{ modifiedProperties: Array<Record<string, string>> }>;
    const prop = target?.modifiedProperties[0];
    expect(prop?.['displayName']).toBe('ConditionalAccessPolicy');
    expect(JSON.parse(prop?.['oldValue'] ?? '{}')).toMatchObject({ state: 'enabled' });
    expect(JSON.parse(prop?.['newValue'] ?? '{}')).toMatchObject({ state: 'enabledForReportingButNotEnforced' });
  });

  test('$filter on activityDateTime ge/le and activityDisplayName eq or startswith, any casing', async () => {
    const sim = createGraphSimulator(busyTenant(10));
    const window = 'activityDateTime ge 2026-12-01T02:00:00Z and activityDateTime le 2026-12-01T04:00:00Z';
    const inWindow = await get(sim, q({ $filter: `${window} and activityDisplayName eq 'add MEMBER to group'` }));
    expect(inWindow.json.value?.map((e) => e['activityDateTime'])).toEqual([
      '2026-12-01T04:00:00.000Z',
      '2026-12-01T03:00:00.000Z',
      '2026-12-01T02:00:00.000Z',
    ]);
    const either = await get(
      sim,
      q({
        $filter:
          "startswith(activityDisplayName,'update CONDITIONAL') or activityDisplayName eq 'Update authorization policy'",
      }),
    );
    expect(activities(either)).toEqual(['Update conditional access policy', 'Update authorization policy']);
  });

  test('$orderby activityDateTime, $top and paging by @odata.nextLink', async () => {
    const sim = createGraphSimulator(busyTenant(25));
    const filter = "activityDisplayName eq 'Add member to group' and activityDateTime ge 2026-12-01T00:00:00Z";
    const pages = await allPages(sim, q({ $filter: filter, $orderby: 'activityDateTime desc', $top: '10' }));
    expect(pages.map((p) => p.json.value?.length)).toEqual([10, 10, 5]);
    const times = pages.flatMap((p) => p.json.value?.map((e) => String(e['activityDateTime'])) ?? []);
    expect(times).toEqual([...times].sort().reverse());
    const oldestFirst = await get(sim, q({ $filter: filter, $orderby: 'activityDateTime', $top: '1' }));
    expect(oldestFirst.json.value?.[0]?.['activityDateTime']).toBe('2026-12-01T00:00:00.000Z');
  });

  test('a filter Graph refuses is a 400, not ignored', async () => {
    const sim = createGraphSimulator(contoso());
    expect((await get(sim, q({ $filter: "endswith(activityDisplayName,'group')" }))).status).toBe(400);
    expect((await get(sim, q({ $orderby: 'category' }))).status).toBe(400);
  });

  test('403 without AuditLog.Read.All, as for every other permission', async () => {
    const without = createGraphSimulator(contoso(), { grantedScopes: ['Policy.Read.All'] });
    const denied = await get(without, AUDITS);
    expect(denied.status).toBe(403);
    expect(denied.json.error?.code).toBe('Authorization_RequestDenied');
    const withIt = createGraphSimulator(contoso(), { grantedScopes: ['AuditLog.Read.All'] });
    expect((await get(withIt, AUDITS)).status).toBe(200);
  });
});
