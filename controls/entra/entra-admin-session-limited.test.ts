import type * as Graph from '@microsoft/microsoft-graph-types';
import {
  caFailing,
  caForbidden,
  describeControl,
  narrowedCases,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
  RoleTemplates,
} from '../../test/describe-control';
import control from './entra-admin-session-limited';

const POLICY = 'CA008 Administrators: sign in every 4 hours, no persistent browser';

const ca008 = patchCaPolicy('CA008');
const frequency = (p: Graph.ConditionalAccessPolicy): Graph.SignInFrequencySessionControl =>
  p.sessionControls!.signInFrequency!;

describeControl(control, {
  pass: {
    'every 4 hours and never persistent for every privileged role': {
      reasonIncludes:
        'Enforced conditional access limits sessions to 4 hours with no persistent browser for all 15 privileged roles.',
      evidence: [POLICY],
    },
    'every hour': {
      tenant: ca008((p) => {
        frequency(p).value = 1;
      }),
    },
    'sign-in every time': {
      tenant: ca008((p) => {
        Object.assign(frequency(p), { frequencyInterval: 'everyTime', type: null, value: null });
      }),
    },
  },
  fail: {
    'no such policy': {
      tenant: (t) => removeCaPolicies(t, 'CA008'),
      reasonIncludes:
        'No enforced conditional access policy limits sessions to 4 hours with no persistent browser for administrator roles.',
      evidence: ['13 conditional access policies'],
    },
    'every 8 hours': {
      tenant: ca008((p) => {
        frequency(p).value = 8;
      }),
    },
    'every day': {
      tenant: ca008((p) => {
        Object.assign(frequency(p), { type: 'days', value: 1 });
      }),
    },
    'sign-in frequency switched off': {
      tenant: ca008((p) => {
        frequency(p).isEnabled = false;
      }),
    },
    'persistent browser sessions allowed': {
      tenant: ca008((p) => {
        p.sessionControls!.persistentBrowser = { isEnabled: true, mode: 'always' };
      }),
    },
    'no persistent browser setting': {
      tenant: ca008((p) => {
        p.sessionControls!.persistentBrowser = null;
      }),
    },
    'the policy is disabled': {
      tenant: ca008((p) => {
        p.state = 'disabled';
      }),
      reasonIncludes: `'${POLICY}' would, but it is disabled.`,
    },
    ...narrowedCases(ca008, { reasonIncludes: `'${POLICY}' would, but` }),
  },
  partial: {
    'Global Administrator only': {
      tenant: ca008((p) => {
        p.conditions!.users!.includeRoles = [RoleTemplates.globalAdministrator];
      }),
      reasonIncludes: 'for 1 of 15 privileged roles',
    },
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caForbidden(),
    'a sign-in frequency value that is a string': {
      tenant: ca008((p) => {
        Object.assign(frequency(p), { value: '4' });
      }),
      reasonIncludes: ['sessionControls.signInFrequency.value', 'got string'],
    },
    'a sign-in frequency of 0 hours is malformed, not a session shorter than 4 hours': {
      tenant: ca008((p) => {
        Object.assign(frequency(p), { type: 'hours', value: 0 });
      }),
      reasonIncludes: ['sessionControls.signInFrequency.value', 'expected a whole number from 1 to 2147483647, got 0'],
    },
    'sign-in frequency without isEnabled': {
      tenant: ca008((p) => {
        delete frequency(p).isEnabled;
      }),
      reasonIncludes: ['sessionControls.signInFrequency.isEnabled', 'missing'],
    },
    'an admin policy without sessionControls': {
      tenant: ca008((p) => {
        delete p.sessionControls;
      }),
      reasonIncludes: ['.sessionControls', 'missing'],
    },
    ...caFailing(),
  },
});
