/**
 * The simulated tenants' teams data (issue 17): one part per tenant, merged in tenant-services.ts.
 * Owned by the teams controls: add the output of each cmdlet or configuration they read here.
 * Instances as `GET /Skype.Policy/configurations/{Name}` lists them (the Get-Cs… properties): the
 * `Global` one, and `Tag:` policies an admin created. Defaults as Microsoft ships them: federation open
 * to every domain, personal Teams accounts allowed in and out, anonymous join on, lobby bypassed by
 * people in the organisation, dial-in callers kept in the lobby, every storage provider on.
 */
import type { ServiceDataPart, ServiceObject } from '../service-data';

const federation = (o: ServiceObject): ServiceObject => ({
  Identity: 'Global',
  AllowFederatedUsers: true,
  AllowedDomains: [],
  BlockedDomains: [],
  AllowTeamsConsumer: true,
  AllowTeamsConsumerInbound: true,
  AllowPublicUsers: false,
  ExternalAccessWithTrialTenants: 'Blocked',
  ...o,
});

/** A meeting policy with Microsoft's defaults (the Global one as a new tenant has it). */
const meetingPolicy = (o: ServiceObject): ServiceObject => ({
  Identity: 'Global',
  Description: '',
  AllowAnonymousUsersToJoinMeeting: true,
  AllowAnonymousUsersToStartMeeting: false,
  AutoAdmittedUsers: 'EveryoneInCompanyExcludingGuests',
  AllowPSTNUsersToBypassLobby: false,
  AllowExternalParticipantGiveRequestControl: false,
  DesignatedPresenterRoleMode: 'EveryoneUserOverride',
  AllowCloudRecording: true,
  AllowTranscription: true,
  ...o,
});

const clientConfiguration = (o: ServiceObject): ServiceObject => ({
  Identity: 'Global',
  AllowEmailIntoChannel: true,
  AllowDropBox: true,
  AllowBox: true,
  AllowGoogleDrive: true,
  AllowShareFile: true,
  AllowEgnyte: true,
  AllowOrganizationTab: true,
  AllowGuestUser: true,
  ...o,
});

/** The hardened E5 tenant: passes every teams control. */
export const hardenedTeams: ServiceDataPart = {
  teams: {
    TenantFederationSettings: [
      federation({
        AllowedDomains: [{ AllowedDomain: ['Domain=fabrikam.com', 'Domain=northwindtraders.com'] }],
        AllowTeamsConsumer: false,
        AllowTeamsConsumerInbound: false,
      }),
    ],
    TeamsMeetingPolicy: [
      meetingPolicy({
        AllowAnonymousUsersToJoinMeeting: false,
        AutoAdmittedUsers: 'InvitedUsers',
        DesignatedPresenterRoleMode: 'OrganizerOnlyUserOverride',
        AllowCloudRecording: false,
      }),
      meetingPolicy({
        Identity: 'Tag:Executives',
        Description: 'Executive briefings: organiser-only lobby bypass',
        AllowAnonymousUsersToJoinMeeting: false,
        AutoAdmittedUsers: 'OrganizerOnly',
      }),
    ],
    TeamsClientConfiguration: [
      clientConfiguration({
        AllowEmailIntoChannel: false,
        AllowDropBox: false,
        AllowBox: false,
        AllowGoogleDrive: false,
        AllowShareFile: false,
        AllowEgnyte: false,
      }),
    ],
  },
};

/** The demo tenant (Contoso): a realistic mix of passes and failures. */
export const contosoTeams: ServiceDataPart = {
  teams: {
    // Partners allow-listed, but personal Teams accounts still allowed in.
    TenantFederationSettings: [
      federation({ AllowedDomains: [{ AllowedDomain: ['Domain=fabrikam.com', 'Domain=litware.com'] }] }),
    ],
    TeamsMeetingPolicy: [
      meetingPolicy({
        AllowAnonymousUsersToJoinMeeting: false,
        DesignatedPresenterRoleMode: 'OrganizerOnlyUserOverride',
      }),
      // A policy for the events team, assigned to a few organisers, that lets anonymous people start
      // webinars and outsiders take control of a shared screen.
      meetingPolicy({
        Identity: 'Tag:Events',
        Description: 'Public webinars',
        AllowAnonymousUsersToStartMeeting: true,
        AutoAdmittedUsers: 'Everyone',
        AllowPSTNUsersToBypassLobby: true,
        AllowExternalParticipantGiveRequestControl: true,
      }),
      meetingPolicy({ Identity: 'Tag:AllOn', Description: 'Microsoft-created preset' }),
    ],
    TeamsClientConfiguration: [clientConfiguration({ AllowBox: false, AllowEgnyte: false, AllowShareFile: false })],
  },
};

/** A tenant as Microsoft creates it: only the default policies, with their default settings. */
export const freshDefaultsTeams: ServiceDataPart = {
  teams: {
    TenantFederationSettings: [federation({})],
    // Teams creates these preset policies with every tenant besides Global.
    TeamsMeetingPolicy: [
      meetingPolicy({}),
      meetingPolicy({ Identity: 'Tag:AllOn' }),
      meetingPolicy({ Identity: 'Tag:RestrictedAnonymousAccess', AllowAnonymousUsersToJoinMeeting: false }),
      meetingPolicy({ Identity: 'Tag:AllOff', AllowAnonymousUsersToJoinMeeting: false, AllowCloudRecording: false }),
    ],
    TeamsClientConfiguration: [clientConfiguration({})],
  },
};
