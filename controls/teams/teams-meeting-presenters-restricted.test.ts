import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-meeting-presenters-restricted';

const { manual, unknown } = serviceCases('teams', 'TeamsMeetingPolicy');
const set = (props: Record<string, unknown>) => setTeams('TeamsMeetingPolicy', props);

describeControl(control, {
  pass: {
    'organisers only in Global; the tagged policy is named, not judged': {
      reasonIncludes: 'only organisers and co-organisers present',
      evidence: ['Global'],
      check: (r) => expect(r.evidence[0]?.note).toBe('Not judged: Tag:Executives (assigned to some users only).'),
    },
    'a tagged policy that lets everyone present': {
      services: addTeamsPolicy('TeamsMeetingPolicy', 'Training', {
        DesignatedPresenterRoleMode: 'EveryoneUserOverride',
      }),
      reasonIncludes: 'only organisers',
    },
  },
  fail: {
    'everyone presents (the default)': {
      services: set({ DesignatedPresenterRoleMode: 'EveryoneUserOverride' }),
      reasonIncludes: 'presenters are EveryoneUserOverride',
    },
    'people in the organisation present': {
      services: set({ DesignatedPresenterRoleMode: 'EveryoneInCompanyUserOverride' }),
      reasonIncludes: 'presenters are EveryoneInCompanyUserOverride',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'DesignatedPresenterRoleMode missing': {
      services: set({ DesignatedPresenterRoleMode: undefined }),
      reasonIncludes: "'value[0].DesignatedPresenterRoleMode'",
    },
    'DesignatedPresenterRoleMode as a number': {
      services: set({ DesignatedPresenterRoleMode: 0 }),
      reasonIncludes: 'DesignatedPresenterRoleMode',
    },
  },
});
