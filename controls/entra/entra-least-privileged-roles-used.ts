import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import {
  privilegedRoleAssignments,
  privilegedRoleEligibilities,
  USER_TYPE,
  type PrivilegedAssignment,
} from '../../lib/graph/sources/privileged-role-assignments';
import { globalAdministratorRoleId } from '../../lib/graph/sources/global-admins';
import { roleName } from '../../lib/graph/sources/privileged-role-ids';

export default defineControl({
  id: 'entra-least-privileged-roles-used',
  title: 'Least-privileged roles are used instead of Global Administrator',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    secureScore: 'RoleOverlap',
    scuba: 'MS.AAD.7.2v1',
    learn: 'https://learn.microsoft.com/entra/identity/role-based-access-control/delegate-by-task',
  },
  threats: ['Privilege escalation', 'Account takeover'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'Most administrators need one workload, not the whole tenant; a compromised Exchange or User ' +
    'Administrator does far less harm than a Global Administrator. Follows CISA MS.AAD.7.2v1 as ScubaGear ' +
    'scores it: count the users holding Global Administrator, and the users holding only other privileged ' +
    'roles (the 15 roles in our list; someone holding both counts as a Global Administrator); passes when ' +
    'the first is no more than the second (ratio ≤ 1). Counts active assignments and, with Entra ID P2, ' +
    "PIM-eligible ones; roles held through groups are not counted. Secure Score's RoleOverlap asks the same " +
    'in spirit without a published threshold.',
  remediation: [
    'Open Entra admin center › Roles and administrators › Global Administrator and review each member.',
    'Give each person the narrowest role that covers their work (Exchange, SharePoint, User, Security, Helpdesk Administrator …).',
    'Remove Global Administrator from everyone but your break-glass accounts and the few people who need it, ideally as PIM-eligible.',
  ],
  fixAt: adminPages.entraRoles,
  setTo: {
    setting: 'Global Administrator › Assignments',
    value: 'No more people than hold only the narrower privileged roles',
  },
  sources: { active: privilegedRoleAssignments, eligible: optional(privilegedRoleEligibilities) },
  evaluate: ({ active, eligible }, v, ctx) => {
    const rolesOf = new Map<string, { name: string; roles: Set<string> }>();
    const add = (a: PrivilegedAssignment) => {
      if (a.principal['@odata.type'] !== USER_TYPE) return;
      const entry = rolesOf.get(a.principalId) ?? {
        name: a.principal.displayName ?? a.principal.userPrincipalName ?? a.principalId,
        roles: new Set<string>(),
      };
      entry.roles.add(a.roleDefinitionId.toLowerCase());
      rolesOf.set(a.principalId, entry);
    };
    active.forEach(add);
    (eligible ?? []).forEach(add);
    const people = [...rolesOf.values()];
    const ga = people.filter((p) => p.roles.has(globalAdministratorRoleId));
    const others = people.filter((p) => !p.roles.has(globalAdministratorRoleId));
    const pim = eligible === undefined ? " (PIM-eligible assignments couldn't be read, so only active ones count)" : '';
    const ev = [
      evidence(
        'privilegedRoleAssignments',
        {
          displayName: 'Users holding privileged roles',
          globalAdministrators: ga.length,
          otherPrivilegedOnly: others.length,
        },
        ['globalAdministrators', 'otherPrivilegedOnly'],
        `Global Administrators: ${ga.map((p) => p.name).join(', ') || 'none'}. Other roles: ${
          others
            .slice(0, 20)
            .map((p) => `${p.name} (${[...p.roles].map(roleName).sort().join(', ')})`)
            .join('; ') || 'none'
        }.`,
      ),
    ];
    if (ga.length === 0 && others.length === 0)
      return v.unknown({
        kind: 'notEvaluated',
        why: `No user holds a privileged role${pim}, so there was nothing to compare.`,
      });
    const ratio = `${ga.length} Global Administrator${ga.length === 1 ? '' : 's'} to ${others.length} user${others.length === 1 ? '' : 's'} with only other privileged roles${pim}`;
    // Refused or malformed eligibilities could hide Global Administrators that tip the ratio, or
    // narrower roles that tip it back: undecided either way (without Entra ID P2 there is no PIM, so
    // active assignments are everyone).
    const why = ctx.unread?.eligible;
    if (eligible === undefined && why && why.kind !== 'notLicensed') return v.unknown(why, ev);
    if (ga.length <= others.length) return v.pass(`${ratio}: least-privileged roles are used.`, ev);
    return v.fail(`${ratio}: more people hold Global Administrator than narrower roles (CISA MS.AAD.7.2v1).`, ev, {
      noun: 'Global Administrators',
      count: ga.length,
      sample: sample(ga.map((p) => p.name)),
    });
  },
});
