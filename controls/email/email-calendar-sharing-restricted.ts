import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoSharingPolicies, sharedWithAll } from '../../lib/graph/sources/services/exo-sharing-policies';

// CISA MS.EXO.6.2v1 (EXOConfig.rego: any policy with a "*" entry sharing Calendar fails) and Maester's CIS
// 1.3.3 test (enabled policies with "*:" or "Anonymous:" calendar entries fail) differ on two points; we
// follow Maester's reading of CIS: a disabled policy applies to no one, so it doesn't fail, and an
// Anonymous entry publishes calendars to anyone with the link, which is sharing with all domains too.
export default defineControl({
  id: 'email-calendar-sharing-restricted',
  title: 'Calendars are not shared with every external domain',
  category: 'data',
  service: 'email',
  maxScore: 2,
  refs: {
    secureScore: 'exo_individualsharing',
    cis: '1.3.3',
    scuba: 'MS.EXO.6.2v1',
    learn: 'https://learn.microsoft.com/powershell/module/exchange/get-sharingpolicy',
  },
  threats: ['Reconnaissance of staff schedules and meetings', 'Targeted phishing timed to travel or absence'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Calendars shared with any external domain show who meets whom and when, which helps attackers time and target phishing. CIS 1.3.3, CISA MS.EXO.6.2v1 and Secure Score (exo_individualsharing) ask that no sharing policy shares calendars with all domains. Passes when no enabled sharing policy has a "*" (every domain) or "Anonymous" entry sharing calendars. Graph does not expose sharing policies: Posture Lens reads them from Exchange Online (Get-SharingPolicy) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft 365 admin center › Settings › Org settings › Services › Calendar: clear "Let your users share their calendars with people outside of your organization who have Office 365 or Exchange".',
    'Or remove the "*" and "Anonymous" entries from each policy under Exchange admin center › Organization › Sharing.',
  ],
  fixAt: adminPages.m365Calendar,
  setTo: {
    setting:
      'Let your users share their calendars with people outside of your organization who have Office 365 or Exchange',
    value: 'Not selected',
  },
  onPages: [
    {
      page: adminPages.m365Calendar,
      labels: [
        'Let your users share their calendars with people outside of your organization who have Office 365 or Exchange',
      ],
    },
  ],
  manualCheck: {
    how: 'powershell',
    what: ['Get-SharingPolicy: no enabled policy lists a "*:" (all domains) or "Anonymous:" calendar sharing entry'],
    command: 'Get-SharingPolicy | Format-List Name,Default,Enabled,Domains',
  },
  sources: { policies: exoSharingPolicies },
  evaluate: ({ policies }, v) => {
    const open = sharedWithAll(policies, 'CalendarSharing');
    const ev = policies.map((p) => evidence('exoSharingPolicies', p, ['Enabled', 'Default', 'Domains']));
    if (open.length === 0)
      return v.pass('No enabled sharing policy shares calendars with every domain or anonymously.', ev);
    const names = [...new Set(open.map((o) => o.policy.Name))];
    return v.fail(
      `Calendars are shared with every domain or anonymously: ${open.map((o) => `${o.policy.Name} has '${o.entry}'`).join('; ')}.`,
      ev,
      { noun: 'sharing policies sharing calendars with all', count: names.length, sample: names.slice(0, 5) },
    );
  },
});
