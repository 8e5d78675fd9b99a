import { adminPages } from '../../lib/engine/admin-pages';
import { defineControl } from '../../lib/engine/control';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import {
  BREAK_GLASS_MAX,
  blocks,
  caEvidence,
  excludedAccounts,
  exclusionsAreBreakGlass,
  isEnforced,
  isUnconditional,
  notEnforcingNote,
  policyListEvidence,
  targetsAllUsers,
} from '../shared/conditional-access';

// CIS v4 5.2.2.8 names the "Microsoft Admin Portals" app group; the Azure Management app alone
// leaves the Microsoft 365, Entra, Exchange and other admin centers open, so it doesn't count.
const ADMIN_PORTALS = 'MicrosoftAdminPortals';

const blocksPortals = (p: CaPolicy): boolean =>
  blocks(p) && p.conditions.applications.includeApplications.includes(ADMIN_PORTALS);
/** Everyone but the excluded directory roles, on every sign-in, with no app carved out. */
const coversEveryone = (p: CaPolicy): boolean =>
  targetsAllUsers(p) &&
  p.conditions.applications.excludeApplications.length === 0 &&
  !p.conditions.applications.applicationFilter &&
  isUnconditional(p);

export default defineControl({
  id: 'entra-admin-portals-restricted',
  title: 'Only administrators can open the Microsoft admin portals',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    secureScore: 'aad_limited_administrative_roles',
    learn:
      'https://learn.microsoft.com/entra/identity/conditional-access/concept-conditional-access-cloud-apps#microsoft-admin-portals',
  },
  threats: ['Reconnaissance', 'Privilege escalation'],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.entraP1,
  rationale:
    'A phished ordinary account can read a great deal about the tenant through the admin centers and look ' +
    'for a way up. Passes when an enforced conditional access policy blocks the "Microsoft Admin Portals" ' +
    'app group for all users, excluding the administrator directory roles and at most the two break-glass ' +
    'accounts (Secure Score aad_limited_administrative_roles; CIS v4 5.2.2.8). Excluded roles are the ' +
    'administrators the policy lets through and are listed in the evidence. The Azure Management app alone ' +
    'does not count: it leaves the Microsoft 365 and Entra admin centers open.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies › New policy.',
    'Users: All users; exclude the administrator directory roles and your break-glass accounts.',
    'Target resources: Select resources › Microsoft Admin Portals.',
    'Grant: Block access. Start in report-only, then enable the policy.',
  ],
  fixAt: adminPages.caPolicies,
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups }, v) => {
    const candidates = policies.filter(blocksPortals);
    const accounts = (p: CaPolicy) => excludedAccounts(p, groups);
    const ev = [
      ...candidates.map((p) => {
        const x = accounts(p);
        return caEvidence(
          p,
          [],
          notEnforcingNote(p) ??
            `Lets through ${x.roles} directory role${x.roles === 1 ? '' : 's'} and ${x.count} account${x.count === 1 ? '' : 's'}.`,
        );
      }),
      policyListEvidence(policies),
    ];
    const wide = candidates.filter(coversEveryone);
    const enforced = wide.filter(isEnforced);
    const good = enforced.find((p) => exclusionsAreBreakGlass(p, groups, { rolesJudgedSeparately: true }));
    if (good) {
      const x = accounts(good);
      return v.pass(
        `'${good.displayName}' blocks the admin portals for everyone but ${x.roles} administrator role${x.roles === 1 ? '' : 's'}${x.count ? ` and ${x.count} break-glass account${x.count === 1 ? '' : 's'}` : ''}.`,
        ev,
      );
    }
    const leaky = enforced[0];
    if (leaky) {
      const x = accounts(leaky);
      return v.fail(
        `'${leaky.displayName}' blocks the admin portals, but it also lets through ${x.guests ? 'guests or external users and ' : ''}${x.count} account${x.count === 1 ? '' : 's'}${x.names.length ? ` (${x.names.slice(0, 3).join(', ')}${x.names.length > 3 ? ', …' : ''})` : ''}; only ${BREAK_GLASS_MAX} break-glass accounts should be.`,
        ev,
        { noun: 'accounts excluded', count: x.count, sample: x.names.slice(0, 5) },
      );
    }
    const dormant = wide[0];
    if (dormant) {
      return v.fail(
        `'${dormant.displayName}' would block the admin portals, but it is ${dormant.state === 'disabled' ? 'disabled' : 'report-only'}.`,
        ev,
      );
    }
    const narrow = candidates.find(isEnforced) ?? candidates[0];
    if (narrow) {
      return v.fail(
        `'${narrow.displayName}' blocks the admin portals, but not for every user and sign-in${isEnforced(narrow) ? '' : `, and it is ${narrow.state === 'disabled' ? 'disabled' : 'report-only'}`}.`,
        ev,
      );
    }
    return v.fail('No conditional access policy blocks the Microsoft Admin Portals for non-administrators.', ev);
  },
});
