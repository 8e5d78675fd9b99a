import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { change } from '../../test/defender-service-data';
import control from './defender-user-reporting-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-ReportSubmissionPolicy');
const teams = serviceCases('teams', 'TeamsMessagingPolicy');
const teamsGlobal = (changes: Record<string, unknown>) => (d: Parameters<ReturnType<typeof change>>[0]) => {
  d.teams.TeamsMessagingPolicy = (d.teams.TeamsMessagingPolicy ?? []).map((p) => ({ ...p, ...changes }));
};

describeControl(control, {
  pass: {
    'reports reach the reporting mailbox, Teams shows the option': {
      reasonIncludes: 'Outlook and Teams reports go to reported-phish@woodgrovebank.com',
      evidence: ['DefaultReportSubmissionPolicy', 'Global'],
      check: (r) =>
        expect(r.sources).toEqual([
          'Exchange Online: Get-ReportSubmissionPolicy',
          'Microsoft Teams: GET /Skype.Policy/configurations/TeamsMessagingPolicy/configuration/Global',
        ]),
    },
  },
  fail: {
    'reports to Microsoft only, as Microsoft creates it': {
      services: change('Get-ReportSubmissionPolicy', {
        ReportJunkToCustomizedAddress: false,
        ReportNotJunkToCustomizedAddress: false,
        ReportPhishToCustomizedAddress: false,
        ReportChatMessageToCustomizedAddressEnabled: false,
      }),
      reasonIncludes: [
        'ReportPhishToCustomizedAddress is False',
        'ReportChatMessageToCustomizedAddressEnabled is False',
      ],
    },
    'phishing reports turned on with no mailbox': {
      services: change('Get-ReportSubmissionPolicy', { ReportPhishAddresses: [] }),
      reasonIncludes: 'ReportPhishAddresses is empty',
    },
    'Teams hides "Report a security concern"': {
      services: teamsGlobal({ AllowSecurityEndUserReporting: false }),
      reasonIncludes: "Teams' Global messaging policy has AllowSecurityEndUserReporting False",
    },
  },
  manual: { ...manual, ...teams.manual },
  unknown: {
    ...unknown,
    ...teams.unknown,
    'ReportPhishAddresses missing': {
      services: (d) => {
        d.cmdlets['Get-ReportSubmissionPolicy'] = d.cmdlets['Get-ReportSubmissionPolicy']!.map(
          ({ ReportPhishAddresses: _, ...p }) => p,
        );
      },
      reasonIncludes: 'ReportPhishAddresses',
    },
    'AllowSecurityEndUserReporting as text': {
      services: teamsGlobal({ AllowSecurityEndUserReporting: 'True' }),
      reasonIncludes: 'AllowSecurityEndUserReporting',
    },
  },
});
