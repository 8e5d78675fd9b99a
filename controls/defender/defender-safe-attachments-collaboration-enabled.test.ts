import { expect } from 'vitest';
import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import { change, withoutCmdlet } from '../../test/defender-service-data';
import control from './defender-safe-attachments-collaboration-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-AtpPolicyForO365');

describeControl(control, {
  pass: {
    'on, read from Exchange Online': {
      reasonIncludes: 'EnableATPForSPOTeamsODB is True',
      evidence: ['Default'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-AtpPolicyForO365']),
    },
  },
  fail: {
    'off, as Microsoft creates it': {
      services: change('Get-AtpPolicyForO365', { EnableATPForSPOTeamsODB: false }),
      reasonIncludes: 'does not scan SharePoint, OneDrive or Teams',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'EnableATPForSPOTeamsODB missing': {
      services: (d) => {
        d.cmdlets['Get-AtpPolicyForO365'] = [{ Identity: 'Default', Name: 'Default' }];
      },
      reasonIncludes: "'value[0].EnableATPForSPOTeamsODB'",
    },
    'EnableATPForSPOTeamsODB as text': {
      services: change('Get-AtpPolicyForO365', { EnableATPForSPOTeamsODB: 'True' }),
      reasonIncludes: 'EnableATPForSPOTeamsODB',
    },
    'no policy object': {
      services: (d) => {
        d.cmdlets['Get-AtpPolicyForO365'] = [];
      },
      reasonIncludes: 'expected exactly one object, got 0',
    },
  },
  notLicensed: {
    'no Defender for Office 365 in the plan': {
      tenant: (t) => withoutServicePlans(t, 'ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
    'the cmdlet is not in the tenant plan': {
      services: withoutCmdlet('Get-AtpPolicyForO365'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 1',
    },
  },
});
