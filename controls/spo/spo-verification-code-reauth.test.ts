import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-verification-code-reauth';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (o: Record<string, unknown>) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, SharingCapability: 1, ...o };
};

describeControl(control, {
  pass: {
    'new guests, re-verify every 15 days': {
      services: set({}),
      reasonIncludes: 'every 15 days',
      evidence: ['spoTenant'],
    },
    'anyone links, re-verify every 7 days': {
      services: set({ SharingCapability: 2, EmailAttestationReAuthDays: 7 }),
      reasonIncludes: 'every 7 days',
    },
  },
  fail: {
    'never asked to re-verify': {
      services: set({ EmailAttestationRequired: false }),
      reasonIncludes: 'never have to verify again',
    },
    'every 30 days (CISA allows it, CIS does not)': {
      services: set({ EmailAttestationReAuthDays: 30 }),
      reasonIncludes: 'only every 30 days',
    },
  },
  notApplicable: {
    'existing guests only (the hardened tenant)': {
      services: set({ SharingCapability: 3 }),
      reasonIncludes: 'no one gets a verification code',
    },
    'only people in the organisation': {
      services: set({ SharingCapability: 0 }),
      reasonIncludes: 'no one gets a verification code',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'days of 0': { services: set({ EmailAttestationReAuthDays: 0 }), reasonIncludes: 'EmailAttestationReAuthDays' },
    'required as text': {
      services: set({ EmailAttestationRequired: 'True' }),
      reasonIncludes: 'EmailAttestationRequired',
    },
  },
});
