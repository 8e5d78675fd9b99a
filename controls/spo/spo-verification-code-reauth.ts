import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { SHARING, spoVerificationCode } from '../../lib/graph/sources/services/spo-tenant';

const MAX_DAYS = 15;

// CIS 7.2.10 asks re-verification within 15 days; CISA MS.SHAREPOINT.3.3v2 allows 30. This follows CIS,
// the stricter, so a pass meets both. Like ScubaGear, not applicable when SharePoint shares with neither
// anyone nor new guests (only those get verification codes).
export default defineControl({
  id: 'spo-verification-code-reauth',
  title: 'People using a verification code re-verify within 15 days',
  category: 'data',
  service: 'spo',
  maxScore: 2,
  refs: {
    cis: '7.2.10',
    scuba: 'MS.SHAREPOINT.3.3v2',
    learn: 'https://learn.microsoft.com/sharepoint/turn-external-sharing-on-or-off',
  },
  threats: ['Lasting access from a forwarded or compromised mailbox'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'People outside the organisation who open a shared file with a one-time code keep access for as long as the code session lasts; if their mailbox is compromised or the invitation is forwarded, that access goes with it. CIS 7.2.10 asks them to re-verify within 15 days (CISA MS.SHAREPOINT.3.3v2 allows 30). Graph does not expose this: Posture Lens reads it from SharePoint Online (GET /_api/SPO.Tenant) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'SharePoint admin center › Policies › Sharing › More external sharing settings: tick "People who use a verification code must reauthenticate after this many days" and enter 15 or fewer, then save.',
  ],
  fixAt: adminPages.spoSharing,
  setTo: { setting: 'People who use a verification code must reauthenticate after this many days', value: '15' },
  onPages: [
    {
      page: adminPages.spoSharing,
      labels: ['People who use a verification code must reauthenticate after this many days'],
    },
  ],
  notApplicableWhen: 'SharePoint shares only inside the organisation or with existing guests.',
  manualCheck: {
    how: 'powershell',
    what: ['EmailAttestationRequired is True with EmailAttestationReAuthDays 15 or less'],
    command: 'Get-SPOTenant | Format-List SharingCapability,EmailAttestationRequired,EmailAttestationReAuthDays',
  },
  sources: { spo: spoVerificationCode },
  evaluate: ({ spo }, v) => {
    const ev = [
      evidence('spoTenant', spo, ['SharingCapability', 'EmailAttestationRequired', 'EmailAttestationReAuthDays']),
    ];
    const days = spo.EmailAttestationReAuthDays;
    if (spo.SharingCapability !== SHARING.anyone && spo.SharingCapability !== SHARING.newAndExistingGuests)
      return v.notApplicable(
        'SharePoint shares only inside the organisation or with existing guests: no one gets a verification code.',
        ev,
      );
    if (!spo.EmailAttestationRequired)
      return v.fail('People who open files with a verification code never have to verify again.', ev);
    return days <= MAX_DAYS
      ? v.pass(`People using a verification code re-verify every ${days} days.`, ev)
      : v.fail(`People using a verification code re-verify only every ${days} days (at most ${MAX_DAYS} asked).`, ev);
  },
});
