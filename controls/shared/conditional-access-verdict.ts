/**
 * The verdict of the controls that ask for one good policy: the best candidate judged (enforced, for
 * everyone, excluding only break-glass accounts), or the nearest miss explained.
 */
import type { CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import type { VerdictKit } from '../../lib/engine/verdict/control';
import type { Evidence, Verdict } from '../../lib/engine/verdict/verdict';
import { candidateEvidence } from './conditional-access-evidence';
import { isEnforced, isUnconditional, targetsAllApps, targetsAllUsers } from './conditional-access-scope';
import type { AllowedConditions } from './conditional-access-scope';
import {
  acceptedWords,
  exclusionWords,
  faultWords,
  judgeExclusions,
  nearMiss,
  type Exclusions,
} from './exclusion-judgement';

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
