/**
 * Who, what and when a conditional access policy covers: enforced or not, all users, all apps, every
 * sign-in, a role. CIS v7 5.2.2.x counts a policy only when it covers everyone under every condition.
 */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { flagsOf } from '../../lib/graph/sources/shape';

export const isEnforced = (p: CaPolicy): boolean => p.state === 'enabled';
export const targetsAllUsers = (p: CaPolicy): boolean => p.conditions.users.includeUsers.includes('All');
/** All cloud apps, none excluded. */
export const targetsAllApps = (p: CaPolicy): boolean =>
  p.conditions.applications.includeApplications.includes('All') &&
  p.conditions.applications.excludeApplications.length === 0 &&
  p.conditions.applications.applicationFilter === null;

export interface AllowedConditions {
  /** Client app types the policy must cover ('all' covers every type). Default: all of them. */
  readonly clientAppTypes?: readonly string[];
  readonly userRisk?: boolean;
  readonly signInRisk?: boolean;
  /** An authentication-flows condition (device code flow, authentication transfer) may narrow the policy. */
  readonly authenticationFlows?: boolean;
}

/** "Any device platform, none excluded" is no condition at all. */
function platformsOk(p: CaPolicy['conditions']['platforms']): boolean {
  if (p === null) return true;
  return p.includePlatforms.includes('all') && p.excludePlatforms.length === 0;
}

/** "Any location, none excluded" is no condition at all; 'AllTrusted' or a named location narrows it. */
function locationsOk(l: CaPolicy['conditions']['locations']): boolean {
  if (l === null) return true;
  return l.includeLocations.includes('All') && l.excludeLocations.length === 0;
}

/**
 * The policy applies to every sign-in, apart from the conditions a control asks for: no risk level,
 * location, platform, device filter or authentication flow narrows it. A policy that only applies
 * under some condition protects only those sign-ins.
 *
 * Every field read here is checked by the source's shape (lists are lists, enums documented), so a
 * `.includes` never runs on a string. Any value we can't credit — `unknownFutureValue` included — makes
 * the policy narrower, never wider.
 */
export function isUnconditional(p: CaPolicy, allowed: AllowedConditions = {}): boolean {
  const c = p.conditions;
  const types = c.clientAppTypes;
  const typesOk =
    types.includes('all') ||
    (allowed.clientAppTypes ?? ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other']).every((t) =>
      types.includes(t as (typeof types)[number]),
    );
  const flows = c.authenticationFlows ? flagsOf(c.authenticationFlows.transferMethods) : ['none'];
  return (
    typesOk &&
    locationsOk(c.locations) &&
    (allowed.userRisk || c.userRiskLevels.length === 0) &&
    (allowed.signInRisk || c.signInRiskLevels.length === 0) &&
    platformsOk(c.platforms) &&
    (c.devices === null || c.devices.deviceFilter === null) &&
    (allowed.authenticationFlows || flows.every((f) => f === 'none')) &&
    // Any insider-risk level set applies the policy only to those users.
    (c.insiderRiskLevels === undefined || c.insiderRiskLevels === null)
  );
}

/** Roles the policy applies to, after its role exclusions; every role when it targets all users. */
export function coversRole(p: CaPolicy, roleId: string): boolean {
  const u = p.conditions.users;
  if (u.excludeRoles.includes(roleId)) return false;
  return u.includeUsers.includes('All') || u.includeRoles.includes(roleId);
}
