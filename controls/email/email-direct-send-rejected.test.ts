import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import control from './email-direct-send-rejected';
import type { ServiceData } from '../../test/describe-control';

const { manual, unknown } = serviceCases('exchange', 'Get-OrganizationConfig');
const setRejectDirectSend = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-OrganizationConfig'] = [{ ...d.cmdlets['Get-OrganizationConfig']?.[0], RejectDirectSend: value }];
};

describeControl(control, {
  pass: {
    'RejectDirectSend True, read from Exchange Online': {
      reasonIncludes: 'Exchange Online rejects Direct Send',
      evidence: ['exoOrganizationConfig'],
      check: (r) => {
        expect(r.sources).toEqual(['Exchange Online: Get-OrganizationConfig']);
        expect(r.evidence[0]?.fields).toEqual({ RejectDirectSend: true });
      },
    },
  },
  fail: {
    'RejectDirectSend False (the default)': {
      services: setRejectDirectSend(false),
      reasonIncludes: 'accepts Direct Send (RejectDirectSend is False)',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'RejectDirectSend missing': {
      services: (d) => {
        d.cmdlets['Get-OrganizationConfig'] = [{ Name: 'woodgrovebank.onmicrosoft.com' }];
      },
      reasonIncludes: "'value[0].RejectDirectSend'",
    },
    'RejectDirectSend as text': { services: setRejectDirectSend('True'), reasonIncludes: 'RejectDirectSend' },
  },
});
