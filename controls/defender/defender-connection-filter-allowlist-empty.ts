import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { connectionFilterPolicies } from '../../lib/graph/sources/services/anti-spam';

// CIS 2.1.12 (no IP allow list) and 2.1.13 (safe list off), v7. The connection filter has no rules: its
// one policy (Default) applies to all inbound mail, so every policy listed is judged.
export default defineControl({
  id: 'defender-connection-filter-allowlist-empty',
  title: 'No IP address or safe list skips spam filtering',
  category: 'apps',
  service: 'defender',
  maxScore: 2,
  refs: {
    secureScore: 'mdo_connectionfilter',
    cis: '2.1.12, 2.1.13',
    learn: 'https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure',
  },
  threats: ['Spam and phishing relayed through an allow-listed IP address'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Mail from an IP address on the connection filter's allow list, or on Microsoft's safe list, skips spam filtering: a compromised or shared sender there delivers whatever it wants. CIS 2.1.12 and 2.1.13 and Secure Score (mdo_connectionfilter) ask for an empty IP allow list and the safe list off. Posture Lens reads the connection filter from Exchange Online (Get-HostedConnectionFilterPolicy) when that service is on for the tenant, and otherwise shows what to check.",
  remediation: [
    'Microsoft Defender › Policies › Anti-spam › Connection filter policy (Default): remove every address under "Always allow messages from the following IP addresses", and clear "Turn on safe list".',
  ],
  fixAt: adminPages.defenderAntiSpam,
  setTo: { setting: 'Always allow messages from the following IP addresses or address range', value: 'None' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-HostedConnectionFilterPolicy: IPAllowList is empty and EnableSafeList is False'],
    command: 'Get-HostedConnectionFilterPolicy | Format-List Name,IPAllowList,EnableSafeList',
  },
  onPages: [{ page: adminPages.defenderAntiSpam, labels: ['Connection filter policy (Default)'] }],
  sources: { filters: connectionFilterPolicies },
  evaluate: ({ filters }, v) => {
    const ev = filters.map((f) => evidence(connectionFilterPolicies.id, f, ['IPAllowList', 'EnableSafeList']));
    const open = filters.flatMap((f) => [
      ...(f.IPAllowList?.length ? [`'${f.Name}' allows ${f.IPAllowList.join(', ')}`] : []),
      ...(f.EnableSafeList ? [`'${f.Name}' has the safe list on`] : []),
    ]);
    if (!filters.length)
      return v.malformed(
        connectionFilterPolicies.id,
        'value',
        'no connection filter policy (every tenant has Default)',
      );
    return open.length
      ? v.fail(`Mail skips spam filtering: ${open.join('; ')}.`, ev)
      : v.pass('The connection filter allows no IP address and the safe list is off.', ev);
  },
});
