import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { licences } from '../../lib/graph/sources/licences';
import { dynamicGroups, type DynamicGroup } from '../../lib/graph/sources/dynamic-groups';

// `user.userType -eq "Guest"` (any spacing or case, either quote), the rule CIS v6 5.1.3.1 asked for.
const GUEST_RULE = /user\.usertype\s+-eq\s+["']guest["']/i;
const isGuestGroup = (g: DynamicGroup): boolean => GUEST_RULE.test(g.membershipRule ?? '');

export default defineControl({
  id: 'entra-guest-dynamic-group-configured',
  title: 'A dynamic group holds every guest user',
  category: 'identity',
  service: 'entra',
  maxScore: 1,
  licence: licences.entraP1,
  refs: {
    noBenchmark:
      'CIS v6 5.1.3.1 asked for a dynamic group of guests; CIS v7 dropped that recommendation, and no other benchmark asks for it.',
    learn: 'https://learn.microsoft.com/entra/identity/users/groups-create-rule',
  },
  threats: ['Guests left out of access reviews and policies'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A group that always holds every guest lets conditional access, access reviews and sharing policies ' +
    'target guests without anyone maintaining a list, so a new guest is never missed. Follows CIS v6 5.1.3.1 ' +
    '(dropped in v7): passes when at least one dynamic-membership group has a rule containing ' +
    'user.userType -eq "Guest". Dynamic membership needs Microsoft Entra ID P1.',
  remediation: [
    'Open Entra admin center › Groups › All groups › New group.',
    "Choose Group type 'Security', Membership type 'Dynamic User', and add the dynamic query (user.userType -eq \"Guest\").",
    'Create the group, then use it in conditional access policies and access reviews for guests.',
  ],
  fixAt: adminPages.entraAllGroups,
  setTo: { setting: 'New group › Membership type', value: 'Dynamic User, with the rule (user.userType -eq "Guest")' },
  sources: { groups: dynamicGroups },
  evaluate: ({ groups }, v) => {
    const guests = groups.filter(isGuestGroup);
    if (guests.length > 0) {
      const first = guests[0]!;
      return v.pass(
        `The dynamic group ${first.displayName ?? first.id} holds guests (${first.membershipRule}).`,
        guests.map((g) => evidence('dynamicGroups', g, ['membershipRule'])),
      );
    }
    return v.fail(
      `None of the ${groups.length} dynamic group${groups.length === 1 ? '' : 's'} has a rule for user.userType -eq "Guest".`,
      groups.length > 0
        ? groups.map((g) => evidence('dynamicGroups', g, ['membershipRule']))
        : [{ source: 'dynamicGroups', fields: { value: [] }, note: 'The tenant has no dynamic groups.' }],
    );
  },
});
