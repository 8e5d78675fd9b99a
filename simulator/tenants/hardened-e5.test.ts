import { describe, expect, test } from 'vitest';
import { RoleTemplates } from '../built-in-roles';
import { createGraphSimulator } from '../simulator';
import { allPages, get } from '../test-requests';
import { hardenedE5, hardenedE5Ids } from './hardened-e5';

// expect.any() is typed `any`; held as unknown so objects built with it stay typed.
const ANY_STRING: unknown = expect.any(String);

/**
 * The golden tenant read back through the simulator, checked against graph-sources.md §1's pass
 * rules, so tests that patch one field start from a tenant that really passes everything.
 */
const sim = createGraphSimulator(hardenedE5(), { callerIsGlobalAdmin: true });
type Json = Record<string, unknown>;

async function read(url: string, headers: Record<string, string> = {}): Promise<Json> {
  const res = await get(sim, url, headers);
  expect(res.status, `${url}: ${JSON.stringify(res.json.error)}`).toBe(200);
  return res.json;
}
async function list(url: string, headers: Record<string, string> = {}): Promise<Json[]> {
  const pages = await allPages(sim, url, headers);
  for (const p of pages) expect(p.status, url).toBe(200);
  return pages.flatMap((p) => (p.json.value ?? []) as Json[]);
}
const at = (o: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), o);
const strings = (o: unknown, path: string): string[] => (at(o, path) as string[] | undefined) ?? [];

const CIS_PRIVILEGED = [
  RoleTemplates.globalAdministrator,
  RoleTemplates.privilegedRoleAdministrator,
  RoleTemplates.exchangeAdministrator,
  RoleTemplates.sharePointAdministrator,
  RoleTemplates.teamsAdministrator,
  RoleTemplates.securityAdministrator,
];

