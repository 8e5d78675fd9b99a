import { expect } from 'vitest';
import { describeControl, serviceCases } from '../../test/describe-control';
import control from './purview-audit-log-enabled';
import type { ServiceData } from '../../test/describe-control';

const { manual, unknown } = serviceCases('exchange', 'Get-AdminAuditLogConfig');
const setIngestion = (value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-AdminAuditLogConfig'] = [
    { ...d.cmdlets['Get-AdminAuditLogConfig']?.[0], UnifiedAuditLogIngestionEnabled: value },
  ];
};

describeControl(control, {
  pass: {
    'ingestion on, read from Exchange Online': {
      reasonIncludes: 'The unified audit log is recording',
      evidence: ['exoAdminAuditLogConfig'],
      check: (r) => {
        expect(r.sources).toEqual(['Exchange Online: Get-AdminAuditLogConfig']);
        expect(r.serviceRead?.live).toBe(true);
      },
    },
  },
  fail: {
    'ingestion off': { services: setIngestion(false), reasonIncludes: 'UnifiedAuditLogIngestionEnabled is False' },
  },
  manual,
  unknown: {
    ...unknown,
    'UnifiedAuditLogIngestionEnabled missing': {
      services: (d) => {
        d.cmdlets['Get-AdminAuditLogConfig'] = [{ Identity: 'Admin Audit Log Settings' }];
      },
      reasonIncludes: "'value[0].UnifiedAuditLogIngestionEnabled'",
    },
    'UnifiedAuditLogIngestionEnabled as text': {
      services: setIngestion('True'),
      reasonIncludes: 'UnifiedAuditLogIngestionEnabled',
    },
    'no settings object': {
      services: (d) => {
        d.cmdlets['Get-AdminAuditLogConfig'] = [];
      },
      reasonIncludes: 'expected exactly one object, got 0',
    },
  },
});
