import { describe, expect, test } from 'vitest';
import { RoleTemplates } from '../built-in-roles';
import { createGraphSimulator } from '../simulator';
import { allPages, get } from '../test-requests';
import { contoso, CONTOSO_INJECTION_NAME } from './contoso';
import { freshDefaults } from './fresh-defaults';

const sim = createGraphSimulator(contoso());
type Json = Record<string, unknown>;
const list = async (url: string): Promise<Json[]> =>
  (await allPages(sim, url)).flatMap((p) => (p.json.value ?? []) as Json[]);
const read = async (url: string): Promise<Json> => (await get(sim, url)).json;

describe('contoso: the demo tenant’s mixed posture', () => {
  test('about 250 users, a few guests, hybrid', () => {
    const t = contoso();
    expect(t.users.length).toBe(250);
    expect(t.users.filter((u) => u.userType === 'Guest')).toHaveLength(8);
    expect(t.organization.onPremisesSyncEnabled).toBe(true);
  });

  test('six Global Administrators, one of them break-glass', async () => {
    const members = await list(`/v1.0/directoryRoles/roleTemplateId=${RoleTemplates.globalAdministrator}/members`);
    expect(members).toHaveLength(6);
    expect(members.map((m) => m['displayName'])).toContain('Break Glass 01');
  });

  test('admin MFA is enforced, all-user MFA only report-only, legacy auth blocked with a group excluded', async () => {
    const policies = await list('/v1.0/identity/conditionalAccess/policies');
    const byName = new Map(policies.map((p) => [p['displayName'], p]));
    expect(byName.get('Require MFA for administrators')?.['state']).toBe('enabled');
    expect(byName.get('Require MFA for all users')?.['state']).toBe('enabledForReportingButNotEnforced');
    const legacy = byName.get('Block legacy authentication') as {
      state: string;
      conditions: { users: { excludeGroups: string[] } };
    };
    expect(legacy.state).toBe('enabled');
    expect(legacy.conditions.users.excludeGroups).toHaveLength(1);
  });

  test('user consent for verified publishers, users can register apps, no admin consent workflow', async () => {
    const a = await read('/v1.0/policies/authorizationPolicy');
    const perms = a['defaultUserRolePermissions'] as {
      permissionGrantPoliciesAssigned: string[];
      allowedToCreateApps: boolean;
    };
    expect(perms.permissionGrantPoliciesAssigned).toContain('ManagePermissionGrantsForSelf.microsoft-user-default-low');
    expect(perms.allowedToCreateApps).toBe(true);
    expect((await read('/v1.0/policies/adminConsentRequestPolicy'))['isEnabled']).toBe(false);
  });

  test('passwords never expire on contoso.com but expire after 90 days on fabrikam.co.uk', async () => {
    const domains = await list('/v1.0/domains?$select=id,passwordValidityPeriodInDays');
    expect(Object.fromEntries(domains.map((d) => [d['id'], d['passwordValidityPeriodInDays']]))).toEqual({
      'contoso.onmicrosoft.com': null,
      'contoso.com': 2147483647,
      'fabrikam.co.uk': 90,
      'research.contoso.com': null,
    });
  });

  test('about 70 % of members can do MFA', async () => {
    const members = await list(
      "/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=userType eq 'member'",
    );
    const share = members.filter((r) => r['isMfaCapable'] === true).length / members.length;
    expect(share).toBeGreaterThan(0.65);
    expect(share).toBeLessThan(0.75);
  });

  test('the research division is federated with an AD FS that enforces MFA, and some of its staff have no Entra methods', async () => {
    const [config] = await list('/v1.0/domains/research.contoso.com/federationConfiguration');
    expect(config).toMatchObject({
      displayName: 'Contoso Research AD FS',
      federatedIdpMfaBehavior: 'enforceMfaByFederatedIdp',
    });
    expect((await get(sim, '/v1.0/domains/contoso.com/federationConfiguration')).json.value).toEqual([]);
    const rows = await list(
      "/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaCapable eq false and userType eq 'member'",
    );
    const research = rows.filter((r) => String(r['userPrincipalName']).endsWith('@research.contoso.com'));
    expect(research.length).toBeGreaterThan(0);
    expect(research.length).toBeLessThan(rows.length);
  });

  test('DKIM selectors are published for contoso.com only', () => {
    const dns = contoso().publicDns;
    expect(dns['selector1._domainkey.contoso.com']?.CNAME).toHaveLength(1);
    expect(dns['selector2._domainkey.contoso.com']?.CNAME).toHaveLength(1);
    expect(dns['selector1._domainkey.fabrikam.co.uk']).toBeUndefined();
  });

  test('SharePoint allows Anyone links; SPF is strict on one domain only', async () => {
    expect((await read('/v1.0/admin/sharepoint/settings'))['sharingCapability']).toBe('externalUserAndGuestSharing');
    const dns = contoso().publicDns;
    expect(dns['contoso.com']?.TXT?.[0]).toMatch(/-all$/);
    expect(dns['fabrikam.co.uk']?.TXT?.[0]).toMatch(/~all$/);
    expect(dns['_dmarc.fabrikam.co.uk']).toBeUndefined();
  });

  test('Entra ID P1 and Intune, but no P2', async () => {
    const skus = await list('/v1.0/subscribedSkus?$select=skuPartNumber,servicePlans');
    const plans = skus.flatMap((s) =>
      (s['servicePlans'] as Array<{ servicePlanName: string }>).map((p) => p.servicePlanName),
    );
    expect(plans).toContain('AAD_PREMIUM');
    expect(plans).toContain('INTUNE_A');
    expect(plans).not.toContain('AAD_PREMIUM_P2');
  });

  // The policy asks for an approved client app, which no control judges: it stays out of the demo's findings.
  test('the HTML injection attempt is there, verbatim, in a user and a CA policy', async () => {
    const users = await list('/v1.0/users?$select=id,displayName');
    expect(users.map((u) => u['displayName'])).toContain(CONTOSO_INJECTION_NAME);
    const policies = await list('/v1.0/identity/conditionalAccess/policies?$select=id,displayName');
    expect(policies.map((p) => p['displayName'])).toContain('<img src=x onerror=alert(1)> Finance');
  });

  test('Secure Score sits around half marks', async () => {
    const [latest] = await list('/v1.0/security/secureScores?$top=1');
    const ratio = Number(latest?.['currentScore']) / Number(latest?.['maxScore']);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(0.6);
  });
});

