import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { conditionalAccessPolicies, type CaPolicy } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { licences } from '../../lib/graph/sources/licences';
import {
  blocks,
  caEvidence,
  exclusions,
  isEnforced,
  isUnconditional,
  notEnforcingNote,
  policyListEvidence,
  targetsAllUsers,
} from '../shared/conditional-access';
import { acceptedWords, exclusionEvidence, faultWords, judgeExclusions, nearMiss } from '../shared/exclusion-judgement';

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
  setTo: {
    setting:
      'Conditional Access policy for All users except administrator roles (Target resources: Microsoft Admin Portals) › Grant',
    value: 'Block access',
  },
  sources: { policies: conditionalAccessPolicies, groups: excludedGroupMembers },
  evaluate: ({ policies, groups: read }, v, ctx) => {
    const groups = exclusions(read, ctx);
    const candidates = policies.filter(blocksPortals);
    // Excluded roles are the administrators this policy lets through on purpose; people are judged.
    const judge = (p: CaPolicy) => judgeExclusions(p, groups, { rolesJudgedSeparately: true });
    const roleCount = (p: CaPolicy) => p.conditions.users.excludeRoles.length;
    const ev = [
      ...candidates.map((p) =>
        caEvidence(
          p,
          [],
          notEnforcingNote(p) ??
            `Lets through ${roleCount(p)} directory role${roleCount(p) === 1 ? '' : 's'} and ${judge(p).resolution.people.length} people.`,
        ),
      ),
      policyListEvidence(policies),
      ...candidates.filter(isEnforced).flatMap((p) => exclusionEvidence(p, judge(p))),
    ];
    const wide = candidates.filter(coversEveryone);
    const enforced = wide.filter(isEnforced);
    const good = enforced.find((p) => judge(p).status === 'ok');
    if (good) {
      const r = roleCount(good);
      return v.pass(
        `'${good.displayName}' blocks the admin portals for everyone but ${r} administrator role${r === 1 ? '' : 's'}${acceptedWords(judge(good))}.`,
        ev,
      );
    }
    const unread = enforced.find((p) => judge(p).status === 'unresolved');
    if (unread)
      return v.unknown(
        {
          kind: 'notEvaluated',
          why: `Couldn't decide: '${unread.displayName}' blocks the admin portals, but ${faultWords(judge(unread))}.`,
        },
        ev,
      );
    const leaky = enforced[0];
    if (leaky) {
      const j = judge(leaky);
      const people = j.rejected.length ? j.rejected : j.resolution.people;
      return v.fail(
        `'${leaky.displayName}' blocks the admin portals, but it also ${faultWords(j)}.${nearMiss(j)}`,
        ev,
        { noun: 'accounts excluded', count: people.length, sample: people.slice(0, 5).map((p) => p.name) },
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