describe('conditional access (I-01…I-11, D-04…D-06, A-15)', async () => {
  const policies = await list('/v1.0/identity/conditionalAccess/policies');
  const enabled = policies.filter((p) => p['state'] === 'enabled');
  const allUsersAllApps = (p: Json): boolean =>
    strings(p, 'conditions.users.includeUsers').includes('All') &&
    strings(p, 'conditions.applications.includeApplications').includes('All');
  const grants = (p: Json): string[] => strings(p, 'grantControls.builtInControls');

  test('every enabled policy excludes both break-glass accounts and nothing else (I-29)', () => {
    for (const p of enabled) {
      expect(strings(p, 'conditions.users.excludeUsers').sort(), String(p['displayName'])).toEqual(
        [...hardenedE5Ids.breakGlass].sort(),
      );
      expect(strings(p, 'conditions.users.excludeGroups')).toEqual([hardenedE5Ids.emergencyAccessGroup]);
    }
  });

  test('phishing-resistant MFA for the privileged roles (I-01, I-07)', () => {
    const p = enabled.find(
      (x) =>
        CIS_PRIVILEGED.every((r) => strings(x, 'conditions.users.includeRoles').includes(r)) &&
        at(x, 'grantControls.authenticationStrength'),
    );
    expect(p).toBeDefined();
    expect(
      strings(p, 'grantControls.authenticationStrength.allowedCombinations').every((c) =>
        ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'].includes(c),
      ),
    ).toBe(true);
  });

  test('phishing-resistant MFA for all users, legacy auth blocked (I-02, I-04, I-07 for CISA 3.1)', () => {
    const phishingResistant = ['windowsHelloForBusiness', 'fido2', 'x509CertificateMultiFactor'];
    expect(
      enabled.some(
        (p) =>
          allUsersAllApps(p) &&
          grants(p).length === 0 &&
          strings(p, 'grantControls.authenticationStrength.allowedCombinations').every((c) =>
            phishingResistant.includes(c),
          ) &&
          strings(p, 'conditions.userRiskLevels').length === 0 &&
          strings(p, 'conditions.signInRiskLevels').length === 0,
      ),
    ).toBe(true);
    expect(
      enabled.some(
        (p) =>
          allUsersAllApps(p) &&
          ['exchangeActiveSync', 'other'].every((c) => strings(p, 'conditions.clientAppTypes').includes(c)) &&
          grants(p).join() === 'block',
      ),
    ).toBe(true);
  });

  test('user and sign-in risk (I-05, I-06)', () => {
    const everyTime = (p: Json): boolean => at(p, 'sessionControls.signInFrequency.frequencyInterval') === 'everyTime';
    expect(
      enabled.some(
        (p) =>
          allUsersAllApps(p) &&
          strings(p, 'conditions.userRiskLevels').includes('high') &&
          grants(p).includes('passwordChange') &&
          grants(p).includes('mfa') &&
          everyTime(p),
      ),
    ).toBe(true);
    const risky = (p: Json): boolean =>
      ['high', 'medium'].every((l) => strings(p, 'conditions.signInRiskLevels').includes(l));
    expect(enabled.some((p) => allUsersAllApps(p) && risky(p) && grants(p).includes('mfa') && everyTime(p))).toBe(true);
    expect(
      enabled.some(
        (p) =>
          allUsersAllApps(p) &&
          risky(p) &&
          grants(p).join() === 'block' &&
          strings(p, 'conditions.applications.excludeApplications').length === 0,
      ),
    ).toBe(true);
  });

  test('admin sessions, admin portals, device code (I-08, I-09, I-10)', () => {
    expect(
      enabled.some(
        (p) =>
          strings(p, 'conditions.users.includeRoles').length > 0 &&
          at(p, 'sessionControls.signInFrequency.type') === 'hours' &&
          Number(at(p, 'sessionControls.signInFrequency.value')) <= 4 &&
          at(p, 'sessionControls.persistentBrowser.mode') === 'never',
      ),
    ).toBe(true);
    expect(
      enabled.some(
        (p) =>
          strings(p, 'conditions.applications.includeApplications').includes('MicrosoftAdminPortals') &&
          CIS_PRIVILEGED.every((r) => strings(p, 'conditions.users.excludeRoles').includes(r)) &&
          grants(p).join() === 'block',
      ),
    ).toBe(true);
    expect(
      enabled.some(
        (p) =>
          allUsersAllApps(p) &&
          String(at(p, 'conditions.authenticationFlows.transferMethods')).split(',').includes('deviceCodeFlow') &&
          String(at(p, 'conditions.authenticationFlows.transferMethods')).includes('authenticationTransfer'),
      ),
    ).toBe(true);
  });

  test('locations: a trusted IP range and a block on untrusted countries (I-11)', async () => {
    const ip = await list(
      "/v1.0/identity/conditionalAccess/namedLocations?$filter=isof('microsoft.graph.ipNamedLocation')",
    );
    expect(ip.some((l) => l['isTrusted'] === true && (l['ipRanges'] as unknown[]).length > 0)).toBe(true);
    expect(
      enabled.some(
        (p) =>
          strings(p, 'conditions.locations.includeLocations').includes(hardenedE5Ids.blockedCountries) &&
          strings(p, 'conditions.locations.excludeLocations').includes('AllTrusted') &&
          grants(p).join() === 'block',
      ),
    ).toBe(true);
  });

  test('devices: compliant device, security-info registration, Intune enrolment (D-04…D-06)', () => {
    expect(
      enabled.some(
        (p) =>
          allUsersAllApps(p) &&
          grants(p).includes('compliantDevice') &&
          grants(p).every((g) => g === 'compliantDevice' || g === 'domainJoinedDevice'),
      ),
    ).toBe(true);
    expect(
      enabled.some(
        (p) =>
          strings(p, 'conditions.applications.includeUserActions').includes('urn:user:registersecurityinfo') &&
          grants(p).includes('compliantDevice'),
      ),
    ).toBe(true);
    expect(
      enabled.some(
        (p) =>
          strings(p, 'conditions.applications.includeApplications').includes('d4ebce55-015a-49b5-a083-c84d1797ae8c') &&
          at(p, 'sessionControls.signInFrequency.frequencyInterval') === 'everyTime',
      ),
    ).toBe(true);
  });

  test('browser sessions use app-enforced restrictions (A-15)', () => {
    expect(
      enabled.some(
        (p) =>
          strings(p, 'conditions.applications.includeApplications').includes('Office365') &&
          strings(p, 'conditions.clientAppTypes').join() === 'browser' &&
          at(p, 'sessionControls.applicationEnforcedRestrictions.isEnabled') === true,
      ),
    ).toBe(true);
  });
});

