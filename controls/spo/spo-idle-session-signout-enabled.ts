import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { sharepointIdleSignOut } from '../../lib/graph/sources/sharepoint-settings';

const minutes = (seconds: number): string => `${Math.round(seconds / 60)} minutes`;

export default defineControl({
  id: 'spo-idle-session-signout-enabled',
  title: 'SharePoint signs out idle browser sessions',
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: {
    secureScore: 'spo_idle_session_timeout',
    learn: 'https://learn.microsoft.com/sharepoint/sign-out-inactive-users',
  },
  threats: ['Session hijacking on shared or unattended computers'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A SharePoint or OneDrive tab left open on a shared or kiosk computer gives the next person the user’s files. ' +
    'Follows Secure Score (spo_idle_session_timeout): passes when idleSessionSignOut.isEnabled is true; the ' +
    'warning and sign-out times are shown. CIS 1.3.2 asks for an idle timeout of 3 hours or less across Microsoft ' +
    '365 on the web, set in the Microsoft 365 admin center with a conditional access session control; that ' +
    "org-wide setting is separate from SharePoint's own switch checked here.",
  remediation: [
    'Open the SharePoint admin center › Policies › Access control (the link goes through admin.microsoft.com to your tenant’s <tenant>-admin.sharepoint.com).',
    "Select 'Idle session sign-out', turn on 'Sign out inactive users automatically', and pick when to warn and sign them out.",
    'Save. Devices that are managed (compliant or hybrid joined) are not signed out.',
  ],
  fixAt: adminPages.spoAccessControl,
  setTo: { setting: 'Sign out inactive users automatically', value: 'On' },
  onPages: [{ page: adminPages.spoAccessControl, labels: ['Idle session sign-out'] }],
  sources: { settings: sharepointIdleSignOut },
  evaluate: ({ settings }, v) => {
    const idle = settings.idleSessionSignOut;
    const ev = [
      evidence('sharepointSettings', settings, [
        'idleSessionSignOut.isEnabled',
        'idleSessionSignOut.warnAfterInSeconds',
        'idleSessionSignOut.signOutAfterInSeconds',
      ]),
    ];
    if (!idle.isEnabled)
      return v.fail('SharePoint idle session sign-out is off (idleSessionSignOut.isEnabled is false).', ev);
    const after = idle.signOutAfterInSeconds;
    return v.pass(
      after != null && after > 0
        ? `SharePoint signs out idle browser sessions after ${minutes(after)}.`
        : 'SharePoint idle session sign-out is on (idleSessionSignOut.isEnabled is true).',
      ev,
    );
  },
});
