import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { taggedPolicies } from '../../lib/graph/sources/services/teams-configuration';
import { teamsMeetingLobby } from '../../lib/graph/sources/services/teams-meeting-policy';

// Who bypasses the lobby, as CIS 8.5.3 lists it: people in the organisation without guests, invited
// people, or only the organiser. Not a ref to ScubaGear MS.TEAMS.1.3v1, which fails only `Everyone`
// and doesn't ask anonymous join off: this rule is stricter, so a tenant meeting 1.3 could fail here.
const LOBBY_KEPT = new Set(['EveryoneInCompanyExcludingGuests', 'InvitedUsers', 'OrganizerOnly']);

// Read live from Teams (issue 17), decided from the Global (Org-wide default) meeting policy, which
// applies to everyone without another policy: CIS 8.5.1, 8.5.3, 8.5.4.
export default defineControl({
  id: 'teams-meeting-lobby-enforced',
  title: 'Teams meetings keep anonymous and dial-in people in the lobby',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: {
    secureScore: 'meeting_restrictanonymousjoin_v1',
    cis: '8.5.1, 8.5.3, 8.5.4',
    learn: 'https://learn.microsoft.com/powershell/module/teams/get-csteamsmeetingpolicy',
  },
  threats: ['Uninvited people joining and recording meetings', 'Meeting hijacking and content sharing by outsiders'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'Anonymous joiners and people who bypass the lobby — everyone, or dial-in callers — let outsiders into confidential meetings unseen. CIS 8.5.1, 8.5.3 and 8.5.4 and Secure Score (meeting_restrictanonymousjoin_v1) check the Global (Org-wide default) meeting policy, which applies to everyone not given another policy. Microsoft Graph does not expose meeting policies: Posture Lens reads them from Teams when that service is on for the tenant, and otherwise shows what to check. Policies an admin created (Tag:…) apply only to the users they are assigned to, which Posture Lens cannot list, so they are named, not judged.',
  remediation: [
    'Teams admin center › Meetings › Meeting policies › Global (Org-wide default): turn off "Anonymous users can join a meeting".',
    'Set "Who can bypass the lobby" to "People in my org", "People who were invited" or "Only organizers and co-organizers", and turn off "People dialing in can bypass the lobby".',
  ],
  fixAt: adminPages.teamsMeetingPolicies,
  setTo: { setting: 'Who can bypass the lobby', value: 'People in my org, or People who were invited' },
  manualCheck: {
    how: 'powershell',
    what: [
      'AllowAnonymousUsersToJoinMeeting is False (CIS 8.5.1)',
      'AutoAdmittedUsers is EveryoneInCompanyExcludingGuests, InvitedUsers or OrganizerOnly (CIS 8.5.3)',
      'AllowPSTNUsersToBypassLobby is False (CIS 8.5.4)',
    ],
    command:
      'Get-CsTeamsMeetingPolicy -Identity Global | Format-List AllowAnonymousUsersToJoinMeeting,AutoAdmittedUsers,AllowPSTNUsersToBypassLobby',
  },
  onPages: [
    {
      page: adminPages.teamsMeetingPolicies,
      labels: [
        'Who can bypass the lobby',
        'People dialing in can bypass the lobby',
        'Anonymous users can join a meeting',
      ],
    },
  ],
  sources: { meetings: teamsMeetingLobby },
  evaluate: ({ meetings }, v) => {
    const g = meetings.global;
    const fields = ['AllowAnonymousUsersToJoinMeeting', 'AutoAdmittedUsers', 'AllowPSTNUsersToBypassLobby'];
    const tagged = taggedPolicies(meetings.all);
    const note = tagged.length ? `Not judged: ${tagged.join(', ')} (assigned to some users only).` : undefined;
    const ev = [evidence('teamsMeetingPolicies', g, fields, note)];
    const gaps = [
      ...(g.AllowAnonymousUsersToJoinMeeting ? ['anonymous people can join'] : []),
      ...(LOBBY_KEPT.has(g.AutoAdmittedUsers) ? [] : [`${g.AutoAdmittedUsers} bypasses the lobby`]),
      ...(g.AllowPSTNUsersToBypassLobby ? ['dial-in callers bypass the lobby'] : []),
    ];
    return gaps.length === 0
      ? v.pass('The Global meeting policy keeps anonymous and dial-in people out or in the lobby.', ev)
      : v.fail(`The Global meeting policy lets outsiders in unseen: ${gaps.join('; ')}.`, ev);
  },
});
