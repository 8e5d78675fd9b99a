import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import { unifiedGroups } from '../../lib/graph/sources/unified-groups';

const VISIBILITIES = ['Public', 'Private', 'HiddenMembership'];

export default defineControl({
  id: 'm365-public-groups-limited',
  title: 'No Microsoft 365 group is public',
  category: 'data',
  service: 'm365',
  maxScore: 3,
  refs: {
    secureScore: 'aad_managed_approved_public_groups_only',
    cis: '1.2.1',
    learn: 'https://learn.microsoft.com/microsoft-365/admin/create-groups/compare-groups',
  },
  threats: ['Oversharing of team files and mail to every employee', 'Insider data discovery'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  notApplicableWhen: 'The tenant has no Microsoft 365 group.',
  rationale:
    'Anyone in the organisation can join a public Microsoft 365 group and read its mail, files and team ' +
    "site, so a group made public by mistake exposes everything in it. CIS 1.2.1 and Secure Score's " +
    'aad_managed_approved_public_groups_only allow only public groups the organisation has approved; Graph ' +
    'has no record of that approval, so this control fails while any Microsoft 365 group has visibility ' +
    'Public and lists them for review (no partial credit: one unintended public group is the whole risk). ' +
    'A group with no visibility, which Graph does not document for Microsoft 365 groups, is read as unknown.',
  remediation: [
    'Open Microsoft 365 admin center › Teams & groups › Active teams & groups.',
    'Sort by Privacy and open each public group that is listed in this result.',
    "On the group's Settings tab, set Privacy to Private unless the group is meant for everyone and approved.",
  ],
  fixAt: adminPages.m365ActiveGroups,
  setTo: { setting: 'Privacy', value: 'Private' },
  sources: { groups: unifiedGroups },
  evaluate: ({ groups }, v) => {
    const odd = groups.findIndex((g) => !VISIBILITIES.includes(g.visibility ?? ''));
    if (odd >= 0) {
      const g = groups[odd]!;
      return v.malformed(
        'unifiedGroups',
        `value[${odd}].visibility`,
        g.visibility == null ? `missing on ${g.displayName ?? g.id}` : `not a documented visibility (${g.visibility})`,
      );
    }
    const open = groups.filter((g) => g.visibility === 'Public');
    const name = (g: (typeof groups)[number]): string => g.displayName ?? g.id;
    if (groups.length === 0)
      return v.notApplicable('The tenant has no Microsoft 365 group to judge.', [
        { source: 'unifiedGroups', fields: { value: [] }, note: 'The tenant has no Microsoft 365 groups.' },
      ]);
    if (open.length === 0) {
      return v.pass(
        `None of the ${groups.length} Microsoft 365 group${groups.length === 1 ? ' is' : 's is'} public.`,
        groups.map((g) => evidence('unifiedGroups', g, ['visibility'])),
      );
    }
    return v.fail(
      `${open.length} of ${groups.length} Microsoft 365 groups ${open.length === 1 ? 'is' : 'are'} public, including ${name(open[0]!)}.`,
      open.map((g) => evidence('unifiedGroups', g, ['visibility'])),
      { noun: 'public groups', count: open.length, sample: sample(open.map(name)) },
    );
  },
});
