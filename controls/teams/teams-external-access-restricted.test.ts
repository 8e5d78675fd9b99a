import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { setTeams } from '../../test/teams-service-data';
import control from './teams-external-access-restricted';

const { manual, unknown } = serviceCases('teams', 'TenantFederationSettings');
const set = (props: Record<string, unknown>) => setTeams('TenantFederationSettings', props);

describeControl(control, {
  pass: {
    'federation limited to two partner domains, read from Teams': {
      reasonIncludes: ['2 allowed domain(s)', 'fabrikam.com, northwindtraders.com'],
      evidence: ['Global'],
      check: (r) =>
        expect(r.sources).toEqual(['Microsoft Teams: GET /Skype.Policy/configurations/TenantFederationSettings']),
    },
    'federation off': {
      services: set({ AllowedDomains: [], AllowFederatedUsers: false }),
      reasonIncludes: 'External access is off',
    },
    'a list written as plain domain names': {
      services: set({ AllowedDomains: ['contoso.com'] }),
      reasonIncludes: '1 allowed domain(s): contoso.com',
    },
  },
  fail: {
    'open to every domain (empty list, as Microsoft ships it)': {
      services: set({ AllowedDomains: [] }),
      reasonIncludes: 'open to every external domain',
    },
    AllowAllKnownDomains: {
      services: set({ AllowedDomains: ['AllowAllKnownDomains'] }),
      reasonIncludes: 'open to every external domain',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowFederatedUsers missing': {
      services: set({ AllowFederatedUsers: undefined }),
      reasonIncludes: "'value[0].AllowFederatedUsers'",
    },
    'AllowedDomains in a form we do not know': {
      services: set({ AllowedDomains: { AllowAllKnownDomains: {} } }),
      reasonIncludes: 'AllowedDomains',
    },
    'no Global instance': {
      services: set({ Identity: 'Tag:Other' }),
      reasonIncludes: "no 'Global' instance",
    },
  },
});
