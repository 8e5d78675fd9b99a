/** The evidence a conditional access verdict shows: each policy's deciding fields, why it may not count, the list. */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence } from '../../lib/engine/verdict/verdict';
import { exclusionEvidence, exclusionWords, judgeExclusions, type Exclusions } from './exclusion-judgement';
import { isEnforced } from './conditional-access-scope';

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

/** What the policy does: its grant, and the fields a control reads beyond the usual ones. */
const GRANT_FIELDS = ['grantControls.builtInControls', 'grantControls.authenticationStrength.displayName'];

/** A list field that holds anything at all. */
const nonEmpty = (v: unknown) => Array.isArray(v) && v.length > 0;

/**
 * The fields that decided whether this policy counts: what it does, whether it is enforced, and every
 * condition that narrows it (not all users or apps, exclusions, other conditions set). A condition
 * that narrows nothing ("All" users, no exclusions) is context, shown but not marked.
 */
function decidingFields(fields: Readonly<Record<string, unknown>>, extraFields: readonly string[]): string[] {
  const narrows = (k: string, v: unknown): boolean => {
    if (k === 'state') return true;
    if (k.endsWith('.includeUsers')) return !(Array.isArray(v) && v.includes('All'));
    if (k.endsWith('.includeApplications')) return !(Array.isArray(v) && v.includes('All'));
    if (k.endsWith('.includeRoles')) return nonEmpty(v);
    if (/\.exclude[A-Za-z]+$/.test(k)) return v !== null && (!Array.isArray(v) || v.length > 0);
    if (k === 'conditions.clientAppTypes') return !(Array.isArray(v) && v.includes('all'));
    // The optional conditions are only in the evidence when set.
    return OPTIONAL_CONDITIONS.has(k) && !GRANT_FIELDS.includes(k);
  };
  const does = [...GRANT_FIELDS, ...extraFields];
  return Object.keys(fields).filter((k) => does.includes(k) || narrows(k, fields[k]));
}

export function caEvidence(p: CaPolicy, extraFields: readonly string[] = [], note?: string): Evidence {
  const e = evidence('conditionalAccessPolicies', p, [...caFields, ...extraFields], note);
  const fields = Object.fromEntries(
    Object.entries(e.fields).filter(([k, v]) => v !== null || !OPTIONAL_CONDITIONS.has(k)),
  );
  return { ...e, fields, decidedBy: decidingFields(fields, extraFields) };
}

/** Policies in the states that don't enforce, to explain why they didn't count. */
export function notEnforcingNote(p: CaPolicy): string | undefined {
  if (p.state === 'enabledForReportingButNotEnforced') return 'Report-only: logs what it would do, enforces nothing.';
  if (p.state === 'disabled') return 'Disabled.';
  return undefined;
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
    // Counts to read the verdict by: no one of them decided it.
    decidedBy: [],
  };
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
