import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { intuneSettings } from '../../lib/graph/sources/intune';
import { licences } from '../../lib/graph/sources/licences';

export default defineControl({
  id: 'intune-compliance-default-noncompliant',
  title: 'Devices without a compliance policy are marked not compliant',
  category: 'device',
  service: 'intune',
  maxScore: 4,
  licence: licences.intune,
  refs: {
    cis: '4.1',
    learn:
      'https://learn.microsoft.com/intune/intune-service/protect/device-compliance-get-started#compliance-policy-settings',
  },
  threats: ['Unmanaged or unassessed devices passing device-based conditional access'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'Intune marks a device that no compliance policy applies to as Compliant by default, so a conditional access ' +
    'rule that requires a compliant device lets it through without any check. Follows CIS 4.1: passes when ' +
    "deviceManagement settings.secureByDefault is true ('Mark devices with no compliance policy assigned as' " +
    'Not compliant). Assign compliance policies to every platform first, or unassigned devices lose access.',
  remediation: [
    'Open Intune admin center › Devices › Compliance › Compliance settings.',
    "Set 'Mark devices with no compliance policy assigned as' to Not compliant, and save.",
  ],
  fixAt: adminPages.intuneCompliance,
  setTo: { setting: 'Mark devices with no compliance policy assigned as', value: 'Not compliant' },
  onPages: [{ page: adminPages.intuneCompliance, labels: ['Mark devices with no compliance policy assigned as'] }],
  sources: { settings: intuneSettings },
  evaluate: ({ settings }, v) => {
    const ev = [evidence('deviceManagementSettings', settings, ['secureByDefault'])];
    return settings.secureByDefault
      ? v.pass('Devices with no compliance policy assigned are marked Not compliant (secureByDefault is true).', ev)
      : v.fail('Devices with no compliance policy assigned are marked Compliant (secureByDefault is false).', ev);
  },
});
