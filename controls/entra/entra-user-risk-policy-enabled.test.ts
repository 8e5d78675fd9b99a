import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  caPolicyWithoutDisplayName,
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  failing,
  narrowedCases,
  needsEntraP2,
  partialScopeCases,
  patchCaPolicy,
  removeCaPolicies,
  RoleTemplates,
  withoutServicePlans,
  type TenantModel,
  nestedGroupBypass,
} from '../../test/describe-control';
import {
  BUILT_IN_MFA,
  requireStrength,
  strengthById,
  strengthUnknowns,
  weakStrengthCases,
} from '../../test/strength-cases';
import control from './entra-user-risk-policy-enabled';

const RISK = 'CA004 High user risk: secure password change';
const HTML = '<img src=x onerror=alert(1)>';

/** Change CA004, the golden tenant's only user-risk policy. */
const ca004 = patchCaPolicy('CA004');
const grant = (
  p: Graph.ConditionalAccessPolicy,
  builtInControls: Graph.ConditionalAccessGrantControl[],
  operator: 'AND' | 'OR' = 'OR',
): void => {
  p.grantControls = { ...p.grantControls, builtInControls, operator };
};
const NONE = 'No conditional access policy acts on high user risk.';
const NARROW = `'${RISK}' acts on high user risk, but not for every user, app and sign-in.`;

