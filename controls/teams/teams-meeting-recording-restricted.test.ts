import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-meeting-recording-restricted';

const { manual, unknown } = serviceCases('teams', 'TeamsMeetingPolicy');
const set = (props: Record<string, unknown>) => setTeams('TeamsMeetingPolicy', props);

describeControl(control, {
  pass: {
    'recording off in Global': { reasonIncludes: 'turns cloud recording off', evidence: ['Global'] },
    // ScubaGear MS.TEAMS.1.6v1: custom policies may give recording back to the people who need it.
    'recording given back through a tagged policy': {
      services: addTeamsPolicy('TeamsMeetingPolicy', 'Trainers', { AllowCloudRecording: true }),
      reasonIncludes: 'turns cloud recording off',
    },
  },
  fail: {
    'recording on in Global (the default)': {
      services: set({ AllowCloudRecording: true }),
      reasonIncludes: 'lets everyone record',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowCloudRecording missing': {
      services: set({ AllowCloudRecording: undefined }),
      reasonIncludes: "'value[0].AllowCloudRecording'",
    },
    'AllowCloudRecording as text': {
      services: set({ AllowCloudRecording: 'False' }),
      reasonIncludes: 'AllowCloudRecording',
    },
  },
});