describe('Entra policies', () => {
  test('security defaults off because CA is used (I-03)', async () => {
    expect((await read('/v1.0/policies/identitySecurityDefaultsEnforcementPolicy'))['isEnabled']).toBe(false);
  });

  test('authentication methods (I-12…I-15)', async () => {
    const amp = await read('/beta/policies/authenticationMethodsPolicy');
    expect(amp['policyMigrationState']).toBe('migrationComplete');
    expect(at(amp, 'systemCredentialPreferences.state')).toBe('enabled');
    expect(strings(amp, 'systemCredentialPreferences.includeTargets').length).toBe(1);
    const configs = amp['authenticationMethodConfigurations'] as Json[];
    const state = (id: string): unknown => configs.find((c) => c['id'] === id)?.['state'];
    expect([state('Sms'), state('Voice'), state('Email')]).toEqual(['disabled', 'disabled', 'disabled']);
    const authenticator = configs.find((c) => c['id'] === 'MicrosoftAuthenticator');
    expect(authenticator?.['state']).toBe('enabled');
    expect(at(authenticator, 'featureSettings.displayAppInformationRequiredState.state')).toBe('enabled');
    expect(at(authenticator, 'featureSettings.displayLocationInformationRequiredState.state')).toBe('enabled');
    expect(at(authenticator, 'featureSettings.companionAppAllowedState.state')).toBe('disabled');
  });

  test('password protection and smart lockout (I-16, I-17)', async () => {
    const settings = await list('/v1.0/groupSettings');
    const rules = settings.find((s) => s['templateId'] === '5cf42378-d67d-4f36-ba46-e8b86229381d');
    const value = (n: string): string | undefined =>
      (rules?.['values'] as Array<{ name: string; value: string }>).find((v) => v.name === n)?.value;
    expect(value('EnableBannedPasswordCheck')).toBe('True');
    expect(value('BannedPasswordList')).not.toBe('');
    expect(Number(value('LockoutThreshold'))).toBeLessThanOrEqual(10);
    expect(Number(value('LockoutDurationInSeconds'))).toBeGreaterThanOrEqual(60);
    expect([value('EnableBannedPasswordCheckOnPremises'), value('BannedPasswordCheckOnPremisesMode')]).toEqual([
      'True',
      'Enforce',
    ]);
  });

  test('passwords never expire on managed domains (I-18)', async () => {
    for (const d of await list('/v1.0/domains?$select=id,authenticationType,isVerified,passwordValidityPeriodInDays')) {
      expect([null, 2147483647]).toContain(d['passwordValidityPeriodInDays']);
    }
  });

  test('authorization policy (I-20, D-11, A-01, A-03, A-05, A-08, A-09, A-11)', async () => {
    const a = await read('/v1.0/policies/authorizationPolicy');
    expect(a['allowedToUseSSPR']).toBe(false);
    expect(at(a, 'defaultUserRolePermissions.allowedToReadBitlockerKeysForOwnedDevice')).toBe(false);
    expect(
      strings(a, 'defaultUserRolePermissions.permissionGrantPoliciesAssigned').some((p) =>
        /microsoft-user-default-(legacy|low)$/.test(p),
      ),
    ).toBe(false);
    expect(at(a, 'defaultUserRolePermissions.allowedToCreateApps')).toBe(false);
    expect(at(a, 'defaultUserRolePermissions.allowedToCreateTenants')).toBe(false);
    expect(at(a, 'defaultUserRolePermissions.allowedToCreateSecurityGroups')).toBe(false);
    expect(a['guestUserRoleId']).toBe('2af84b1e-32c8-42b7-82bc-daa82404023b');
    expect(a['allowInvitesFrom']).toBe('adminsAndGuestInviters');
    expect([a['allowedToSignUpEmailBasedSubscriptions'], a['allowEmailVerifiedUsersToJoinOrganization']]).toEqual([
      false,
      false,
    ]);
  });

  test('consent workflow, app credentials, group creation, guest invitations (A-02, A-04, A-05, A-10)', async () => {
    const consent = await read('/v1.0/policies/adminConsentRequestPolicy');
    expect(consent['isEnabled']).toBe(true);
    expect((consent['reviewers'] as unknown[]).length).toBeGreaterThan(0);
    const apps = await read('/v1.0/policies/defaultAppManagementPolicy');
    expect(apps['isEnabled']).toBe(true);
    for (const side of ['applicationRestrictions', 'servicePrincipalRestrictions']) {
      const pw = at(apps, `${side}.passwordCredentials`) as Json[];
      expect(
        pw.filter(
          (r) =>
            ['passwordAddition', 'customPasswordAddition'].includes(String(r['restrictionType'])) &&
            r['state'] === 'enabled',
        ),
      ).toHaveLength(2);
      expect(pw.find((r) => r['restrictionType'] === 'passwordLifetime')?.['maxLifetime']).toBe('P180D');
    }
    const unified = (await list('/v1.0/groupSettings')).find(
      (s) => s['templateId'] === '62375ab9-6b52-47ed-826b-58e47e0e304b',
    );
    expect(
      (unified?.['values'] as Array<{ name: string; value: string }>).find((v) => v.name === 'EnableGroupCreation')
        ?.value,
    ).toBe('false');
    const legacy = await list('/beta/legacy/policies');
    const b2b = JSON.parse(
      String((legacy.find((p) => p['type'] === 'B2BManagementPolicy')?.['definition'] as string[])[0]),
    ) as Json;
    expect(at(b2b, 'B2BManagementPolicy.InvitationsAllowedAndBlockedDomainsPolicy.AllowedDomains')).toBeDefined();
    expect(at(b2b, 'B2BManagementPolicy.InvitationsAllowedAndBlockedDomainsPolicy.BlockedDomains')).toBeUndefined();
  });

  test('device registration (D-07…D-10)', async () => {
    const drp = await read('/beta/policies/deviceRegistrationPolicy');
    expect((at(drp, 'azureADJoin.allowedToJoin') as Json)['@odata.type']).toBe(
      '#microsoft.graph.enumeratedDeviceRegistrationMembership',
    );
    expect(Number(drp['userDeviceQuota'])).toBeLessThanOrEqual(10);
    expect(at(drp, 'azureADJoin.localAdmins.enableGlobalAdmins')).toBe(false);
    expect((at(drp, 'azureADJoin.localAdmins.registeringUsers') as Json)['@odata.type']).toBe(
      '#microsoft.graph.noDeviceRegistrationMembership',
    );
    expect(at(drp, 'localAdminPassword.isEnabled')).toBe(true);
  });

  test('idle session timeout ≤ 3 hours (A-15)', async () => {
    const [policy] = await list('/v1.0/policies/activityBasedTimeoutPolicies');
    const definition = JSON.parse(String((policy?.['definition'] as string[])[0])) as Json;
    const apps = at(definition, 'ActivityBasedTimeoutPolicy.ApplicationPolicies') as Json[];
    expect(String(apps[0]?.['WebSessionIdleTimeout']) <= '03:00:00').toBe(true);
  });
});

