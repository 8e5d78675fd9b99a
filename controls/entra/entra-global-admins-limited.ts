import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import {
  globalAdminAssignments,
  globalAdminEligibilities,
  type RolePrincipal,
} from '../../lib/graph/sources/global-admins';

const isUser = (p: RolePrincipal): boolean => p['@odata.type'] === '#microsoft.graph.user';
const label = (p: RolePrincipal): string => p.displayName ?? p.userPrincipalName ?? p.id;

export default defineControl({
  id: 'entra-global-admins-limited',
  title: 'Two to four people hold Global Administrator',
  category: 'identity',
  service: 'entra',
  maxScore: 1,
  refs: {
    secureScore: 'OneAdmin',
    cis: '1.1.3',
    learn: 'https://learn.microsoft.com/entra/identity/role-based-access-control/best-practices',
  },
  threats: ['Privilege escalation', 'Single point of failure', 'Account takeover'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'One Global Administrator is a single point of failure; many are many ways in. CIS 1.1.3 asks for 2–4 ' +
    '(Secure Score only asks for more than one; CISA MS.AAD.7.1v1 allows up to 8) — we follow CIS. Counts ' +
    'distinct people with an active assignment, plus PIM-eligible ones where the tenant has Entra ID P2. ' +
    'A role-assignable group holding the role is shown, since its members also hold it.',
  remediation: [
    'Open Entra admin center › Roles and administrators › Global Administrator.',
    'Keep two cloud-only break-glass accounts and at most two named administrators.',
    'Move everyone else to a least-privileged role (User, Exchange, SharePoint, Security Administrator …), or make them eligible through PIM.',
  ],
  fixAt: adminPages.entraRoles,
  setTo: { setting: 'Global Administrator › Assignments', value: 'Two to four people' },
  onPages: [
    { page: adminPages.entraRoles, labels: ['Global Administrator'] },
    {
      page: overlayPages.defenderSecureScore,
      labels: ['Ensure that between two and four global admins are designated', 'Designate more than one global admin'],
    },
  ],
  sources: { active: globalAdminAssignments, eligible: optional(globalAdminEligibilities) },
  evaluate: ({ active, eligible }, v, ctx) => {
    const people = new Map<string, RolePrincipal>();
    const groups: RolePrincipal[] = [];
    for (const a of [...active, ...(eligible ?? [])]) {
      if (isUser(a.principal)) people.set(a.principal.id, a.principal);
      else if (a.principal['@odata.type'] === '#microsoft.graph.group') groups.push(a.principal);
    }
    const n = people.size;
    const names = [...people.values()].map(label);
    const ev = [
      ...active.map((a) =>
        evidence('globalAdminAssignments', a.principal, ['@odata.type', 'accountEnabled'], 'Active assignment.'),
      ),
      ...(eligible ?? []).map((a) =>
        evidence('globalAdminEligibilities', a.principal, ['@odata.type'], 'PIM eligible.'),
      ),
    ];
    const affected = { noun: 'Global Administrators', count: n, sample: sample(names) };
    const pim =
      eligible === undefined ? " (PIM-eligible assignments couldn't be read, so only active ones are counted)" : '';
    const viaGroups = groups.length
      ? ` ${groups.length} group(s) also hold the role: ${groups.map(label).join(', ')}.`
      : '';
    if (n < 2)
      return v.fail(
        `Only ${n} person holds Global Administrator${pim}: one lost account locks you out.${viaGroups}`,
        ev,
        affected,
      );
    if (n > 4)
      return v.fail(
        `${n} people hold Global Administrator${pim}; CIS 1.1.3 allows at most 4.${viaGroups}`,
        ev,
        affected,
      );
    if (groups.length) {
      return v.fail(
        `${n} people hold Global Administrator directly, and ${groups.length} group(s) hold it too (${groups.map(label).join(', ')}): their members count as well.`,
        ev,
        affected,
      );
    }
    // Without Entra ID P2 there is no PIM, so active assignments are everyone. Refused or malformed
    // eligibilities could hide more Global Administrators: never a pass from a partial list.
    const why = ctx.unread?.eligible;
    if (eligible === undefined && why && why.kind !== 'notLicensed') return v.unknown(why, ev);
    return v.pass(`${n} people hold Global Administrator${pim}.`, ev, affected);
  },
});
