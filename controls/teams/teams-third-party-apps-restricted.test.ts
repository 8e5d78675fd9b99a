import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { addTeamsPolicy, setTeams } from '../../test/teams-service-data';
import control from './teams-third-party-apps-restricted';

const { manual, unknown } = serviceCases('teams', 'TeamsAppPermissionPolicy');
const set = (props: Record<string, unknown>) => setTeams('TeamsAppPermissionPolicy', props);

describeControl(control, {
  pass: {
    'third-party apps blocked, one reviewed custom app allowed; the pass names what it cannot see': {
      reasonIncludes: 'The Global app permission policy allows only listed third-party and custom apps',
      evidence: ['Global'],
      check: (r) => expect(r.reason).toContain('org-wide app settings decide instead'),
    },
    // AllowedAppList with nothing listed is "Block all apps" in the admin center.
    'both catalogues block every app': {
      services: set({ PrivateCatalogAppsType: 'AllowedAppList', PrivateCatalogApps: [] }),
      reasonIncludes: 'allows only listed',
    },
    'a custom policy that also allows only listed apps': {
      services: addTeamsPolicy('TeamsAppPermissionPolicy', 'Developers', {}),
      reasonIncludes: 'Global and 1 custom app permission policies allow only listed',
      evidence: ['Global', 'Tag:Developers'],
    },
    // Microsoft apps are CISA 5.1, not this control.
    'every Microsoft app allowed': {
      services: set({ DefaultCatalogAppsType: 'BlockedAppList', DefaultCatalogApps: [] }),
      reasonIncludes: 'allows only listed',
    },
  },
  fail: {
    'every third-party app allowed (the default)': {
      services: set({ GlobalCatalogAppsType: 'BlockedAppList', GlobalCatalogApps: [] }),
      reasonIncludes: 'allowed by default under Global (third-party)',
    },
    'custom apps allowed but for a block list': {
      services: set({ PrivateCatalogAppsType: 'BlockedAppList', PrivateCatalogApps: [{ Id: 'a-blocked-app' }] }),
      reasonIncludes: 'Global (custom)',
    },
    'a custom policy that allows every app (ScubaGear checks every policy)': {
      services: addTeamsPolicy('TeamsAppPermissionPolicy', 'Sales', {
        GlobalCatalogAppsType: 'BlockedAppList',
        PrivateCatalogAppsType: 'BlockedAppList',
      }),
      reasonIncludes: 'under Tag:Sales (third-party and custom)',
    },
  },
  manual: {
    ...manual,
    'Teams off: the check by hand names the org-wide app settings': {
      servicesOff: ['teams'],
      check: (r) => expect(r.manualCheck?.command).toContain('Get-M365UnifiedTenantSettings'),
    },
  },
  unknown: {
    ...unknown,
    'GlobalCatalogAppsType missing': {
      services: set({ GlobalCatalogAppsType: undefined }),
      reasonIncludes: "'value[0].GlobalCatalogAppsType'",
    },
    // A value Microsoft doesn't document is never read as a restriction.
    'PrivateCatalogAppsType an unknown value': {
      services: set({ PrivateCatalogAppsType: 'AllowAllApps' }),
      reasonIncludes: 'PrivateCatalogAppsType',
    },
    'no Global policy': {
      services: setTeams('TeamsAppPermissionPolicy', { Identity: 'Tag:Renamed' }),
      reasonIncludes: "no 'Global' instance",
    },
  },
});
