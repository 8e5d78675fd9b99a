import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-meeting-lobby-enforced';

const { manual, unknown } = serviceCases('teams', 'TeamsMeetingPolicy');
const set = (props: Record<string, unknown>) => setTeams('TeamsMeetingPolicy', props);

describeControl(control, {
  pass: {
    'Global keeps outsiders in the lobby; the tagged policy is named, not judged': {
      reasonIncludes: 'keeps anonymous and dial-in people out or in the lobby',
      evidence: ['Global'],
      check: (r) => expect(r.evidence[0]?.note).toBe('Not judged: Tag:Executives (assigned to some users only).'),
    },
    'people in the organisation bypass (the default)': {
      services: set({ AutoAdmittedUsers: 'EveryoneInCompanyExcludingGuests' }),
      reasonIncludes: 'keeps anonymous',
    },
    // Tagged policies apply only to the users they're assigned to, which Graph can't tell us.
    'a tagged policy that lets everyone bypass': {
      services: addTeamsPolicy('TeamsMeetingPolicy', 'Webinars', { AutoAdmittedUsers: 'Everyone' }),
      reasonIncludes: 'keeps anonymous',
    },
  },
  fail: {
    'anonymous people can join (the default)': {
      services: set({ AllowAnonymousUsersToJoinMeeting: true }),
      reasonIncludes: 'anonymous people can join',
    },
    'everyone bypasses the lobby': {
      services: set({ AutoAdmittedUsers: 'Everyone' }),
      reasonIncludes: 'Everyone bypasses the lobby',
    },
    'people from federated organisations bypass the lobby': {
      services: set({ AutoAdmittedUsers: 'EveryoneInSameAndFederatedCompany' }),
      reasonIncludes: 'EveryoneInSameAndFederatedCompany bypasses the lobby',
    },
    'dial-in callers bypass the lobby': {
      services: set({ AllowPSTNUsersToBypassLobby: true }),
      reasonIncludes: 'dial-in callers bypass the lobby',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AutoAdmittedUsers missing': {
      services: set({ AutoAdmittedUsers: undefined }),
      reasonIncludes: "'value[0].AutoAdmittedUsers'",
    },
    'AllowPSTNUsersToBypassLobby as text': {
      services: set({ AllowPSTNUsersToBypassLobby: 'True' }),
      reasonIncludes: 'AllowPSTNUsersToBypassLobby',
    },
    'a tagged policy missing a property': {
      services: setTeams('TeamsMeetingPolicy', { AllowAnonymousUsersToJoinMeeting: undefined }, 'Tag:Executives'),
      reasonIncludes: "'value[1].AllowAnonymousUsersToJoinMeeting'",
    },
    'Global listed twice': {
      services: setTeams('TeamsMeetingPolicy', { Identity: 'Global' }, 'Tag:Executives'),
      reasonIncludes: "'Global' is listed twice",
    },
  },
});
