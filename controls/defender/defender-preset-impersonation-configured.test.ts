import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import { change, changePolicy, PRESET } from '../../test/defender-service-data';
import control from './defender-preset-impersonation-configured';

const { manual, unknown } = serviceCases('exchange', 'Get-AntiPhishPolicy');

describeControl(control, {
  pass: {
    'both presets protect two people and the domains': {
      reasonIncludes: 'Both presets quarantine impersonation of your domains and of 2 named people',
      evidence: [PRESET.strict.policy, PRESET.standard.policy],
    },
  },
  fail: {
    'no one named in Standard': {
      services: changePolicy(
        'Get-AntiPhishPolicy',
        { EnableTargetedUserProtection: false, TargetedUsersToProtect: null },
        PRESET.standard.policy,
      ),
      reasonIncludes: 'Standard Preset Security Policy protects no user',
    },
    'domain impersonation only moved to Junk in Strict': {
      services: changePolicy('Get-AntiPhishPolicy', { TargetedDomainProtectionAction: 'MoveToJmf' }),
      reasonIncludes: 'Strict Preset Security Policy TargetedDomainProtectionAction is MoveToJmf',
    },
    'presets never turned on': {
      services: (d) => {
        d.cmdlets['Get-EOPProtectionPolicyRule'] = [];
      },
      reasonIncludes:
        'Standard Preset Security Policy was never turned on; Strict Preset Security Policy was never turned on',
    },
  },
  manual,
  unknown: {
    ...unknown,
    ...serviceCases('exchange', 'Get-EOPProtectionPolicyRule').unknown,
    'TargetedUserProtectionAction missing': {
      services: (d) => {
        d.cmdlets['Get-AntiPhishPolicy'] = d.cmdlets['Get-AntiPhishPolicy']!.map(
          ({ TargetedUserProtectionAction: _, ...p }) => p,
        );
      },
      reasonIncludes: 'TargetedUserProtectionAction',
    },
    'a preset rule without its anti-phishing policy': {
      services: change('Get-EOPProtectionPolicyRule', { AntiPhishPolicy: null }),
      reasonIncludes: 'AntiPhishPolicy',
    },
  },
  notLicensed: {
    'no Defender for Office 365 in the plan': {
      tenant: (t) => withoutServicePlans(t, 'ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
  },
});
