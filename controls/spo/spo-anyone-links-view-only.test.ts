import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './spo-anyone-links-view-only';

const { manual, unknown } = serviceCases('sharepoint', 'SPO.Tenant');
const anyone = (file: unknown, folder: unknown) => (d: ServiceData) => {
  d.sharepoint = {
    ...d.sharepoint,
    SharingCapability: 2,
    FileAnonymousLinkType: file,
    FolderAnonymousLinkType: folder,
  };
};

describeControl(control, {
  pass: {
    'Anyone links view only': {
      services: anyone(1, 1),
      reasonIncludes: 'only let people view',
      evidence: ['spoTenant'],
    },
  },
  fail: {
    'folders editable': { services: anyone(1, 2), reasonIncludes: 'Anyone links to folders are not limited' },
    'files and folders editable': { services: anyone(2, 2), reasonIncludes: 'files and folders are not limited' },
    'no permission chosen (0)': { services: anyone(0, 1), reasonIncludes: 'Anyone links to files are not limited' },
  },
  notApplicable: {
    'SharePoint shares with existing guests only (the hardened tenant)': {
      reasonIncludes: 'does not allow Anyone links',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'file link type as its name': { services: anyone('View', 1), reasonIncludes: 'FileAnonymousLinkType' },
    'folder link type missing': { services: anyone(1, undefined), reasonIncludes: 'FolderAnonymousLinkType' },
  },
});
