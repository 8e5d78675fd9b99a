import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-mailtips-enabled';

const { manual, unknown } = serviceCases('exchange', 'Get-OrganizationConfig');
const setTip = (name: string, value: unknown) => (d: ServiceData) => {
  d.cmdlets['Get-OrganizationConfig'] = [{ ...d.cmdlets['Get-OrganizationConfig']?.[0], [name]: value }];
};

describeControl(control, {
  pass: {
    'all three MailTips on': {
      reasonIncludes: 'MailTips are on',
      check: (r) =>
        expect(r.evidence[0]?.fields).toEqual({
          MailTipsAllTipsEnabled: true,
          MailTipsExternalRecipientsTipsEnabled: true,
          MailTipsGroupMetricsEnabled: true,
        }),
    },
  },
  fail: {
    "the external-recipient tip off (Microsoft's default)": {
      services: setTip('MailTipsExternalRecipientsTipsEnabled', false),
      reasonIncludes: 'MailTipsExternalRecipientsTipsEnabled is False',
    },
    'every MailTip off': {
      services: setTip('MailTipsAllTipsEnabled', false),
      reasonIncludes: 'MailTipsAllTipsEnabled is False',
    },
    'group metrics off': {
      services: setTip('MailTipsGroupMetricsEnabled', false),
      reasonIncludes: 'MailTipsGroupMetricsEnabled is False',
    },
  },
  manual,
  unknown: {
    ...unknown,
    'MailTipsGroupMetricsEnabled missing': {
      services: setTip('MailTipsGroupMetricsEnabled', undefined),
      reasonIncludes: "'value[0].MailTipsGroupMetricsEnabled'",
    },
  },
});
