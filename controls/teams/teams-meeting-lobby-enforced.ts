import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
  id: 'teams-meeting-lobby-enforced',
  title: 'Teams meetings keep anonymous and dial-in people in the lobby',
  category: 'apps',
  service: 'teams',
  maxScore: 3,
  refs: {
    secureScore: 'meeting_restrictanonymousjoin_v1',
    cis: '8.5.1',
    learn: 'https://learn.microsoft.com/powershell/module/teams/get-csteamsmeetingpolicy',
  },
  threats: [
    'Uninvited people joining and recording meetings',
    'Meeting hijacking and content sharing by outsiders',
    'Social engineering through remote control requests',
  ],
  userImpact: 'moderate',
  implementationCost: 'low',

  rationale:
    'Anonymous joiners, dial-in callers who bypass the lobby and external people who can take control of shared screens let outsiders into confidential meetings. CIS 8.5.1–8.5.7, CISA MS.TEAMS.1.x and Secure Score (meeting_restrictanonymousjoin_v1, meeting_anonymousstartmeeting_v1, meeting_autoadmitusers_v1, meeting_pstnusersbypasslobby_v1, meeting_designatedpresenter_v1, meeting_externalrequestcontrol_v1) check the global meeting policy. Graph does not expose Teams meeting policies, so Posture Lens shows what to check.',
  remediation: [
    'Teams admin center › Meetings › Meeting policies › Global (Org-wide default): turn off "Anonymous users can join a meeting" and "Anonymous users and dial-in callers can start a meeting".',
    'Set "Who can bypass the lobby" to "People in my org" or "People who were invited", and turn off "People dialing in can bypass the lobby".',
    'Set "Who can present" to "Only organizers and co-organizers", and turn off "External participants can give or request control".',
  ],
  fixAt: adminPages.teamsMeetingPolicies,
  setTo: { setting: 'Who can bypass the lobby', value: 'People in my org, or People who were invited' },
  check: {
    how: 'powershell',
    what: [
      'AllowAnonymousUsersToJoinMeeting is False (CIS 8.5.1)',
      'AllowAnonymousUsersToStartMeeting is False (CIS 8.5.2)',
      'AutoAdmittedUsers is EveryoneInCompanyExcludingGuests or InvitedUsers (CIS 8.5.3)',
      'AllowPSTNUsersToBypassLobby is False (CIS 8.5.4)',
      'DesignatedPresenterRoleMode is OrganizerOnlyUserOverride (CIS 8.5.6)',
      'AllowExternalParticipantGiveRequestControl is False (CIS 8.5.7)',
    ],
    command:
      'Get-CsTeamsMeetingPolicy -Identity Global | Format-List AllowAnonymousUsersToJoinMeeting,AllowAnonymousUsersToStartMeeting,AutoAdmittedUsers,AllowPSTNUsersToBypassLobby,DesignatedPresenterRoleMode,AllowExternalParticipantGiveRequestControl',
  },
});
