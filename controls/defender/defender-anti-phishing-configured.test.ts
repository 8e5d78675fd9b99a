import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import { add, all, change, changePolicy, PRESET, presetsOff, rule } from '../../test/defender-service-data';
import { antiPhishPolicy } from '../../simulator/services/data/defender-policies';
import control from './defender-anti-phishing-configured';

const { manual, unknown } = serviceCases('exchange', 'Get-AntiPhishPolicy');
const DEFAULT = 'Office365 AntiPhish Default';

describeControl(control, {
  pass: {
    'Strict preset for everyone': {
      reasonIncludes: `'${PRESET.strict.policy}' covers everyone`,
      evidence: [PRESET.strict.policy, PRESET.strict.rule],
    },
    'presets off, the default policy hardened': {
      services: all(
        presetsOff,
        changePolicy(
          'Get-AntiPhishPolicy',
          {
            PhishThresholdLevel: 3,
            EnableTargetedUserProtection: true,
            TargetedUsersToProtect: ['Megan Bowen;megan@woodgrovebank.com'],
            EnableOrganizationDomainsProtection: true,
            EnableMailboxIntelligenceProtection: true,
            TargetedUserProtectionAction: 'Quarantine',
            TargetedDomainProtectionAction: 'Quarantine',
            MailboxIntelligenceProtectionAction: 'Quarantine',
          },
          DEFAULT,
        ),
      ),
      reasonIncludes: `'${DEFAULT}' covers everyone`,
    },
  },
  fail: {
    'presets off: the default policy as Microsoft creates it': {
      services: presetsOff,
      reasonIncludes: [
        `'${DEFAULT}' (applies to everyone): PhishThresholdLevel is 1`,
        'EnableTargetedUserProtection is False',
        'MailboxIntelligenceProtectionAction is NoAction',
      ],
    },
    'the Standard preset covers everyone: mailbox intelligence only moves to Junk': {
      services: change('Get-EOPProtectionPolicyRule', { State: 'Disabled' }, (r) => r.Name === PRESET.strict.rule),
      reasonIncludes: `'${PRESET.standard.policy}' (applies to everyone): MailboxIntelligenceProtectionAction is MoveToJmf`,
    },
    'user impersonation on with nobody to protect': {
      services: changePolicy('Get-AntiPhishPolicy', { TargetedUsersToProtect: null }),
      reasonIncludes: 'TargetedUsersToProtect is empty',
    },
    'a weak custom policy for a department': {
      services: all(
        add('Get-AntiPhishPolicy', antiPhishPolicy('Marketing')),
        add(
          'Get-AntiPhishRule',
          rule('Marketing', 0, { AntiPhishPolicy: 'Marketing' }, { SentToMemberOf: ['Marketing'] }),
        ),
        change('Get-EOPProtectionPolicyRule', { SentToMemberOf: ['Executives'] }, (r) => r.Name === PRESET.strict.rule),
        change('Get-EOPProtectionPolicyRule', { State: 'Disabled' }, (r) => r.Name === PRESET.standard.rule),
      ),
      // Presets come first (Strict for executives), then the custom policy, then the default for the rest.
      reasonIncludes: [
        "'Marketing' (applies to only members of Marketing): PhishThresholdLevel is 1",
        `'${DEFAULT}' (applies to everyone): PhishThresholdLevel is 1`,
      ],
    },
  },
  manual,
  unknown: {
    ...unknown,
    ...serviceCases('exchange', 'Get-EOPProtectionPolicyRule').unknown,
    'PhishThresholdLevel as text': {
      services: changePolicy('Get-AntiPhishPolicy', { PhishThresholdLevel: '4' }),
      reasonIncludes: 'PhishThresholdLevel',
    },
    'TargetedUsersToProtect missing': {
      services: (d) => {
        d.cmdlets['Get-AntiPhishPolicy'] = d.cmdlets['Get-AntiPhishPolicy']!.map(
          ({ TargetedUsersToProtect: _, ...p }) => p,
        );
      },
      reasonIncludes: 'TargetedUsersToProtect',
    },
    'a preset rule naming a policy the tenant does not list': {
      services: change('Get-EOPProtectionPolicyRule', { AntiPhishPolicy: 'Deleted policy' }),
      reasonIncludes: "names no policy the tenant lists ('Deleted policy')",
    },
  },
  notLicensed: {
    'no Defender for Office 365 in the plan': {
      tenant: (t) => withoutServicePlans(t, 'ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
  },
});
