import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-external-forwarding-blocked';

const policies = serviceCases('exchange', 'Get-HostedOutboundSpamFilterPolicy');
const domains = serviceCases('exchange', 'Get-RemoteDomain');
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
      reasonIncludes: 'every outbound spam policy sets it Off and no remote domain allows it',
      evidence: ['exoOutboundSpamPolicies', 'exoRemoteDomains', 'Default'],
      check: (r) =>
        expect(r.sources).toEqual([
          'Exchange Online: Get-HostedOutboundSpamFilterPolicy',
          'Exchange Online: Get-RemoteDomain',
        ]),
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
    'a named remote domain allows forwarding (ScubaGear MS.EXO.1.1v2)': {
      services: addRemoteDomain('Partner', 'fabrikam.com', true),
      reasonIncludes: 'remote domain Partner (fabrikam.com) allows automatic forwarding',
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Partner'] }),
    },
  },
  manual: { ...policies.manual, ...domains.manual },
  unknown: {
    ...policies.unknown,
    ...domains.unknown,
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
