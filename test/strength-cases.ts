/**
 * Cases every control that counts an authentication strength as MFA must meet: a strength counts only
 * when every combination it allows is multifactor, and a strength that can't be read, isn't listed,
 * names an undocumented method mode, or disagrees with the copy the policy carries is "couldn't tell".
 */
import type * as Graph from '@microsoft/microsoft-graph-types';
import type { ControlCase, TenantModel } from './describe-control';
import { failing, forbidden } from './describe-control';

export const STRENGTHS_PATH = '/policies/authenticationStrengthPolicies';
export const BUILT_IN_MFA = '00000000-0000-0000-0000-000000000002';
export const BUILT_IN_PHISHING_RESISTANT = '00000000-0000-0000-0000-000000000004';

/** Adds a custom strength to the tenant's list; returns it. */
export function addStrength(
  t: TenantModel,
  displayName: string,
  allowedCombinations: readonly string[],
  requirementsSatisfied: 'mfa' | 'none' = 'mfa',
): Graph.AuthenticationStrengthPolicy {
  const s: Graph.AuthenticationStrengthPolicy = {
    id: `custom-${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    displayName,
    description: 'Added by a test.',
    policyType: 'custom',
    requirementsSatisfied,
    // Graph serialises a combination comma-joined; the typings' single-mode union can't say that.
    allowedCombinations: [...allowedCombinations] as Graph.AuthenticationMethodModes[],
    combinationConfigurations: [],
  };
  t.authenticationStrengthPolicies.push(s);
  return s;
}

/** The policy requires this strength as its only grant control, carrying a copy of it as Graph does. */
export function requireStrength(p: Graph.ConditionalAccessPolicy, s: Graph.AuthenticationStrengthPolicy): void {
  p.grantControls = {
    operator: 'OR',
    builtInControls: [],
    authenticationStrength: structuredClone(s),
  };
}

/** The tenant's strength with this id. */
export function strengthById(t: TenantModel, id: string): Graph.AuthenticationStrengthPolicy {
  const s = t.authenticationStrengthPolicies.find((x) => x.id === id);
  if (!s) throw new Error(`no strength ${id}`);
  return s;
}

type PolicyPatch = (change: (p: Graph.ConditionalAccessPolicy, t: TenantModel) => void) => (t: TenantModel) => void;

/**
 * fail: the policy that decides the control requires a strength that lets a person in with single
 * factors (a password alone; SMS alone among MFA combinations).
 */
export function weakStrengthCases(
  patch: PolicyPatch,
  rest: Omit<ControlCase, 'tenant'> = {},
): Record<string, ControlCase> {
  return {
    'its authentication strength allows a password alone': {
      ...rest,
      tenant: patch((p, t) => requireStrength(p, addStrength(t, 'Password only', ['password'], 'none'))),
    },
    'its custom strength allows SMS alone beside multifactor combinations': {
      ...rest,
      tenant: patch((p, t) => requireStrength(p, addStrength(t, 'Mostly MFA', ['fido2', 'password,sms', 'sms']))),
    },
  };
}

/**
 * unknown: the strength the deciding policy requires can't be judged; the reason names it (or the
 * permission that would read it).
 */
export function strengthUnknowns(patch: PolicyPatch): Record<string, ControlCase> {
  return {
    "403 on the strengths names Policy.Read.AuthenticationMethod and the policy's strength": {
      tenant: patch((p, t) => requireStrength(p, strengthById(t, BUILT_IN_MFA))),
      faults: [forbidden(STRENGTHS_PATH)],
      reasonIncludes: ['Policy.Read.AuthenticationMethod', 'Multifactor authentication'],
    },
    '500 on the strengths': {
      tenant: patch((p, t) => requireStrength(p, strengthById(t, BUILT_IN_MFA))),
      faults: [failing(STRENGTHS_PATH, 500)],
      reasonIncludes: 'Policy.Read.AuthenticationMethod',
    },
    'a strength the list does not hold': {
      tenant: patch((p, t) => {
        const s = addStrength(t, 'Deleted strength', ['fido2']);
        requireStrength(p, s);
        t.authenticationStrengthPolicies = t.authenticationStrengthPolicies.filter((x) => x.id !== s.id);
      }),
      reasonIncludes: ["'Deleted strength'", 'not in the list'],
    },
    'a strength allowing a method mode the reference does not document': {
      tenant: patch((p, t) => requireStrength(p, addStrength(t, 'Future', ['fido2', 'password,retinaScan']))),
      reasonIncludes: ["'Future'", "'retinaScan'"],
    },
    "a policy's copy of its strength disagrees with the strength list": {
      tenant: patch((p, t) => {
        const s = addStrength(t, 'Drifted', ['password'], 'none');
        requireStrength(p, s);
        p.grantControls!.authenticationStrength!.allowedCombinations = ['fido2'];
      }),
      reasonIncludes: ["'Drifted'", 'disagree'],
    },
  };
}
