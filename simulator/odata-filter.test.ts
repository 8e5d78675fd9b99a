import { describe, expect, test } from 'vitest';
import { FilterSyntaxError, parseFilter } from './odata-filter';
import { createGraphSimulator } from './simulator';
import { contoso } from './tenants/contoso';
import { hardenedE5 } from './tenants/hardened-e5';
import { get } from './test-requests';

// expect.any() is typed `any`; held as unknown so objects built with it stay typed.
const ANY_STRING: unknown = expect.any(String);

describe('parseFilter', () => {
  const item = {
    '@odata.type': '#microsoft.graph.ipNamedLocation',
    displayName: 'Contoso HQ',
    userType: 'Member',
    accountEnabled: true,
    count: 3,
    groupTypes: ['Unified', 'DynamicMembership'],
    assignedLicenses: [{ skuId: 'c7df2760-2c81-4ef7-b578-5b5392b571df' }],
    createdDateTime: '2024-05-01T00:00:00Z',
    nested: { state: 'enabled' },
  };
  test.each([
    ["displayName eq 'contoso hq'", true],
    ["userType eq 'Guest'", false],
    ['accountEnabled eq true', true],
    ['accountEnabled eq false', false],
    ["userType eq 'Member' and accountEnabled eq true", true],
    ["userType eq 'Guest' or accountEnabled eq true", true],
    ["userType ne 'Member'", false],
    ["not(userType eq 'Guest')", true],
    ["startswith(displayName,'Cont')", true],
    ["endswith(displayName,'hq')", true],
    ["groupTypes/any(c:c eq 'Unified')", true],
    ["groupTypes/any(c:c eq 'Team')", false],
    ['groupTypes/any()', true],
    ["isof('microsoft.graph.ipNamedLocation')", true],
    ["isof('microsoft.graph.countryNamedLocation')", false],
    ['assignedLicenses/$count eq 1', true],
    ['assignedLicenses/$count eq 0', false],
    ['assignedLicenses/any(x:x/skuId eq c7df2760-2c81-4ef7-b578-5b5392b571df)', true],
    ['createdDateTime ge 2024-01-01T00:00:00Z', true],
    ['count gt 2 and count le 3', true],
    ["nested/state eq 'enabled'", true],
    ["userType in ('Guest', 'Member')", true],
    ["displayName eq 'it''s'", false],
    ['missing eq null', true],
  ])('%s → %s', (text, expected) => {
    expect(parseFilter(text).matches(item)).toBe(expected);
  });

  test('reports what it uses', () => {
    const f = parseFilter(
      "groupTypes/any(c:c eq 'Unified') and not(startswith(mail,'x')) and assignedLicenses/$count ne 0",
    );
    expect([...f.features.properties].sort()).toEqual(['assignedLicenses', 'groupTypes', 'mail']);
    expect([...f.features.functions]).toEqual(['startswith']);
    expect(f.features.operators.has('not')).toBe(true);
    expect(f.features.operators.has('ne')).toBe(true);
    expect(f.features.usesCount).toBe(true);
  });

  test.each(["displayName eq 'open", 'displayName eq', "foo('x')", 'a eq 1 b', '(a eq 1'])(
    '%s is a syntax error',
    (text) => {
      expect(() => parseFilter(text)).toThrow(FilterSyntaxError);
    },
  );
});

