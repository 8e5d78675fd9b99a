import type { VerdictKit } from '../../lib/engine/control';
import type { Verdict } from '../../lib/engine/verdict';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import type { GroupMembers } from '../../lib/graph/sources/excluded-group-members';
import {
  caEvidence,
  describeExclusions,
  isUnconditional,
  judgePolicies,
  judgementVerdict,
  notEnforcingNote,
  policyListEvidence,
  targetsAllApps,
  targetsAllUsers,
  type AllowedConditions,
} from './conditional-access';

/** Shared by the user-risk and sign-in-risk controls: the best policy found, and why the others don't count. */
export function riskVerdict(
  policies: readonly CaPolicy[],
  groups: Readonly<Record<string, GroupMembers>>,
  v: VerdictKit,
  acts: (p: CaPolicy) => boolean,
  what: string,
  field: string,
  allowed: AllowedConditions,
): Verdict {
  const candidates = policies.filter(acts);
  const ev = candidates.map((p) =>
    caEvidence(
      p,
      [field, 'sessionControls.signInFrequency'],
      notEnforcingNote(p) ?? describeExclusions(p, groups) ?? undefined,
    ),
  );
  ev.push(policyListEvidence(policies));
  const everyone = (p: CaPolicy) => targetsAllUsers(p) && targetsAllApps(p) && isUnconditional(p, allowed);
  return judgementVerdict(judgePolicies(candidates, groups, everyone), v, what, ev, groups);
}
