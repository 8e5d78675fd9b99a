import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-microsoft-apps-restricted';

const { manual, unknown } = serviceCases('teams', 'TeamsAppPermissionPolicy');
const set = (props: Record<string, unknown>) => setTeams('TeamsAppPermissionPolicy', props);

describeControl(control, {
  pass: {
    'Global allows only the listed Microsoft apps; the pass names what it cannot see': {
      reasonIncludes: 'The Global app permission policy allows only listed Microsoft apps',
      evidence: ['Global'],
      check: (r) => expect(r.reason).toContain('org-wide app settings decide instead'),
    },
    // Third-party and custom apps are CISA 5.2 and 5.3, teams-third-party-apps-restricted.
    'a custom policy that also allows only listed Microsoft apps': {
      services: addTeamsPolicy('TeamsAppPermissionPolicy', 'Developers', {}),
      reasonIncludes: 'All 2 app permission policies allow only listed Microsoft apps',
    },
    'every third-party app allowed': {
      services: set({ GlobalCatalogAppsType: 'BlockedAppList' }),
      reasonIncludes: 'allows only listed Microsoft apps',
    },
  },
  fail: {
    'every Microsoft app allowed (the default)': {
      services: set({ DefaultCatalogAppsType: 'BlockedAppList', DefaultCatalogApps: [] }),
      reasonIncludes: 'allowed under Global',
    },
    'a custom policy that allows every Microsoft app (ScubaGear checks every policy)': {
      services: addTeamsPolicy('TeamsAppPermissionPolicy', 'Sales', { DefaultCatalogAppsType: 'BlockedAppList' }),
      reasonIncludes: 'allowed under Tag:Sales',
      evidence: ['Global', 'Tag:Sales'],
    },
  },
  manual,
  unknown: {
    ...unknown,
    'DefaultCatalogAppsType missing': {
      services: set({ DefaultCatalogAppsType: undefined }),
      reasonIncludes: "'value[0].DefaultCatalogAppsType'",
    },
    'DefaultCatalogAppsType an unknown value': {
      services: set({ DefaultCatalogAppsType: 'AllowAllApps' }),
      reasonIncludes: 'DefaultCatalogAppsType',
    },
  },
});
