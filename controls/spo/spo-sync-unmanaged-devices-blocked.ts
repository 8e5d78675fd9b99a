import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { sharepointSyncRestriction } from '../../lib/graph/sources/sharepoint-settings';

export default defineControl({
  id: 'spo-sync-unmanaged-devices-blocked',
  title: 'OneDrive syncs only on computers joined to your domains',
  category: 'data',
  service: 'spo',
  maxScore: 3,
  refs: {
    secureScore: 'spo_block_onedrive_sync_unmanaged_devices',
    learn: 'https://learn.microsoft.com/sharepoint/allow-syncing-only-on-specific-domains',
  },
  threats: ['Data exfiltration to personal devices', 'Data left on lost or unmanaged computers'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'The OneDrive sync app copies whole libraries to the local disk; on a personal computer those copies are ' +
    'outside your control for good. Follows Secure Score (spo_block_onedrive_sync_unmanaged_devices) and CIS v4/v6 ' +
    '7.3.2: passes when isUnmanagedSyncAppForTenantRestricted is true and allowedDomainGuidsForSyncApp lists at ' +
    'least one Active Directory domain GUID. The setting knows only on-premises AD domains; for Entra-joined ' +
    'devices, a conditional access policy requiring compliant devices is the modern equivalent.',
  remediation: [
    'Find the GUID of each on-premises AD domain whose computers may sync (Get-ADDomain | Select ObjectGUID).',
    'Open the SharePoint admin center › Settings › Sync (the link goes through admin.microsoft.com to your tenant’s <tenant>-admin.sharepoint.com).',
    "Tick 'Allow syncing only on computers joined to specific domains', add the GUIDs, and save.",
  ],
  fixAt: adminPages.spoSettings,
  setTo: {
    setting: 'Allow syncing only on computers joined to specific domains',
    value: "Selected, with your domains' GUIDs added",
  },
  onPages: [{ page: adminPages.spoSettings, labels: ['Allow syncing only on computers joined to specific domains'] }],
  sources: { settings: sharepointSyncRestriction },
  evaluate: ({ settings }, v) => {
    const ev = [
      evidence('sharepointSettings', settings, [
        'isUnmanagedSyncAppForTenantRestricted',
        'allowedDomainGuidsForSyncApp',
      ]),
    ];
    const guids = settings.allowedDomainGuidsForSyncApp;
    if (!settings.isUnmanagedSyncAppForTenantRestricted)
      return v.fail('OneDrive syncs on any computer (isUnmanagedSyncAppForTenantRestricted is false).', ev);
    return guids.length > 0
      ? v.pass(`OneDrive syncs only on computers joined to ${guids.length} listed domain(s).`, ev)
      : v.fail('OneDrive sync is restricted to domain-joined computers, but no domain GUID is listed.', ev);
  },
});
