import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  caPolicyNamed,
  caPolicyWithoutDisplayName,
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  failing,
  needsEntraP2,
  partialScopeCases,
  removeCaPolicies,
  RoleTemplates,
  type TenantModel,
  nestedGroupBypass,
} from '../../test/describe-control';
import { strengthUnknowns, weakStrengthCases } from '../../test/strength-cases';
import control from './entra-signin-risk-policy-enabled';

const CA = '/identity/conditionalAccess/policies';
const MFA = 'CA005 Medium or high sign-in risk: require MFA';
const BLOCK = 'CA006 Block medium or high sign-in risk';
const HTML = '<img src=x onerror=alert(1)>';

/** Change CA005 (MFA for medium and high sign-in risk), with CA006 (which blocks the same) out of the way. */
const ca005 =
  (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  (t: TenantModel): void => {
    removeCaPolicies(t, 'CA006');
    change(caPolicyNamed(t, 'CA005'), t);
  };
const NONE = 'No conditional access policy acts on risky sign-ins (MFA for medium and high, or a block for high).';
const NARROW = `'${MFA}' acts on risky sign-ins (MFA for medium and high, or a block for high), but not for every user, app and sign-in.`;

describeControl(control, {
  pass: {
    'medium and high sign-in risk need MFA, or are blocked': {
      reasonIncludes: [
        `'${MFA}' acts on risky sign-ins (MFA for medium and high, or a block for high) for all users and apps`,
        'within the two break-glass accounts',
      ],
      evidence: [MFA, BLOCK],
    },
    'requiring MFA alone': {
      tenant: ca005(() => {}),
      reasonIncludes: `'${MFA}' acts on risky sign-ins (MFA for medium and high, or a block for high)`,
    },
    'blocking high-risk sign-ins outright (CISA MS.AAD.2.3v1)': {
      tenant: (t) => {
        removeCaPolicies(t, 'CA005');
        caPolicyNamed(t, 'CA006').conditions!.signInRiskLevels = ['high'];
      },
      evidence: [BLOCK],
    },
    'blocking alone': {
      tenant: (t) => removeCaPolicies(t, 'CA005'),
      reasonIncludes: `'${BLOCK}' acts on risky sign-ins (MFA for medium and high, or a block for high)`,
      evidence: [BLOCK],
    },
    'an authentication strength instead of plain MFA': {
      tenant: ca005((p) => {
        p.grantControls = {
          ...p.grantControls,
          builtInControls: [],
          authenticationStrength: { id: '00000000-0000-0000-0000-000000000004', displayName: 'Phishing-resistant MFA' },
        };
      }),
    },
    'low risk as well': {
      tenant: ca005((p) => {
        p.conditions!.signInRiskLevels = ['low', 'medium', 'high'];
      }),
    },
    'excluding exactly the two break-glass accounts directly': {
      tenant: ca005((p) => {
        p.conditions!.users!.excludeGroups = [];
      }),
      reasonIncludes: 'excludes 2 accounts',
    },
    'excluding them through a group that holds just the two of them': {
      tenant: ca005((p) => {
        p.conditions!.users!.excludeUsers = [];
      }),
      reasonIncludes: 'excludes 2 accounts (Break Glass 01, Break Glass 02), counting the members of 1 excluded group',
    },
  },
  fail: {
    ...weakStrengthCases(ca005, { reasonIncludes: NONE }),
    ...nestedGroupBypass(),
    'no sign-in risk policy at all': {
      tenant: (t) => removeCaPolicies(t, 'CA005', 'CA006'),
      reasonIncludes: NONE,
      // Nothing matched, so the whole policy list is the evidence.
      evidence: ['12 conditional access policies'],
      check: (r) => expect(r.evidence).toHaveLength(1),
    },
    'high sign-in risk only, with MFA: medium-risk sign-ins go through': {
      tenant: ca005((p) => {
        p.conditions!.signInRiskLevels = ['high'];
      }),
      reasonIncludes: NONE,
      evidence: ['13 conditional access policies'],
    },
    'medium sign-in risk only: high-risk sign-ins go through': {
      tenant: ca005((p) => {
        p.conditions!.signInRiskLevels = ['medium'];
      }),
      reasonIncludes: NONE,
      evidence: ['13 conditional access policies'],
    },
    "'MFA or a compliant device' lets a device stand in for MFA": {
      tenant: ca005((p) => {
        p.grantControls = { ...p.grantControls, builtInControls: ['mfa', 'compliantDevice'], operator: 'OR' };
      }),
      reasonIncludes: NONE,
      evidence: ['13 conditional access policies'],
    },
    'a report-only policy does not count': {
      tenant: ca005((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${MFA}' would act on risky sign-ins (MFA for medium and high, or a block for high), but it is report-only.`,
      evidence: [MFA],
    },
    'a disabled policy does not count': {
      tenant: ca005((p) => {
        p.state = 'disabled';
      }),
      reasonIncludes: `'${MFA}' would act on risky sign-ins (MFA for medium and high, or a block for high), but it is disabled.`,
    },
    ...partialScopeCases(ca005, { reasonIncludes: NARROW }),
    'a policy that applies everywhere but trusted locations (the office network is let through)': {
      tenant: ca005((p) => {
        p.conditions!.locations = { includeLocations: ['All'], excludeLocations: ['AllTrusted'] };
      }),
      reasonIncludes: NARROW,
      evidence: [MFA],
    },
    'a policy that applies only when the user is high-risk as well': {
      tenant: ca005((p) => {
        p.conditions!.userRiskLevels = ['high'];
      }),
      reasonIncludes: NARROW,
    },
    'a wide report-only policy is named rather than an enforced narrower one': {
      tenant: (t) => {
        caPolicyNamed(t, 'CA005').conditions!.platforms = {
          includePlatforms: ['iOS', 'android'],
          excludePlatforms: [],
        };
        caPolicyNamed(t, 'CA006').state = 'enabledForReportingButNotEnforced';
      },
      reasonIncludes: `'${BLOCK}' would act on risky sign-ins (MFA for medium and high, or a block for high), but it is report-only.`,
      evidence: [MFA, BLOCK],
    },
    'an excluded group of three people leaves them unprotected': excludedGroupOfThree(ca005, 'Travelling staff', [
      'who are not protected',
    ]),
    'excluding a directory role': {
      tenant: ca005((p) => {
        p.conditions!.users!.excludeRoles = [RoleTemplates.globalAdministrator];
      }),
      reasonIncludes: 'and 1 role',
    },
    'a policy name is carried verbatim, as text': {
      tenant: ca005((p) => {
        p.displayName = HTML;
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${HTML}' would act on risky sign-ins (MFA for medium and high, or a block for high), but it is report-only.`,
      evidence: [HTML],
    },
  },
  notLicensed: needsEntraP2(),
  unknown: {
    ...strengthUnknowns(ca005),
    ...caUnknowns(),
    ...caPolicyWithoutDisplayName(),
    'sign-in risk levels as one string, not a list': {
      tenant: ca005((p) => {
        Object.assign(p.conditions!, { signInRiskLevels: 'medium,high' });
      }),
      reasonIncludes: ['.conditions.signInRiskLevels', 'expected array, got string'],
    },
    'grant controls without builtInControls': {
      tenant: ca005((p) => {
        delete p.grantControls!.builtInControls;
      }),
      reasonIncludes: ['.grantControls.builtInControls', 'missing'],
    },
    'a policy state that is a number': {
      tenant: ca005((p) => {
        Object.assign(p, { state: 42 });
      }),
      reasonIncludes: ['.state', 'got number'],
    },
    '404 on conditional access policies': {
      faults: [failing(CA, 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
