import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { sharepointResharing } from '../../lib/graph/sources/sharepoint-settings';

export default defineControl({
  id: 'spo-guest-resharing-disabled',
  title: "Guests cannot reshare SharePoint items they don't own",
  category: 'data',
  service: 'spo',
  maxScore: 3,
  refs: {
    secureScore: 'spo_external_users_sharing',
    cis: '7.2.5',
    learn: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
  },
  threats: ['Data exfiltration', 'Uncontrolled onward sharing by guests'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A guest who can reshare passes your files on to people nobody in your organization chose, and the owner ' +
    'may never notice. Follows CIS 7.2.5 and Secure Score (spo_external_users_sharing): passes when ' +
    "isResharingByExternalUsersEnabled is false ('Allow guests to share items they don't own' unticked).",
  remediation: [
    'Open the SharePoint admin center › Policies › Sharing (the link goes through admin.microsoft.com to your tenant’s <tenant>-admin.sharepoint.com).',
    "Expand 'More external sharing settings' and untick 'Allow guests to share items they don't own'.",
    'Save.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: "Allow guests to share items they don't own", value: 'Not selected' },
  onPages: [{ page: adminPages.spoSharing, labels: ["Allow guests to share items they don't own"] }],
  sources: { settings: sharepointResharing },
  evaluate: ({ settings }, v) => {
    const ev = [evidence('sharepointSettings', settings, ['isResharingByExternalUsersEnabled'])];
    return settings.isResharingByExternalUsersEnabled
      ? v.fail(
          "Guests can share SharePoint and OneDrive items they don't own (isResharingByExternalUsersEnabled is true).",
          ev,
        )
      : v.pass("Guests can't share items they don't own (isResharingByExternalUsersEnabled is false).", ev);
  },
});
