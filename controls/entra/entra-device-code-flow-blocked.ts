import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import { flagsOf } from '../../lib/graph/sources/shape';
import { blocks, everyonePolicyVerdict, exclusions } from '../shared/conditional-access';

// Graph serialises the flags enum comma-joined: "deviceCodeFlow,authenticationTransfer".
// https://learn.microsoft.com/graph/api/resources/conditionalaccessauthenticationflows
// The source checks every member against the documented flags.
const transferMethods = (p: CaPolicy): string[] =>
  p.conditions.authenticationFlows ? flagsOf(p.conditions.authenticationFlows.transferMethods) : [];
const blocksDeviceCode = (p: CaPolicy): boolean => blocks(p) && transferMethods(p).includes('deviceCodeFlow');

export default defineControl({
  id: 'entra-device-code-flow-blocked',
  title: 'Device code flow is blocked',
  category: 'identity',
  service: 'entra',
  maxScore: 5,
  refs: {
    cis: '5.2.2.12',
    scuba: 'MS.AAD.3.9v1',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-block-authentication-flows',
  },
  threats: ['Device code phishing', 'Session token theft'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.entraP1,
  rationale:
    'Device code phishing sends a user a genuine Microsoft sign-in page and a code; the attacker receives ' +
    'the tokens, MFA included. Few people ever need the flow. Passes when an enforced conditional access ' +
    'policy for all users and all cloud apps blocks the device code flow authentication flow, excluding at ' +
    'most the two break-glass accounts (CIS 5.2.2.12, CISA MS.AAD.3.9v1). CIS v7 5.2.2.17 also blocks ' +
    'authentication transfer; the evidence shows whether the policy does, but it is not scored.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (template "Block device code flow").',
    'Users: All users; exclude only your break-glass accounts. Target resources: All cloud apps.',
    'Conditions › Authentication flows: Configure Yes, select Device code flow (and Authentication transfer).',
    'Grant: Block access. Start in report-only, then enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for All users (Authentication flows: Device code flow) › Grant',
    value: 'Block access',
  },
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups }, v, ctx) => {
    return everyonePolicyVerdict({
      policies,
      groups: exclusions(groups, ctx),
      v,
      acts: blocksDeviceCode,
      what: 'blocks the device code flow',
      allowed: { authenticationFlows: true },
    });
  },
});
