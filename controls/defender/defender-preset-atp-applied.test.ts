import { expect } from 'vitest';
import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import { all, change, PRESET, withoutCmdlet } from '../../test/defender-service-data';
import control from './defender-preset-atp-applied';

const { manual, unknown } = serviceCases('exchange', 'Get-ATPProtectionPolicyRule');
const strict = (o: { Name?: unknown }) => o.Name === PRESET.strict.rule;
const standard = (o: { Name?: unknown }) => o.Name === PRESET.standard.rule;

describeControl(control, {
  pass: {
    'Standard for everyone': {
      reasonIncludes: 'Standard Preset Security Policy applies to everyone',
      evidence: [PRESET.standard.rule],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-ATPProtectionPolicyRule']),
    },
    'Strict only, for everyone': {
      services: change('Get-ATPProtectionPolicyRule', { State: 'Disabled' }, standard),
      reasonIncludes: 'Strict Preset Security Policy applies to everyone',
    },
  },
  fail: {
    'never turned on': {
      services: (d) => {
        d.cmdlets['Get-ATPProtectionPolicyRule'] = [];
      },
      reasonIncludes: 'neither applies to everyone.',
    },
    'piloted on one group': {
      services: all(
        change('Get-ATPProtectionPolicyRule', { SentToMemberOf: ['IT Pilot'] }, standard),
        change('Get-ATPProtectionPolicyRule', { State: 'Disabled' }, strict),
      ),
      reasonIncludes:
        'neither applies to everyone (Standard Preset Security Policy applies to only members of IT Pilot)',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'State as a boolean': {
      services: change('Get-ATPProtectionPolicyRule', { State: true }),
      reasonIncludes: 'State',
    },
  },
  notLicensed: {
    'no Defender for Office 365 in the plan': {
      tenant: (t) => withoutServicePlans(t, 'ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
    'the cmdlet is not in the tenant plan': {
      services: withoutCmdlet('Get-ATPProtectionPolicyRule'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
  },
});
