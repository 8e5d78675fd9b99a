import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-sharing-links-restricted';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const set = (o: Record<string, unknown>) => (d: ServiceData) => {
  d.sharepoint = { ...d.sharepoint, ...o };
};

describeControl(control, {
  pass: {
    'specific people, view, read from SharePoint Online': {
      reasonIncludes: 'default to specific people, with view permission',
      evidence: ['spoTenant'],
      check: (r) => expect(r.serviceRead).toMatchObject({ services: ['sharepoint'], live: true }),
    },
  },
  fail: {
    'links default to the whole organisation': {
      services: set({ DefaultSharingLinkType: 2 }),
      reasonIncludes: 'links default to people in your organization',
    },
    'anyone links by default that edit': {
      services: set({ DefaultSharingLinkType: 3, DefaultLinkPermission: 2 }),
      reasonIncludes: ['links default to anyone', 'edit by default'],
    },
    'specific people but edit': {
      services: set({ DefaultLinkPermission: 2 }),
      reasonIncludes: 'links let people edit by default',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'link type as its name (not what the REST API sends)': {
      services: set({ DefaultSharingLinkType: 'Direct' }),
      reasonIncludes: 'DefaultSharingLinkType',
    },
    'link permission out of range': {
      services: set({ DefaultLinkPermission: 7 }),
      reasonIncludes: 'DefaultLinkPermission',
    },
    'no SharePoint Online in the tenant (404)': {
      services: (d) => {
        delete d.sharepoint;
      },
      reasonIncludes: 'HTTP 404',
    },
  },
});
