import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { teamsAnonymousStart } from '../../lib/graph/sources/services/teams-meeting-policy';

// Read live from Teams (issue 17). ScubaGear MS.TEAMS.1.2v2 checks every meeting policy, Global and
// custom ones alike (its Rego fails on any), and so does this: an admin-made policy that lets anonymous
// people start meetings is a gap for whoever it is assigned to. CIS 8.5.2 asks it of Global only, so
// it isn't a ref: a tagged policy fails here and passes CIS.
export default defineControl({
  id: 'teams-anonymous-meeting-start-blocked',
  title: 'Anonymous people cannot start Teams meetings',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: {
    secureScore: 'meeting_anonymousstartmeeting_v1',
    scuba: 'MS.TEAMS.1.2v2',
    learn: 'https://learn.microsoft.com/microsoftteams/settings-policies-reference#meeting-join--lobby',
  },
  threats: ['Meetings started and run by people nobody identified', 'Scraping of internal contacts'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A meeting anonymous people can start runs before anyone from your organisation is there to see who joined, which CISA says is used to scrape internal contacts. CISA MS.TEAMS.1.2v2 (a BOD 25-01 requirement) forbids it in every meeting policy; CIS 8.5.2 and Secure Score (meeting_anonymousstartmeeting_v1) check the Global one. Microsoft Graph does not expose meeting policies: Posture Lens reads every meeting policy from Teams when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Teams admin center › Meetings › Meeting policies: in Global (Org-wide default) and each custom policy, turn off "Anonymous users and dial-in callers can start a meeting".',
  ],
  fixAt: adminPages.teamsMeetingPolicies,
  setTo: { setting: 'Anonymous users and dial-in callers can start a meeting', value: 'Off' },
  manualCheck: {
    how: 'powershell',
    what: [
      'AllowAnonymousUsersToStartMeeting is False in every meeting policy (CISA MS.TEAMS.1.2v2; CIS 8.5.2 asks it of Global)',
    ],
    command: 'Get-CsTeamsMeetingPolicy | Format-Table Identity,AllowAnonymousUsersToStartMeeting',
  },
  onPages: [
    { page: adminPages.teamsMeetingPolicies, labels: ['Anonymous users and dial-in callers can start a meeting'] },
  ],
  sources: { meetings: teamsAnonymousStart },
  evaluate: ({ meetings }, v) => {
    const open = meetings.all.filter((p) => p.AllowAnonymousUsersToStartMeeting);
    const ev = meetings.all.map((p) => evidence('teamsMeetingPolicies', p, ['AllowAnonymousUsersToStartMeeting']));
    return open.length === 0
      ? v.pass(`None of the ${meetings.all.length} meeting policies lets anonymous people start a meeting.`, ev)
      : v.fail(`Anonymous people can start meetings under ${open.map((p) => p.Identity).join(', ')}.`, ev);
  },
});
