import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import { all, change, PRESET } from '../../test/defender-service-data';
import control from './defender-preset-policies-applied';

const { manual, unknown } = serviceCases('exchange', 'Get-EOPProtectionPolicyRule');
const strict = (o: { Name?: unknown }) => o.Name === PRESET.strict.rule;
const standard = (o: { Name?: unknown }) => o.Name === PRESET.standard.rule;

describeControl(control, {
  pass: {
    'both on, for everyone': {
      reasonIncludes: 'Both preset policies are on and Standard Preset Security Policy applies to everyone',
      evidence: [PRESET.strict.rule, PRESET.standard.rule],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-EOPProtectionPolicyRule']),
    },
    'Strict for executives, Standard for everyone': {
      services: change('Get-EOPProtectionPolicyRule', { SentToMemberOf: ['Executives'] }, strict),
      reasonIncludes: 'Standard Preset Security Policy applies to everyone',
    },
  },
  fail: {
    'never turned on, as Microsoft creates a tenant': {
      services: (d) => {
        d.cmdlets['Get-EOPProtectionPolicyRule'] = [];
      },
      reasonIncludes:
        'Standard Preset Security Policy is never turned on; Strict Preset Security Policy is never turned on; neither applies to everyone.',
    },
    'Strict off': {
      services: change('Get-EOPProtectionPolicyRule', { State: 'Disabled' }, strict),
      reasonIncludes: 'Strict Preset Security Policy is off',
    },
    'Standard piloted on one group, Strict for executives': {
      services: all(
        change('Get-EOPProtectionPolicyRule', { SentToMemberOf: ['IT Pilot'] }, standard),
        change('Get-EOPProtectionPolicyRule', { SentToMemberOf: ['Executives'] }, strict),
      ),
      reasonIncludes:
        'neither applies to everyone (Standard Preset Security Policy applies to only members of IT Pilot; Strict Preset Security Policy applies to only members of Executives)',
    },
    'everyone except a domain': {
      services: all(change('Get-EOPProtectionPolicyRule', { ExceptIfRecipientDomainIs: ['fabrikam.co.uk'] })),
      reasonIncludes: 'applies to everyone except recipients in fabrikam.co.uk',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'State missing': {
      services: (d) => {
        d.cmdlets['Get-EOPProtectionPolicyRule'] = d.cmdlets['Get-EOPProtectionPolicyRule']!.map(
          ({ State: _, ...r }) => r,
        );
      },
      reasonIncludes: 'State',
    },
    'SentTo as one string': {
      services: change('Get-EOPProtectionPolicyRule', { SentTo: 'ceo@woodgrovebank.com' }, standard),
      reasonIncludes: 'SentTo',
    },
    'the same rule listed twice': {
      services: (d) => {
        const one = d.cmdlets['Get-EOPProtectionPolicyRule']![0]!;
        d.cmdlets['Get-EOPProtectionPolicyRule'] = [...d.cmdlets['Get-EOPProtectionPolicyRule']!, one];
      },
      reasonIncludes: 'is listed twice',
    },
  },
});
