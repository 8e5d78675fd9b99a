import {
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  narrowedCases,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
} from '../../test/describe-control';
import control from './entra-managed-device-required';

const POLICY = 'CA010 Require a compliant or hybrid-joined device';
const NARROW = `'${POLICY}' requires a managed device, but not for every user, app and sign-in.`;

const ca010 = patchCaPolicy('CA010');

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
  notLicensed: needsEntraP1(),
  unknown: {
    ...caUnknowns(),
    'grant controls without built-in controls': {
      tenant: ca010((p) => {
        delete p.grantControls!.builtInControls;
      }),
      reasonIncludes: ['grantControls.builtInControls', 'missing'],
    },
  },
});
