import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-mailbox-audit-enabled';

const org = serviceCases('exchange', 'Get-OrganizationConfig');
const bypass = serviceCases('exchange', 'Get-MailboxAuditBypassAssociation');
const setAuditDisabled = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-OrganizationConfig'] = [{ ...d.cmdlets['Get-OrganizationConfig']?.[0], AuditDisabled: value }];
};
const bypassing =
  (name: string, on: unknown = true) =>
  (d: ServiceData) => {
    d.cmdlets['Get-MailboxAuditBypassAssociation']!.push({ Identity: name, Name: name, AuditBypassEnabled: on });
  };

describeControl(control, {
  pass: {
    'auditing on and no bypass': {
      reasonIncludes: 'none of the 2 accounts listed bypasses it',
      evidence: ['exoOrganizationConfig'],
      check: (r) =>
        expect(r.sources).toEqual([
          'Exchange Online: Get-OrganizationConfig',
          'Exchange Online: Get-MailboxAuditBypassAssociation -ResultSize Unlimited',
        ]),
    },
  },
  fail: {
    'auditing off for the organisation': {
      services: setAuditDisabled(true),
      reasonIncludes: 'mailbox auditing is off for the organisation (AuditDisabled is True)',
    },
    'one account bypasses auditing (CIS 6.1.3)': {
      services: bypassing('svc-archiver'),
      reasonIncludes: '1 account bypasses it: svc-archiver',
      evidence: ['svc-archiver'],
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['svc-archiver'] }),
    },
  },
  manual: { ...org.manual, ...bypass.manual },
  unknown: {
    ...org.unknown,
    ...bypass.unknown,
    'AuditDisabled missing': {
      services: (d) => {
        d.cmdlets['Get-OrganizationConfig'] = [{ Name: 'woodgrovebank.onmicrosoft.com' }];
      },
      reasonIncludes: "'value[0].AuditDisabled'",
    },
    'AuditBypassEnabled as text': { services: bypassing('svc-archiver', 'True'), reasonIncludes: 'AuditBypassEnabled' },
  },
});
