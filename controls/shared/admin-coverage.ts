/**
 * Controls about what conditional access demands of administrators: which privileged roles an
 * enforced policy covers (all apps, every sign-in, excluding at most the break-glass accounts), with
 * credit for the share of privileged roles covered, as entra-admin-mfa-required gives it.
 */
import { sample } from '../../lib/engine/verdict/evidence';
import type { VerdictKit } from '../../lib/engine/verdict/control';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import {
  caEvidence,
  coversRole,
  describeExclusions,
  isEnforced,
  isUnconditional,
  policyListEvidence,
  targetsAllApps,
  whyNotCounted,
  type Exclusions,
} from './conditional-access';
import { exclusionEvidence, judgeExclusions } from './exclusion-judgement';
import { roleName } from '../../lib/graph/sources/privileged-role-ids';
import { privilegedRolesEvidence, type PrivilegedRoleList } from './privileged-roles';

export interface AdminCoverage {
  /** Whether a policy does what the control asks (before who and where it applies are judged). */
  readonly acts: (p: CaPolicy) => boolean;
  /** Completes "Enforced conditional access …", e.g. "requires phishing-resistant MFA". */
  readonly what: string;
  /** Fields beyond the usual ones that decided it, shown in evidence. */
  readonly fields: readonly string[];
}

export interface AdminCoverageJudgement {
  readonly covered: readonly string[];
  readonly missing: readonly string[];
  /** " '<policy>' would, but …." for the nearest miss, or ''. */
  readonly hint: string;
  readonly evidence: readonly Evidence[];
  /** Why coverage couldn't be decided: a policy that would cover a missing role has exclusions that weren't read in full. */
  readonly unresolved: string | null;
}

/**
 * Which privileged roles the policies that `act` cover, counting only enforced policies for all apps and
 * every sign-in that exclude at most the break-glass accounts; and the nearest miss, to explain a gap.
 */
export function judgeAdminCoverage(
  policies: readonly CaPolicy[],
  groups: Exclusions,
  acts: (p: CaPolicy) => boolean,
  roles: PrivilegedRoleList,
  fields: readonly string[] = [],
): AdminCoverageJudgement {
  // Role exclusions are judged per role by coversRole; every other exclusion by whyNotCounted.
  const opts = { rolesJudgedSeparately: true };
  const privilegedRoleIds = roles.ids;
  const relevant = policies.filter((p) => acts(p) && privilegedRoleIds.some((r) => coversRole(p, r)));
  const counting = relevant.filter((p) => whyNotCounted(p, groups, opts) === null);
  const misses = relevant.filter((p) => whyNotCounted(p, groups, opts) !== null);
  const covered = privilegedRoleIds.filter((r) => counting.some((p) => coversRole(p, r)));
  const missing = privilegedRoleIds.filter((r) => !covered.includes(r));
  // The nearest miss explains best: the one that would cover the most missing roles, and of those
  // one that is wrong only in its state (report-only, disabled).
  const gain = (p: CaPolicy) => missing.filter((r) => coversRole(p, r)).length;
  const stateOnly = (p: CaPolicy) => (whyNotCounted({ ...p, state: 'enabled' }, groups, opts) === null ? 0 : 1);
  const nearest = misses.filter((p) => gain(p) > 0).sort((a, b) => gain(b) - gain(a) || stateOnly(a) - stateOnly(b))[0];
  const hint = nearest ? ` '${nearest.displayName}' would, but ${whyNotCounted(nearest, groups, opts)}.` : '';
  // A miss only because its exclusions weren't read in full could be a cover: couldn't tell.
  const unread = misses.find(
    (p) =>
      gain(p) > 0 &&
      isEnforced(p) &&
      targetsAllApps(p) &&
      isUnconditional(p) &&
      judgeExclusions(p, groups, opts).status === 'unresolved',
  );
  const unresolved = unread ? `'${unread.displayName}' would, but ${whyNotCounted(unread, groups, opts)}.` : null;
  const evidence = [
    ...counting.map((p) => caEvidence(p, fields, describeExclusions(p, groups) ?? undefined)),
    ...misses.map((p) => {
      const x = describeExclusions(p, groups);
      return caEvidence(p, fields, `Doesn't count: ${whyNotCounted(p, groups, opts)}.${x ? ` ${x}.` : ''}`);
    }),
    policyListEvidence(policies),
    privilegedRolesEvidence(roles),
    ...relevant
      .filter((p) => p.state === 'enabled')
      .flatMap((p) => exclusionEvidence(p, judgeExclusions(p, groups, opts))),
  ];
  return { covered, missing, hint, evidence, unresolved };
}

/** The missing roles by name, for reasons: "A, B, C and others". */
export function missingRoles(missing: readonly string[]): string {
  return `${sample(missing.map(roleName), 3).join(', ')}${missing.length > 3 ? ' and others' : ''}`;
}

export function adminCoverageVerdict(
  policies: readonly CaPolicy[],
  groups: Exclusions,
  v: VerdictKit,
  { acts, what, fields }: AdminCoverage,
  roles: PrivilegedRoleList,
): Verdict {
  const {
    covered,
    missing,
    hint,
    evidence: ev,
    unresolved,
  } = judgeAdminCoverage(policies, groups, acts, roles, fields);
  const privilegedRoleIds = roles.ids;
  if (missing.length > 0 && unresolved)
    return v.unknown({ kind: 'notEvaluated', why: `Couldn't decide: ${unresolved}` }, ev);
  if (missing.length === 0) {
    return v.pass(`Enforced conditional access ${what} for all ${covered.length} privileged roles.`, ev);
  }
  if (covered.length === 0) {
    return v.fail(`No enforced conditional access policy ${what} for administrator roles.${hint}`, ev);
  }
  return v.partial(
    covered.length / privilegedRoleIds.length,
    `Enforced conditional access ${what} for ${covered.length} of ${privilegedRoleIds.length} privileged roles; not for ${missingRoles(missing)}.${hint}`,
    ev,
    { noun: 'privileged roles not covered', count: missing.length, sample: sample(missing.map(roleName)) },
  );
}
