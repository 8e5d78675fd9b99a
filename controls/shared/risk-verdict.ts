import type { VerdictKit } from '../../lib/engine/control';
import type { Verdict } from '../../lib/engine/verdict';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import type { GroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { everyonePolicyVerdict, type AllowedConditions } from './conditional-access';

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
  return everyonePolicyVerdict({
    policies,
    groups,
    v,
    acts,
    what,
    allowed,
    extraFields: [field, 'sessionControls.signInFrequency'],
  });
}
