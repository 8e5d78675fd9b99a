import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { deviceQuotaPolicy } from '../../lib/graph/sources/device-registration-policy';

// CIS 5.1.4.2 (v7 audit text): at most 10 devices per user. A new tenant allows 50.
const MAX_DEVICES = 10;

export default defineControl({
  id: 'entra-device-quota-limited',
  title: 'Each user can register at most 10 devices',
  category: 'device',
  service: 'entra',
  maxScore: 1,
  refs: {
    cis: '5.1.4.2',
    learn: 'https://learn.microsoft.com/entra/identity/devices/manage-device-identities',
  },
  threats: ['Device sprawl', 'Persistence through many registered devices'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Every registered or joined device is a place a user’s tokens live; a high quota lets one account, or an ' +
    'attacker holding it, register devices without anyone noticing. Follows CIS 5.1.4.2 (v7 audit text): passes ' +
    'when userDeviceQuota is 10 or fewer. New tenants allow 50.',
  remediation: [
    'Open Entra admin center › Devices › Device settings.',
    "Set 'Maximum number of devices per user' to 10 or fewer, and save.",
    'Remove stale devices first if some users are already above the new limit.',
  ],
  fixAt: adminPages.entraDeviceSettings,
  setTo: { setting: 'Maximum number of devices per user', value: '10 or fewer' },
  onPages: [{ page: adminPages.entraDeviceSettings, labels: ['Maximum number of devices per user'] }],
  sources: { policy: deviceQuotaPolicy },
  evaluate: ({ policy }, v) => {
    const ev = [evidence('deviceRegistrationPolicy', policy, ['userDeviceQuota'])];
    const quota = policy.userDeviceQuota;
    return quota <= MAX_DEVICES
      ? v.pass(`Each user can register at most ${quota} devices (userDeviceQuota).`, ev)
      : v.fail(`Each user can register up to ${quota} devices; CIS 5.1.4.2 allows at most ${MAX_DEVICES}.`, ev);
  },
});
