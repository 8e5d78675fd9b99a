import type * as Graph from '@microsoft/microsoft-graph-types';
import {
  caPolicyNamed,
  describeControl,
  failing,
  forbidden,
  narrowedCases,
  removeCaPolicies,
  RoleTemplates,
  withoutServicePlans,
  type TenantModel,
} from '../../test/describe-control';
import control from './entra-admin-session-limited';

const CA = '/identity/conditionalAccess/policies';
const POLICY = 'CA008 Administrators: sign in every 4 hours, no persistent browser';

const ca008 =
  (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) =>
  (t: TenantModel): void =>
    change(caPolicyNamed(t, 'CA008'), t);
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
    'a sign-in frequency value that is a string': {
      tenant: ca008((p) => {
        Object.assign(frequency(p), { value: '4' });
      }),
      reasonIncludes: ['sessionControls.signInFrequency.value', 'got string'],
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
    '500 on conditional access policies': {
      faults: [failing(CA, 500)],
      reasonIncludes: 'HTTP 500',
    },
  },
});
