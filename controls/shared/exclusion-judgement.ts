/**
 * Whether a conditional access policy's exclusions are acceptable, judged person by person.
 *
 * With declarations (Settings › Exclusions in the extension, `--declarations FILE` in the CLI), only
 * declared emergency-access accounts and exemptions scoped to the control are accepted; everyone else
 * the policy leaves out fails it, by name. Without any, the CIS 1.1.2 heuristic applies (at most two
 * excluded people, whoever they are) and the sentence says it is one.
 *
 * A declared group is not a blank cheque (issue 12 §2b): its members are resolved and listed every
 * scan, and it covers only the users who are its *direct* members — people in a group nested inside
 * it must be declared themselves, so nesting a 40-person group into it smuggles no one in. An
 * emergency-access group covers its members only while it holds at most `EMERGENCY_GROUP_MAX` people:
 * a larger one is a team, not break-glass (Microsoft asks for two or more emergency accounts;
 * https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access).
 * Excluded guests or external users can't be declared (they have no id) and always fail.
 */
import type { EvalContext } from '../../lib/engine/verdict/control';
import type { Declarations, DeclaredAccount } from '../../lib/engine/scan/declarations';
import type { Evidence } from '../../lib/engine/verdict/verdict';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import {
  kindWord,
  pathWords,
  resolveExclusions,
  type ExcludedObject,
  type ExclusionData,
  type Resolution,
} from './excluded-people';

/** CIS 1.1.2: two cloud-only emergency-access (break-glass) accounts may be excluded from every policy. */
export const BREAK_GLASS_MAX = 2;
/** People a declared emergency-access group may hold and still count as one. */
export const EMERGENCY_GROUP_MAX = 4;
const USER_TYPE = '#microsoft.graph.user';
/** Where an admin declares their accounts, named in every heuristic sentence. */
export const WHERE_TO_DECLARE = 'Settings › Exclusions in the extension, --declarations FILE in the CLI';

/** What a control needs to judge exclusions: the gathered data, the declarations, and its own id. */
export interface Exclusions {
  readonly data: ExclusionData;
  readonly declared: Declarations | undefined;
  readonly controlId: string;
}

export function exclusions(data: ExclusionData, ctx: Pick<EvalContext, 'declared' | 'controlId'>): Exclusions {
  return { data, declared: ctx.declared, controlId: ctx.controlId };
}

export interface AcceptedPerson {
  readonly person: ExcludedObject;
  readonly as: 'emergency access' | 'exemption';
  readonly reason: string;
}

export interface ExclusionJudgement {
  /** ok: nothing but acceptable exclusions; tooMany: someone it shouldn't; unresolved: couldn't tell. */
  readonly status: 'ok' | 'tooMany' | 'unresolved';
  readonly resolution: Resolution;
  /** True when nothing is declared and the two-account heuristic decided. */
  readonly heuristic: boolean;
  readonly accepted: readonly AcceptedPerson[];
  /** People left out who aren't accepted (declared mode), or everyone left out (heuristic, too many). */
  readonly rejected: readonly ExcludedObject[];
  /** Role exclusions or guest exclusions that fail by themselves, in words. */
  readonly problems: readonly string[];
}

const appliesTo = (a: DeclaredAccount, controlId: string): boolean => !a.controls || a.controls.includes(controlId);

/** Whether the admin declared accounts: only then are exclusions judged by name. */
export function declaresAccounts(d: Declarations | undefined): d is Declarations {
  return !!d && (d.emergencyAccess.length > 0 || d.exemptions.length > 0);
}

function accept(person: ExcludedObject, x: Exclusions, d: Declarations): AcceptedPerson | null {
  const id = person.id.toLowerCase();
  const lists = [
    ['emergency access', d.emergencyAccess],
    ['exemption', d.exemptions],
  ] as const;
  for (const [as, list] of lists) {
    const own = list.find((a) => a.kind === 'user' && a.id === id && appliesTo(a, x.controlId));
    if (own) return { person, as, reason: own.reason };
  }
  // A declared group covers the users who are its direct members, however the policy reached them.
  for (const [as, list] of lists) {
    for (const g of list) {
      if (g.kind !== 'group' || !appliesTo(g, x.controlId)) continue;
      const read = x.data[g.id];
      if (read?.kind !== 'members') continue;
      const users = read.members.filter((m) => (m['@odata.type'] ?? USER_TYPE) === USER_TYPE);
      if (!users.some((m) => m.id.toLowerCase() === id)) continue;
      if (as === 'emergency access' && (users.length > EMERGENCY_GROUP_MAX || read.count > read.members.length))
        continue;
      return { person, as, reason: `${g.reason} (member of declared group ${g.displayName ?? g.id})` };
    }
  }
  return null;
}