describe('freshDefaults: a tenant as Microsoft creates it', () => {
  const fresh = createGraphSimulator(freshDefaults());

  test('security defaults on, no CA, one GA', async () => {
    expect((await get(fresh, '/v1.0/policies/identitySecurityDefaultsEnforcementPolicy')).json['isEnabled']).toBe(true);
    expect((await get(fresh, '/v1.0/identity/conditionalAccess/policies')).json.value).toEqual([]);
    const gas = await get(fresh, `/v1.0/directoryRoles/roleTemplateId=${RoleTemplates.globalAdministrator}/members`);
    expect(gas.json.value).toHaveLength(1);
  });

  test('defaults everywhere: legacy user consent, app registration, null password expiry', async () => {
    const a = (await get(fresh, '/v1.0/policies/authorizationPolicy')).json;
    const perms = a['defaultUserRolePermissions'] as {
      permissionGrantPoliciesAssigned: string[];
      allowedToCreateApps: boolean;
    };
    expect(perms.permissionGrantPoliciesAssigned).toContain(
      'ManagePermissionGrantsForSelf.microsoft-user-default-legacy',
    );
    expect(perms.allowedToCreateApps).toBe(true);
    const [d] = (await get(fresh, '/v1.0/domains')).json.value ?? [];
    expect(d?.['passwordValidityPeriodInDays']).toBeNull();
    const skus = (await get(fresh, '/v1.0/subscribedSkus')).json.value ?? [];
    expect(skus.map((s) => s['skuPartNumber'])).toEqual(['O365_BUSINESS_ESSENTIALS']);
  });
});
