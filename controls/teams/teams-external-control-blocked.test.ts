import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-external-control-blocked';

const { manual, unknown } = serviceCases('teams', 'TeamsMeetingPolicy');

describeControl(control, {
  pass: {
    'no meeting policy lets external participants take control': {
      reasonIncludes: 'None of the 2 meeting policies',
      evidence: ['Global', 'Tag:Executives'],
    },
  },
  fail: {
    'the Global policy allows it': {
      services: setTeams('TeamsMeetingPolicy', { AllowExternalParticipantGiveRequestControl: true }),
      reasonIncludes: 'request control under Global.',
    },
    // ScubaGear MS.TEAMS.1.1v1 checks custom policies too.
    'a tagged policy allows it': {
      services: addTeamsPolicy('TeamsMeetingPolicy', 'Support', { AllowExternalParticipantGiveRequestControl: true }),
      reasonIncludes: 'request control under Tag:Support.',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowExternalParticipantGiveRequestControl missing': {
      services: setTeams('TeamsMeetingPolicy', { AllowExternalParticipantGiveRequestControl: undefined }),
      reasonIncludes: "'value[0].AllowExternalParticipantGiveRequestControl'",
    },
    'AllowExternalParticipantGiveRequestControl as text': {
      services: setTeams('TeamsMeetingPolicy', { AllowExternalParticipantGiveRequestControl: 'False' }),
      reasonIncludes: 'AllowExternalParticipantGiveRequestControl',
    },
  },
});