/**
 * Judges who a policy leaves out. `rolesJudgedSeparately`: the control judges excluded roles role by
 * role (admin coverage), so their holders aren't counted here.
 */
export function judgeExclusions(
  p: CaPolicy,
  x: Exclusions,
  opts: { rolesJudgedSeparately?: boolean } = {},
): ExclusionJudgement {
  const resolution = resolveExclusions(p, x.data, !opts.rolesJudgedSeparately);
  const problems: string[] = [];
  if (resolution.guests) problems.push(`it excludes ${resolution.guests}, who can't be declared`);
  const d = x.declared;
  if (!declaresAccounts(d)) {
    // Today's CIS heuristic: any two people, no excluded role, no guests.
    if (!opts.rolesJudgedSeparately && resolution.roles.length > 0)
      problems.push(
        `it excludes ${resolution.roles.length} role${resolution.roles.length === 1 ? '' : 's'} (${resolution.roles.map((r) => r.name).join(', ')})`,
      );
    const tooMany = resolution.people.length > BREAK_GLASS_MAX;
    const status = tooMany || problems.length > 0 ? 'tooMany' : resolution.unresolved.length > 0 ? 'unresolved' : 'ok';
    return {
      status,
      resolution,
      heuristic: true,
      accepted: [],
      rejected: tooMany ? resolution.people : [],
      problems,
    };
  }
  const accepted: AcceptedPerson[] = [];
  const rejected: ExcludedObject[] = [];
  for (const person of resolution.people) {
    const a = accept(person, x, d);
    if (a) accepted.push(a);
    else rejected.push(person);
  }
  const status =
    rejected.length > 0 || problems.length > 0 ? 'tooMany' : resolution.unresolved.length > 0 ? 'unresolved' : 'ok';
  return { status, resolution, heuristic: false, accepted, rejected, problems };
}

const listed = (names: readonly string[], n = 3): string => {
  const shown = names.slice(0, n);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} other${rest === 1 ? '' : 's'}`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
};

/** "42 accounts (BG 1, Alex, Sam, …)": the count, and the first few by name. */
export function peopleWords(people: readonly ExcludedObject[]): string {
  const n = people.length;
  const names = people.map((p) => p.name);
  return `${n} account${n === 1 ? '' : 's'}${n ? ` (${names.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''})` : ''}`;
}

/**
 * What the policy leaves out, completing "'<policy>' …": "excludes 2 people (BG 1 and BG 2) through 1
 * group". Null when it excludes nothing.
 */
export function exclusionWords(j: ExclusionJudgement): string | null {
  const r = j.resolution;
  if (r.people.length === 0 && r.roles.length === 0 && r.groups === 0 && !r.guests && r.others.length === 0)
    return null;
  const parts = [
    `${peopleWords(r.people)}${r.groups ? `, counting the members of ${r.groups} excluded group${r.groups === 1 ? '' : 's'}` : ''}`,
  ];
  if (r.roles.length) parts.push(`${r.roles.length} role${r.roles.length === 1 ? '' : 's'}`);
  if (r.guests) parts.push(r.guests);
  if (r.others.length)
    parts.push(
      `${r.others.length} object${r.others.length === 1 ? '' : 's'} that ${r.others.length === 1 ? "isn't a person" : "aren't people"} (${listed(r.others.map((o) => `${kindWord(o.kind)} ${o.name}`))})`,
    );
  return `excludes ${parts.join(' and ')}`;
}

/** Why the judgement isn't ok, completing "…, but it …": the people, roles or guests at fault. */
export function faultWords(j: ExclusionJudgement): string {
  const unread = j.resolution.unresolved.join('; ');
  if (j.status === 'unresolved') return `its exclusions couldn't be read in full: ${unread}`;
  // Decided without what couldn't be read (it fails anyway), but say what that was.
  const alsoUnread = unread ? ` (and not all it leaves out could be read: ${unread})` : '';
  if (j.heuristic)
    return `${exclusionWords(j) ?? 'excludes users'}, who are not protected; only two break-glass accounts should be left out${alsoUnread}`;
  const parts: string[] = [];
  if (j.rejected.length > 0)
    parts.push(
      `excludes ${peopleWords(j.rejected)} who ${j.rejected.length === 1 ? "isn't" : "aren't"} declared, so ${j.rejected.length === 1 ? "isn't" : "aren't"} protected`,
    );
  for (const p of j.problems) parts.push(p.replace(/^it /, ''));
  return (parts.join('; and it ') || 'excludes users') + alsoUnread;
}

