import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-guest-access-expires';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (o: Record<string, unknown>) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, ...o };
};

describeControl(control, {
  pass: {
    'guest access expires after 30 days': { reasonIncludes: 'expires after 30 days', evidence: ['spoTenant'] },
  },
  fail: {
    'guest access never expires': {
      services: set({ ExternalUserExpirationRequired: false }),
      reasonIncludes: 'never expires',
    },
    'guest access expires after 60 days (the default)': {
      services: set({ ExternalUserExpireInDays: 60 }),
      reasonIncludes: 'only after 60 days',
    },
  },
  notApplicable: {
    'SharePoint shares only inside the organisation': {
      services: set({ SharingCapability: 0 }),
      reasonIncludes: 'no guest access to end',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'expiry days missing': {
      services: (d) => {
        const { ExternalUserExpireInDays: _, ...rest } = d.sharepoint ?? {};
        d.sharepoint = rest;
      },
      reasonIncludes: 'ExternalUserExpireInDays',
    },
  },
});
