import { adminPages } from '../../lib/engine/admin-pages';
import { defineControl } from '../../lib/engine/control';
import { evidence } from '../../lib/engine/evidence';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { securityDefaults } from '../../lib/graph/sources/security-defaults';
import { blocks, caEvidence, describeExclusions, hasGroupExclusions, isEnforced, notEnforcingNote, targetsAllApps, targetsAllUsers } from '../shared/conditional-access';

// Legacy protocols are the client app types 'exchangeActiveSync' and 'other' (CIS 5.2.2.3, MS.AAD.1.1v1).
const LEGACY = ['exchangeActiveSync', 'other'] as const;
const blocksLegacy = (p: CaPolicy): boolean =>
  blocks(p) && LEGACY.every((t) => p.conditions.clientAppTypes.includes(t) || p.conditions.clientAppTypes.includes('all'));

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
    'A policy that excludes groups is called out: anyone put in that group keeps legacy access.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy (or the template "Block legacy authentication").',
    'Users: All users; exclude only break-glass accounts.',
    'Target resources: All cloud apps. Conditions › Client apps: Exchange ActiveSync clients and Other clients.',
    'Grant: Block access. Enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  sources: { policies: conditionalAccessPolicies, defaults: securityDefaults },
  evaluate: ({ policies, defaults }, v) => {
    if (defaults.isEnabled) {
      return v.pass('Security defaults are on, which block legacy authentication.', [evidence('securityDefaults', defaults, ['isEnabled'])]);
    }
    const candidates = policies.filter(blocksLegacy);
    const good = candidates.filter((p) => isEnforced(p) && targetsAllUsers(p) && targetsAllApps(p));
    const ev = [
      ...candidates.map((p) => caEvidence(p, ['conditions.clientAppTypes'], notEnforcingNote(p) ?? describeExclusions(p) ?? undefined)),
      evidence('securityDefaults', defaults, ['isEnabled']),
    ];
    const clean = good.find((p) => !hasGroupExclusions(p));
    if (clean) {
      const x = describeExclusions(clean);
      return v.pass(`'${clean.displayName}' blocks legacy authentication for all users${x ? ` (${x.replace(`'${clean.displayName}' `, '')})` : ''}.`, ev);
    }
    const leaky = good[0];
    if (leaky) {
      return v.fail(
        `'${leaky.displayName}' blocks legacy authentication but excludes ${leaky.conditions.users.excludeGroups.length} group(s), whose members keep legacy access.`,
        ev,
        { noun: 'excluded groups', count: leaky.conditions.users.excludeGroups.length, sample: leaky.conditions.users.excludeGroups.slice(0, 5) },
      );
    }
    const near = candidates[0];
    const hint = near ? ` '${near.displayName}' would, but ${notEnforcingNote(near) ? 'it is not enforced' : 'it does not cover all users and apps'}.` : '';
    return v.fail(`No enforced policy blocks legacy authentication for all users, and security defaults are off.${hint}`, ev);
  },
});
