import type { VerdictKit } from '../../lib/engine/control';
import type { Verdict } from '../../lib/engine/verdict';
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { caEvidence, describeExclusions, isEnforced, notEnforcingNote, targetsAllApps, targetsAllUsers } from './conditional-access';

/** Shared by the user-risk and sign-in-risk controls: the best policy found, and why the others don't count. */
export function riskVerdict(
  policies: readonly CaPolicy[],
  v: VerdictKit,
  applies: (p: CaPolicy) => boolean,
  acts: (p: CaPolicy) => boolean,
  what: string,
  field: string,
): Verdict {
  const candidates = policies.filter((p) => applies(p) && acts(p));
  const good = candidates.find((p) => isEnforced(p) && targetsAllUsers(p) && targetsAllApps(p));
  const ev = candidates.map((p) => caEvidence(p, [field, 'sessionControls.signInFrequency'], notEnforcingNote(p) ?? describeExclusions(p) ?? undefined));
  if (good) {
    const x = describeExclusions(good);
    return v.pass(`'${good.displayName}' acts on ${what} for all users and apps${x ? `; it ${x.replace(`'${good.displayName}' `, '')}` : ''}.`, ev);
  }
  const near = candidates[0];
  if (near) {
    const why = notEnforcingNote(near) ? 'it is not enforced' : 'it does not cover all users and all apps';
    return v.fail(`'${near.displayName}' acts on ${what}, but ${why}.`, ev);
  }
  return v.fail(`No conditional access policy acts on ${what}.`, ev);
}
