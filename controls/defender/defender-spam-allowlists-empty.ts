import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'defender-spam-allowlists-empty',
  title: 'Anti-spam allows no whole domains or IP ranges, and outbound limits block',
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    secureScore: 'mdo_allowedsenderscombined',
    cis: '2.1.14',
    learn: 'https://learn.microsoft.com/defender-office-365/anti-spam-policies-configure',
  },
  threats: [
    'Spoofed mail from allow-listed domains delivered unfiltered',
    'Spam and phishing sent from a compromised mailbox',
  ],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'An allowed sender domain or IP range skips spam filtering for anything that claims it, spoofed or not; outbound limits stop a compromised mailbox from spraying spam. CIS 2.1.12–2.1.15 and 2.1.6 and Secure Score (mdo_allowedsenderscombined, mdo_connectionfilter, mdo_spam_notifications_only_for_admins) ask for empty allow lists, no safe list, admin notifications and blocking when limits are reached. Graph does not expose these policies, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-spam: remove allowed domains from inbound policies, and empty the connection filter IP allow list with the safe list off.',
    'In the outbound policy, set recipient limits, "Restrict the user from sending mail" when a limit is reached, and notify an admin mailbox.',
  ],
  fixAt: adminPages.defenderAntiSpam,
  setTo: { setting: 'Allowed sender domains', value: 'None' },
  check: {
    how: 'powershell',
    what: [
      'Get-HostedContentFilterPolicy: AllowedSenderDomains is empty in every policy (CIS 2.1.14)',
      'Get-HostedConnectionFilterPolicy: IPAllowList is empty and EnableSafeList is False (CIS 2.1.12, 2.1.13)',
      'Get-HostedOutboundSpamFilterPolicy: recipient limits set, ActionWhenThresholdReached is BlockUser, NotifyOutboundSpam is True with recipients (CIS 2.1.6, 2.1.15)',
    ],
    command:
      'Get-HostedContentFilterPolicy | Format-List Name,AllowedSenderDomains; Get-HostedConnectionFilterPolicy | Format-List IPAllowList,EnableSafeList',
  },
});
