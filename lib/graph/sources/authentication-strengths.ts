/**
 * The tenant's authentication strengths, built-in and custom: what each one lets a person sign in
 * with. A conditional access policy names a strength by id; only this list says whether that strength
 * is multifactor, so the MFA controls read it rather than trusting that a strength is present.
 *
 * v1.0 documents the list at `/policies/authenticationStrengthPolicies` (beta also serves it at
 * `/identity/conditionalAccess/authenticationStrength/policies`); its least-privileged read permission
 * is Policy.Read.AuthenticationMethod (Policy.Read.All is the higher-privileged alternative).
 * https://learn.microsoft.com/graph/api/authenticationstrengthroot-list-policies
 */
import type { AuthenticationStrengthPolicy } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { collection, oneOf, str, type Check, type Need, type Shape } from './shape';

export type AuthStrength = Need<
  AuthenticationStrengthPolicy,
  'id' | 'displayName' | 'policyType' | 'requirementsSatisfied'
> & {
  /**
   * Each entry is one combination: a method mode, or several joined by commas ("password,sms").
   * The typings' single-mode union can't say that, so they are plain strings here.
   */
  allowedCombinations: string[];
};

/** One combination: method modes, comma-joined ("password,sms"); each mode a plain identifier. */
const COMBINATION = /^[A-Za-z][A-Za-z0-9]*(\s*,\s*[A-Za-z][A-Za-z0-9]*)*$/;

/**
 * A strength that allows nothing would make "every combination is multifactor" vacuously true, so an
 * empty list is malformed rather than a pass.
 */
const combinations: Check = (v, p) => {
  if (!Array.isArray(v)) return { path: p, problem: v === undefined ? 'missing' : 'expected array' };
  if (v.length === 0) return { path: p, problem: 'empty: a strength allows at least one combination' };
  for (let i = 0; i < v.length; i++) {
    const c: unknown = v[i];
    if (typeof c !== 'string' || !COMBINATION.test(c))
      return { path: `${p}[${i}]`, problem: 'expected comma-joined authentication method modes' };
  }
  return null;
};

const strength: Shape<AuthStrength> = {
  id: str,
  displayName: str,
  policyType: oneOf(['builtIn', 'custom', 'unknownFutureValue']),
  requirementsSatisfied: oneOf(['none', 'mfa', 'unknownFutureValue']),
  allowedCombinations: combinations,
};

export const authenticationStrengths = defineSource<AuthStrength[]>({
  id: 'authenticationStrengthPolicies',
  version: 'v1.0',
  path: '/policies/authenticationStrengthPolicies',
  permission: 'Policy.Read.AuthenticationMethod',
  collection: true,
  parse: collection(strength),
});
