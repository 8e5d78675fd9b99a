import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-external-sender-tagged';

const outlook = serviceCases('exchange', 'Get-ExternalInOutlook');
const rules = serviceCases('exchange', 'Get-TransportRule');
const tagOff = (d: ServiceData) => {
  d.cmdlets['Get-ExternalInOutlook']![0]!.Enabled = false;
};
const noRules = (d: ServiceData) => {
  d.cmdlets['Get-TransportRule'] = [];
};
const warningRule = (change: Record<string, unknown>) => (d: ServiceData) => {
  tagOff(d);
  d.cmdlets['Get-TransportRule'] = [{ ...d.cmdlets['Get-TransportRule']![0], ...change }];
};

describeControl(control, {
  pass: {
    "Outlook's External tag on (CIS 6.2.3)": {
      services: noRules,
      reasonIncludes: 'Outlook shows the External tag',
      evidence: ['exoExternalInOutlook'],
      check: (r) =>
        expect(r.sources).toEqual([
          'Exchange Online: Get-ExternalInOutlook',
          'Exchange Online: Get-TransportRule -ResultSize Unlimited',
        ]),
    },
    'a rule prepending [EXTERNAL] to mail from outside (CISA MS.EXO.7.1v1)': {
      services: tagOff,
      reasonIncludes: 'subject warning from the mail flow rule External sender warning',
      evidence: ['External sender warning'],
    },
  },
  fail: {
    'tag off and no rule': {
      services: (d) => (tagOff(d), noRules(d)),
      reasonIncludes: "Outlook's External tag is off",
    },
    'tag off and the warning rule disabled': {
      services: warningRule({ State: 'Disabled' }),
      reasonIncludes: 'Nothing marks',
    },
    'tag off and the warning rule only audits': {
      services: warningRule({ Mode: 'AuditAndNotify' }),
      reasonIncludes: 'Nothing marks',
    },
    'tag off and the rule tags mail from inside': {
      services: warningRule({ FromScope: 'InOrganization' }),
      reasonIncludes: 'Nothing marks',
    },
    'tag off and the rule prepends nothing': {
      services: warningRule({ PrependSubject: '  ' }),
      reasonIncludes: 'Nothing marks',
    },
  },
  manual: { ...outlook.manual, ...rules.manual },
  unknown: {
    ...outlook.unknown,
    ...rules.unknown,
    'Enabled as text': {
      services: (d) => {
        d.cmdlets['Get-ExternalInOutlook']![0]!.Enabled = 'True';
      },
      reasonIncludes: "'value[0].Enabled'",
    },
    'FromScope missing': { services: warningRule({ FromScope: undefined }), reasonIncludes: 'FromScope' },
  },
});
