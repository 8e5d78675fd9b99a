import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-anyone-links-expire';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (o: Record<string, unknown>) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, ...o };
};
const anyone = (days: unknown) => set({ SharingCapability: 2, RequireAnonymousLinksExpireInDays: days });

describeControl(control, {
  pass: {
    'Anyone links expire in 30 days': {
      services: anyone(30),
      reasonIncludes: 'expire after 30 days',
      evidence: ['spoTenant'],
    },
    'Anyone links expire in 7 days': { services: anyone(7), reasonIncludes: 'after 7 days' },
  },
  fail: {
    'Anyone links never expire (0)': { services: anyone(0), reasonIncludes: 'never expire' },
    'Anyone links never expire (-1)': { services: anyone(-1), reasonIncludes: 'never expire' },
    'Anyone links expire after 90 days': { services: anyone(90), reasonIncludes: 'only after 90 days' },
  },
  notApplicable: {
    'SharePoint shares with existing guests only (the hardened tenant)': {
      reasonIncludes: 'does not allow Anyone links',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'expiry as text': { services: anyone('30'), reasonIncludes: 'RequireAnonymousLinksExpireInDays' },
    'sharing level as its name': {
      services: set({ SharingCapability: 'ExternalUserAndGuestSharing' }),
      reasonIncludes: 'SharingCapability',
    },
  },
});
