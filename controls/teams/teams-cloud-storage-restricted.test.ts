import { describeControl, serviceCases } from '../../test/describe-control';
import { setTeams } from '../../test/teams-service-data';
import control from './teams-cloud-storage-restricted';

const { manual, unknown } = serviceCases('teams', 'TeamsClientConfiguration');
const set = (props: Record<string, unknown>) => setTeams('TeamsClientConfiguration', props);

describeControl(control, {
  pass: {
    'no third-party storage and no channel email': {
      reasonIncludes: 'no third-party storage',
      evidence: ['Global'],
    },
  },
  fail: {
    'Google Drive on': { services: set({ AllowGoogleDrive: true }), reasonIncludes: 'still offers: Google Drive.' },
    'Dropbox and ShareFile on': {
      services: set({ AllowDropBox: true, AllowShareFile: true }),
      reasonIncludes: 'Dropbox, Citrix ShareFile',
    },
    'email into channels on': { services: set({ AllowEmailIntoChannel: true }), reasonIncludes: 'email into channels' },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowEgnyte missing': { services: set({ AllowEgnyte: undefined }), reasonIncludes: "'value[0].AllowEgnyte'" },
    'AllowBox as text': { services: set({ AllowBox: 'False' }), reasonIncludes: 'AllowBox' },
  },
});
