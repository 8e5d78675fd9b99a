import type { VerdictKit } from '../../lib/engine/verdict/control';
import type { Verdict } from '../../lib/engine/verdict/verdict';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { everyonePolicyVerdict, type AllowedConditions, type Exclusions } from './conditional-access';

/** Shared by the user-risk and sign-in-risk controls: the best policy found, and why the others don't count. */
export function riskVerdict(
  policies: readonly CaPolicy[],
  groups: Exclusions,
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
