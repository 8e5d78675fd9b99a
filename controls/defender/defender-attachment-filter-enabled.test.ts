import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
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
import { malwarePolicy } from '../../simulator/services/data/defender-policies';
import control from './defender-attachment-filter-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-MalwareFilterPolicy');

describeControl(control, {
  pass: {
    'Strict preset for everyone': {
      reasonIncludes: `'${PRESET.strict.policy}' covers everyone`,
      evidence: [PRESET.strict.policy, PRESET.strict.rule],
      check: (r) => expect(r.sources).toContain('Exchange Online: Get-MalwareFilterPolicy'),
    },
    'presets off: the Default policy filters (on by default)': {
      services: presetsOff,
      reasonIncludes: "'Default' covers everyone",
    },
  },
  fail: {
    'presets off, the Default policy filter turned off': {
      services: all(presetsOff, changePolicy('Get-MalwareFilterPolicy', { EnableFileFilter: false }, 'Default')),
      reasonIncludes: "Anti-malware policy 'Default' (applies to everyone): EnableFileFilter is False",
    },
    'a custom policy without the filter for one domain': {
      services: all(
        presetsOff,
        add('Get-MalwareFilterPolicy', malwarePolicy('Labs', { EnableFileFilter: false })),
        add(
          'Get-MalwareFilterRule',
          rule('Labs', 0, { MalwareFilterPolicy: 'Labs' }, { RecipientDomainIs: ['labs.woodgrovebank.com'] }),
        ),
      ),
      reasonIncludes: "'Labs' (applies to only recipients in labs.woodgrovebank.com): EnableFileFilter is False",
    },
  },
  manual,
  unknown: {
    ...unknown,
    ...serviceCases('exchange', 'Get-MalwareFilterRule').unknown,
    'EnableFileFilter missing': {
      services: (d) => {
        d.cmdlets['Get-MalwareFilterPolicy'] = d.cmdlets['Get-MalwareFilterPolicy']!.map(
          ({ EnableFileFilter: _, ...p }) => p,
        );
      },
      reasonIncludes: 'EnableFileFilter',
    },
    'a rule without conditions listed': {
      services: all(
        presetsOff,
        add('Get-MalwareFilterRule', {
          Identity: 'Bare',
          State: 'Enabled',
          Priority: 0,
          MalwareFilterPolicy: 'Default',
        }),
      ),
      reasonIncludes: 'SentTo',
    },
    'the cmdlet missing, though every plan has it': {
      services: withoutCmdlet('Get-MalwareFilterRule'),
      reasonIncludes: 'not recognized',
    },
    'a preset rule with a Priority that is not a number': {
      services: change('Get-EOPProtectionPolicyRule', { Priority: 'first' }),
      reasonIncludes: 'Priority',
    },
  },
});
