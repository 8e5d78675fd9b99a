import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-onedrive-sharing-limited';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (value: unknown) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, OneDriveSharingCapability: value };
};

describeControl(control, {
  pass: {
    'existing guests (the hardened tenant)': {
      reasonIncludes: 'OneDrive shares with existing guests',
      evidence: ['spoTenant'],
    },
    'only people in the organisation': { services: set(0), reasonIncludes: 'only people in your organization' },
  },
  fail: {
    'anyone (the default)': { services: set(2), reasonIncludes: 'OneDrive shares with anyone' },
    'new and existing guests': { services: set(1), reasonIncludes: 'new and existing guests' },
  },
  manual,
  unknown: {
    ...unknown,
    'level as its name': { services: set('Disabled'), reasonIncludes: 'OneDriveSharingCapability' },
    'level out of range': { services: set(4), reasonIncludes: 'OneDriveSharingCapability' },
  },
});
