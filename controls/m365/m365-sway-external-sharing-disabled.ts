import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'm365-sway-external-sharing-disabled',
  title: 'Sways and Bookings pages are not shared outside the organisation',
  category: 'data',
  service: 'm365',
  maxScore: 2,
  refs: {
    secureScore: 'sway_block_sharing_with_outside_users',
    cis: '1.3.8',
    learn: 'https://learn.microsoft.com/powershell/module/exchange/get-owamailboxpolicy',
  },
  threats: ['Data leakage through publicly shared Sways', 'Oversharing of staff calendars through Bookings pages'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    "A Sway shared outside the organisation can be opened by anyone with the link, and shared Bookings pages publish staff names and availability. CIS 1.3.8 (Secure Score sway_block_sharing_with_outside_users) turns external Sway sharing off; CIS v7 1.3.9 restricts shared Bookings pages to selected users. This stays a check by hand because Sway has no admin API: its sharing switch is only in the Microsoft 365 admin center's Org settings, whose back end answers the portal's own signed-in session, not a token an app can get, and neither Graph nor a PowerShell module reads it. The Bookings half (Get-OwaMailboxPolicy) alone can't decide the control; where Microsoft scores the Sway setting, its verdict decides.",
  remediation: [
    'Microsoft 365 admin center › Settings › Org settings › Services › Sway: clear "Let people in your organization share their sways with people outside your organization".',
    'Restrict shared Bookings pages: Set-OwaMailboxPolicy -Identity OwaMailboxPolicy-Default -BookingsMailboxCreationEnabled $false (then allow selected users through a separate policy).',
  ],
  fixAt: adminPages.m365Sway,
  setTo: {
    setting: 'Let people in your organization share their sways with people outside your organization',
    value: 'Not selected',
  },
  onPages: [
    {
      page: adminPages.m365Sway,
      labels: ['Let people in your organization share their sways with people outside your organization'],
    },
  ],
  check: {
    how: 'portal',
    noReadOnlyPath:
      "No read-only path exists: Sway has no admin API. Its sharing switch lives only in the Microsoft 365 admin center's Org settings, whose back end answers the portal's own signed-in session, not a token an app can get; neither Microsoft Graph nor any cmdlet on Posture Lens's read-only list reads it. Secure Score measures it (sway_block_sharing_with_outside_users): where it scores your tenant, its verdict decides.",
    what: [
      'Org settings › Sway: "Let people in your organization share their sways with people outside your organization" is off',
      'Get-OwaMailboxPolicy: BookingsMailboxCreationEnabled is False on the default policy (CIS v7 1.3.9)',
    ],
    command: 'Get-OwaMailboxPolicy | Format-List Name,BookingsMailboxCreationEnabled',
  },
});
