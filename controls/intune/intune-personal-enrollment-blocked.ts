import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { enrollmentConfigurations, restrictionPlatforms, type RestrictionField } from '../../lib/graph/sources/intune';
import { licences } from '../../lib/graph/sources/licences';

const PLATFORM_RESTRICTIONS = '#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration';
const fields = Object.keys(restrictionPlatforms) as RestrictionField[];

export default defineControl({
  id: 'intune-personal-enrollment-blocked',
  title: 'Personally owned devices cannot enrol in Intune',
  category: 'device',
  service: 'intune',
  maxScore: 3,
  licence: licences.intune,
  refs: {
    cis: '4.2',
    learn: 'https://learn.microsoft.com/intune/intune-service/enrollment/enrollment-restrictions-set',
  },
  threats: [
    'Unvetted personal devices becoming trusted, compliant endpoints',
    'Data on devices the organisation does not own',
  ],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'A personal phone or laptop that enrols in Intune can become a compliant device, and compliant devices pass ' +
    'conditional access and reach company data. Follows CIS 4.2: the default device platform restriction (priority 0) ' +
    'blocks personally owned enrolment, or the whole platform, for Windows, iOS/iPadOS, Android device administrator, ' +
    'Android Enterprise work profile and macOS. Higher-priority restrictions assigned to groups may still allow it ' +
    'for some users; this checks the default that applies to everyone else.',
  remediation: [
    'Open Intune admin center › Devices › Enrollment, and for each platform open Device platform restriction.',
    "Edit the 'All Users' default restriction and set Personally owned devices to Block for every platform (or block the platform), and save.",
    'Register corporate devices (Autopilot, Apple Business Manager, Android Enterprise) or add their identifiers so they still enrol.',
  ],
  fixAt: adminPages.intuneEnrollment,
  setTo: { setting: 'Personally owned devices', value: 'Block' },
  onPages: [{ page: adminPages.intuneEnrollment, labels: ['Personally owned devices', 'Personally owned'] }],
  sources: { configs: enrollmentConfigurations },
  evaluate: ({ configs }, v) => {
    const index = configs.findIndex((c) => c['@odata.type'] === PLATFORM_RESTRICTIONS && c.priority === 0);
    const def = configs[index];
    if (!def)
      return v.malformed(
        'deviceEnrollmentConfigurations',
        'value',
        'no default platform restriction (priority 0) was returned',
      );
    const open: string[] = [];
    for (const f of fields) {
      const r = def[f];
      if (!r) return v.malformed('deviceEnrollmentConfigurations', `value[${index}].${f}`, 'missing');
      if (!r.platformBlocked && !r.personalDeviceEnrollmentBlocked) open.push(restrictionPlatforms[f]);
    }
    const ev = [
      evidence(
        'deviceEnrollmentConfigurations',
        def,
        fields.flatMap((f) => [`${f}.platformBlocked`, `${f}.personalDeviceEnrollmentBlocked`]),
      ),
    ];
    return open.length === 0
      ? v.pass('The default platform restriction blocks personally owned devices on every platform.', ev)
      : v.fail(`The default platform restriction lets personally owned devices enrol on ${open.join(', ')}.`, ev);
  },
});
