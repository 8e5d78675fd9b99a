import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-external-forwarding-blocked';

const policies = serviceCases('exchange', 'Get-HostedOutboundSpamFilterPolicy');
const domains = serviceCases('exchange', 'Get-RemoteDomain');
const rules = serviceCases('exchange', 'Get-TransportRule');
const accepted = serviceCases('exchange', 'Get-AcceptedDomain');
const addRule = (change: Record<string, unknown>) => (d: ServiceData) => {
  d.cmdlets['Get-TransportRule']!.push({
    Identity: 'Copy to auditor',
    Name: 'Copy to auditor',
    State: 'Enabled',
    Mode: 'Enforce',
    RedirectMessageTo: null,
    BlindCopyTo: null,
    ...change,
  });
};
const setDefaultPolicy = (mode: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-HostedOutboundSpamFilterPolicy'] = [
    { ...d.cmdlets['Get-HostedOutboundSpamFilterPolicy']?.[0], AutoForwardingMode: mode },
  ];
};
const addRemoteDomain = (name: string, domain: string, autoForward: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-RemoteDomain']!.push({
    Identity: name,
    Name: name,
    DomainName: domain,
    AutoForwardEnabled: autoForward,
  });
};

describeControl(control, {
  pass: {
    'every policy Off and the Default remote domain blocks': {
      reasonIncludes:
        'every outbound spam policy sets it Off, no remote domain allows it and no mail flow rule sends mail outside',
      // The golden tenant's journal rule blind-copies to its own domain: shown, not held against it.
      evidence: ['exoOutboundSpamPolicies', 'exoRemoteDomains', 'Default', 'Journal copy to records'],
      check: (r) =>
        expect(r.sources).toEqual([
          'Exchange Online: Get-HostedOutboundSpamFilterPolicy',
          'Exchange Online: Get-RemoteDomain',
          'Exchange Online: Get-TransportRule -ResultSize Unlimited',
          'Exchange Online: Get-AcceptedDomain',
        ]),
    },
    'a redirect to a subdomain of an accepted domain stays inside': {
      services: addRule({ RedirectMessageTo: ['archive@mail.woodgrovebank.com'] }),
    },
    'a disabled rule copying outside does nothing': {
      services: addRule({ State: 'Disabled', BlindCopyTo: ['me@gmail.com'] }),
    },
    "Automatic (Microsoft's default) is blocked by Microsoft, and the evidence says CIS wants Off": {
      services: setDefaultPolicy('Automatic'),
      reasonIncludes: 'Default leaves it to Microsoft (Automatic, blocked)',
      check: (r) =>
        expect(r.evidence.find((e) => e.source === 'exoOutboundSpamPolicies')?.note).toContain(
          "CIS 6.2.1 asks for 'Off'",
        ),
    },
  },
  fail: {
    'the Default outbound policy turns forwarding On': {
      services: setDefaultPolicy('On'),
      reasonIncludes: 'outbound spam policy Default turns automatic forwarding On',
    },
    'a custom outbound policy turns forwarding On': {
      services: (d) => {
        d.cmdlets['Get-HostedOutboundSpamFilterPolicy']!.push({
          Identity: 'Executives',
          Name: 'Executives',
          IsDefault: false,
          AutoForwardingMode: 'On',
        });
      },
      reasonIncludes: 'outbound spam policy Executives turns automatic forwarding On',
    },
    'the Default remote domain allows forwarding': {
      services: (d) => {
        d.cmdlets['Get-RemoteDomain']![0]!.AutoForwardEnabled = true;
      },
      reasonIncludes: 'remote domain Default (*) allows automatic forwarding',
    },
    'an enforced rule blind-copies mail to a personal address (CIS 6.2.1)': {
      services: addRule({ BlindCopyTo: ['someone@gmail.com'] }),
      reasonIncludes: 'mail flow rule Copy to auditor sends mail outside',
      evidence: ['Copy to auditor'],
    },
    'an enforced rule redirects outside': {
      services: addRule({ RedirectMessageTo: ['auditor@fabrikam.com'] }),
      reasonIncludes: 'mail flow rule Copy to auditor sends mail outside',
    },
    'a named remote domain allows forwarding (ScubaGear MS.EXO.1.1v2)': {
      services: addRemoteDomain('Partner', 'fabrikam.com', true),
      reasonIncludes: 'remote domain Partner (fabrikam.com) allows automatic forwarding',
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Partner'] }),
    },
  },
  manual: { ...policies.manual, ...domains.manual, ...rules.manual, ...accepted.manual },
  unknown: {
    ...policies.unknown,
    ...domains.unknown,
    ...rules.unknown,
    ...accepted.unknown,
    'a rule redirecting to a recipient named without an address': {
      services: addRule({ RedirectMessageTo: ['Auditor'] }),
      reasonIncludes: 'Copy to auditor sends mail to a recipient named without an address',
    },
    'RedirectMessageTo missing': {
      services: addRule({ RedirectMessageTo: undefined }),
      reasonIncludes: 'RedirectMessageTo',
    },
    'an unknown AutoForwardingMode': { services: setDefaultPolicy('Sometimes'), reasonIncludes: 'AutoForwardingMode' },
    'AutoForwardEnabled as text': {
      services: addRemoteDomain('Partner', 'fabrikam.com', 'True'),
      reasonIncludes: 'AutoForwardEnabled',
    },
    'no Default outbound policy': {
      services: (d) => {
        d.cmdlets['Get-HostedOutboundSpamFilterPolicy'] = [];
      },
      reasonIncludes: 'no Default policy',
    },
    'no Default remote domain': {
      services: (d) => {
        d.cmdlets['Get-RemoteDomain'] = [];
      },
      reasonIncludes: 'no Default remote domain',
    },
  },
});
