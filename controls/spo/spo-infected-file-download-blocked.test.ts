import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-infected-file-download-blocked';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (value: unknown) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, DisallowInfectedFileDownload: value };
};

describeControl(control, {
  pass: {
    'infected files blocked, read from SharePoint Online': {
      reasonIncludes: 'cannot be downloaded',
      evidence: ['spoTenant'],
      check: (r) => expect(r.sources).toEqual(['SharePoint Online: GET /_api/SPO.Tenant']),
    },
  },
  fail: { 'infected files downloadable': { services: set(false), reasonIncludes: 'can still be downloaded' } },
  manual,
  unknown: {
    ...unknown,
    'DisallowInfectedFileDownload missing': {
      services: (d) => {
        d.sharepoint = { SharingCapability: 3 };
      },
      reasonIncludes: 'DisallowInfectedFileDownload',
    },
    'DisallowInfectedFileDownload as text': { services: set('True'), reasonIncludes: 'DisallowInfectedFileDownload' },
  },
});
