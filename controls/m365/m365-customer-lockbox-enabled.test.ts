import { expect } from 'vitest';
import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import control from './m365-customer-lockbox-enabled';
import type { ServiceData } from '../../test/describe-control';

const { manual, unknown } = serviceCases('exchange', 'Get-OrganizationConfig');
const setLockbox = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-OrganizationConfig'] = [
    { ...d.cmdlets['Get-OrganizationConfig']?.[0], CustomerLockBoxEnabled: value },
  ];
};

describeControl(control, {
  pass: {
    'Customer Lockbox on, read from Exchange Online': {
      reasonIncludes: 'Customer Lockbox is on',
      evidence: ['exoOrganizationConfig'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-OrganizationConfig']),
    },
  },
  fail: {
    'Customer Lockbox off': { services: setLockbox(false), reasonIncludes: 'Customer Lockbox is off' },
  },
  manual,
  unknown: {
    ...unknown,
    'CustomerLockBoxEnabled missing': {
      services: (d) => {
        d.cmdlets['Get-OrganizationConfig'] = [{ Name: 'contoso.onmicrosoft.com' }];
      },
      reasonIncludes: "'value[0].CustomerLockBoxEnabled'",
    },
    'CustomerLockBoxEnabled as text': { services: setLockbox('True'), reasonIncludes: 'CustomerLockBoxEnabled' },
    'two organization configs': {
      services: (d) => {
        const one = d.cmdlets['Get-OrganizationConfig']?.[0];
        d.cmdlets['Get-OrganizationConfig'] = [{ ...one }, { ...one, Identity: 'other' }];
      },
      reasonIncludes: 'expected exactly one object, got 2',
    },
  },
  notLicensed: {
    'no Customer Lockbox licence': {
      tenant: (t) => withoutServicePlans(t, 'LOCKBOX_ENTERPRISE'),
      reasonIncludes: 'Needs',
    },
  },
});
