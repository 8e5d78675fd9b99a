import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import {
  reportSubmissionPolicy,
  teamsMessagingGlobal,
  type ReportSubmissionPolicy,
} from '../../lib/graph/sources/services/report-submission';

// CIS 8.6.1 (v7): reports from Outlook and Teams reach a reporting mailbox you read, and Teams shows
// "Report a security concern". ScubaGear has no item for it. Reading both needs Exchange Online and Teams.
const TO_MAILBOX = [
  ['ReportJunkToCustomizedAddress', 'ReportJunkAddresses'],
  ['ReportNotJunkToCustomizedAddress', 'ReportNotJunkAddresses'],
  ['ReportPhishToCustomizedAddress', 'ReportPhishAddresses'],
] as const;

function gaps(p: ReportSubmissionPolicy): string[] {
  return [
    ...TO_MAILBOX.flatMap(([on, to]) => (!p[on] ? [`${on} is False`] : p[to]?.length ? [] : [`${to} is empty`])),
    ...(p.ReportChatMessageToCustomizedAddressEnabled ? [] : ['ReportChatMessageToCustomizedAddressEnabled is False']),
  ];
}

export default defineControl({
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
    "People who can report a suspicious message from Outlook or Teams in one click become an early warning system; the reports must reach a mailbox your security team reads. CIS 8.6.1 asks for reporting on in Teams and Outlook, routed to an internal mailbox. Posture Lens reads the report submission policy from Exchange Online (Get-ReportSubmissionPolicy) and Teams' Global messaging policy when both services are on for the tenant, and otherwise shows what to check.",
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
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-CsTeamsMessagingPolicy -Identity Global: AllowSecurityEndUserReporting is True',
      'Get-ReportSubmissionPolicy: ReportJunkToCustomizedAddress, ReportNotJunkToCustomizedAddress and ReportPhishToCustomizedAddress are True with the reporting mailbox set',
      'ReportChatMessageToCustomizedAddressEnabled is True',
    ],
    command:
      'Get-CsTeamsMessagingPolicy -Identity Global | Format-List AllowSecurityEndUserReporting; Get-ReportSubmissionPolicy | Format-List ReportJunkToCustomizedAddress,ReportNotJunkToCustomizedAddress,ReportPhishToCustomizedAddress,ReportJunkAddresses,ReportNotJunkAddresses,ReportPhishAddresses,ReportChatMessageToCustomizedAddressEnabled',
  },
  sources: { submissions: reportSubmissionPolicy, teams: teamsMessagingGlobal },
  evaluate: ({ submissions, teams }, v) => {
    const ev = [
      evidence(reportSubmissionPolicy.id, submissions, [
        ...TO_MAILBOX.flat(),
        'ReportChatMessageToCustomizedAddressEnabled',
      ]),
      evidence(teamsMessagingGlobal.id, teams, ['AllowSecurityEndUserReporting']),
    ];
    const short = [
      ...gaps(submissions),
      ...(teams.AllowSecurityEndUserReporting
        ? []
        : ["Teams' Global messaging policy has AllowSecurityEndUserReporting False"]),
    ];
    return short.length
      ? v.fail(`Reports don't all reach your reporting mailbox: ${short.join('; ')}.`, ev)
      : v.pass(
          `Outlook and Teams reports go to ${submissions.ReportPhishAddresses?.join(', ')}, and Teams lets people report a security concern.`,
          ev,
        );
  },
});
