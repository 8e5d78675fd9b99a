import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { securityDefaults } from '../../lib/graph/sources/security-defaults';
import { blocks, everyonePolicyVerdict, exclusions } from '../shared/conditional-access';

// Legacy protocols are the client app types 'exchangeActiveSync' and 'other' (CIS 5.2.2.3, MS.AAD.1.1v1).
const LEGACY = ['exchangeActiveSync', 'other'] as const;
const blocksLegacy = (p: CaPolicy): boolean =>
  blocks(p) &&
  LEGACY.every((t) => p.conditions.clientAppTypes.includes(t) || p.conditions.clientAppTypes.includes('all'));

export default defineControl({
  id: 'entra-legacy-auth-blocked',
  title: 'Legacy authentication is blocked',
  category: 'identity',
  service: 'entra',
  maxScore: 8,
  refs: {
    secureScore: 'BlockLegacyAuthentication',
    cis: '5.2.2.3',
    scuba: 'MS.AAD.1.1v1',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-block-legacy-authentication',
  },
  threats: ['Password spray', 'MFA bypass', 'Credential stuffing'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Legacy protocols (POP, IMAP, SMTP AUTH, older Office clients) cannot do MFA, so a stolen password works ' +
    'through them even when MFA is required elsewhere. Passes with security defaults on, or an enforced policy ' +
    "for all users and all apps that blocks the 'Exchange ActiveSync' and 'Other clients' client app types. " +
    'Exclusions are counted, members of excluded groups included: beyond the two break-glass accounts CIS 1.1.2 ' +
    'allows, every excluded account keeps legacy access, so the policy does not count.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (or the template "Block legacy authentication").',
    'Users: All users; exclude only break-glass accounts.',
    'Target resources: All cloud apps. Conditions › Client apps: Exchange ActiveSync clients and Other clients.',
    'Grant: Block access. Enable the policy.',
    'Move devices and service accounts that still use basic auth to modern authentication instead of excluding them.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting:
      'Conditional Access policy for All users (Client apps: Exchange ActiveSync clients and Other clients) › Grant',
    value: 'Block access',
  },
  onPages: [
    { page: adminPages.securityDefaults, labels: ['Security defaults', 'Manage security defaults'] },
    {
      page: overlayPages.defenderSecureScore,
      labels: ['Enable Conditional Access policies to block legacy authentication'],
    },
  ],
  sources: { policies: conditionalAccessPolicies, defaults: securityDefaults, groups: excludedGroupMembers },
  evaluate: ({ policies, defaults, groups }, v, ctx) => {
    const sd = evidence('securityDefaults', defaults, ['isEnabled']);
    if (defaults.isEnabled) return v.pass('Security defaults are on, which block legacy authentication.', [sd]);
    return everyonePolicyVerdict({
      policies,
      groups: exclusions(groups, ctx),
      v,
      acts: blocksLegacy,
      what: 'blocks legacy authentication',
      allowed: { clientAppTypes: LEGACY },
      extraEvidence: [sd],
      otherwise: ' Security defaults are off.',
    });
  },
});
