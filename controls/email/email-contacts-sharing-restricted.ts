import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoSharingPolicies, sharedWithAll } from '../../lib/graph/sources/services/exo-sharing-policies';

// CISA MS.EXO.6.1v1 (EXOConfig.rego: a policy with a "*" entry sharing Contacts fails). As for calendars
// (email-calendar-sharing-restricted), a disabled policy applies to no one and doesn't fail; Exchange
// offers no anonymous contacts sharing, so only "*" entries can.
export default defineControl({
  id: 'email-contacts-sharing-restricted',
  title: 'Contacts folders are not shared with every external domain',
  category: 'data',
  service: 'email',
  maxScore: 1,
  refs: {
    scuba: 'MS.EXO.6.1v1',
    learn: 'https://learn.microsoft.com/exchange/sharing/sharing-policies/sharing-policies',
  },
  threats: ['Harvesting of contact lists for phishing', 'Disclosure of partner and customer relationships'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A sharing policy that lets people share their Contacts folder with every external domain exposes who the organisation deals with, a ready-made target list. CISA MS.EXO.6.1v1 asks that no sharing policy shares contacts with all domains. Passes when no enabled sharing policy has a "*" (every domain) entry with ContactsSharing. Graph does not expose sharing policies: Posture Lens reads them from Exchange Online (Get-SharingPolicy) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Exchange admin center › Organization › Sharing › Individual sharing: edit each policy and remove "Contacts" from the "Sharing with all domains" rule, or remove that rule.',
  ],
  fixAt: adminPages.exchangeIndividualSharing,
  setTo: { setting: 'Sharing with all domains: Share contacts folder', value: 'Not selected' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-SharingPolicy: no enabled policy lists a "*:" (all domains) entry with ContactsSharing'],
    command: 'Get-SharingPolicy | Format-List Name,Enabled,Domains',
  },
  sources: { policies: exoSharingPolicies },
  evaluate: ({ policies }, v) => {
    const open = sharedWithAll(policies, 'ContactsSharing');
    const ev = policies.map((p) => evidence('exoSharingPolicies', p, ['Enabled', 'Default', 'Domains']));
    if (open.length === 0) return v.pass('No enabled sharing policy shares contacts folders with every domain.', ev);
    const names = [...new Set(open.map((o) => o.policy.Name))];
    return v.fail(
      `Contacts folders are shared with every domain: ${open.map((o) => `${o.policy.Name} has '${o.entry}'`).join('; ')}.`,
      ev,
      { noun: 'sharing policies sharing contacts with all domains', count: names.length, sample: names.slice(0, 5) },
    );
  },
});
