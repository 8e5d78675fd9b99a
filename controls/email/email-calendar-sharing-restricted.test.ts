import { expect } from 'vitest';
import { describeControl, serviceCases, type ServiceData } from '../../test/describe-control';
import control from './email-calendar-sharing-restricted';

const { manual, unknown } = serviceCases('exchange', 'Get-SharingPolicy');
const setDefaultPolicy = (change: Record<string, unknown>) => (d: ServiceData) => {
  d.cmdlets['Get-SharingPolicy'] = [{ ...d.cmdlets['Get-SharingPolicy']?.[0], ...change }];
};

describeControl(control, {
  pass: {
    'calendars shared with one named partner only': {
      reasonIncludes: 'No enabled sharing policy shares calendars',
      evidence: ['Default Sharing Policy'],
      check: (r) => expect(r.sources).toEqual(['Exchange Online: Get-SharingPolicy']),
    },
    "Microsoft's default entries in a disabled policy apply to no one": {
      services: setDefaultPolicy({
        Enabled: false,
        Domains: ['Anonymous:CalendarSharingFreeBusyReviewer', '*:CalendarSharingFreeBusySimple'],
      }),
    },
    'contacts shared with all domains is not calendar sharing': {
      services: setDefaultPolicy({ Domains: ['*:ContactsSharing'] }),
    },
  },
  fail: {
    "Microsoft's default policy: free/busy to every domain and anonymously": {
      services: setDefaultPolicy({
        Domains: ['Anonymous:CalendarSharingFreeBusyReviewer', '*:CalendarSharingFreeBusySimple'],
      }),
      reasonIncludes: [
        "Default Sharing Policy has 'Anonymous:CalendarSharingFreeBusyReviewer'",
        "Default Sharing Policy has '*:CalendarSharingFreeBusySimple'",
      ],
      check: (r) => expect(r.affected).toMatchObject({ count: 1, sample: ['Default Sharing Policy'] }),
    },
    'a second policy sharing full details with every domain': {
      services: (d) => {
        d.cmdlets['Get-SharingPolicy']!.push({
          Identity: 'Sales',
          Name: 'Sales',
          Enabled: true,
          Default: false,
          Domains: ['*:CalendarSharingFreeBusyDetail, ContactsSharing'],
        });
      },
      reasonIncludes: "Sales has '*:CalendarSharingFreeBusyDetail, ContactsSharing'",
    },
  },
  manual,
  unknown: {
    ...unknown,
    'Domains as one string': {
      services: setDefaultPolicy({ Domains: '*:CalendarSharingFreeBusySimple' }),
      reasonIncludes: 'Domains',
    },
    'Enabled missing': { services: setDefaultPolicy({ Enabled: undefined }), reasonIncludes: "'value[0].Enabled'" },
  },
});
