import {
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  narrowedCases,
  needsEntraP1,
  nestedGroupBypass,
  patchCaPolicy,
  removeCaPolicies,
} from '../../test/describe-control';
import {
  addStrength,
  BUILT_IN_MFA,
  requireStrength,
  strengthById,
  strengthUnknowns,
  weakStrengthCases,
} from '../../test/strength-cases';
import control from './entra-user-phishing-resistant-mfa-required';

const POLICY = 'CA002 Require MFA for all users';
// With CA002 no longer phishing-resistant, the administrators' policy is the nearest miss.
const NONE =
  "'CA001 Require phishing-resistant MFA for administrators' requires phishing-resistant MFA, but not for every user";
const NARROW = 'requires phishing-resistant MFA, but not for every user, app and sign-in.';

/** Change CA002, the golden tenant's policy for all users (the built-in "Phishing resistant MFA" strength). */
const ca002 = patchCaPolicy('CA002');

describeControl(control, {
  pass: {
    'the built-in phishing-resistant strength for all users and apps, excluding only break-glass accounts': {
      reasonIncludes: [`'${POLICY}' requires phishing-resistant MFA for all users and apps`, 'excludes 2 accounts'],
      evidence: [POLICY, 'Phishing resistant MFA'],
    },
    'a custom strength allowing only FIDO2 keys and Windows Hello': {
      tenant: ca002((p, t) =>
        requireStrength(p, addStrength(t, 'Keys and Hello', ['fido2', 'windowsHelloForBusiness'])),
      ),
      evidence: ['Keys and Hello'],
    },
  },
  fail: {
    ...nestedGroupBypass(),
    'ordinary MFA for all users (the MFA grant)': {
      tenant: ca002((p) => {
        p.grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
      }),
      reasonIncludes: NONE,
    },
    'the built-in "Multifactor authentication" strength, which allows SMS': {
      tenant: ca002((p, t) => requireStrength(p, strengthById(t, BUILT_IN_MFA))),
      reasonIncludes: NONE,
      evidence: ['Multifactor authentication'],
    },
    ...weakStrengthCases(ca002, { reasonIncludes: NONE }),
    'the strength or a compliant device (either will do)': {
      tenant: ca002((p) => {
        p.grantControls!.builtInControls = ['compliantDevice'];
        p.grantControls!.operator = 'OR';
      }),
      reasonIncludes: NONE,
    },
    'only administrators must use it': {
      tenant: (t) => removeCaPolicies(t, 'CA002'),
      reasonIncludes: 'but not for every user, app and sign-in.',
    },
    'report-only': {
      tenant: ca002((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would require phishing-resistant MFA, but it is report-only.`,
    },
    ...narrowedCases(ca002, { reasonIncludes: NARROW, evidence: [POLICY] }),
    'an excluded group of three people': excludedGroupOfThree(ca002, 'Kiosk staff', [
      'only two break-glass accounts should be left out',
    ]),
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caUnknowns(),
    ...strengthUnknowns(ca002),
  },
});
