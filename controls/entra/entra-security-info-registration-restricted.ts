import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import {
  candidateEvidence,
  exclusions,
  isUnconditional,
  judgePolicies,
  judgementVerdict,
  targetsAllUsers,
} from '../shared/conditional-access';
import { acceptedWords, judgeExclusions } from '../shared/exclusion-judgement';
import { requiresManagedDevice } from '../shared/managed-device';

// The user action behind "Register security information" (CIS 5.2.2.10, MS.AAD.3.8v1).
const REGISTER_SECURITY_INFO = 'urn:user:registersecurityinfo';

const guardsRegistration = (p: CaPolicy): boolean =>
  (p.conditions.applications.includeUserActions ?? []).includes(REGISTER_SECURITY_INFO) && requiresManagedDevice(p);

export default defineControl({
  id: 'entra-security-info-registration-restricted',
  title: 'Security info can be registered only from a managed device',
  category: 'device',
  service: 'entra',
  maxScore: 4,
  refs: {
    cis: '5.2.2.10',
    scuba: 'MS.AAD.3.8v1',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-security-info-registration',
  },
  threats: ['Persistence through attacker-registered MFA methods', 'Account takeover'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  licence: licences.entraP1,
  rationale:
    'With a stolen password, an attacker who registers their own phone or authenticator before the owner ' +
    'does keeps the account for good. Passes when an enforced conditional access policy for all users on the ' +
    "'Register security information' user action requires a compliant or hybrid-joined device, with no other " +
    'way through (CISA MS.AAD.3.8v1, CIS 5.2.2.10). Exclusions beyond the two break-glass accounts CIS 1.1.2 ' +
    'allows make the policy not count; a Temporary Access Pass remains the way to onboard new users.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (template "Securing security info registration").',
    'Users: All users; exclude only your break-glass accounts.',
    'Target resources: User actions › Register security information.',
    'Grant: Require device to be marked as compliant and/or Require Microsoft Entra hybrid joined device. Enable the policy.',
    'Give new users a Temporary Access Pass so they can register their first methods.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for All users (User actions: Register security information) › Grant',
    value: 'Require device to be marked as compliant or Require Microsoft Entra hybrid joined device',
  },
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups: read }, v, ctx) => {
    const groups = exclusions(read, ctx);
    const candidates = policies.filter(guardsRegistration);
    const ev = candidateEvidence(candidates, policies, groups, ['conditions.applications.includeUserActions']);
    const everyone = (p: CaPolicy) => targetsAllUsers(p) && isUnconditional(p);
    const j = judgePolicies(candidates, groups, everyone);
    const what = 'requires a managed device to register security info';
    if (j.kind === 'good')
      return v.pass(
        `'${j.policy.displayName}' ${what} for all users${acceptedWords(judgeExclusions(j.policy, groups))}.`,
        ev,
      );
    return judgementVerdict(j, v, what, ev, groups);
  },
});
