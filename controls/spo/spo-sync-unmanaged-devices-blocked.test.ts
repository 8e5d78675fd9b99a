import { describeControl, malformed, sharepointSettingsUnknowns } from '../../test/describe-control';
import control from './spo-sync-unmanaged-devices-blocked';

const SPS = '/admin/sharepoint/settings';

describeControl(control, {
  pass: {
    'sync restricted to one domain': {
      reasonIncludes: 'OneDrive syncs only on computers joined to 1 listed domain(s).',
      evidence: ['sharepointSettings'],
    },
    'two domains': {
      tenant: (t) => {
        t.sharepointSettings.allowedDomainGuidsForSyncApp!.push('6f2a4c1e-8d3b-4e5f-9a7c-0b1d2e3f4a5b');
      },
      reasonIncludes: '2 listed domain(s)',
    },
  },
  fail: {
    'sync allowed anywhere': {
      tenant: (t) => {
        t.sharepointSettings.isUnmanagedSyncAppForTenantRestricted = false;
      },
      reasonIncludes: 'OneDrive syncs on any computer (isUnmanagedSyncAppForTenantRestricted is false).',
      evidence: ['sharepointSettings'],
    },
    'restricted but no domain listed': {
      tenant: (t) => {
        t.sharepointSettings.allowedDomainGuidsForSyncApp = [];
      },
      reasonIncludes: 'no domain GUID is listed.',
    },
  },
  unknown: {
    ...sharepointSettingsUnknowns(),
    'restriction flag missing': {
      tenant: (t) => {
        delete t.sharepointSettings.isUnmanagedSyncAppForTenantRestricted;
      },
      reasonIncludes: "'isUnmanagedSyncAppForTenantRestricted' (missing)",
    },
    'domain list null': {
      tenant: (t) => {
        t.sharepointSettings.allowedDomainGuidsForSyncApp = null;
      },
      reasonIncludes: "'allowedDomainGuidsForSyncApp' (expected array, got null)",
    },
    'a GUID that is not a string': {
      faults: [malformed(SPS, { isUnmanagedSyncAppForTenantRestricted: true, allowedDomainGuidsForSyncApp: [1] })],
      reasonIncludes: "'allowedDomainGuidsForSyncApp[0]' (expected string, got number)",
    },
  },
});
