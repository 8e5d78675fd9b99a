import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { sharepointSharing } from '../../lib/graph/sources/sharepoint-settings';
import { describeSharingLevel, sharingLevelNames } from '../shared/sharepoint-sharing';

// CISA MS.SHAREPOINT.1.1v1: "Only People In Your Organization" or "Existing Guests".
const LIMITED: ReadonlySet<string> = new Set(['disabled', 'existingExternalUserSharingOnly']);

export default defineControl({
  id: 'spo-external-sharing-limited',
  title: 'SharePoint external sharing is limited to existing guests',
  category: 'data',
  service: 'spo',
  maxScore: 5,
  refs: {
    scuba: 'MS.SHAREPOINT.1.1v1',
    learn: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
  },
  threats: ['Data exfiltration', 'Accidental oversharing', 'Anonymous access to files'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    "'Anyone' links open files to whoever holds the link, with no sign-in, and 'New and existing guests' lets " +
    'any user invite any outside address, so files leave the tenant without review. Follows CISA SCuBA ' +
    "MS.SHAREPOINT.1.1v1: passes when sharingCapability is 'disabled' (only people in your organization) or " +
    "'existingExternalUserSharingOnly' (existing guests, whom an admin or guest inviter has already added). CIS " +
    "7.2.3 is looser and also accepts 'externalUserSharingOnly' (new and existing guests); here that fails, " +
    'because it lets every user bring in new guests.',
  remediation: [
    'Open the SharePoint admin center › Policies › Sharing (the link opens it through admin.microsoft.com, which redirects to your tenant’s <tenant>-admin.sharepoint.com).',
    "Under External sharing, move the SharePoint slider to 'Existing guests' or 'Only people in your organization'; OneDrive follows at the same level or lower.",
    'Invite the guests people need through Entra ID (or a guest inviter role) so they become existing guests, then save.',
    'Sites that need wider sharing can be set individually under Sites › Active sites › Sharing, within the organization-level limit.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'External sharing (SharePoint)', value: 'Existing guests' },
  onPages: [{ page: adminPages.spoSharing, labels: ['External sharing'] }],
  sources: { settings: sharepointSharing },
  valueNames: { sharingCapability: sharingLevelNames },
  evaluate: ({ settings }, v) => {
    const ev = [evidence('sharepointSettings', settings, ['sharingCapability'])];
    const level = describeSharingLevel(settings.sharingCapability);
    return LIMITED.has(settings.sharingCapability)
      ? v.pass(`SharePoint external sharing is ${level}.`, ev)
      : v.fail(
          `SharePoint external sharing is ${level}, which lets users share with people who aren't guests yet.`,
          ev,
        );
  },
});