describe('$filter forms the catalogue sends', () => {
  const sim = createGraphSimulator(contoso());
  const golden = createGraphSimulator(hardenedE5());
  const GA = '62e90394-69f5-4237-9190-012177145e10';
  const count = async (s: typeof sim, url: string): Promise<number> => {
    const res = await get(s, url);
    expect(res.status, JSON.stringify(res.json.error)).toBe(200);
    return res.json.value?.length ?? -1;
  };

  test("prop eq 'x' and booleans", async () => {
    expect(await count(sim, "/v1.0/users?$filter=userType eq 'Guest'&$select=id")).toBe(8);
    expect(await count(sim, '/v1.0/users?$filter=accountEnabled eq false&$select=id')).toBe(1);
  });

  test('startswith', async () => {
    expect(await count(sim, "/v1.0/users?$filter=startswith(displayName,'Break Glass')&$select=id")).toBe(1);
  });

  test("groupTypes/any(c:c eq 'Unified') with $select", async () => {
    const res = await get(
      sim,
      "/v1.0/groups?$filter=groupTypes/any(c:c eq 'Unified')&$select=id,displayName,visibility",
    );
    expect(res.json.value).toHaveLength(9);
    expect(res.json.value?.filter((g) => g['visibility'] === 'Public')).toHaveLength(4);
  });

  test("groupTypes/any(c:c eq 'DynamicMembership') finds the guest group in the golden tenant", async () => {
    const res = await get(
      golden,
      "/v1.0/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')&$select=id,displayName,membershipRule",
    );
    expect(res.json.value?.map((g) => g['membershipRule'])).toContain('(user.userType -eq "Guest")');
  });

  test("isof('microsoft.graph.ipNamedLocation')", async () => {
    const res = await get(
      sim,
      "/v1.0/identity/conditionalAccess/namedLocations?$filter=isof('microsoft.graph.ipNamedLocation')",
    );
    expect(res.json.value?.map((l) => l['displayName'])).toEqual(['Contoso HQ', 'Manchester office']);
  });

  test("appId eq '…' on service principals", async () => {
    const url =
      "/v1.0/servicePrincipals?$filter=appId eq 'c1f33bc0-bdb4-4248-ba9b-096807ddb43e'&$select=id,accountEnabled";
    expect(await count(sim, url)).toBe(0);
    const res = await get(golden, url);
    expect(res.json.value).toEqual([{ id: ANY_STRING, accountEnabled: false }]);
  });

  test("roleDefinitionId eq '…' on active and eligible assignments", async () => {
    expect(
      await count(
        sim,
        `/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${GA}'&$expand=principal`,
      ),
    ).toBe(6);
    expect(
      await count(
        golden,
        `/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${GA}'&$expand=principal`,
      ),
    ).toBe(2);
    expect(
      await count(
        golden,
        `/v1.0/roleManagement/directory/roleEligibilityScheduleInstances?$filter=roleDefinitionId eq '${GA}'&$expand=principal`,
      ),
    ).toBe(1);
  });

  test('URD: isAdmin eq true, and isMfaCapable eq false and userType eq member', async () => {
    const admins = await get(
      sim,
      '/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isAdmin eq true',
    );
    expect(admins.json.value).toHaveLength(12);
    expect(admins.json.value?.filter((r) => r['isMfaCapable'] === false).map((r) => r['userPrincipalName'])).toEqual([
      'msp.support@contoso.onmicrosoft.com',
    ]);
    const url =
      "/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaCapable eq false and userType eq 'member'";
    expect(await count(golden, url)).toBe(0);
    const contosoRows = (await get(sim, url)).json.value ?? [];
    expect(contosoRows.length).toBeGreaterThan(40);
    expect(contosoRows.every((r) => r['isMfaCapable'] === false && r['userType'] === 'member')).toBe(true);
  });

  test('URD refuses operators its docs do not list', async () => {
    const res = await get(
      sim,
      "/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=userType ne 'guest'",
    );
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe('Request_UnsupportedQuery');
  });

  test('an unsupported property or function is a 400 Request_UnsupportedQuery, never ignored', async () => {
    const prop = await get(sim, "/v1.0/users?$filter=favouriteColour eq 'blue'");
    expect(prop.status).toBe(400);
    expect(prop.json.error?.code).toBe('Request_UnsupportedQuery');
    expect(prop.json.error?.message).toContain("'favouriteColour'");
    const fn = await get(sim, "/v1.0/users?$filter=contains(displayName,'a')");
    expect(fn.status).toBe(400);
    expect(fn.json.error?.code).toBe('Request_UnsupportedQuery');
  });

  test('a filter on a resource without $filter support is a 400', async () => {
    expect((await get(sim, "/v1.0/subscribedSkus?$filter=skuPartNumber eq 'SPB'")).status).toBe(400);
  });

  test('a syntax error is a 400 BadRequest', async () => {
    const res = await get(sim, "/v1.0/users?$filter=userType eq 'Guest");
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe('BadRequest');
  });

  test('PIM policy assignments need scopeId and scopeType in the filter', async () => {
    expect((await get(golden, '/v1.0/policies/roleManagementPolicyAssignments')).status).toBe(400);
    const ok = await get(
      golden,
      `/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${GA}'&$select=policyId`,
    );
    expect(ok.json.value).toHaveLength(1);
  });

  test('percent-encoded filters (as sources send them) work', async () => {
    const res = await get(sim, `/v1.0/users?$filter=${encodeURIComponent("userType eq 'Guest'")}&$select=id`);
    expect(res.json.value).toHaveLength(8);
    const plus = await get(sim, "/v1.0/users?$filter=userType+eq+'Guest'&$select=id");
    expect(plus.json.value).toHaveLength(8);
  });
});
