import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  addGroup,
  caPolicyNamed,
  caPolicyWithoutDisplayName,
  caUnknowns,
  describeControl,
  forbidden,
  hardenedE5Ids,
  malformed,
  narrowedCases,
  removeCaPolicies,
  RoleTemplates,
  securityDefaultsUnknowns,
  staff,
  type TenantModel,
  nestedGroupBypass,
} from '../../test/describe-control';
import { strengthUnknowns, weakStrengthCases } from '../../test/strength-cases';
import { gdapManaged } from '../../test/gdap-cases';
import control from './entra-admin-mfa-required';

const SD = '/policies/identitySecurityDefaultsEnforcementPolicy';
const URD = '/reports/authenticationMethods/userRegistrationDetails';
const ADMINS = 'CA001 Require phishing-resistant MFA for administrators';
const EVERYONE = 'CA002 Require MFA for all users';
const HTML = '<img src=x onerror=alert(1)>';

/**
 * Change CA001 (privileged roles, phishing-resistant strength) and CA002 (all users, MFA) in the golden
 * tenant. CA004, CA005 and CA012 stay: they require MFA only under user or sign-in risk, or for Intune
 * enrolment, so they never stand in for MFA on every administrator sign-in.
 */
const adminPolicies =
  (change: (admins: Graph.ConditionalAccessPolicy, everyone: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  (t: TenantModel): void =>
    change(caPolicyNamed(t, 'CA001'), caPolicyNamed(t, 'CA002'), t);
/** Change CA002 (MFA for all users) alone, with CA001 out of the way. */
const everyoneOnly = (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  adminPolicies((admins, everyone, t) => {
    removeCaPolicies(t, admins.displayName!);
    change(everyone, t);
  });
/** Change CA001 (the admin-role policy) alone, with CA002 out of the way. */
const adminsOnly = (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  adminPolicies((admins, everyone, t) => {
    removeCaPolicies(t, everyone.displayName!);
    change(admins, t);
  });
const threeStaff = (t: TenantModel): string[] => staff(t, 3).map((u) => u.id!);
const NONE = 'No enforced policy requires MFA for administrator roles, and security defaults are off.';
const reportOnly = (p: Graph.ConditionalAccessPolicy): void => {
  p.state = 'enabledForReportingButNotEnforced';
};

describeControl(control, {
  pass: {
    ...gdapManaged(),
    'enforced policies require MFA for every privileged role': {
      reasonIncludes: 'Enforced conditional access requires MFA for all 15 privileged roles.',
      evidence: [ADMINS, EVERYONE],
      check: (r) => expect(r.affected).toMatchObject({ noun: 'administrators not yet registered for MFA', count: 0 }),
    },
    'security defaults on, with no conditional access policy at all': {
      tenant: (t) => {
        t.securityDefaults.isEnabled = true;
        t.conditionalAccessPolicies = [];
      },
      reasonIncludes: 'Security defaults are on',
      evidence: ['securityDefaults'],
    },
    'MFA for all users covers every administrator role': {
      tenant: everyoneOnly(() => {}),
      evidence: [EVERYONE],
    },
    'a phishing-resistant authentication strength for the admin roles counts as MFA': {
      tenant: adminsOnly(() => {}),
      evidence: [ADMINS],
    },
    'MFA AND a compliant device still requires MFA': {
      tenant: everyoneOnly((p) => {
        p.grantControls = { ...p.grantControls, builtInControls: ['mfa', 'compliantDevice'], operator: 'AND' };
      }),
      evidence: [EVERYONE],
    },
    'excluding exactly the two break-glass accounts directly': {
      tenant: everyoneOnly((p) => {
        p.conditions!.users!.excludeGroups = [];
      }),
      evidence: [EVERYONE],
    },
    'excluding them through a group that holds just the two of them': {
      tenant: everyoneOnly((p) => {
        p.conditions!.users!.excludeUsers = [];
      }),
      evidence: [EVERYONE],
    },
    'an administrator not registered for MFA is shown, not scored': {
      tenant: (t) => {
        const row = t.userRegistrationDetails.find((r) => r.id === hardenedE5Ids.eligibleGlobalAdmin)!;
        row.isMfaCapable = false;
        row.isMfaRegistered = false;
        row.methodsRegistered = [];
      },
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Alex Chen (admin)'] }),
    },
    'an administrator whose federated IdP enforces MFA is not listed as unregistered': {
      tenant: (t) => {
        const domain = 'partners.woodgrovebank.com';
        t.domains.push({ id: domain, authenticationType: 'Federated', isVerified: true, supportedServices: [] });
        t.domainFederationConfigurations[domain] = [
          { id: 'f1', displayName: 'Partners AD FS', federatedIdpMfaBehavior: 'enforceMfaByFederatedIdp' },
        ];
        const row = t.userRegistrationDetails.find((r) => r.id === hardenedE5Ids.eligibleGlobalAdmin)!;
        row.userPrincipalName = `alex.chen@${domain}`;
        row.isMfaCapable = false;
        row.isMfaRegistered = false;
        row.methodsRegistered = [];
      },
      check: (r) => expect(r.affected).toMatchObject({ count: 0, sample: [] }),
    },
    'the admin registration report refused (403) still decides': {
      faults: [forbidden(URD)],
      reasonIncludes: 'all 15 privileged roles',
      check: (r) => expect(r.affected).toBeUndefined(),
    },
    'a malformed admin registration report is left out, not trusted': {
      faults: [malformed(URD, { value: [{ id: 'x' }] })],
      check: (r) => expect(r.affected).toBeUndefined(),
    },
  },
  partial: {
    'excluding one directory role from the all-users policy leaves that role uncovered': {
      tenant: everyoneOnly((p) => {
        p.conditions!.users!.excludeRoles = [RoleTemplates.helpdeskAdministrator];
      }),
      reasonIncludes: ['14 of 15 privileged roles', 'Helpdesk Administrator'],
    },
    'only Global and Privileged Role Administrator are covered': {
      tenant: adminsOnly((p) => {
        p.conditions!.users!.includeRoles = [
          RoleTemplates.globalAdministrator,
          RoleTemplates.privilegedRoleAdministrator,
        ];
      }),
      reasonIncludes: ['MFA is enforced for 2 of 15 privileged roles', 'Exchange Administrator', 'and others'],
      score: 1.33,
      check: (r) => {
        expect(r.score).toBeLessThan(r.maxScore);
        expect(r.affected).toMatchObject({ noun: 'privileged roles without MFA', count: 13 });
      },
    },
    'every role but the Hybrid Identity Administrator': {
      tenant: adminsOnly((p) => {
        p.conditions!.users!.includeRoles = p.conditions!.users!.includeRoles!.filter(
          (r) => r !== RoleTemplates.hybridIdentityAdministrator,
        );
      }),
      reasonIncludes: 'MFA is enforced for 14 of 15 privileged roles; not for Hybrid Identity Administrator.',
      score: 9.33,
    },
    'excluding one role from the admin-role policy leaves only that role uncovered': {
      tenant: adminsOnly((p) => {
        p.conditions!.users!.excludeRoles = [RoleTemplates.helpdeskAdministrator];
      }),
      reasonIncludes: 'MFA is enforced for 14 of 15 privileged roles; not for Helpdesk Administrator.',
      evidence: [ADMINS],
      score: 9.33,
    },
    'MFA for all users only in browsers adds nothing beyond the roles the admin-role policy names': {
      tenant: adminPolicies((admins, everyone) => {
        admins.conditions!.users!.includeRoles = [RoleTemplates.globalAdministrator];
        everyone.conditions!.clientAppTypes = ['browser'];
      }),
      reasonIncludes: ['MFA is enforced for 1 of 15 privileged roles', 'Privileged Role Administrator'],
      evidence: [ADMINS],
      score: 0.67,
    },
    ...narrowedCases(
      (narrow) =>
        adminPolicies((admins, everyone) => {
          admins.conditions!.users!.includeRoles = [
            RoleTemplates.globalAdministrator,
            RoleTemplates.privilegedRoleAdministrator,
          ];
          narrow(everyone);
        }),
      { reasonIncludes: 'MFA is enforced for 2 of 15 privileged roles', score: 1.33, evidence: [ADMINS] },
      ', to all users, beside an admin policy for two roles',
    ),
    'an all-users policy leaking through an excluded group does not add coverage': {
      tenant: adminPolicies((admins, everyone, t) => {
        admins.conditions!.users!.includeRoles = [RoleTemplates.globalAdministrator];
        everyone.conditions!.users!.excludeGroups = [addGroup(t, 'MFA exempt', threeStaff(t))];
      }),
      reasonIncludes: [
        '1 of 15 privileged roles',
        `'${EVERYONE}' would, but it excludes 5 accounts (`,
        ', more than the two break-glass accounts.',
      ],
      score: 0.67,
    },
  },
  fail: {
    // Issue 12 §2b: a strength counts as MFA only when every combination it allows is multifactor.
    ...weakStrengthCases(adminsOnly, { reasonIncludes: NONE }),
    ...nestedGroupBypass(),
    'no policy requires MFA and security defaults are off': {
      tenant: adminPolicies((admins, everyone, t) => removeCaPolicies(t, admins.displayName!, everyone.displayName!)),
      // CA004 and CA005 (MFA under user or sign-in risk) and CA012 (Intune enrolment) remain, and don't count.
      reasonIncludes: NONE,
      evidence: ['12 conditional access policies'],
    },
    'report-only policies do not count': {
      tenant: adminPolicies((admins, everyone) => {
        reportOnly(admins);
        reportOnly(everyone);
      }),
      reasonIncludes: `'${ADMINS}' would, but it is report-only.`,
      evidence: [ADMINS, EVERYONE],
      check: (r) =>
        expect(r.evidence.find((e) => e.displayName === ADMINS)?.note).toMatch(/^Doesn't count: it is report-only/),
    },
    'disabled policies do not count': {
      tenant: adminPolicies((admins, everyone) => {
        admins.state = 'disabled';
        everyone.state = 'disabled';
      }),
      reasonIncludes: 'but it is disabled',
      check: (r) =>
        expect(r.evidence.find((e) => e.displayName === EVERYONE)?.note).toMatch(/^Doesn't count: it is disabled\./),
    },
    'a wide report-only policy is named rather than an enforced narrower one': {
      tenant: adminPolicies((admins, everyone) => {
        admins.conditions!.clientAppTypes = ['browser'];
        reportOnly(everyone);
      }),
      reasonIncludes: `${NONE} '${EVERYONE}' would, but it is report-only.`,
      evidence: [EVERYONE],
      check: (r) =>
        expect(r.evidence.find((e) => e.displayName === EVERYONE)?.note).toMatch(/^Doesn't count: it is report-only/),
    },
    'MFA only under sign-in risk is not MFA for every administrator sign-in': {
      tenant: everyoneOnly((p) => {
        p.conditions!.signInRiskLevels = ['medium', 'high'];
      }),
      reasonIncludes: NONE,
    },
    'MFA for all users only in browsers': {
      tenant: everyoneOnly((p) => {
        p.conditions!.clientAppTypes = ['browser'];
      }),
      reasonIncludes: NONE,
    },
    'MFA for the admin roles only in browsers and modern clients': {
      tenant: adminsOnly((p) => {
        p.conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
      }),
      reasonIncludes: NONE,
    },
    ...narrowedCases(everyoneOnly, { reasonIncludes: NONE }, ', to all users'),
    ...narrowedCases(adminsOnly, { reasonIncludes: NONE }, ', to the admin roles'),
    "'MFA or a compliant device' lets a device stand in for MFA": {
      tenant: everyoneOnly((p) => {
        p.grantControls = { ...p.grantControls, builtInControls: ['mfa', 'compliantDevice'], operator: 'OR' };
      }),
      reasonIncludes: 'No enforced policy requires MFA for administrator roles',
    },
    'a compliant device without MFA': {
      tenant: everyoneOnly((p) => {
        p.grantControls = { ...p.grantControls, builtInControls: ['compliantDevice'] };
      }),
      reasonIncludes: 'No enforced policy requires MFA for administrator roles',
    },
    'MFA for Office 365 only, not all cloud apps': {
      tenant: everyoneOnly((p) => {
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
      reasonIncludes: 'No enforced policy requires MFA for administrator roles',
    },
    'an excluded group of three people means the policy does not count': {
      tenant: everyoneOnly((p, t) => {
        p.conditions!.users!.excludeUsers = [];
        p.conditions!.users!.excludeGroups = [addGroup(t, 'MFA exempt', threeStaff(t))];
      }),
      reasonIncludes: [
        `'${EVERYONE}' would, but it excludes 3 accounts (`,
        ', more than the two break-glass accounts.',
      ],
      evidence: [EVERYONE],
      check: (r) => {
        const note = r.evidence.find((e) => e.displayName === EVERYONE)?.note ?? '';
        expect(note).toContain('excludes 3 accounts');
        expect(note).toContain('counting the members of 1 excluded group');
        expect(note).toContain("Doesn't count");
      },
    },
    'a policy name is carried verbatim, as text': {
      tenant: adminPolicies((admins, everyone) => {
        admins.displayName = HTML;
        reportOnly(admins);
        reportOnly(everyone);
      }),
      reasonIncludes: `'${HTML}' would, but it is report-only.`,
      evidence: [HTML],
    },
  },
  unknown: {
    ...strengthUnknowns(adminsOnly),
    ...caUnknowns(),
    ...securityDefaultsUnknowns(),
    ...caPolicyWithoutDisplayName(),
    'grant controls that are a string, not a list': {
      tenant: (t) => {
        Object.assign(caPolicyNamed(t, 'CA002').grantControls!, { builtInControls: 'mfa' });
      },
      reasonIncludes: ['.grantControls.builtInControls', 'expected array, got string'],
    },
    'a policy without its included roles': {
      tenant: (t) => {
        delete caPolicyNamed(t, 'CA001').conditions!.users!.includeRoles;
      },
      reasonIncludes: ['.conditions.users.includeRoles', 'missing'],
    },
    'an authentication strength without an id': {
      tenant: (t) => {
        caPolicyNamed(t, 'CA001').grantControls!.authenticationStrength = { displayName: 'Phishing-resistant MFA' };
      },
      reasonIncludes: ['.grantControls.authenticationStrength.id', 'missing'],
    },
    'security defaults with isEnabled as a string': {
      faults: [malformed(SD, { id: '00000000-0000-0000-0000-000000000005', isEnabled: 'true' })],
      reasonIncludes: "'isEnabled' (expected boolean, got string)",
    },
  },
});
