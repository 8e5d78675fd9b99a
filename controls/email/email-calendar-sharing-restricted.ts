import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineManualControl } from '../../lib/engine/verdict/manual-control';

export default defineManualControl({
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
    'Calendars shared with any external domain show who meets whom and when, which helps attackers time and target phishing. CIS 1.3.3, CISA MS.EXO.6.2v1 and Secure Score (exo_individualsharing) ask that the default sharing policy has no "*" (all domains) entry. Sharing policies are read with Exchange Online PowerShell, which Graph does not expose, so Posture Lens shows what to check.',
  remediation: [
    'Microsoft 365 admin center › Settings › Org settings › Services › Calendar: clear "Let your users share their calendars with people outside of your organization who have Office 365 or Exchange".',
    'Or remove the "*" entry from the default policy under Exchange admin center › Organization › Sharing.',
  ],
  fixAt: adminPages.m365Calendar,
  setTo: {
    setting:
      'Let your users share their calendars with people outside of your organization who have Office 365 or Exchange',
    value: 'Not selected',
  },
  check: {
    how: 'powershell',
    what: ['Get-SharingPolicy: the default policy lists no "*:" (all domains) entry, or is disabled'],
    command: 'Get-SharingPolicy | Format-List Name,Default,Enabled,Domains',
  },
});
