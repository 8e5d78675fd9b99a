import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import control from './email-smtp-auth-disabled';
import type { ServiceData } from '../../test/describe-control';

const { manual, unknown } = serviceCases('exchange', 'Get-TransportConfig');
const setSmtpAuthDisabled = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-TransportConfig'] = [
    { ...d.cmdlets['Get-TransportConfig']?.[0], SmtpClientAuthenticationDisabled: value },
  ];
};

describeControl(control, {
  pass: {
    'SMTP AUTH off for the organisation': {
      reasonIncludes: 'SMTP AUTH is off',
      evidence: ['exoTransportConfig'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-TransportConfig']),
    },
  },
  fail: {
    'SMTP AUTH on': {
      services: setSmtpAuthDisabled(false),
      reasonIncludes: 'SmtpClientAuthenticationDisabled is False',
    },
  },
  manual: {
    ...manual,
    'off: the check by hand is decided by no one (no Secure Score twin)': {
      servicesOff: ['exchange'],
      check: (r) => expect(r.manualCheck?.command).toContain('Get-TransportConfig'),
    },
  },
  unknown: {
    ...unknown,
    'SmtpClientAuthenticationDisabled missing': {
      services: (d) => {
        d.cmdlets['Get-TransportConfig'] = [{ Identity: 'Transport Settings' }];
      },
      reasonIncludes: "'value[0].SmtpClientAuthenticationDisabled'",
    },
    'SmtpClientAuthenticationDisabled as text': {
      services: setSmtpAuthDisabled('False'),
      reasonIncludes: 'SmtpClientAuthenticationDisabled',
    },
  },
});
