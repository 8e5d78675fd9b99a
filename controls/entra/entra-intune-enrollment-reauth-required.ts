import type { ConditionalAccessSessionControls, SignInFrequencySessionControl } from '@microsoft/microsoft-graph-types';
import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional as optionalSource } from '../../lib/engine/verdict/control';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { bool, nullable, num, object, oneOf, optional, type Need } from '../../lib/graph/sources/shape';
import { decideWithStrengths } from '../shared/authentication-strength';
import {
  candidateEvidence,
  exclusions,
  isUnconditional,
  judgePolicies,
  judgementVerdict,
  requiresMfa,
  targetsAllUsers,
} from '../shared/conditional-access';

/** The first-party Microsoft Intune Enrollment app (CIS 5.2.2.11). */
const INTUNE_ENROLLMENT = 'd4ebce55-015a-49b5-a083-c84d1797ae8c';

type Frequency = Need<SignInFrequencySessionControl, 'isEnabled'> &
  Pick<SignInFrequencySessionControl, 'type' | 'value' | 'frequencyInterval'>;
type Session = Pick<ConditionalAccessSessionControls, 'signInFrequency'>;

// The shared source accepts any sessionControls; this control reads the sign-in frequency, so checks it here.
const sessionShape = nullable(
  object<Session>({
    signInFrequency: optional(
      object<Frequency>({
        isEnabled: bool,
        type: optional(nullable(oneOf(['days', 'hours']))),
        value: optional(nullable(num)),
        frequencyInterval: optional(oneOf(['timeBased', 'everyTime', 'unknownFutureValue'])),
      }),
    ),
  }),
);

const coversEnrollment = (p: CaPolicy): boolean => {
  const a = p.conditions.applications;
  return (
    (a.includeApplications.includes('All') || a.includeApplications.includes(INTUNE_ENROLLMENT)) &&
    !a.excludeApplications.includes(INTUNE_ENROLLMENT)
  );
};
const everyTime = (p: CaPolicy): boolean => {
  const f = p.sessionControls?.signInFrequency;
  return f?.isEnabled === true && f.frequencyInterval === 'everyTime';
};

export default defineControl({
  id: 'entra-intune-enrollment-reauth-required',
  title: 'Enrolling a device in Intune requires MFA every time',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP1,
  refs: {
    cis: '5.2.2.11',
    learn: 'https://learn.microsoft.com/intune/intune-service/enrollment/multi-factor-authentication',
  },
  threats: ['Rogue device enrolment', 'Session token theft'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An enrolled device becomes compliant and trusted, so an attacker with a stolen session who enrols their ' +
    'own device gets past device-based conditional access. Passes when an enforced conditional access policy ' +
    'for all users targets the Microsoft Intune Enrollment app (d4ebce55…, or all cloud apps), requires MFA ' +
    "or an authentication strength, and sets sign-in frequency to 'Every time' (CIS 5.2.2.11). Report-only " +
    'policies and policies excluding more than the two break-glass accounts do not count. Secure Score has ' +
    'no matching recommendation.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy.',
    'Users: All users; exclude only your break-glass accounts. Target resources: select Microsoft Intune Enrollment.',
    'Grant: Require multifactor authentication (or an authentication strength). Session: Sign-in frequency › Every time.',
    'Enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting:
      'Conditional Access policy for All users (Target resources: Microsoft Intune Enrollment) › Grant and Session',
    value: 'Require multifactor authentication, and Sign-in frequency Every time',
  },
  sources: {
    policies: conditionalAccessPolicies,
    groups: excludedGroupMembers,
    strengths: optionalSource(authenticationStrengths),
  },
  evaluate: ({ policies, groups: read, strengths }, v, ctx) => {
    const groups = exclusions(read, ctx);
    for (const [i, p] of policies.entries()) {
      if (!coversEnrollment(p)) continue;
      const problem = sessionShape(p.sessionControls, `value[${i}].sessionControls`);
      if (problem) return v.malformed('conditionalAccessPolicies', problem.path, problem.problem);
    }
    // Risk-based policies (also MFA every time, for all apps) answer other controls, so aren't candidates.
    const noRisk = (p: CaPolicy) =>
      p.conditions.userRiskLevels.length === 0 && p.conditions.signInRiskLevels.length === 0;
    const everyone = (p: CaPolicy) => targetsAllUsers(p) && isUnconditional(p);
    return decideWithStrengths(strengths, v, (reading) => {
      const candidates = policies.filter(
        (p) => coversEnrollment(p) && requiresMfa(p, reading) && everyTime(p) && noRisk(p),
      );
      const ev = candidateEvidence(candidates, policies, groups, ['sessionControls.signInFrequency']);
      return judgementVerdict(
        judgePolicies(candidates, groups, everyone),
        v,
        'requires MFA at every Intune enrolment',
        ev,
        groups,
      );
    });
  },
});