/** CA004 with a password change and an authentication strength, both required, in place of MFA. */
const ca004WithStrength = (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  ca004((p, t) => {
    change(p, t);
    p.grantControls = { ...p.grantControls, builtInControls: ['passwordChange'], operator: 'AND' };
  });

describeControl(control, {
  pass: {
    'a password change and the built-in "Multifactor authentication" strength, both required': {
      tenant: ca004WithStrength((p, t) => requireStrength(p, strengthById(t, BUILT_IN_MFA))),
      evidence: [RISK, 'Multifactor authentication'],
    },
    'high-risk users must use MFA and change their password': {
      reasonIncludes: [
        `'${RISK}' acts on high user risk for all users and apps`,
        'within the two break-glass accounts',
      ],
      evidence: [RISK],
    },
    'blocking high-risk users instead of a password change': {
      tenant: ca004((p) => grant(p, ['block'])),
      reasonIncludes: `'${RISK}' acts on high user risk`,
    },
    'medium and high user risk': {
      tenant: ca004((p) => {
        p.conditions!.userRiskLevels = ['medium', 'high'];
      }),
    },
    'excluding exactly the two break-glass accounts directly': {
      tenant: ca004((p) => {
        p.conditions!.users!.excludeGroups = [];
      }),
      reasonIncludes: 'excludes 2 accounts',
    },
    'excluding them through a group that holds just the two of them': {
      tenant: ca004((p) => {
        p.conditions!.users!.excludeUsers = [];
      }),
      reasonIncludes: 'excludes 2 accounts (Break Glass 01, Break Glass 02), counting the members of 1 excluded group',
    },
  },
  fail: {
    ...weakStrengthCases(ca004WithStrength, { reasonIncludes: NONE }),
    ...nestedGroupBypass(),
    'no user-risk policy at all': {
      tenant: (t) => removeCaPolicies(t, 'CA004'),
      reasonIncludes: NONE,
      // Nothing matched, so the whole policy list is the evidence.
      evidence: ['13 conditional access policies'],
      check: (r) =>
        expect(r.evidence.find((e) => e.source === 'conditionalAccessPolicies')?.fields).toEqual({
          enabled: 13,
          reportOnly: 0,
          disabled: 0,
        }),
    },
    'medium user risk only, leaving high-risk users alone': {
      tenant: ca004((p) => {
        p.conditions!.userRiskLevels = ['medium'];
      }),
      reasonIncludes: NONE,
      evidence: ['14 conditional access policies'],
    },
    'MFA alone, with no password change: the leaked password stays valid': {
      tenant: ca004((p) => grant(p, ['mfa'])),
      reasonIncludes: NONE,
      evidence: ['14 conditional access policies'],
    },
    "'MFA or a password change' lets whoever holds the password change it without MFA": {
      tenant: ca004((p) => grant(p, ['mfa', 'passwordChange'], 'OR')),
      reasonIncludes: NONE,
      evidence: ['14 conditional access policies'],
    },
    'a password change alone hands the account to whoever holds the old password': {
      tenant: ca004((p) => grant(p, ['passwordChange'], 'AND')),
      reasonIncludes: NONE,
      evidence: ['14 conditional access policies'],
    },
    'a password change AND a compliant device is still no MFA': {
      tenant: ca004((p) => grant(p, ['passwordChange', 'compliantDevice'], 'AND')),
      reasonIncludes: NONE,
      evidence: ['14 conditional access policies'],
    },
    'a report-only policy does not count': {
      tenant: ca004((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${RISK}' would act on high user risk, but it is report-only.`,
      evidence: [RISK],
    },
    'a disabled policy does not count': {
      tenant: ca004((p) => {
        p.state = 'disabled';
      }),
      reasonIncludes: `'${RISK}' would act on high user risk, but it is disabled.`,
    },
    ...partialScopeCases(ca004, { reasonIncludes: NARROW }),
    ...narrowedCases(ca004, { reasonIncludes: NARROW, evidence: [RISK] }),
    'a policy that applies only to browsers and modern clients': {
      tenant: ca004((p) => {
        p.conditions!.clientAppTypes = ['browser', 'mobileAppsAndDesktopClients'];
      }),
      reasonIncludes: NARROW,
    },
    'a policy that applies only when the sign-in is risky as well': {
      tenant: ca004((p) => {
        p.conditions!.signInRiskLevels = ['high'];
      }),
      reasonIncludes: NARROW,
    },
    'an excluded group of three people leaves them unprotected': excludedGroupOfThree(ca004, 'Risk exempt', [
      'who are not protected',
    ]),
    'excluding a directory role': {
      tenant: ca004((p) => {
        p.conditions!.users!.excludeRoles = [RoleTemplates.globalAdministrator];
      }),
      reasonIncludes: 'and 1 role',
    },
    'a policy name is carried verbatim, as text': {
      tenant: ca004((p) => {
        p.displayName = HTML;
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${HTML}' would act on high user risk, but it is report-only.`,
      evidence: [HTML],
    },
  },
  notLicensed: {
    ...needsEntraP2(),
    'no Entra ID premium at all': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM', 'AAD_PREMIUM_P2'),
      reasonIncludes: 'Microsoft Entra ID P2',
      score: 0,
    },
  },
  unknown: {
    ...strengthUnknowns(ca004WithStrength),
    ...caUnknowns(),
    ...caPolicyWithoutDisplayName(),
    'user risk levels as one string, not a list': {
      tenant: ca004((p) => {
        Object.assign(p.conditions!, { userRiskLevels: 'high' });
      }),
      reasonIncludes: ['.conditions.userRiskLevels', 'expected array, got string'],
    },
    'a user risk level Graph does not document': {
      tenant: ca004((p) => {
        Object.assign(p.conditions!, { userRiskLevels: ['severe'] });
      }),
      reasonIncludes: ['.conditions.userRiskLevels[0]', 'expected one of'],
    },
    'a policy state that is a number': {
      tenant: ca004((p) => {
        Object.assign(p, { state: 42 });
      }),
      reasonIncludes: ['.state', 'got number'],
    },
    'a policy without its excluded users': {
      tenant: ca004((p) => {
        delete p.conditions!.users!.excludeUsers;
      }),
      reasonIncludes: ['.conditions.users.excludeUsers', 'missing'],
    },
    '404 on the members of an excluded group': {
      faults: [failing('/groups/*', 404)],
      reasonIncludes: 'HTTP 404',
    },
  },
});
