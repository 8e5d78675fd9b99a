import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-domain-allowlist-rules-absent';

const { manual, unknown } = serviceCases('exchange', 'Get-TransportRule');
const BYPASS = {
  Identity: 'Partner bypass',
  Name: 'Partner bypass',
  State: 'Enabled',
  Mode: 'Enforce',
  FromScope: null,
  PrependSubject: null,
  SenderDomainIs: ['fabrikam.com', 'tailspintoys.com'],
  SetSCL: -1,
};
const addRule =
  (change: Record<string, unknown> = {}) =>
  (d: ServiceData) => {
    d.cmdlets['Get-TransportRule']!.push({ ...BYPASS, ...change });
  };

describeControl(control, {
  pass: {
    'no rule sets SCL -1 for sender domains': {
      reasonIncludes: 'None of the 2 mail flow rules',
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-TransportRule -ResultSize Unlimited']),
    },
    'a disabled bypass rule does nothing, and is named': {
      services: addRule({ State: 'Disabled' }),
      reasonIncludes: '1 disabled or in audit mode would',
      evidence: ['Partner bypass'],
    },
    'a bypass rule in audit mode does nothing': { services: addRule({ Mode: 'Audit' }) },
    'SCL -1 for everyone but not by sender domain is not this rule': { services: addRule({ SenderDomainIs: null }) },
    'sender domains set to SCL 5 are filtered': { services: addRule({ SetSCL: 5 }) },
    'no mail flow rules at all': {
      services: (d) => {
        d.cmdlets['Get-TransportRule'] = [];
      },
      reasonIncludes: 'The tenant has no mail flow rules',
    },
  },
  fail: {
    'an enforced rule lets two partner domains bypass spam filtering': {
      services: addRule(),
      reasonIncludes: 'Partner bypass (fabrikam.com, tailspintoys.com)',
      evidence: ['Partner bypass'],
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Partner bypass'] }),
    },
  },
  manual,
  unknown: {
    ...unknown,
    'SetSCL missing (the cmdlet always sends it, null when unset)': {
      services: addRule({ SetSCL: undefined }),
      reasonIncludes: "'value[2].SetSCL'",
    },
    'SenderDomainIs as one string': {
      services: addRule({ SenderDomainIs: 'fabrikam.com' }),
      reasonIncludes: 'SenderDomainIs',
    },
    'an unknown State': { services: addRule({ State: 'On' }), reasonIncludes: 'State' },
    'one rule listed twice': {
      services: (d) => {
        d.cmdlets['Get-TransportRule']!.push({ ...d.cmdlets['Get-TransportRule']![0] });
      },
      reasonIncludes: 'is listed twice',
    },
  },
});
