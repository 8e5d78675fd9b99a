import { expect } from 'vitest';
import { describeControl, serviceCases, withoutServicePlans } from '../../test/describe-control';
import { change, withoutCmdlet } from '../../test/defender-service-data';
import control from './defender-teams-zap-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-TeamsProtectionPolicy');

describeControl(control, {
  pass: {
    'on, read from Exchange Online': {
      reasonIncludes: 'ZAP for Teams is on',
      evidence: ['Teams Protection Policy'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-TeamsProtectionPolicy']),
    },
  },
  fail: {
    off: {
      services: change('Get-TeamsProtectionPolicy', { ZapEnabled: false }),
      reasonIncludes: 'ZAP for Teams is off',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'ZapEnabled missing': {
      services: (d) => {
        d.cmdlets['Get-TeamsProtectionPolicy'] = [{ Identity: 'Teams Protection Policy' }];
      },
      reasonIncludes: "'value[0].ZapEnabled'",
    },
    'two policies': {
      services: (d) => {
        const one = d.cmdlets['Get-TeamsProtectionPolicy']![0]!;
        d.cmdlets['Get-TeamsProtectionPolicy'] = [one, { ...one, Identity: 'Other' }];
      },
      reasonIncludes: 'expected exactly one object, got 2',
    },
  },
  notLicensed: {
    'Plan 1 only (Business Premium)': {
      tenant: (t) => withoutServicePlans(t, 'THREAT_INTELLIGENCE'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 2',
    },
    'the cmdlet is not in the tenant plan': {
      services: withoutCmdlet('Get-TeamsProtectionPolicy'),
      reasonIncludes: 'Microsoft Defender for Office 365 Plan 2',
    },
  },
});
