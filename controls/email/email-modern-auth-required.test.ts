import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import control from './email-modern-auth-required';
import type { ServiceData } from '../../test/describe-control';

const { manual, unknown } = serviceCases('exchange', 'Get-OrganizationConfig');
const setOAuth = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-OrganizationConfig'] = [
    { ...d.cmdlets['Get-OrganizationConfig']?.[0], OAuth2ClientProfileEnabled: value },
  ];
};

describeControl(control, {
  pass: {
    'OAuth2ClientProfileEnabled True': {
      reasonIncludes: 'modern authentication',
      evidence: ['exoOrganizationConfig'],
      check: (r) => expect(r.evidence[0]?.fields).toEqual({ OAuth2ClientProfileEnabled: true }),
    },
  },
  fail: {
    'OAuth2ClientProfileEnabled False': {
      services: setOAuth(false),
      reasonIncludes: 'OAuth2ClientProfileEnabled is False',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'OAuth2ClientProfileEnabled missing': {
      services: (d) => {
        d.cmdlets['Get-OrganizationConfig'] = [{ Name: 'woodgrovebank.onmicrosoft.com' }];
      },
      reasonIncludes: "'value[0].OAuth2ClientProfileEnabled'",
    },
    'OAuth2ClientProfileEnabled null': { services: setOAuth(null), reasonIncludes: 'OAuth2ClientProfileEnabled' },
  },
});
