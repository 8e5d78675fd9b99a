import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-anonymous-meeting-start-blocked';

const { manual, unknown } = serviceCases('teams', 'TeamsMeetingPolicy');

describeControl(control, {
  pass: {
    'no meeting policy lets anonymous people start a meeting': {
      reasonIncludes: 'None of the 2 meeting policies',
      evidence: ['Global', 'Tag:Executives'],
    },
  },
  fail: {
    'the Global policy allows it': {
      services: setTeams('TeamsMeetingPolicy', { AllowAnonymousUsersToStartMeeting: true }),
      reasonIncludes: 'start meetings under Global.',
    },
    // ScubaGear MS.TEAMS.1.2v2 checks custom policies too.
    'a tagged policy allows it': {
      services: addTeamsPolicy('TeamsMeetingPolicy', 'Webinars', { AllowAnonymousUsersToStartMeeting: true }),
      reasonIncludes: 'start meetings under Tag:Webinars.',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowAnonymousUsersToStartMeeting missing': {
      services: setTeams('TeamsMeetingPolicy', { AllowAnonymousUsersToStartMeeting: undefined }),
      reasonIncludes: "'value[0].AllowAnonymousUsersToStartMeeting'",
    },
    'AllowAnonymousUsersToStartMeeting as null': {
      services: setTeams('TeamsMeetingPolicy', { AllowAnonymousUsersToStartMeeting: null }, 'Tag:Executives'),
      reasonIncludes: "'value[1].AllowAnonymousUsersToStartMeeting'",
    },
  },
});
