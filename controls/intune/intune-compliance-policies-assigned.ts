import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence } from '../../lib/engine/verdict/verdict';
import { compliancePolicies, managedDeviceOverview } from '../../lib/graph/sources/intune';
import { licences } from '../../lib/graph/sources/licences';

type Platform = 'Windows' | 'iOS/iPadOS' | 'Android' | 'macOS';
const PLATFORMS: readonly Platform[] = ['Windows', 'iOS/iPadOS', 'Android', 'macOS'];

/** The platform a compliance policy type applies to (deviceCompliancePolicy's derived types). */
const POLICY_PLATFORM: Readonly<Record<string, Platform>> = {
  '#microsoft.graph.windows10CompliancePolicy': 'Windows',
  '#microsoft.graph.windows10MobileCompliancePolicy': 'Windows',
  '#microsoft.graph.windows81CompliancePolicy': 'Windows',
  '#microsoft.graph.windowsPhone81CompliancePolicy': 'Windows',
  '#microsoft.graph.iosCompliancePolicy': 'iOS/iPadOS',
  '#microsoft.graph.androidCompliancePolicy': 'Android',
  '#microsoft.graph.androidWorkProfileCompliancePolicy': 'Android',
  '#microsoft.graph.androidDeviceOwnerCompliancePolicy': 'Android',
  '#microsoft.graph.aospDeviceOwnerCompliancePolicy': 'Android',
  '#microsoft.graph.macOSCompliancePolicy': 'macOS',
};

export default defineControl({
  id: 'intune-compliance-policies-assigned',
  title: 'Every device platform in use has an assigned compliance policy',
  category: 'device',
  service: 'intune',
  maxScore: 5,
  licence: licences.intune,
  refs: {
    noBenchmark:
      'No benchmark asks that every platform in use has a compliance policy; CIS 4.1 (devices without one are non-compliant) is decided by intune-compliance-default-noncompliant.',
    learn: 'https://learn.microsoft.com/intune/intune-service/protect/device-compliance-get-started',
  },
  threats: ['Devices without encryption, passcode or OS updates reaching company data', 'Jailbroken or rooted devices'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  notApplicableWhen:
    'Intune manages no Windows, iOS/iPadOS, Android or macOS device, so no platform needs a compliance policy yet.',
  rationale:
    'A compliance policy is what makes "compliant device" mean something: encryption, a passcode, a supported OS. ' +
    'A platform whose devices no assigned policy covers is judged only by the tenant default. A custom check ' +
    "(CIPP's IntuneComplianceSettings; it supports CIS 4.1, which assumes such policies exist): every platform among " +
    'Intune-managed devices (Windows, iOS/iPadOS, Android, macOS) has at least one compliance policy with an ' +
    'assignment; credit is shared by platform. Whether devices actually comply is not judged here.',
  remediation: [
    'Open Intune admin center › Devices › Compliance › Policies.',
    'For each platform your managed devices run, create a compliance policy (or open the existing one).',
    'On Assignments, include All devices or the groups that hold those devices and users, and save.',
  ],
  fixAt: adminPages.intuneCompliance,
  setTo: {
    setting: 'Assignments: Included groups, on a compliance policy for each platform in use',
    value: 'All devices, or the groups that hold those devices',
  },
  // Intune's device overview counts devices per operating system; other systems (Linux, unknown) are not judged.
  sources: { policies: compliancePolicies, overview: managedDeviceOverview },
  evaluate: ({ policies, overview }, v) => {
    const os = overview.deviceOperatingSystemSummary;
    const counts = new Map<Platform, number>([
      ['Windows', os.windowsCount],
      ['iOS/iPadOS', os.iosCount],
      ['Android', os.androidCount],
      ['macOS', os.macOSCount],
    ]);
    const used = PLATFORMS.filter((p) => (counts.get(p) ?? 0) > 0);
    const covered = new Set(
      policies.filter((p) => p.assignments.length > 0).flatMap((p) => POLICY_PLATFORM[p['@odata.type']] ?? []),
    );
    const summary = used.map((p) => `${p} ${counts.get(p)}`).join(', ');
    const ev: Evidence[] = [
      ...policies.map((p) =>
        evidence('deviceCompliancePolicies', p, ['@odata.type'], `${p.assignments.length} assignment(s).`),
      ),
      evidence(
        'managedDeviceOverview',
        overview,
        ['deviceOperatingSystemSummary'],
        `Managed devices by platform: ${summary || 'none'}.`,
      ),
    ];
    // Vacuous: the rule is "every platform in use has a policy", and no platform is in use. An assigned
    // policy waiting for devices earns nothing yet, and a missing one costs nothing yet.
    if (used.length === 0)
      return v.notApplicable(
        `No Windows, iOS/iPadOS, Android or macOS device is managed, so no platform needs a policy yet (${covered.size > 0 ? 'compliance policies are assigned' : 'no compliance policy is assigned'}).`,
        ev,
      );
    const missing = used.filter((p) => !covered.has(p));
    if (missing.length === 0)
      return v.pass(`Every platform in use (${used.join(', ')}) has an assigned compliance policy.`, ev);
    const says = `No assigned compliance policy covers the ${missing.map((p) => `${counts.get(p)} ${p}`).join(', ')} device(s) in use.`;
    const fraction = (used.length - missing.length) / used.length;
    return fraction > 0 ? v.partial(fraction, says, ev) : v.fail(says, ev);
  },
});
