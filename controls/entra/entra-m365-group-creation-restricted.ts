import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { groupSettings, SettingTemplateIds, settingValue } from '../../lib/graph/sources/group-settings';
import { templateEntry, wordValue } from '../shared/group-setting-entry';

const TEMPLATE = SettingTemplateIds.groupUnified;

export default defineControl({
  id: 'entra-m365-group-creation-restricted',
  title: 'Only admins or a named group can create Microsoft 365 groups',
  category: 'data',
  service: 'entra',
  maxScore: 2,
  refs: {
    cis: '5.1.3.4',
    learn: 'https://learn.microsoft.com/microsoft-365/solutions/manage-creation-of-groups',
  },
  threats: ['Uncontrolled sharing through teams and sites', 'Group sprawl'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'Every Microsoft 365 group brings a team, a SharePoint site and a mailbox, each a new place to share ' +
    'files and add guests. When anyone can create one, these escape naming, classification and review. ' +
    'Passes when the Group.Unified directory setting (template 62375ab9…) has EnableGroupCreation false, so ' +
    'only admins and the members of GroupCreationAllowedGroupId can create groups (CIS v7 5.1.3.4). No ' +
    'entry means the defaults, where anyone can.',
  remediation: [
    'Create a security group for the people allowed to create Microsoft 365 groups.',
    'Run Connect-MgGraph -Scopes Directory.ReadWrite.All, then create or update the Group.Unified directory setting (template 62375ab9-6b52-47ed-826b-58e47e0e304b).',
    "Set EnableGroupCreation to 'false' and GroupCreationAllowedGroupId to that group's id.",
    'Give the people who need groups membership of that security group.',
  ],
  fixAt: adminPages.entraGroupsGeneral,
  setTo: {
    setting: 'EnableGroupCreation in the Group.Unified directory setting (Microsoft Graph PowerShell)',
    value: 'false',
  },
  onPages: [
    {
      page: adminPages.entraGroupsGeneral,
      labels: ['Users can create Microsoft 365 groups in Azure portals, API or PowerShell'],
    },
  ],
  sources: { settings: groupSettings },
  evaluate: ({ settings }, v) => {
    const found = templateEntry(settings, TEMPLATE, 'Group.Unified', v);
    if (found.kind === 'malformed') return found.verdict;
    if (found.kind === 'none')
      return v.fail('No Group.Unified setting: the defaults apply, so any user can create Microsoft 365 groups.', [
        found.evidence,
      ]);
    const { entry } = found;
    const enabled = wordValue(v, found, 'EnableGroupCreation', /^(true|false)$/i, 'true or false');
    if (typeof enabled !== 'string') return enabled;
    const allowedGroup = settingValue(entry, 'GroupCreationAllowedGroupId') || null;
    const ev = [
      evidence(
        'groupSettings',
        {
          id: entry.id,
          displayName: entry.displayName ?? 'Group.Unified',
          templateId: entry.templateId,
          EnableGroupCreation: enabled,
          GroupCreationAllowedGroupId: allowedGroup,
        },
        ['templateId', 'EnableGroupCreation', 'GroupCreationAllowedGroupId'],
      ),
    ];
    if (enabled.toLowerCase() === 'true')
      return v.fail('Any user can create Microsoft 365 groups (EnableGroupCreation is true).', ev);
    return v.pass(
      allowedGroup
        ? `Only admins and members of group ${allowedGroup} can create Microsoft 365 groups.`
        : 'Only admins can create Microsoft 365 groups.',
      ev,
    );
  },
});
