import { expect } from 'vitest';
import {
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  malformed,
  narrowedCases,
  patchCaPolicy,
  removeCaPolicies,
  nestedGroupBypass,
} from '../../test/describe-control';
import { addStrength, requireStrength, strengthUnknowns, weakStrengthCases } from '../../test/strength-cases';
import control from './entra-user-mfa-required';

const SD = '/policies/identitySecurityDefaultsEnforcementPolicy';
const POLICY = 'CA002 Require MFA for all users';
// CA001 (administrators only) is as near a miss as a narrowed CA002, so the sentence may name either.
const NARROW = 'requires MFA, but not for every user, app and sign-in. Security defaults are off.';

const ca002 = patchCaPolicy('CA002');

describeControl(control, {
  pass: {
    'an enforced policy requires MFA for all users and apps, excluding only break-glass accounts': {
      reasonIncludes: [`'${POLICY}' requires MFA for all users and apps`, 'excludes 2 accounts'],
      evidence: [POLICY],
    },
    'an authentication strength instead of the MFA grant': {
      tenant: ca002((p) => {
        p.grantControls!.builtInControls = [];
        p.grantControls!.authenticationStrength = {
          id: '00000000-0000-0000-0000-000000000002',
          displayName: 'Multifactor authentication',
        };
      }),
      reasonIncludes: `'${POLICY}' requires MFA`,
    },
    'security defaults on, with no conditional access policy at all': {
      tenant: (t) => {
        t.securityDefaults.isEnabled = true;
        t.conditionalAccessPolicies = [];
      },
      reasonIncludes: 'Security defaults are on, which require MFA for every user.',
      evidence: ['securityDefaults'],
    },
  },
  fail: {
    ...nestedGroupBypass(),
    'report-only, as in the demo tenant': {
      tenant: ca002((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would require MFA, but it is report-only. Security defaults are off.`,
      check: (r) => expect(r.evidence.find((e) => e.displayName === POLICY)?.note).toMatch(/^Report-only/),
    },
    disabled: {
      tenant: ca002((p) => {
        p.state = 'disabled';
      }),
      reasonIncludes: 'but it is disabled',
    },
    'only administrators must do MFA': {
      tenant: (t) => removeCaPolicies(t, 'CA002'),
      reasonIncludes: 'Security defaults are off.',
      check: (r) => expect(r.reason).not.toContain('CA002'),
    },
    'no conditional access policy at all and security defaults are off': {
      tenant: (t) => {
        t.conditionalAccessPolicies = [];
      },
      reasonIncludes: 'No conditional access policy requires MFA. Security defaults are off.',
      evidence: ['0 conditional access policies', 'securityDefaults'],
    },
    'only for Office 365': {
      tenant: ca002((p) => {
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
      reasonIncludes: NARROW,
      evidence: [POLICY],
    },
    ...narrowedCases(ca002, { reasonIncludes: NARROW, evidence: [POLICY] }),
    // Issue 12 §2b: any strength id used to count as MFA, so a password-only strength passed.
    ...weakStrengthCases(ca002, { reasonIncludes: 'Security defaults are off.' }),
    // Found beside it: with OR, the MFA grant and a strength are alternatives, so a weak strength skips MFA.
    'the MFA grant or a password-only strength (either will do)': {
      tenant: ca002((p, t) => {
        requireStrength(p, addStrength(t, 'Password only', ['password'], 'none'));
        p.grantControls!.builtInControls = ['mfa'];
      }),
      reasonIncludes: 'Security defaults are off.',
    },
    'an excluded group of three people signs in with a password alone': excludedGroupOfThree(ca002, 'Sales floor', [
      'only two break-glass accounts should be left out',
    ]),
  },
  unknown: {
    ...caUnknowns(),
    ...strengthUnknowns(ca002),
    'security defaults without isEnabled': {
      faults: [malformed(SD, { id: '00000000-0000-0000-0000-000000000000' })],
      reasonIncludes: 'isEnabled',
    },
    'a policy without a state': {
      tenant: ca002((p) => {
        delete p.state;
      }),
      reasonIncludes: ['.state', 'missing'],
    },
  },
});
