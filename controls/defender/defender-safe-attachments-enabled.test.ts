import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import {
  add,
  all,
  change,
  changePolicy,
  PRESET,
  presetsOff,
  rule,
  withoutCmdlet,
} from '../../test/defender-service-data';
import { safeAttachmentPolicy } from '../../simulator/services/data/defender-policies';
import control from './defender-safe-attachments-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-SafeAttachmentPolicy');

describeControl(control, {
  pass: {
    'Strict preset for everyone': {
      reasonIncludes: `'${PRESET.strict.policy}' covers everyone`,
      evidence: [PRESET.strict.policy, PRESET.strict.rule],
    },
    'presets off: Built-In Protection blocks for everyone': {
      services: presetsOff,
      reasonIncludes: "'Built-In Protection Policy' covers everyone",
      evidence: ['Built-In Protection Policy', 'ATP Built-In Protection Rule'],
    },
  },
  fail: {
    'the policy in effect only monitors': {
      services: changePolicy('Get-SafeAttachmentPolicy', { Action: 'Allow' }),
      reasonIncludes: `'${PRESET.strict.policy}' (applies to everyone): Action is Allow`,
    },
    'a custom policy for finance turned off': {
      services: all(
        presetsOff,
        add('Get-SafeAttachmentPolicy', safeAttachmentPolicy('Finance', { Enable: false, Action: 'DynamicDelivery' })),
        add(
          'Get-SafeAttachmentRule',
          rule('Finance', 0, { SafeAttachmentPolicy: 'Finance' }, { SentToMemberOf: ['Finance'] }),
        ),
      ),
      reasonIncludes: "'Finance' (applies to only members of Finance): Enable is False, Action is DynamicDelivery",
    },
    'Built-In Protection with exceptions and no other policy': {
      services: all(presetsOff, change('Get-ATPBuiltInProtectionRule', { ExceptIfSentTo: ['ceo@woodgrovebank.com'] })),
      reasonIncludes:
        "No Safe Attachments policy protects everyone: 'Built-In Protection Policy' applies to everyone except ceo@woodgrovebank.com",
    },
  },
  manual,
  unknown: {
    ...unknown,
    ...serviceCases('exchange', 'Get-ATPBuiltInProtectionRule').unknown,
    'Action missing': {
      services: (d) => {
        d.cmdlets['Get-SafeAttachmentPolicy'] = d.cmdlets['Get-SafeAttachmentPolicy']!.map(({ Action: _, ...p }) => p);
      },
      reasonIncludes: 'Action',
    },
    'two Built-In Protection rules': {
      services: (d) => {
        const one = d.cmdlets['Get-ATPBuiltInProtectionRule']![0]!;
        d.cmdlets['Get-ATPBuiltInProtectionRule'] = [one, { ...one, Identity: 'Another' }];
      },
      reasonIncludes: 'expected exactly one object, got 2',
    },
  },
  notLicensed: {
    'no Defender for Office 365 in the plan': {
      tenant: (t) => withoutServicePlans(t, 'ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
    'the Safe Attachments cmdlets are not in the tenant plan': {
      services: withoutCmdlet('Get-SafeAttachmentRule'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
  },
});
