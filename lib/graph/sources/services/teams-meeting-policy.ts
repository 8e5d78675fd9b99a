/**
 * `TeamsMeetingPolicy` (Get-CsTeamsMeetingPolicy): Global and every `Tag:` meeting policy.
 * https://learn.microsoft.com/powershell/module/teams/get-csteamsmeetingpolicy
 */
import { bool, str } from '../shape';
import { teamsConfiguration } from './teams-configuration';

export interface MeetingLobby {
  readonly AllowAnonymousUsersToJoinMeeting: boolean;
  /** Who bypasses the lobby: `EveryoneInCompanyExcludingGuests` (the default), `Everyone`, `InvitedUsers` … */
  readonly AutoAdmittedUsers: string;
  readonly AllowPSTNUsersToBypassLobby: boolean;
}

export const teamsMeetingLobby = teamsConfiguration<MeetingLobby>('teamsMeetingPolicies', 'TeamsMeetingPolicy', {
  AllowAnonymousUsersToJoinMeeting: bool,
  AutoAdmittedUsers: str,
  AllowPSTNUsersToBypassLobby: bool,
});

export interface AnonymousStart {
  readonly AllowAnonymousUsersToStartMeeting: boolean;
}

export const teamsAnonymousStart = teamsConfiguration<AnonymousStart>('teamsMeetingPolicies', 'TeamsMeetingPolicy', {
  AllowAnonymousUsersToStartMeeting: bool,
});

export interface ExternalControl {
  readonly AllowExternalParticipantGiveRequestControl: boolean;
}

export const teamsExternalControl = teamsConfiguration<ExternalControl>('teamsMeetingPolicies', 'TeamsMeetingPolicy', {
  AllowExternalParticipantGiveRequestControl: bool,
});

export interface MeetingPresenters {
  /** Who can present: `OrganizerOnlyUserOverride`, `EveryoneInCompanyUserOverride`, `EveryoneUserOverride` … */
  readonly DesignatedPresenterRoleMode: string;
}

export const teamsMeetingPresenters = teamsConfiguration<MeetingPresenters>(
  'teamsMeetingPolicies',
  'TeamsMeetingPolicy',
  { DesignatedPresenterRoleMode: str },
);

export interface MeetingRecording {
  readonly AllowCloudRecording: boolean;
}

export const teamsMeetingRecording = teamsConfiguration<MeetingRecording>(
  'teamsMeetingPolicies',
  'TeamsMeetingPolicy',
  { AllowCloudRecording: bool },
);