/** The plain near miss, for declared mode: "It would pass if Reception were a declared emergency account." */
export function nearMiss(j: ExclusionJudgement): string {
  if (j.heuristic || j.status !== 'tooMany' || j.problems.length > 0 || j.rejected.length === 0) return '';
  const who = listed(j.rejected.map((p) => p.name));
  return j.rejected.length === 1
    ? ` It would pass if ${who} were a declared emergency account or exemption.`
    : ` It would pass if ${who} were declared emergency accounts or exemptions.`;
}

/** Completes a passing sentence: who is accepted, and on what grounds (declared, or the heuristic). */
export function acceptedWords(j: ExclusionJudgement): string {
  const x = exclusionWords(j);
  if (!x) return '';
  if (j.heuristic)
    return `; it ${x}, within the two break-glass accounts CIS allows (a heuristic: declare your emergency-access accounts under ${WHERE_TO_DECLARE} to have them checked by name)`;
  return `; it ${x}, all declared: ${listed(
    j.accepted.map((a) => `${a.person.name} (${a.as}: ${a.reason})`),
    5,
  )}`;
}

/** One evidence entry per person, role and object the policy leaves out, with its path and, if declared, why. */
export function exclusionEvidence(p: CaPolicy, j: ExclusionJudgement): Evidence[] {
  const accepted = new Map(j.accepted.map((a) => [a.person.id.toLowerCase(), a]));
  const r = j.resolution;
  const objects: Evidence[] = [...r.people, ...r.others].map((o) => {
    const a = accepted.get(o.id.toLowerCase());
    const how = `Left out of '${p.displayName}' ${pathWords(o.path)}`;
    const judged =
      o.kind === 'other'
        ? `a directory object of a type Posture Lens doesn't know (${o.odataType || 'none given'}), counted as a person`
        : o.kind !== 'user'
          ? `a ${kindWord(o.kind)}, not a person: the policy's user conditions don't apply to it`
          : a
            ? `declared (${a.as}): ${a.reason}`
            : j.heuristic
              ? 'not declared (nothing is declared, so the two-account heuristic applies)'
              : 'not declared';
    return {
      source: 'excludedGroupMembers',
      id: o.id,
      displayName: o.name,
      fields: {
        '@odata.type': o.odataType || null,
        path: pathWords(o.path),
        policy: p.displayName,
        declared: a ? `${a.as}: ${a.reason}` : null,
      },
      note: `${how}; ${judged}.`,
    };
  });
  const roles: Evidence[] = r.roles.map((role) => ({
    source: 'excludedGroupMembers',
    id: role.id,
    displayName: `role ${role.name}`,
    fields: { holders: role.holders, policy: p.displayName },
    note: `'${p.displayName}' excludes everyone holding ${role.name}: ${role.holders} ${role.holders === 1 ? 'person' : 'people'} today, actively or eligibly${role.eligibility ? `; ${role.eligibility}` : ''}.`,
  }));
  const unresolved: Evidence[] = r.unresolved.map((u) => ({
    source: 'excludedGroupMembers',
    fields: { policy: p.displayName },
    note: `Couldn't tell who '${p.displayName}' leaves out: ${u}.`,
  }));
  return [...objects, ...roles, ...unresolved];
}
