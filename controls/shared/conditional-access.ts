/**
 * The "good conditional access policy" predicates CIS v7 spells out for every 5.2.2.x control,
 * shared by the controls that read conditional access. Report-only and disabled policies never count.
 */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { evidence } from '../../lib/engine/verdict/evidence';
import {
  acceptedWords,
  exclusionEvidence,
  exclusionWords,
  faultWords,
  judgeExclusions,
  nearMiss,
  type Exclusions,
} from './exclusion-judgement';
import type { VerdictKit } from '../../lib/engine/verdict/control';
import type { StrengthLevel, StrengthReading } from './authentication-strength';
import { flagsOf } from '../../lib/graph/sources/shape';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';

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

/**
 * The policy applies to every sign-in, apart from the conditions a control asks for: no risk level,
 * location, platform, device filter or authentication flow narrows it. A policy that only applies
 * under some condition protects only those sign-ins.
 */
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

/** Roles the policy applies to, after its role exclusions; every role when it targets all users. */
export function coversRole(p: CaPolicy, roleId: string): boolean {
  const u = p.conditions.users;
  if (u.excludeRoles.includes(roleId)) return false;
  return u.includeUsers.includes('All') || u.includeRoles.includes(roleId);
}

export { BREAK_GLASS_MAX, exclusions, type Exclusions } from './exclusion-judgement';

/**
 * Whether the policy leaves out only acceptable people: declared ones when the admin declared any, at
 * most the two break-glass accounts otherwise (see exclusion-judgement.ts), every exclusion resolved.
 */
export function exclusionsAreBreakGlass(
  p: CaPolicy,
  x: Exclusions,
  opts: { rolesJudgedSeparately?: boolean } = {},
): boolean {
  return judgeExclusions(p, x, opts).status === 'ok';
}

/** "'<policy>' excludes 5 people (Scanner 01, …) through 1 group": shown whenever a policy excludes anyone. */
export function describeExclusions(p: CaPolicy, x: Exclusions): string | null {
  const words = exclusionWords(judgeExclusions(p, x));
  return words ? `'${p.displayName}' ${words}` : null;
}

/** The fields of a CA policy that decide these controls. */
export const caFields = [
  'state',
  'conditions.users.includeUsers',
  'conditions.users.includeRoles',
  'conditions.users.excludeUsers',
  'conditions.users.excludeGroups',
  'conditions.users.excludeRoles',
  'conditions.users.excludeGuestsOrExternalUsers',
  'conditions.applications.includeApplications',
  'conditions.applications.excludeApplications',
  'conditions.applications.applicationFilter',
  'conditions.clientAppTypes',
  'conditions.locations',
  'conditions.platforms',
  'conditions.devices',
  'conditions.authenticationFlows',
  'grantControls.builtInControls',
  'grantControls.operator',
  'grantControls.authenticationStrength.displayName',
] as const;

/** Conditions that only matter when set: left out of evidence when Graph returns nothing for them. */
const OPTIONAL_CONDITIONS = new Set<string>([
  'conditions.users.excludeGuestsOrExternalUsers',
  'conditions.applications.applicationFilter',
  'conditions.locations',
  'conditions.platforms',
  'conditions.devices',
  'conditions.authenticationFlows',
  'grantControls.authenticationStrength.displayName',
]);

export function caEvidence(p: CaPolicy, extraFields: readonly string[] = [], note?: string): Evidence {
  const e = evidence('conditionalAccessPolicies', p, [...caFields, ...extraFields], note);
  const fields = Object.fromEntries(
    Object.entries(e.fields).filter(([k, v]) => v !== null || !OPTIONAL_CONDITIONS.has(k)),
  );
  return { ...e, fields };
}

/** Policies in the states that don't enforce, to explain why they didn't count. */
export function notEnforcingNote(p: CaPolicy): string | undefined {
  if (p.state === 'enabledForReportingButNotEnforced') return 'Report-only: logs what it would do, enforces nothing.';
  if (p.state === 'disabled') return 'Disabled.';
  return undefined;
}

export type PolicyJudgement =
  | { kind: 'good'; policy: CaPolicy }
  | { kind: 'excludesTooMany'; policy: CaPolicy }
  /** The policy would do, but who it leaves out couldn't be read in full (a group, named). */
  | { kind: 'unresolved'; policy: CaPolicy }
  | { kind: 'notEnforced'; policy: CaPolicy }
  | { kind: 'tooNarrow'; policy: CaPolicy }
  | { kind: 'none' };

/**
 * Among the policies that would do the job, the best one: enforced, for all users and all apps, and
 * excluding only break-glass accounts. Otherwise the closest miss, so the verdict can say why.
 */
export function judgePolicies(
  candidates: readonly CaPolicy[],
  x: Exclusions,
  coversAll: (p: CaPolicy) => boolean,
): PolicyJudgement {
  const wide = candidates.filter(coversAll);
  const wideEnforced = wide.filter(isEnforced);
  const judged = wideEnforced.map((p) => ({ p, status: judgeExclusions(p, x).status }));
  const good = judged.find((j) => j.status === 'ok');
  if (good) return { kind: 'good', policy: good.p };
  // Never a pass from a partial list, nor a fail it didn't show: couldn't tell.
  const unresolved = judged.find((j) => j.status === 'unresolved');
  if (unresolved) return { kind: 'unresolved', policy: unresolved.p };
  if (wideEnforced[0]) return { kind: 'excludesTooMany', policy: wideEnforced[0] };
  // The nearest miss explains best: a policy right in all but its state, then an enforced narrow one.
  if (wide[0]) return { kind: 'notEnforced', policy: wide[0] };
  const enforced = candidates.find(isEnforced);
  if (enforced) return { kind: 'tooNarrow', policy: enforced };
  if (candidates[0]) return { kind: 'notEnforced', policy: candidates[0] };
  return { kind: 'none' };
}

