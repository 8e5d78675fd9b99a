import type * as Graph from '@microsoft/microsoft-graph-types';
import { expect } from 'vitest';
import {
  addGroup,
  caUnknowns,
  describeControl,
  malformed,
  narrowedCases,
  needsEntraP1,
  patchCaPolicy,
  removeCaPolicies,
  RoleTemplates,
  staff,
  type TenantModel,
} from '../../test/describe-control';
import {
  addStrength,
  BUILT_IN_MFA,
  requireStrength,
  strengthById,
  strengthUnknowns,
  weakStrengthCases,
} from '../../test/strength-cases';
import control from './entra-admin-phishing-resistant-mfa-required';

const CA = '/identity/conditionalAccess/policies';
const POLICY = 'CA001 Require phishing-resistant MFA for administrators';

/** CA002 back to plain MFA: the golden tenant's all-users policy is phishing-resistant too, and covers every role. */
const plainMfaForEveryone = (t: TenantModel): void => {
  patchCaPolicy('CA002')((p) => {
    p.grantControls = { operator: 'OR', builtInControls: ['mfa'], authenticationStrength: null };
  })(t);
};
/** Change CA001, then the only phishing-resistant policy for the privileged roles. */
const ca001: typeof patchCaPolicy extends (x: string) => infer P ? P : never = (change) => (t) => {
  plainMfaForEveryone(t);
  patchCaPolicy('CA001')(change)(t);
};
const strength = (p: Graph.ConditionalAccessPolicy): Graph.AuthenticationStrengthPolicy =>
  p.grantControls!.authenticationStrength!;

describeControl(control, {
  pass: {
    'the built-in phishing-resistant strength for every privileged role': {
      reasonIncludes: 'Enforced conditional access requires phishing-resistant MFA for all 15 privileged roles.',
      evidence: [POLICY],
    },
    'a custom strength allowing only FIDO2 keys': {
      tenant: ca001((p, t) => requireStrength(p, addStrength(t, 'FIDO2 only', ['fido2']))),
      evidence: ['FIDO2 only'],
    },
    "a policy that carries no copy of its strength's combinations is judged from the strength list": {
      tenant: ca001((p) => {
        delete strength(p).allowedCombinations;
      }),
      evidence: ['authenticationStrengthPolicies'],
    },
    'the strength and a compliant device, both required': {
      tenant: ca001((p) => {
        p.grantControls!.builtInControls = ['compliantDevice'];
        p.grantControls!.operator = 'AND';
      }),
    },
  },
  fail: {
    'no such policy': {
      tenant: (t) => {
        plainMfaForEveryone(t);
        removeCaPolicies(t, 'CA001');
      },
      reasonIncludes: 'No enforced conditional access policy requires phishing-resistant MFA for administrator roles.',
      evidence: ['13 conditional access policies'],
    },
    'the policy is report-only': {
      tenant: ca001((p) => {
        p.state = 'enabledForReportingButNotEnforced';
      }),
      reasonIncludes: `'${POLICY}' would, but it is report-only.`,
      evidence: [POLICY],
    },
    'the "Multifactor authentication" strength, which allows SMS': {
      tenant: ca001((p, t) => requireStrength(p, strengthById(t, BUILT_IN_MFA))),
      reasonIncludes: 'No enforced conditional access policy requires phishing-resistant MFA',
    },
    ...weakStrengthCases(ca001),
    'the strength or a compliant device (either will do)': {
      tenant: ca001((p) => {
        p.grantControls!.builtInControls = ['compliantDevice'];
        p.grantControls!.operator = 'OR';
      }),
    },
    'plain MFA instead of a strength': {
      tenant: ca001((p) => {
        p.grantControls!.builtInControls = ['mfa'];
        p.grantControls!.authenticationStrength = null;
      }),
    },
    'only for Office 365 rather than all cloud apps': {
      tenant: ca001((p) => {
        p.conditions!.applications!.includeApplications = ['Office365'];
      }),
      reasonIncludes: `'${POLICY}' would, but it leaves some apps out.`,
    },
    ...narrowedCases(ca001, { reasonIncludes: `'${POLICY}' would, but` }),
    'three ordinary accounts excluded through a group': {
      tenant: ca001((p, t) => {
        p.conditions!.users!.excludeGroups = [
          addGroup(
            t,
            'MFA exceptions',
            staff(t, 3).map((u) => u.id!),
          ),
        ];
      }),
      reasonIncludes: ['it excludes 5 accounts (', 'more than the two break-glass accounts'],
    },
  },
  partial: {
    'Global Administrator only': {
      tenant: ca001((p) => {
        p.conditions!.users!.includeRoles = [RoleTemplates.globalAdministrator];
      }),
      reasonIncludes: 'for 1 of 15 privileged roles; not for Privileged Role Administrator',
      check: (r) => expect(r.affected).toMatchObject({ noun: 'privileged roles not covered', count: 14 }),
    },
    'every role but Global Administrator, excluded by role': {
      tenant: ca001((p) => {
        p.conditions!.users!.excludeRoles = [RoleTemplates.globalAdministrator];
      }),
      reasonIncludes: 'for 14 of 15 privileged roles; not for Global Administrator.',
    },
  },
  notLicensed: needsEntraP1(),
  unknown: {
    ...caUnknowns(),
    'a policy without grant controls field': {
      faults: [malformed(CA, { value: [{ id: 'x', displayName: 'x', state: 'enabled' }] })],
      reasonIncludes: "'value[0].conditions' (missing)",
    },
    ...strengthUnknowns(ca001),
  },
});