describe('identities and roles', () => {
  const GA = RoleTemplates.globalAdministrator;

  test('every member can do MFA and SSPR; admins are phishing-resistant (I-02, I-19)', async () => {
    expect(
      await list(
        "/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isMfaCapable eq false and userType eq 'member'",
      ),
    ).toEqual([]);
    const members = await list(
      "/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=userType eq 'member'",
    );
    expect(
      members
        .filter((r) => r['isSsprEnabled'] !== true)
        .map((r) => r['userPrincipalName'])
        .sort(),
    ).toEqual(['bg-admin01@woodgrovebank.onmicrosoft.com', 'bg-admin02@woodgrovebank.onmicrosoft.com']);
    const admins = await list('/v1.0/reports/authenticationMethods/userRegistrationDetails?$filter=isAdmin eq true');
    expect(admins.every((r) => r['isPasswordlessCapable'] === true)).toBe(true);
  });

  test('2–4 Global Administrators counting PIM-eligible ones (I-22)', async () => {
    const active = await list(
      `/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '${GA}'&$expand=principal`,
    );
    const eligible = await list(
      `/v1.0/roleManagement/directory/roleEligibilityScheduleInstances?$filter=roleDefinitionId eq '${GA}'&$expand=principal`,
    );
    const people = new Set([...active, ...eligible].map((a) => a['principalId']));
    expect(people.size).toBeGreaterThanOrEqual(2);
    expect(people.size).toBeLessThanOrEqual(4);
  });

  test('admins are cloud-only and carry no productivity licence (I-24)', async () => {
    const holders = [
      ...(await list('/v1.0/roleManagement/directory/roleAssignments')),
      ...(await list('/v1.0/roleManagement/directory/roleEligibilityScheduleInstances')),
    ]
      .filter((a) => CIS_PRIVILEGED.includes(String(a['roleDefinitionId']) as (typeof CIS_PRIVILEGED)[number]))
      .map((a) => String(a['principalId']));
    for (const id of new Set(holders)) {
      const u = await read(`/v1.0/users/${id}?$select=onPremisesSyncEnabled,assignedLicenses`);
      expect(u['onPremisesSyncEnabled']).not.toBe(true);
      expect(
        (u['assignedLicenses'] as Array<{ skuId: string }>).every(
          (l) => l.skuId === '84a661c4-e949-4bd2-a560-ed7766fcaf2b',
        ),
      ).toBe(true);
    }
  });

  test('no permanent privileged assignments but the break-glass accounts (I-25)', async () => {
    const instances = await list('/v1.0/roleManagement/directory/roleAssignmentScheduleInstances');
    const permanent = instances.filter(
      (i) =>
        CIS_PRIVILEGED.includes(String(i['roleDefinitionId']) as (typeof CIS_PRIVILEGED)[number]) &&
        i['assignmentType'] === 'Assigned' &&
        i['endDateTime'] === null,
    );
    expect(permanent.map((i) => i['principalId']).sort()).toEqual([...hardenedE5Ids.breakGlass].sort());
  });

  test('activating GA or PRA needs approval (I-26)', async () => {
    for (const role of [GA, RoleTemplates.privilegedRoleAdministrator]) {
      const [assignment] = await list(
        `/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${role}'&$select=policyId`,
      );
      const rules = await list(`/v1.0/policies/roleManagementPolicies/${String(assignment?.['policyId'])}/rules`);
      const approval = rules.find((r) => r['id'] === 'Approval_EndUser_Assignment');
      expect(at(approval, 'setting.isApprovalRequired')).toBe(true);
      expect((at(approval, 'setting.approvalStages') as Json[])[0]?.['primaryApprovers']).toHaveLength(1);
    }
  });

  test('access reviews for guests and privileged roles (I-27)', async () => {
    const reviews = JSON.stringify(await list('/v1.0/identityGovernance/accessReviews/definitions'));
    expect(reviews).toContain("userType eq 'Guest'");
    expect(reviews).toContain(`/roleManagement/directory/roleDefinitions/${GA}`);
  });

  test('no legacy per-user MFA (I-21)', async () => {
    const res = await read(`/beta/users/${hardenedE5Ids.eligibleGlobalAdmin}/authentication/requirements`);
    expect(res['perUserMfaState']).toBe('disabled');
  });

  test('only private Microsoft 365 groups, and a dynamic guest group (A-06, A-07)', async () => {
    const unified = await list(
      "/v1.0/groups?$filter=groupTypes/any(c:c eq 'Unified')&$select=id,displayName,visibility",
    );
    expect(unified.every((g) => g['visibility'] !== 'Public')).toBe(true);
    const dynamic = await list(
      "/v1.0/groups?$filter=groupTypes/any(c:c eq 'DynamicMembership')&$select=id,membershipRule",
    );
    expect(dynamic.some((g) => String(g['membershipRule']).includes('user.userType -eq "Guest"'))).toBe(true);
  });
});

