import { describeControl, serviceCases } from '../../test/describe-control';
import { add, all, changePolicy, PRESET, presetsOff, rule } from '../../test/defender-service-data';
import { spamPolicy } from '../../simulator/services/data/defender-policies';
import control from './defender-spam-allowlists-empty';

const { manual, unknown } = serviceCases('exchange', 'Get-HostedContentFilterPolicy');

describeControl(control, {
  pass: {
    'Strict preset for everyone': {
      reasonIncludes: `'${PRESET.strict.policy}' covers everyone`,
      evidence: [PRESET.strict.policy, PRESET.strict.rule],
    },
    'an allowed domain in a policy no rule applies': {
      services: add(
        'Get-HostedContentFilterPolicy',
        spamPolicy('Old partners', { AllowedSenderDomains: ['partner.example'] }),
      ),
      reasonIncludes: 'allows no sender domain',
    },
    'null, as the cmdlet gives an empty list': {
      services: all(
        presetsOff,
        changePolicy('Get-HostedContentFilterPolicy', { AllowedSenderDomains: null }, 'Default'),
      ),
      reasonIncludes: "'Default' covers everyone",
    },
  },
  fail: {
    'the Default policy allows two domains': {
      services: all(
        presetsOff,
        changePolicy(
          'Get-HostedContentFilterPolicy',
          { AllowedSenderDomains: ['fabrikam.example', 'contoso.example'] },
          'Default',
        ),
      ),
      reasonIncludes: "Anti-spam policy 'Default' (applies to everyone): allows fabrikam.example, contoso.example",
    },
    'a custom policy for sales allows a domain': {
      services: all(
        presetsOff,
        add('Get-HostedContentFilterPolicy', spamPolicy('Sales', { AllowedSenderDomains: ['crm.example'] })),
        add(
          'Get-HostedContentFilterRule',
          rule('Sales', 0, { HostedContentFilterPolicy: 'Sales' }, { SentToMemberOf: ['Sales'] }),
        ),
      ),
      reasonIncludes: "'Sales' (applies to only members of Sales): allows crm.example",
    },
  },
  manual,
  unknown: {
    ...unknown,
    'AllowedSenderDomains missing': {
      services: (d) => {
        d.cmdlets['Get-HostedContentFilterPolicy'] = d.cmdlets['Get-HostedContentFilterPolicy']!.map(
          ({ AllowedSenderDomains: _, ...p }) => p,
        );
      },
      reasonIncludes: 'AllowedSenderDomains',
    },
    'AllowedSenderDomains as one string': {
      services: changePolicy('Get-HostedContentFilterPolicy', { AllowedSenderDomains: 'crm.example' }),
      reasonIncludes: 'AllowedSenderDomains',
    },
  },
});
