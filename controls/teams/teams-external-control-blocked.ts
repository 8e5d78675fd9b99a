import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { teamsExternalControl } from '../../lib/graph/sources/services/teams-meeting-policy';

// Read live from Teams (issue 17). ScubaGear MS.TEAMS.1.1v1 checks every meeting policy (its Rego fails
// on any that allows it), and so does this. CIS 8.5.7 asks it of Global only, so it isn't a ref: a
// tagged policy fails here and passes CIS.
export default defineControl({
  id: 'teams-external-control-blocked',
  title: 'External meeting participants cannot take control of shared screens',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: {
    secureScore: 'meeting_externalrequestcontrol_v1',
    scuba: 'MS.TEAMS.1.1v1',
    learn: 'https://learn.microsoft.com/microsoftteams/meeting-who-present-request-control',
  },
  threats: ['Social engineering through remote control requests', 'Actions taken on a shared desktop by an outsider'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'An external participant given control of a shared desktop can act on it as the presenter — a remote-support scam in a meeting. CISA MS.TEAMS.1.1v1 forbids external participants giving or requesting control in every meeting policy; CIS 8.5.7 and Secure Score (meeting_externalrequestcontrol_v1) check the Global one. Microsoft Graph does not expose meeting policies: Posture Lens reads every meeting policy from Teams when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Teams admin center › Meetings › Meeting policies: in Global (Org-wide default) and each custom policy, turn off "External participants can give or request control".',
  ],
  fixAt: adminPages.teamsMeetingPolicies,
  setTo: { setting: 'External participants can give or request control', value: 'Off' },
  manualCheck: {
    how: 'powershell',
    what: [
      'AllowExternalParticipantGiveRequestControl is False in every meeting policy (CISA MS.TEAMS.1.1v1; CIS 8.5.7 asks it of Global)',
    ],
    command: 'Get-CsTeamsMeetingPolicy | Format-Table Identity,AllowExternalParticipantGiveRequestControl',
  },
  onPages: [{ page: adminPages.teamsMeetingPolicies, labels: ['External participants can give or request control'] }],
  sources: { meetings: teamsExternalControl },
  evaluate: ({ meetings }, v) => {
    const open = meetings.all.filter((p) => p.AllowExternalParticipantGiveRequestControl);
    const fields = ['AllowExternalParticipantGiveRequestControl'];
    const ev = meetings.all.map((p) => evidence('teamsMeetingPolicies', p, fields));
    return open.length === 0
      ? v.pass(`None of the ${meetings.all.length} meeting policies lets external participants take control.`, ev)
      : v.fail(
          `External participants can give or request control under ${open.map((p) => p.Identity).join(', ')}.`,
          ev,
        );
  },
});
