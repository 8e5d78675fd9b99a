import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-contacts-sharing-restricted';

const { manual, unknown } = serviceCases('exchange', 'Get-SharingPolicy');
const setDefaultPolicy = (change: Record<string, unknown>) => (d: ServiceData) => {
  d.cmdlets['Get-SharingPolicy'] = [{ ...d.cmdlets['Get-SharingPolicy']?.[0], ...change }];
};

describeControl(control, {
  pass: {
    'no policy shares contacts with every domain': {
      reasonIncludes: 'No enabled sharing policy shares contacts folders',
      evidence: ['Default Sharing Policy'],
    },
    "Microsoft's default calendar entries don't share contacts": {
      services: setDefaultPolicy({
        Domains: ['Anonymous:CalendarSharingFreeBusyReviewer', '*:CalendarSharingFreeBusySimple'],
      }),
    },
    'contacts shared with one named partner only': {
      services: setDefaultPolicy({ Domains: ['fabrikam.com:CalendarSharingFreeBusyDetail, ContactsSharing'] }),
    },
  },
  fail: {
    'the default policy shares contacts with every domain': {
      services: setDefaultPolicy({ Domains: ['*:CalendarSharingFreeBusySimple, ContactsSharing'] }),
      reasonIncludes: "Default Sharing Policy has '*:CalendarSharingFreeBusySimple, ContactsSharing'",
      check: (r) => expect(r.affected).toMatchObject({ count: 1 }),
    },
  },
  manual: {
    ...manual,
    'off: a check by hand, with no Secure Score twin to decide it': {
      servicesOff: ['exchange'],
      check: (r) => expect(r.manualCheck?.command).toContain('Get-SharingPolicy'),
    },
  },
  unknown: {
    ...unknown,
    'a Domains entry that is not text': { services: setDefaultPolicy({ Domains: [42] }), reasonIncludes: 'Domains[0]' },
  },
});
