/**
 * The "good conditional access policy" predicates CIS v7 spells out for every 5.2.2.x control,
 * shared by the controls that read conditional access. Report-only and disabled policies never count.
 * One import for the controls; each job lives in its own file.
 */
export {
  coversRole,
  isEnforced,
  isUnconditional,
  targetsAllApps,
  targetsAllUsers,
  type AllowedConditions,
} from './conditional-access-scope';
export { blocks, requiresMfa, requiresPhishingResistantMfa } from './conditional-access-grants';
export {
  caEvidence,
  caFields,
  candidateEvidence,
  describeExclusions,
  notEnforcingNote,
  policyListEvidence,
} from './conditional-access-evidence';
export {
  everyonePolicyVerdict,
  exclusionsAreBreakGlass,
  judgePolicies,
  judgementVerdict,
  whyNotCounted,
  type PolicyJudgement,
} from './conditional-access-verdict';
export { BREAK_GLASS_MAX, exclusions, type Exclusions } from './exclusion-judgement';
