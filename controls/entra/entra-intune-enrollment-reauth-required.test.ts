import type * as Graph from '@microsoft/microsoft-graph-types';
import {
  AppIds,
  caForbidden,
  describeControl,
  excludedGroupOfThree,
  failing,
  malformed,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
} from '../../test/describe-control';
import { strengthUnknowns, weakStrengthCases } from '../../test/strength-cases';
import control from './entra-intune-enrollment-reauth-required';

const CA = '/identity/conditionalAccess/policies';
const POLICY = 'CA012 Intune enrolment: MFA every time';

const ca012 = patchCaPolicy('CA012');

describeControl(control, {
  pass: {
    'MFA every time for Intune enrolment, for everyone but break-glass': {
      reasonIncludes: [`'${POLICY}' requires MFA at every Intune enrolment for all users`, 'excludes 2 accounts'],
      evidence: [POLICY],
    },
    'an authentication strength instead of MFA': {
      tenant: ca012((p) => {
        p.grantControls = {
          operator: 'OR',
          builtInControls: [],
          authenticationStrength: { id: '00000000-0000-0000-0000-000000000004' },
        };
      }),
      reasonIncludes: `'${POLICY}' requires MFA`,
    },
  },
  fail: {
    ...weakStrengthCases(ca012, {
      reasonIncludes: 'No conditional access policy requires MFA at every Intune enrolment.',
    }),
    'no such policy': {
      tenant: (t) => removeCaPolicies(t, 'CA012'),
      reasonIncludes: 'No conditional access policy requires MFA at every Intune enrolment.',
      evidence: ['conditionalAccessPolicies'],
    },
    'report-only': {
      tenant: ca012((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would require MFA at every Intune enrolment, but it is report-only.`,
    },
    'a sign-in frequency of hours, not every time': {
      tenant: ca012((p) => {
        p.sessionControls = {
          signInFrequency: { isEnabled: true, type: 'hours', value: 4, frequencyInterval: 'timeBased' },
        };
      }),
      reasonIncludes: 'No conditional access policy requires MFA at every Intune enrolment.',
    },
    'another app instead of Intune Enrollment': {
      tenant: ca012((p) => {
        p.conditions!.applications!.includeApplications = [AppIds.azureManagement];
      }),
      reasonIncludes: 'No conditional access policy requires MFA',
    },
    'MFA or a compliant device lets a device stand in': {
      tenant: ca012((p) => {
        p.grantControls = { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] };
      }),
      reasonIncludes: 'No conditional access policy requires MFA',
    },
    'only for some users': {
      tenant: ca012((p) => {
        p.conditions!.users!.includeUsers = [];
        p.conditions!.users!.includeGroups = ['00000000-0000-0000-0000-0000000000aa'];
      }),
      reasonIncludes: 'but not for every user, app and sign-in.',
    },
    'excluding a group of three people': excludedGroupOfThree(ca012, 'Enrolment exceptions'),
  },
  unknown: {
    ...strengthUnknowns(ca012),
    ...caForbidden(),
    'a sign-in frequency that is not an object': {
      tenant: ca012((p) => {
        p.sessionControls = { signInFrequency: 'everyTime' as unknown as Graph.SignInFrequencySessionControl };
      }),
      reasonIncludes: '.sessionControls.signInFrequency',
    },
    'a policy without conditions': {
      faults: [malformed(CA, { value: [{ id: 'x', displayName: 'X', state: 'enabled' }] })],
      reasonIncludes: "'value[0].conditions'",
    },
    '500 on policies': {
      faults: [failing(CA, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
  notLicensed: needsEntraP1(),
});
