import { describeControl, serviceCases } from '../../test/describe-control';
import { setTeams } from '../../test/teams-service-data';
import control from './teams-unmanaged-accounts-blocked';

const { manual, unknown } = serviceCases('teams', 'TenantFederationSettings');
const set = (props: Record<string, unknown>) => setTeams('TenantFederationSettings', props);

describeControl(control, {
  pass: {
    'personal Teams accounts off': { reasonIncludes: 'personal Teams accounts is off', evidence: ['Global'] },
    // Inbound means nothing while AllowTeamsConsumer is off (ScubaGear passes MS.TEAMS.2.2v2 then too).
    'inbound on but personal accounts off': {
      services: set({ AllowTeamsConsumerInbound: true }),
      reasonIncludes: 'personal Teams accounts is off',
    },
  },
  fail: {
    'personal accounts can start chats (the default)': {
      services: set({ AllowTeamsConsumer: true, AllowTeamsConsumerInbound: true }),
      reasonIncludes: 'start the conversation themselves',
    },
    'users can reach personal accounts': {
      services: set({ AllowTeamsConsumer: true }),
      reasonIncludes: 'cannot start the conversation',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowTeamsConsumer missing': {
      services: set({ AllowTeamsConsumer: undefined }),
      reasonIncludes: "'value[0].AllowTeamsConsumer'",
    },
    'AllowTeamsConsumerInbound as text': {
      services: set({ AllowTeamsConsumerInbound: 'False' }),
      reasonIncludes: 'AllowTeamsConsumerInbound',
    },
  },
});