describe('devices, apps and data', () => {
  test('Intune (D-01…D-03)', async () => {
    expect((await read('/v1.0/deviceManagement/settings'))['secureByDefault']).toBe(true);
    const configs = await list('/beta/deviceManagement/deviceEnrollmentConfigurations');
    const restrictions = configs.find(
      (c) => String(c['id']).endsWith('DefaultPlatformRestrictions') && c['priority'] === 0,
    );
    for (const platform of [
      'windowsRestriction',
      'iosRestriction',
      'androidRestriction',
      'androidForWorkRestriction',
      'macOSRestriction',
    ]) {
      expect(at(restrictions, `${platform}.personalDeviceEnrollmentBlocked`), platform).toBe(true);
    }
    const policies = await list('/v1.0/deviceManagement/deviceCompliancePolicies?$expand=assignments');
    expect(policies.every((p) => (p['assignments'] as unknown[]).length > 0)).toBe(true);
    const devices = await list('/v1.0/deviceManagement/managedDevices?$select=id,operatingSystem,complianceState');
    expect(devices.every((d) => d['complianceState'] === 'compliant')).toBe(true);
  });

  test('M365 org settings and third-party storage (A-12…A-14)', async () => {
    expect(await read('/beta/admin/appsAndServices/settings')).toMatchObject({
      isOfficeStoreEnabled: false,
      isAppAndServicesTrialEnabled: false,
    });
    expect(await read('/beta/admin/forms/settings')).toMatchObject({ isInOrgFormsPhishingScanEnabled: true });
    const sp = await list(
      "/v1.0/servicePrincipals?$filter=appId eq 'c1f33bc0-bdb4-4248-ba9b-096807ddb43e'&$select=id,accountEnabled",
    );
    expect(sp).toEqual([{ id: ANY_STRING, accountEnabled: false }]);
  });

  test('SharePoint (T-01…T-05, A-15)', async () => {
    const s = await read('/v1.0/admin/sharepoint/settings');
    expect(['disabled', 'existingExternalUserSharingOnly']).toContain(s['sharingCapability']);
    expect(s['sharingDomainRestrictionMode']).toBe('allowList');
    expect((s['sharingAllowedDomainList'] as string[]).length).toBeGreaterThan(0);
    expect(s).toMatchObject({
      isResharingByExternalUsersEnabled: false,
      isLegacyAuthProtocolsEnabled: false,
      isUnmanagedSyncAppForTenantRestricted: true,
    });
    expect((s['allowedDomainGuidsForSyncApp'] as string[]).length).toBeGreaterThan(0);
    expect(at(s, 'idleSessionSignOut.isEnabled')).toBe(true);
  });

  test('Secure Score is high and the key controls are at full marks', async () => {
    const [latest] = await list('/v1.0/security/secureScores?$top=1');
    expect(Number(latest?.['currentScore']) / Number(latest?.['maxScore'])).toBeGreaterThan(0.85);
    const scores = latest?.['controlScores'] as Array<{ controlName: string; score: number }>;
    expect(scores.find((c) => c.controlName === 'AdminMFAV2')?.score).toBe(10);
  });
});
