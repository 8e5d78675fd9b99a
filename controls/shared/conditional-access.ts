/**
 * The "good conditional access policy" predicates CIS v7 spells out for every 5.2.2.x control,
 * shared by the controls that read conditional access. Report-only and disabled policies never count.
 */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { evidence } from '../../lib/engine/evidence';
import type { Evidence } from '../../lib/engine/verdict';

export const isEnforced = (p: CaPolicy): boolean => p.state === 'enabled';
export const targetsAllUsers = (p: CaPolicy): boolean => p.conditions.users.includeUsers.includes('All');
export const targetsAllApps = (p: CaPolicy): boolean => p.conditions.applications.includeApplications.includes('All');
export const blocks = (p: CaPolicy): boolean => p.grantControls?.builtInControls.includes('block') ?? false;

/**
 * MFA is required when it can't be skipped: `mfa` (or an authentication strength) is the only grant
 * control, or all controls are required (AND). "MFA or compliant device" lets a device stand in for MFA.
 */
export function requiresMfa(p: CaPolicy): boolean {
  const g = p.grantControls;
  if (!g) return false;
  const hasMfa = g.builtInControls.includes('mfa') || Boolean(g.authenticationStrength?.id);
  if (!hasMfa) return false;
  const others = g.builtInControls.filter((c) => c !== 'mfa');
  return others.length === 0 || g.operator === 'AND';
}

/** Roles the policy applies to, after its role exclusions; every role when it targets all users. */
export function coversRole(p: CaPolicy, roleId: string): boolean {
  const u = p.conditions.users;
  if (u.excludeRoles.includes(roleId)) return false;
  return u.includeUsers.includes('All') || u.includeRoles.includes(roleId);
}

export interface Exclusions {
  users: string[];
  groups: string[];
  roles: string[];
}

export function exclusionsOf(p: CaPolicy): Exclusions {
  const u = p.conditions.users;
  return { users: u.excludeUsers, groups: u.excludeGroups, roles: u.excludeRoles };
}

/**
 * One or two excluded accounts are the break-glass pattern CIS 1.1.2 asks for; an excluded group
 * can hold anyone, so it is always called out.
 */
export function describeExclusions(p: CaPolicy): string | null {
  const x = exclusionsOf(p);
  const parts: string[] = [];
  if (x.users.length) parts.push(`${x.users.length} user${x.users.length === 1 ? '' : 's'}`);
  if (x.groups.length) parts.push(`${x.groups.length} group${x.groups.length === 1 ? '' : 's'}`);
  if (x.roles.length) parts.push(`${x.roles.length} role${x.roles.length === 1 ? '' : 's'}`);
  return parts.length ? `'${p.displayName}' excludes ${parts.join(', ')}` : null;
}

export const hasGroupExclusions = (p: CaPolicy): boolean => p.conditions.users.excludeGroups.length > 0;

/** The fields of a CA policy that decide these controls. */
export const caFields = [
  'state',
  'conditions.users.includeUsers',
  'conditions.users.includeRoles',
  'conditions.users.excludeUsers',
  'conditions.users.excludeGroups',
  'conditions.users.excludeRoles',
  'conditions.applications.includeApplications',
  'grantControls.builtInControls',
  'grantControls.operator',
  'grantControls.authenticationStrength.displayName',
] as const;

export function caEvidence(p: CaPolicy, extraFields: readonly string[] = [], note?: string): Evidence {
  return evidence('conditionalAccessPolicies', p, [...caFields, ...extraFields], note);
}

/** Policies in the states that don't enforce, to explain why they didn't count. */
export function notEnforcingNote(p: CaPolicy): string | undefined {
  if (p.state === 'enabledForReportingButNotEnforced') return 'Report-only: logs what it would do, enforces nothing.';
  if (p.state === 'disabled') return 'Disabled.';
  return undefined;
}
