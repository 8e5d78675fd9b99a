import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'defender-user-reporting-enabled',
  title: 'Users can report suspicious mail and Teams messages to your security team',
  category: 'apps',
  service: 'defender',
  maxScore: 2,
  refs: {
    cis: '8.6.1',
    learn: 'https://learn.microsoft.com/defender-office-365/submissions-user-reported-messages-custom-mailbox',
  },
  threats: ['Phishing campaigns that go unreported', 'Slow response to compromise'],
  userImpact: 'low',
  implementationCost: 'low',

  rationale:
    'People who can report a suspicious message from Outlook or Teams in one click become an early warning system; the reports must reach a mailbox your security team reads. CIS 8.6.1 asks for reporting on in Teams and Outlook, routed to an internal mailbox. These settings are read with Exchange Online and Teams PowerShell, which Graph does not expose.',
  remediation: [
    'Microsoft Defender › Settings › Email & collaboration › User reported settings: turn on the Report button in Outlook and send reports to a monitored reporting mailbox.',
    'Teams admin center › Messaging policies › Global: turn on "Report a security concern".',
  ],
  fixAt: adminPages.defenderUserReported,
  setTo: {
    setting: 'Send reported messages to',
    value: 'Microsoft and my reporting mailbox, or My reporting mailbox only',
  },
  onPages: [{ page: adminPages.defenderUserReported, labels: ['Monitor reported messages in Outlook'] }],
  check: {
    how: 'powershell',
    what: [
      'Get-CsTeamsMessagingPolicy -Identity Global: AllowSecurityEndUserReporting is True',
      'Get-ReportSubmissionPolicy: ReportJunkToCustomizedAddress, ReportNotJunkToCustomizedAddress and ReportPhishToCustomizedAddress are True with the reporting mailbox set',
      'ReportChatMessageEnabled is True and ReportChatMessageToCustomizedAddressEnabled is True',
    ],
    command:
      'Get-CsTeamsMessagingPolicy -Identity Global | Format-List AllowSecurityEndUserReporting; Get-ReportSubmissionPolicy | Format-List ReportJunkToCustomizedAddress,ReportNotJunkToCustomizedAddress,ReportPhishToCustomizedAddress,ReportJunkAddresses,ReportNotJunkAddresses,ReportPhishAddresses,ReportChatMessageEnabled,ReportChatMessageToCustomizedAddressEnabled',
  },
});
