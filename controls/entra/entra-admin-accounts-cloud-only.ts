import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import {
  privilegedRoleAssignments,
  privilegedUsers,
  USER_TYPE,
} from '../../lib/graph/sources/privileged-role-assignments';
import { roleName } from '../../lib/graph/sources/privileged-role-ids';

export default defineControl({
  id: 'entra-admin-accounts-cloud-only',
  title: 'Administrators use cloud-only accounts',
  category: 'identity',
  service: 'entra',
  maxScore: 5,
  refs: {
    secureScore: 'aad_admin_accounts_separate_unassigned_cloud_only',
    cis: '1.1.1',
    scuba: 'MS.AAD.7.3v1',
    learn: 'https://learn.microsoft.com/entra/architecture/protect-m365-from-on-premises-attacks',
  },
  threats: ['On-premises compromise spreading to the cloud', 'Privilege escalation'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'An administrator account synchronised from on-premises Active Directory can be taken over by whoever ' +
    'controls AD or the sync server, turning an on-premises breach into a cloud one. Passes when no user ' +
    'with an active assignment of a privileged role (the 15 roles CIS, ScubaGear and Maester agree on) has ' +
    'onPremisesSyncEnabled true (CIS 1.1.1, CISA MS.AAD.7.3v1, Secure Score ' +
    'aad_admin_accounts_separate_unassigned_cloud_only). Groups holding a role are role-assignable, which ' +
    'are cloud-only; PIM-eligible assignments are not read here. The licence part of CIS 1.1.4 is not scored.',
  remediation: [
    'For each synchronised administrator, create a separate cloud-only account (name@tenant.onmicrosoft.com) with no mailbox licence.',
    'Assign the privileged roles to the cloud-only account (through PIM where licensed) and remove them from the synchronised one.',
    'Require phishing-resistant MFA for the new accounts.',
  ],
  fixAt: adminPages.entraRoles,
  setTo: { setting: 'On-premises sync enabled (every privileged role holder)', value: 'No' },
  sources: { assignments: privilegedRoleAssignments, users: privilegedUsers },
  evaluate: ({ assignments, users }, v) => {
    const roles = new Map<string, Set<string>>();
    for (const a of assignments) {
      if (a.principal['@odata.type'] !== USER_TYPE) continue;
      const set = roles.get(a.principalId) ?? new Set<string>();
      set.add(roleName(a.roleDefinitionId));
      roles.set(a.principalId, set);
    }
    const admins = [...roles.keys()].sort();
    for (const id of admins) {
      if (!users[id]) return v.malformed('privilegedUsers', id, 'missing');
    }
    const rows = admins.map((id) => users[id]!);
    const synced = rows.filter((u) => u.onPremisesSyncEnabled === true);
    const label = (u: (typeof rows)[number]) => u.displayName;
    const ev = rows.map((u) =>
      evidence(
        'privilegedUsers',
        { ...u, roles: [...(roles.get(u.id) ?? [])].sort().join(', ') },
        ['userPrincipalName', 'onPremisesSyncEnabled', 'roles'],
        u.onPremisesSyncEnabled === true ? 'Synchronised from on-premises AD.' : undefined,
      ),
    );
    if (rows.length === 0)
      return v.unknown({
        kind: 'notEvaluated',
        why: 'No user holds an active privileged role assignment (only groups or service principals do), so there was no administrator account to check; PIM-eligible assignments are not read.',
      });
    if (synced.length === 0)
      return v.pass(`All ${rows.length} users holding privileged roles are cloud-only accounts.`, ev);
    const list = synced
      .slice(0, 5)
      .map((u) => `${label(u)} (${[...(roles.get(u.id) ?? [])].sort().join(', ')})`)
      .join('; ');
    return v.fail(
      `${synced.length} of ${rows.length} users holding privileged roles are synchronised from on-premises AD: ${list}${synced.length > 5 ? ' …' : ''}.`,
      ev,
      { noun: 'synchronised administrators', count: synced.length, sample: sample(synced.map(label)) },
    );
  },
});
