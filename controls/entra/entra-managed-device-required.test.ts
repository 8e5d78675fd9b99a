import type * as Graph from '@microsoft/microsoft-graph-types';
import {
  caPolicyNamed,
  describeControl,
  excludedGroupOfThree,
  failing,
  forbidden,
  narrowedCases,
  removeCaPolicies,
  withoutServicePlans,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-managed-device-required';

const CA = '/identity/conditionalAccess/policies';
const POLICY = 'CA010 Require a compliant or hybrid-joined device';
const NARROW = `'${POLICY}' requires a managed device, but not for every user, app and sign-in.`;

const ca010 =
  (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  (t: TenantModel): void =>
    change(caPolicyNamed(t, 'CA010'), t);

describeControl(control, {
  pass: {
    'a compliant or hybrid-joined device for everyone': {
      reasonIncludes: `'${POLICY}' requires a managed device for all users and apps`,
      evidence: [POLICY],
    },
    'a compliant device alone': {
      tenant: ca010((p) => {
        p.grantControls!.builtInControls = ['compliantDevice'];
      }),
    },
    'MFA and a compliant device, both required': {
      tenant: ca010((p) => {
        p.grantControls!.builtInControls = ['mfa', 'compliantDevice'];
        p.grantControls!.operator = 'AND';
      }),
    },
  },
  fail: {
    'no such policy': {
      tenant: (t) => removeCaPolicies(t, 'CA010'),
      // CA011 requires a managed device too, but only to register security info.
      reasonIncludes: "'CA011 Register security info only from a compliant device' requires a managed device, but not",
    },
    'no device policy at all': {
      tenant: (t) => removeCaPolicies(t, 'CA010', 'CA011'),
      reasonIncludes: 'No conditional access policy requires a managed device.',
      evidence: ['12 conditional access policies'],
    },
    'MFA or a compliant device (either will do)': {
      tenant: ca010((p) => {
        p.grantControls!.builtInControls = ['mfa', 'compliantDevice'];
      }),
      reasonIncludes: "'CA011",
    },
    disabled: {
      tenant: ca010((p) => {
        p.state = 'disabled';
      }),
      reasonIncludes: `'${POLICY}' would require a managed device, but it is disabled.`,
    },
    'only for Office 365': {
      tenant: ca010((p) => {
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
      reasonIncludes: 'but not for every user, app and sign-in.',
    },
    ...narrowedCases(ca010, { reasonIncludes: NARROW }),
    'an excluded group of three people can sign in from any device': excludedGroupOfThree(ca010, 'BYOD pilot', [
      'only two break-glass accounts should be left out',
    ]),
  },
  notLicensed: {
    'without Entra ID P1 or P2': {
      tenant: (t) => withoutServicePlans(t, 'AAD_PREMIUM', 'AAD_PREMIUM_P2'),
      reasonIncludes: 'Needs Microsoft Entra ID P1',
      score: 0,
    },
  },
  unknown: {
    '403 on conditional access policies names Policy.Read.All': {
      faults: [forbidden(CA)],
      reasonIncludes: ['HTTP 403', 'Policy.Read.All'],
    },
    '403 on the members of an excluded group names GroupMember.Read.All': {
      faults: [forbidden('/groups/*')],
      reasonIncludes: 'GroupMember.Read.All',
    },
    'grant controls without built-in controls': {
      tenant: ca010((p) => {
        delete p.grantControls!.builtInControls;
      }),
      reasonIncludes: ['grantControls.builtInControls', 'missing'],
    },
    '500 on conditional access policies': {
      faults: [failing(CA, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
