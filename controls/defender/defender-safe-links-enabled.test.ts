import { expect } from 'vitest';
import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import {
  add,
  all,
  changePolicy,
  PRESET,
  presetsOff,
  rule,
  withoutCmdlet,
  change,
} from '../../test/defender-service-data';
import { safeLinksPolicy } from '../../simulator/services/data/defender-policies';
import control from './defender-safe-links-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-SafeLinksPolicy');
const everyoneLinks = all(
  presetsOff,
  add('Get-SafeLinksPolicy', safeLinksPolicy('All staff links')),
  add('Get-SafeLinksRule', rule('All staff links', 0, { SafeLinksPolicy: 'All staff links' })),
);

describeControl(control, {
  pass: {
    'Strict preset for everyone, read from Exchange Online': {
      reasonIncludes: `'${PRESET.strict.policy}' covers everyone`,
      evidence: [PRESET.strict.policy, PRESET.strict.rule],
      check: (r) => expect(r.sources).toContain('Exchange Online: Get-SafeLinksPolicy'),
    },
    'presets off, a custom policy for everyone': {
      services: everyoneLinks,
      reasonIncludes: "'All staff links' covers everyone",
    },
  },
  fail: {
    'click-through allowed in the policy in effect': {
      services: changePolicy('Get-SafeLinksPolicy', { AllowClickThrough: true }),
      reasonIncludes: `'${PRESET.strict.policy}' (applies to everyone): AllowClickThrough is True`,
    },
    'presets off: Built-In Protection lets people click through': {
      services: presetsOff,
      reasonIncludes:
        "'Built-In Protection Policy' (applies to everyone): EnableForInternalSenders is False, AllowClickThrough is True",
      evidence: ['Built-In Protection Policy', 'ATP Built-In Protection Rule'],
    },
    'Teams links unchecked for a group': {
      services: all(
        presetsOff,
        everyoneLinks,
        add('Get-SafeLinksPolicy', safeLinksPolicy('Sales links', { EnableSafeLinksForTeams: false })),
        add(
          'Get-SafeLinksRule',
          rule('Sales links', 0, { SafeLinksPolicy: 'Sales links' }, { SentToMemberOf: ['Sales'] }),
        ),
        change('Get-SafeLinksRule', { Priority: 1 }, (o) => o.Name === 'All staff links'),
      ),
      reasonIncludes: "'Sales links' (applies to only members of Sales): EnableSafeLinksForTeams is False",
    },
    'the only good policy covers one domain, Built-In the rest': {
      services: all(
        presetsOff,
        add('Get-SafeLinksPolicy', safeLinksPolicy('Woodgrove links')),
        add(
          'Get-SafeLinksRule',
          rule(
            'Woodgrove links',
            0,
            { SafeLinksPolicy: 'Woodgrove links' },
            { RecipientDomainIs: ['woodgrovebank.com'] },
          ),
        ),
        changePolicy(
          'Get-SafeLinksPolicy',
          { EnableForInternalSenders: true, AllowClickThrough: false },
          'Built-In Protection Policy',
        ),
        change('Get-ATPBuiltInProtectionRule', { ExceptIfSentToMemberOf: ['Research'] }),
      ),
      reasonIncludes: [
        'No Safe Links policy protects everyone',
        "'Woodgrove links' applies to only recipients in woodgrovebank.com",
        'everyone except members of Research',
      ],
    },
  },
  manual,
  unknown: {
    ...unknown,
    ...serviceCases('exchange', 'Get-SafeLinksRule').unknown,
    'AllowClickThrough missing': {
      services: (d) => {
        d.cmdlets['Get-SafeLinksPolicy'] = d.cmdlets['Get-SafeLinksPolicy']!.map(({ AllowClickThrough: _, ...p }) => p);
      },
      reasonIncludes: 'AllowClickThrough',
    },
    'AllowClickThrough as text': {
      services: changePolicy('Get-SafeLinksPolicy', { AllowClickThrough: 'False' }),
      reasonIncludes: 'AllowClickThrough',
    },
    'a rule naming a policy the tenant does not list': {
      services: all(presetsOff, add('Get-SafeLinksRule', rule('Orphan', 0, { SafeLinksPolicy: 'Gone' }))),
      reasonIncludes: "names no policy the tenant lists ('Gone')",
    },
    'a rule with an unknown State': {
      services: change('Get-ATPProtectionPolicyRule', { State: 'On' }),
      reasonIncludes: 'State',
    },
  },
  notLicensed: {
    'no Defender for Office 365 in the plan': {
      tenant: (t) => withoutServicePlans(t, 'ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
    'the Safe Links cmdlets are not in the tenant plan': {
      services: withoutCmdlet('Get-SafeLinksPolicy'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
  },
});
