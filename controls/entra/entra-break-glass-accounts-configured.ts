import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import type { Evidence } from '../../lib/engine/verdict/verdict';
import { conditionalAccessPolicies } from '../../lib/graph/sources/conditional-access-policies';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { globalAdministratorRoleId } from '../../lib/graph/sources/global-admins';
import { licences } from '../../lib/graph/sources/licences';
import { privilegedRoleAssignments, privilegedUsers } from '../../lib/graph/sources/privileged-role-assignments';
import { isEnforced } from '../shared/conditional-access';
import { resolveExclusions } from '../shared/excluded-people';

/** CIS 1.1.2 asks for two emergency access accounts. */
const WANTED = 2;

const listed = (names: readonly string[]): string =>
  names.slice(0, 4).join(', ') + (names.length > 4 ? ` and ${names.length - 4} more` : '');

export default defineControl({
  id: 'entra-break-glass-accounts-configured',
  title: 'Two cloud-only break-glass admins are kept out of conditional access',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP1,
  refs: {
    cis: '1.1.2',
    learn: 'https://learn.microsoft.com/entra/identity/role-based-access-control/security-emergency-access',
  },
  threats: [
    'Lock-out of every administrator by a faulty policy or an MFA outage',
    'Loss of control during an incident',
  ],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'If a conditional access policy goes wrong or the MFA service or federation is down, emergency access ' +
    '(break-glass) accounts are the only way back in; they must be cloud-only, so an on-premises outage or ' +
    'compromise cannot reach them. CIS 1.1.2 asks for two. Graph has no "break-glass" flag, so this is a ' +
    'heuristic, as graph-sources.md and CIS (a manual check) describe: accounts left out of every enforced ' +
    'conditional access policy, directly or through an excluded group, that hold Global Administrator ' +
    'actively and are not synchronised from on-premises AD. One such account earns half. Their FIDO2 keys, ' +
    'monitoring and documentation are not checked: confirm those by hand.',
  remediation: [
    'Create two cloud-only accounts on the onmicrosoft.com domain and assign them Global Administrator permanently.',
    'Give each a FIDO2 security key (or a long password kept in a safe), and alert on every sign-in.',
    'Exclude both, or a group that holds just them, from every conditional access policy.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Every Conditional Access policy › Users › Exclude',
    value: 'Two cloud-only break-glass Global Administrators',
  },
  sources: {
    policies: conditionalAccessPolicies,
    groups: excludedGroupMembers,
    assignments: privilegedRoleAssignments,
    users: privilegedUsers,
  },
  evaluate: ({ policies, groups, assignments, users }, v) => {
    const enforced = policies.filter(isEnforced);
    if (enforced.length === 0)
      return v.fail('No conditional access policy is enforced, so no account is set apart as break-glass.', [
        {
          source: 'conditionalAccessPolicies',
          fields: { enforced: 0 },
          note: `${policies.length} policies, none enforced.`,
        },
      ]);
    // Who each enforced policy leaves out, through nested groups and excluded roles; break-glass is left out of all.
    const names = new Map<string, string>();
    const excludedBy = enforced.map((p) => {
      const ids = new Set<string>();
      for (const person of resolveExclusions(p, groups).people) {
        ids.add(person.id);
        if (person.name !== person.id) names.set(person.id, person.name);
      }
      return ids;
    });
    const candidates = [...excludedBy[0]!].filter((id) => excludedBy.every((s) => s.has(id))).sort();
    const globalAdmins = new Set(
      assignments.filter((a) => a.roleDefinitionId === globalAdministratorRoleId).map((a) => a.principalId),
    );
    const nameOf = (id: string): string => users[id]?.displayName ?? names.get(id) ?? id;
    const judged = candidates
      .map((id) => {
        const isGlobalAdmin = globalAdmins.has(id);
        const synced = users[id]?.onPremisesSyncEnabled === true;
        const why = !isGlobalAdmin
          ? 'does not hold Global Administrator actively'
          : synced
            ? 'is synchronised from on-premises AD'
            : '';
        return { id, name: nameOf(id), ok: why === '', why, isGlobalAdmin, synced };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const ev: Evidence[] = judged.map((j) => ({
      source: 'privilegedUsers',
      id: j.id,
      displayName: j.name,
      fields: {
        globalAdministrator: j.isGlobalAdmin,
        onPremisesSyncEnabled: users[j.id]?.onPremisesSyncEnabled ?? null,
      },
      note: j.ok
        ? `Left out of all ${enforced.length} enforced policies, an active Global Administrator, cloud-only: likely break-glass.`
        : `Left out of all ${enforced.length} enforced policies, but ${j.why}.`,
    }));
    const good = judged.filter((j) => j.ok);
    const scope = `all ${enforced.length} enforced conditional access policies`;
    if (good.length >= WANTED)
      return v.pass(
        `${good.length} cloud-only Global Administrators are left out of ${scope}: ${listed(good.map((g) => g.name))}.`,
        ev,
      );
    if (good.length === 1)
      return v.partial(
        good.length / WANTED,
        `Only 1 cloud-only Global Administrator is left out of ${scope} (${good[0]!.name}), where CIS 1.1.2 asks for two.`,
        ev,
      );
    const none =
      candidates.length === 0
        ? `No account is left out of ${scope}, so there is no break-glass account.`
        : `${candidates.length} account${candidates.length === 1 ? ' is' : 's are'} left out of ${scope}, but none is a cloud-only Global Administrator: ${listed(judged.map((o) => `${o.name} ${o.why}`))}.`;
    return v.fail(none, [
      ...ev,
      {
        source: 'conditionalAccessPolicies',
        fields: { enforced: enforced.length },
        note: `${enforced.length} enforced policies compared.`,
      },
    ]);
  },
});
