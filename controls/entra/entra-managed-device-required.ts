import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { conditionalAccessPolicies } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { everyonePolicyVerdict, exclusions } from '../shared/conditional-access';
import { requiresManagedDevice } from '../shared/managed-device';

export default defineControl({
  id: 'entra-managed-device-required',
  title: 'Sign-ins require a compliant or hybrid-joined device',
  category: 'device',
  service: 'entra',
  maxScore: 6,
  refs: {
    cis: '5.2.2.9',
    scuba: 'MS.AAD.3.7v1',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-all-users-device-compliance',
  },
  threats: ['Session token theft', 'Adversary-in-the-middle phishing', 'Data theft from unmanaged devices'],
  userImpact: 'high',
  implementationCost: 'high',
  licence: licences.entraP1,
  rationale:
    'A password, an MFA prompt and even a stolen session are far less useful to an attacker when the sign-in ' +
    'must also come from a device the organisation manages. Passes when an enforced conditional access policy ' +
    'for all users and all cloud apps requires a compliant device or a hybrid-joined device, with no other ' +
    "way through (CISA MS.AAD.3.7v1, CIS 5.2.2.9): 'Require one of' with MFA as an alternative does not " +
    'count. Exclusions beyond the two break-glass accounts CIS 1.1.2 allows make the policy not count.',
  remediation: [
    'Enrol devices in Intune and assign compliance policies (or hybrid-join them) before you enforce this.',
    'Open Entra admin center › Conditional Access › Policies › New policy (template "Require compliant or hybrid Azure AD joined device").',
    'Users: All users; exclude only your break-glass accounts. Target resources: All cloud apps.',
    'Grant: Require device to be marked as compliant and/or Require Microsoft Entra hybrid joined device (require one of the selected controls).',
    'Start in report-only to find unmanaged devices, then enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for All users › Grant',
    value: 'Require device to be marked as compliant or Require Microsoft Entra hybrid joined device',
  },
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups }, v, ctx) => {
    return everyonePolicyVerdict({
      policies,
      groups: exclusions(groups, ctx),
      v,
      acts: requiresManagedDevice,
      what: 'requires a managed device',
    });
  },
});
