/** What a conditional access policy demands at sign-in: a block, MFA, or phishing-resistant MFA. */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import type { StrengthLevel, StrengthReading } from './authentication-strength';

export const blocks = (p: CaPolicy): boolean => p.grantControls?.builtInControls.includes('block') ?? false;

/**
 * The grant controls a person may satisfy, each with whether it reaches `level`: all of them are
 * required under AND, any one of them otherwise. An authentication strength reaches a level only when
 * every combination it allows does (see authentication-strength.ts); the `mfa` grant is MFA and never
 * phishing-resistant.
 */
function grantDemands(p: CaPolicy, strengths: StrengthReading, level: StrengthLevel): boolean {
  const g = p.grantControls;
  if (!g) return false;
  const controls = [
    ...g.builtInControls.map((c) => level === 'mfa' && c === 'mfa'),
    ...(g.authenticationStrength ? [strengths.meets(p, level)] : []),
  ];
  if (controls.length === 0) return false;
  return g.operator === 'AND' ? controls.some(Boolean) : controls.every(Boolean);
}

/**
 * MFA is required when it can't be skipped: every control a person could satisfy instead is MFA (the
 * `mfa` grant or a multifactor authentication strength), or all controls are required (AND). "MFA or
 * compliant device" lets a device stand in for MFA, and a strength that allows a password alone is no MFA.
 */
export function requiresMfa(p: CaPolicy, strengths: StrengthReading): boolean {
  return grantDemands(p, strengths, 'mfa');
}

/** Phishing-resistant MFA is required: a strength allowing only phishing-resistant combinations can't be skipped. */
export function requiresPhishingResistantMfa(p: CaPolicy, strengths: StrengthReading): boolean {
  return grantDemands(p, strengths, 'phishingResistant');
}
