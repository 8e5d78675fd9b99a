import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';
import { licences } from '../../lib/graph/sources/licences';

export default defineManualControl({
  id: 'defender-safe-links-enabled',
  title: 'Safe Links checks links in email, Teams and Office apps',
  category: 'apps',
  service: 'defender',
  maxScore: 6,
  refs: {
    secureScore: 'mdo_safelinksforemail',
    cis: '2.1.1',
    learn: 'https://learn.microsoft.com/defender-office-365/safe-links-about',
  },
  threats: [
    'Credential phishing links',
    'Malware downloads from links',
    'Weaponised links that turn malicious after delivery',
  ],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP1,
  rationale:
    'Safe Links rewrites and checks links when they are clicked, catching phishing pages that turn malicious after delivery. CIS 2.1.1 and Secure Score (mdo_safelinksforemail, mdo_safelinksforOfficeApps) ask for a policy covering email, Teams and Office apps for all recipients, with click-through off. It needs Defender for Office 365 Plan 1. Safe Links policies are read with Exchange Online PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Preset security policies: apply Standard protection to all recipients (it includes Safe Links).',
    'Or, under Policies › Safe Links, create a policy for all recipients with email, Teams and Office apps on, real-time URL scanning, internal senders, wait for scan, click tracking, and "Let users click through" off.',
  ],
  fixAt: adminPages.defenderSafeLinks,
  setTo: {
    setting: 'On: Safe Links checks a list of known, malicious links when users click links in email',
    value: 'Selected, in a policy for all recipients',
  },
  check: {
    how: 'powershell',
    what: [
      'A Safe Links policy (or the Standard or Strict preset) applies to all recipients',
      'EnableSafeLinksForEmail, EnableSafeLinksForTeams and EnableSafeLinksForOffice are True',
      'ScanUrls, EnableForInternalSenders, DeliverMessageAfterScan and TrackClicks are True; AllowClickThrough is False',
    ],
    command:
      'Get-SafeLinksPolicy | Format-List Name,EnableSafeLinksForEmail,EnableSafeLinksForTeams,EnableSafeLinksForOffice,ScanUrls,EnableForInternalSenders,DeliverMessageAfterScan,TrackClicks,AllowClickThrough',
  },
  // The policy flyout's section, and the older flyout's click-through option.
  onPages: [
    {
      page: adminPages.defenderSafeLinks,
      labels: ['URL & click protection settings', 'Do not allow users to click through to original URL'],
    },
  ],
});
