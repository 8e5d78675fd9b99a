import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import { globalAdministratorRoleId } from '../../lib/graph/sources/global-admins';
import { licences } from '../../lib/graph/sources/licences';
import { activeRoleInstances, type ActiveRoleInstance } from '../../lib/graph/sources/pim';
import { roleName } from '../../lib/graph/sources/privileged-role-ids';
import { privilegedRolesEvidence, privilegedRolesOf } from '../shared/privileged-roles';

const USER = '#microsoft.graph.user';
/** CIS 1.1.2 and SCuBA 7.4 allow two emergency-access accounts to hold Global Administrator permanently. */
const BREAK_GLASS = 2;

const isPermanent = (i: ActiveRoleInstance): boolean => i.assignmentType === 'Assigned' && i.endDateTime == null;
const who = (i: ActiveRoleInstance): string =>
  `${i.principal.displayName ?? i.principal.userPrincipalName ?? i.principalId} (${roleName(i.roleDefinitionId)})`;

export default defineControl({
  id: 'entra-privileged-roles-pim-managed',
  title: 'Privileged roles are activated through PIM, not permanently assigned',
  category: 'identity',
  service: 'entra',
  maxScore: 6,
  licence: licences.entraP2,
  refs: {
    cis: '5.3.1',
    scuba: 'MS.AAD.7.4v1',
    learn: 'https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-configure',
  },
  threats: ['Standing admin access abused after an account or token is stolen', 'Privilege creep'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'A permanent admin role is usable by whoever steals the account, at any time. With Privileged Identity ' +
    'Management admins hold the role as eligible and activate it for a few hours when needed, with MFA and a ' +
    'reason. Follows SCuBA MS.AAD.7.4v1 (CIS 5.3.1 asks only that PIM is used): no active Assigned instance ' +
    'without an end date for the 15 privileged roles, except at most two break-glass user accounts holding ' +
    'Global Administrator. Groups and service principals count like anyone else; SCuBA 7.5 also wants ' +
    'assignments made in PIM, which Graph cannot tell apart here.',
  remediation: [
    'Open Entra admin center › Identity Governance › Privileged Identity Management › Microsoft Entra roles › Assignments › Active assignments.',
    'For each permanent privileged assignment other than the two break-glass accounts, add the person as Eligible for the role.',
    'Remove the permanent active assignment (or give it an end date).',
  ],
  fixAt: adminPages.pimEntraRoles,
  setTo: {
    setting: 'Assignment type (each privileged role holder but the break-glass accounts)',
    value: 'Eligible',
  },
  sources: { instances: activeRoleInstances },
  evaluate: ({ instances }, v, ctx) => {
    const roles = privilegedRolesOf(ctx);
    const privileged = new Set(roles.ids.map((r) => r.toLowerCase()));
    const permanent = instances.filter((i) => isPermanent(i) && privileged.has(i.roleDefinitionId.toLowerCase()));
    const gaUsers = permanent.filter(
      (i) => i.roleDefinitionId.toLowerCase() === globalAdministratorRoleId && i.principal['@odata.type'] === USER,
    );
    const allowed = gaUsers.length <= BREAK_GLASS ? new Set(gaUsers) : new Set<ActiveRoleInstance>();
    const offenders = permanent.filter((i) => !allowed.has(i));
    const ev = [
      ...permanent.map((i) =>
        evidence('roleAssignmentScheduleInstances', { ...i, displayName: who(i) }, [
          'roleDefinitionId',
          'assignmentType',
          'endDateTime',
          'principalId',
        ]),
      ),
      privilegedRolesEvidence(roles),
    ];
    if (offenders.length === 0)
      return v.pass(
        `No privileged role is permanently assigned apart from ${gaUsers.length} break-glass Global Administrator account(s).`,
        permanent.length > 0
          ? ev
          : [evidence('roleAssignmentScheduleInstances', {}, [], 'No permanent privileged assignments.'), ...ev],
      );
    const names = sample(offenders.map(who));
    const more = offenders.length > names.length ? `, and ${offenders.length - names.length} more` : '';
    return v.fail(
      `${offenders.length} permanent privileged role assignment(s) beyond two break-glass Global Administrators: ${names.join(', ')}${more}.`,
      ev,
      { noun: 'permanent assignments', count: offenders.length, sample: names },
    );
  },
});
