import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { authorizationPolicy } from '../../lib/graph/sources/authorization-policy';

// authorizationPolicy.guestUserRoleId is a role template id (graph-sources.md §2.5).
const GUEST_ROLES: Readonly<Record<string, { name: string; restricted: boolean }>> = {
  '2af84b1e-32c8-42b7-82bc-daa82404023b': { name: 'Restricted Guest User', restricted: true },
  '10dae51f-b6af-4016-8d66-8c2a99b929b3': { name: 'Guest User (limited access)', restricted: true },
  'a0b1b346-4d3e-4e8b-98f8-753987be4970': { name: 'User (the same access as members)', restricted: false },
};

export default defineControl({
  id: 'entra-guest-access-restricted',
  title: "Guests' access to the directory is limited or restricted",
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    cis: '5.1.6.2',
    scuba: 'MS.AAD.8.1v1',
    eidsca: 'EIDSCA.AP07',
    learn: 'https://learn.microsoft.com/entra/identity/users/users-restrict-guest-permissions',
  },
  threats: ['Directory reconnaissance', 'Phishing from inside the tenant'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A guest with member-level directory access can list every user, group and device, which maps the ' +
    'organisation for phishing and privilege hunting. Passes when guests get the Guest User role (limited ' +
    "access, Microsoft's default) or the Restricted Guest User role (authorizationPolicy.guestUserRoleId), " +
    'as CIS 5.1.6.2 and CISA MS.AAD.8.1v1 accept; EIDSCA.AP07 recommends the restricted role. Fails when ' +
    'guests have the same access as members.',
  remediation: [
    'Open Entra admin center › External Identities › External collaboration settings.',
    "Under 'Guest user access', choose 'Guest user access is restricted to properties and memberships of their own directory objects (most restrictive)'.",
    'Save.',
  ],
  fixAt: adminPages.entraExternalCollaboration,
  setTo: {
    setting: 'Guest user access restrictions',
    value:
      'Guest user access is restricted to properties and memberships of their own directory objects (most restrictive)',
  },
  onPages: [{ page: adminPages.entraExternalCollaboration, labels: ['Guest user access restrictions'] }],
  sources: { authz: authorizationPolicy },
  evaluate: ({ authz }, v) => {
    const id = authz.guestUserRoleId;
    // Nullable in Graph's schema with no documented meaning for null: never read as a default.
    if (id == null)
      return v.malformed(
        'authorizationPolicy',
        'guestUserRoleId',
        id === null ? 'expected string, got null' : 'missing',
      );
    const role = GUEST_ROLES[id.toLowerCase()];
    if (!role) return v.malformed('authorizationPolicy', 'guestUserRoleId', `not a documented guest role (${id})`);
    const ev = [evidence('authorizationPolicy', authz, ['guestUserRoleId'], role.name)];
    return role.restricted
      ? v.pass(`Guests have the ${role.name} role in the directory.`, ev)
      : v.fail(`Guests have the ${role.name} role in the directory.`, ev);
  },
});
