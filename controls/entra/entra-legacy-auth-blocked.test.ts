import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  caPolicyNamed,
  caPolicyWithoutDisplayName,
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  forbidden,
  malformed,
  narrowedCases,
  partialScopeCases,
  patchCaPolicy,
  removeCaPolicies,
  RoleTemplates,
  securityDefaultsUnknowns,
  staff,
  nestedGroupBypass,
} from '../../test/describe-control';
import { gdapManaged, gdapRoleExclusionCases } from '../../test/gdap-cases';
import control from './entra-legacy-auth-blocked';

const CA = '/identity/conditionalAccess/policies';
const SD = '/policies/identitySecurityDefaultsEnforcementPolicy';
const BLOCK = 'CA003 Block legacy authentication';
const HTML = '<img src=x onerror=alert(1)>';

/**
 * Change CA003 in the golden tenant. CA006, CA007 and CA013 stay: they block every client app type,
 * but only under a condition (medium/high sign-in risk, device code flow, untrusted countries), so
 * they never stand in for CA003.
 */
const ca003 = patchCaPolicy('CA003');
const NARROW = `'${BLOCK}' blocks legacy authentication, but not for every user, app and sign-in.`;
const gdap = gdapRoleExclusionCases(ca003);

describeControl(control, {
  pass: {
    ...gdapManaged(),
    "a platform condition of 'any device, none excluded' is no condition": {
      tenant: ca003((p) => {
        p.conditions!.platforms = { includePlatforms: ['all'], excludePlatforms: [] };
      }),
    },
    'an enforced policy blocks Exchange ActiveSync and other clients for everyone': {
      reasonIncludes: [
        `'${BLOCK}' blocks legacy authentication for all users and apps`,
        'excludes 2 accounts (Break Glass 01, Break Glass 02)',
        'within the two break-glass accounts',
      ],
      evidence: [BLOCK],
    },
    'security defaults on, with no conditional access policy at all': {
      tenant: (t) => {
        t.securityDefaults.isEnabled = true;
        t.conditionalAccessPolicies = [];
      },
      reasonIncludes: 'Security defaults are on',
      evidence: ['securityDefaults'],
    },
    'blocking every client app type blocks the legacy ones too': {
      tenant: ca003((p) => {
        p.conditions!.clientAppTypes = ['all'];
      }),
      reasonIncludes: `'${BLOCK}' blocks legacy authentication`,
    },
    'excluding exactly the two break-glass accounts directly': {
      tenant: ca003((p) => {
        p.conditions!.users!.excludeGroups = [];
      }),
      reasonIncludes: ['excludes 2 accounts', 'within the two break-glass accounts'],
    },
    'excluding them through a group that holds just the two of them': {
      tenant: ca003((p) => {
        p.conditions!.users!.excludeUsers = [];
      }),
      reasonIncludes: 'excludes 2 accounts (Break Glass 01, Break Glass 02), counting the members of 1 excluded group',
    },
    'no exclusions at all': {
      tenant: ca003((p) => {
        p.conditions!.users!.excludeUsers = [];
        p.conditions!.users!.excludeGroups = [];
      }),
      check: (r) => expect(r.reason).not.toContain('excludes'),
    },
  },
  fail: {
    ...nestedGroupBypass(),
    ...gdap.fail,
    'excluding guests and external users leaves them with legacy access': {
      tenant: ca003((p) => {
        p.conditions!.users!.excludeGuestsOrExternalUsers = {
          guestOrExternalUserTypes: 'b2bCollaborationGuest',
          externalTenants: {
            '@odata.type': '#microsoft.graph.conditionalAccessAllExternalTenants',
            membershipKind: 'all',
          } as Graph.ConditionalAccessExternalTenants,
        };
      }),
      reasonIncludes: 'guests or external users',
    },
    'an application filter that exempts tagged apps': {
      tenant: ca003((p) => {
        p.conditions!.applications!.applicationFilter = {
          mode: 'exclude',
          rule: 'CustomSecurityAttribute.Legacy_Allowed -eq "yes"',
        };
      }),
      reasonIncludes: NARROW,
      check: (r) =>
        expect(
          r.evidence.find((e) => e.displayName === BLOCK)?.fields['conditions.applications.applicationFilter'],
        ).toMatchObject({ mode: 'exclude' }),
    },
    'no policy blocks legacy authentication and security defaults are off': {
      tenant: (t) => removeCaPolicies(t, 'CA003'),
      // Blocking every client app only under medium or high sign-in risk is the nearest miss left.
      reasonIncludes: [
        "'CA006 Block medium or high sign-in risk' blocks legacy authentication, but not for every user, app and sign-in.",
        'Security defaults are off.',
      ],
      evidence: ['CA006 Block medium or high sign-in risk', '13 conditional access policies'],
      check: (r) => expect(r.reason).not.toContain('CA003'),
    },
    'no conditional access policy at all and security defaults are off': {
      tenant: (t) => {
        t.conditionalAccessPolicies = [];
      },
      reasonIncludes: 'No conditional access policy blocks legacy authentication. Security defaults are off.',
      evidence: ['0 conditional access policies', 'securityDefaults'],
    },
    'a report-only policy does not count, even beside enforced policies that block under a condition': {
      tenant: ca003((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      // The wide report-only CA003 is a nearer miss than the enforced, narrower CA006, CA007, CA009 and CA013.
      reasonIncludes: `'${BLOCK}' would block legacy authentication, but it is report-only. Security defaults are off.`,
      evidence: [BLOCK],
      check: (r) => expect(r.evidence.find((e) => e.displayName === BLOCK)?.note).toMatch(/^Report-only/),
    },
    'a disabled policy does not count': {
      tenant: ca003((p) => {
        p.state = 'disabled';
      }),
      reasonIncludes: `'${BLOCK}' would block legacy authentication, but it is disabled.`,
      evidence: [BLOCK],
      check: (r) => expect(r.evidence.find((e) => e.displayName === BLOCK)?.note).toBe('Disabled.'),
    },
    ...partialScopeCases(ca003, { reasonIncludes: NARROW }),
    ...narrowedCases(ca003, { reasonIncludes: [NARROW, 'Security defaults are off.'], evidence: [BLOCK] }),
    'a policy that applies only to risky sign-ins': {
      tenant: ca003((p) => {
        p.conditions!.signInRiskLevels = ['high'];
      }),
      reasonIncludes: NARROW,
    },
    'a policy that applies only to high-risk users': {
      tenant: ca003((p) => {
        p.conditions!.userRiskLevels = ['high'];
      }),
      reasonIncludes: NARROW,
    },
    "blocking Exchange ActiveSync but not 'other clients' (IMAP, POP, SMTP AUTH)": {
      tenant: ca003((p) => {
        p.conditions!.clientAppTypes = ['exchangeActiveSync'];
      }),
      reasonIncludes: "'CA006 Block medium or high sign-in risk' blocks legacy authentication, but not for every",
      check: (r) => expect(r.reason).not.toContain('CA003'),
    },
    'blocking browsers and modern clients is not blocking legacy ones': {
      tenant: ca003((p) => {
        p.conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
      }),
      check: (r) => expect(r.reason).not.toContain('CA003'),
    },
    'requiring MFA from legacy clients instead of blocking them': {
      tenant: ca003((p) => {
        p.grantControls!.builtInControls = ['mfa'];
      }),
      check: (r) => expect(r.reason).not.toContain('CA003'),
    },
    'an excluded group of three people leaves them on legacy protocols': excludedGroupOfThree(
      ca003,
      'Scan-to-mail devices',
      ['counting the members of 1 excluded group', 'only two break-glass accounts should be left out'],
    ),
    'one account excluded beside the two break-glass accounts': {
      tenant: ca003((p, t) => {
        p.conditions!.users!.excludeUsers!.push(staff(t, 1)[0]!.id!);
      }),
      reasonIncludes: 'excludes 3 accounts',
      check: (r) =>
        expect(r.affected).toMatchObject({
          count: 3,
          sample: expect.arrayContaining(['Break Glass 01', 'Break Glass 02']) as unknown,
        }),
    },
    'excluding a directory role leaves its holders on legacy protocols': {
      tenant: ca003((p) => {
        p.conditions!.users!.excludeRoles = [RoleTemplates.globalReader];
      }),
      reasonIncludes: 'and 1 role',
    },
    'a policy name is carried verbatim, as text': {
      tenant: ca003((p) => {
        p.displayName = HTML;
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
      reasonIncludes: `'${HTML}' blocks legacy authentication, but not for every user, app and sign-in.`,
      evidence: [HTML],
    },
  },
  unknown: {
    ...caUnknowns(),
    ...securityDefaultsUnknowns(),
    ...gdap.unknown,
    ...caPolicyWithoutDisplayName(),
    // Issue 12 §2: the string "AllTrusted" once passed `.includes('All')` and turned this fail into pass 8/8.
    "included locations sent as the string 'AllTrusted' rather than a list": {
      tenant: ca003((p) => {
        Object.assign(p.conditions!, { locations: { includeLocations: 'AllTrusted', excludeLocations: [] } });
      }),
      reasonIncludes: ['conditions.locations.includeLocations', 'expected array, got string'],
    },
    'a policy state that is a number': {
      tenant: (t) => {
        Object.assign(caPolicyNamed(t, 'CA003'), { state: 42 });
      },
      reasonIncludes: ['.state', 'got number'],
    },
    'a policy without client app types': {
      tenant: (t) => {
        delete caPolicyNamed(t, 'CA003').conditions!.clientAppTypes;
      },
      reasonIncludes: ['.conditions.clientAppTypes', 'missing'],
    },
    'security defaults without isEnabled': {
      faults: [malformed(SD, { id: '00000000-0000-0000-0000-000000000005' })],
      reasonIncludes: "'isEnabled' (missing)",
    },
    'excluded group members without a count': {
      faults: [malformed('/groups/*', { value: [] })],
      reasonIncludes: "'@odata.count'",
    },
    'security defaults on cannot vouch for an unreadable policy list': {
      tenant: (t) => {
        t.securityDefaults.isEnabled = true;
      },
      faults: [forbidden(CA)],
      reasonIncludes: 'Policy.Read.All',
    },
  },
});