/** The verdict for a judgement; `what` completes "'<policy>' …", e.g. "blocks legacy authentication". */
export function judgementVerdict(
  j: PolicyJudgement,
  v: VerdictKit,
  what: string,
  ev: readonly Evidence[],
  x: Exclusions,
  otherwise = '',
): Verdict {
  switch (j.kind) {
    case 'good':
      return v.pass(
        `'${j.policy.displayName}' ${what} for all users and apps${acceptedWords(judgeExclusions(j.policy, x))}.`,
        ev,
      );
    case 'unresolved':
      return v.unknown(
        {
          kind: 'notEvaluated',
          why: `Couldn't decide: '${j.policy.displayName}' ${what}, but ${faultWords(judgeExclusions(j.policy, x))}.`,
        },
        ev,
      );
    case 'excludesTooMany': {
      const e = judgeExclusions(j.policy, x);
      const people = e.rejected.length ? e.rejected : e.resolution.people;
      return v.fail(`'${j.policy.displayName}' ${what}, but it ${faultWords(e)}.${nearMiss(e)}`, ev, {
        noun: 'accounts excluded',
        count: people.length,
        sample: people.slice(0, 5).map((p) => p.name),
      });
    }
    case 'notEnforced':
      return v.fail(
        `'${j.policy.displayName}' would ${what.replace(/^(\w+)s\b/, '$1')}, but it is ${j.policy.state === 'disabled' ? 'disabled' : 'report-only'}.${otherwise}`,
        ev,
      );
    case 'tooNarrow':
      return v.fail(`'${j.policy.displayName}' ${what}, but not for every user, app and sign-in.${otherwise}`, ev);
    case 'none':
      return v.fail(`No conditional access policy ${what}.${otherwise}`, ev);
  }
}

/** Evidence that the whole policy list was read, for verdicts no single policy decided. */
export function policyListEvidence(policies: readonly CaPolicy[]): Evidence {
  const count = (state: string) => policies.filter((p) => p.state === state).length;
  return {
    source: 'conditionalAccessPolicies',
    displayName: `${policies.length} conditional access policies`,
    fields: {
      enabled: count('enabled'),
      reportOnly: count('enabledForReportingButNotEnforced'),
      disabled: count('disabled'),
    },
    note: 'Every policy was read; none of them does what this control asks.',
  };
}

/** Why a policy that would do the job doesn't count, in words; null when it counts. */
export function whyNotCounted(
  p: CaPolicy,
  x: Exclusions,
  opts: { rolesJudgedSeparately?: boolean } = {},
): string | null {
  if (p.state === 'disabled') return 'it is disabled';
  if (p.state === 'enabledForReportingButNotEnforced') return 'it is report-only';
  if (!targetsAllApps(p)) return 'it leaves some apps out';
  if (!isUnconditional(p))
    return 'it applies only to some sign-ins (by location, platform, device, client app, flow or risk)';
  const e = judgeExclusions(p, x, opts);
  if (e.status === 'unresolved') return faultWords(e);
  // The heuristic's plain miss keeps its short form; declared misses and roles say who.
  if (e.heuristic && e.problems.length === 0 && e.status === 'tooMany')
    return `it ${exclusionWords(e) ?? 'excludes users'}, more than the two break-glass accounts`;
  if (e.status !== 'ok') return `it ${faultWords(e)}`;
  return null;
}

/** Evidence for the policies that would do the job, each with why it may not count, plus the whole list. */
export function candidateEvidence(
  candidates: readonly CaPolicy[],
  policies: readonly CaPolicy[],
  x: Exclusions,
  extraFields: readonly string[] = [],
): Evidence[] {
  return [
    ...candidates.map((p) => caEvidence(p, extraFields, notEnforcingNote(p) ?? describeExclusions(p, x) ?? undefined)),
    policyListEvidence(policies),
    // Who each candidate leaves out, person by person, with the path and any declaration.
    ...candidates.filter(isEnforced).flatMap((p) => exclusionEvidence(p, judgeExclusions(p, x))),
  ];
}

/**
 * The verdict of the controls that ask for one enforced policy for every user, app and sign-in: the
 * policies that `act` are judged, the nearest miss explained, and all of them shown as evidence.
 */
export function everyonePolicyVerdict(o: {
  policies: readonly CaPolicy[];
  groups: Exclusions;
  v: VerdictKit;
  acts: (p: CaPolicy) => boolean;
  /** Completes "'<policy>' …", e.g. "blocks legacy authentication". */
  what: string;
  /** Conditions the control itself sets (risk levels, client apps, flows). */
  allowed?: AllowedConditions;
  extraFields?: readonly string[];
  extraEvidence?: readonly Evidence[];
  /** Appended to failing sentences, e.g. " Security defaults are off." */
  otherwise?: string;
}): Verdict {
  const candidates = o.policies.filter(o.acts);
  const ev = [...candidateEvidence(candidates, o.policies, o.groups, o.extraFields), ...(o.extraEvidence ?? [])];
  const everyone = (p: CaPolicy) => targetsAllUsers(p) && targetsAllApps(p) && isUnconditional(p, o.allowed);
  return judgementVerdict(judgePolicies(candidates, o.groups, everyone), o.v, o.what, ev, o.groups, o.otherwise);
}
