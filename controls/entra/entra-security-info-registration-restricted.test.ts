import {
  caUnknowns,
  describeControl,
  excludedGroupOfThree,
  narrowings,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
} from '../../test/describe-control';
import control from './entra-security-info-registration-restricted';

const POLICY = 'CA011 Register security info only from a compliant device';

const ca011 = patchCaPolicy('CA011');

describeControl(control, {
  pass: {
    'registering security info needs a managed device, for everyone': {
      reasonIncludes: [
        `'${POLICY}' requires a managed device to register security info for all users;`,
        'within the two break-glass accounts',
      ],
      evidence: [POLICY],
    },
    'a hybrid-joined device alone': {
      tenant: ca011((p) => {
        p.grantControls!.builtInControls = ['domainJoinedDevice'];
      }),
    },
  },
  fail: {
    'no such policy': {
      tenant: (t) => removeCaPolicies(t, 'CA011'),
      reasonIncludes: 'No conditional access policy requires a managed device to register security info.',
      evidence: ['13 conditional access policies'],
    },
    'MFA instead of a device': {
      tenant: ca011((p) => {
        p.grantControls!.builtInControls = ['mfa'];
      }),
      reasonIncludes: 'No conditional access policy requires a managed device to register security info.',
    },
    'MFA or a compliant device (either will do)': {
      tenant: ca011((p) => {
        p.grantControls!.builtInControls = ['mfa', 'compliantDevice'];
      }),
    },
    'registering a device rather than security info': {
      tenant: ca011((p) => {
        p.conditions!.applications!.includeUserActions = ['urn:user:registerdevice'];
      }),
    },
    'report-only': {
      tenant: ca011((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would require a managed device to register security info, but it is report-only.`,
    },
    'everywhere but trusted locations': {
      tenant: ca011(narrowings['everywhere but trusted locations (the office network is let through)']!),
      reasonIncludes: 'but not for every user, app and sign-in.',
    },
    'only on iOS and Android': {
      tenant: ca011(narrowings['only on iOS and Android']!),
      reasonIncludes: 'but not for every user, app and sign-in.',
    },
    'an excluded group of three people can register from any device': excludedGroupOfThree(ca011, 'New starters', [
      'only two break-glass accounts should be left out',
    ]),
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caUnknowns(),
    'user actions that are not strings': {
      tenant: ca011((p) => {
        Object.assign(p.conditions!.applications!, { includeUserActions: [42] });
      }),
      reasonIncludes: ['conditions.applications.includeUserActions', 'got number'],
    },
  },
});
