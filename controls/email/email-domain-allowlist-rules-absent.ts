import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoSclRules } from '../../lib/graph/sources/services/exo-transport-rules';

// CIS 6.2.2 (the only benchmark with it): no mail flow rule matches sender domains and sets SCL -1 (bypass
// spam filtering). A disabled rule does nothing, so it doesn't fail, but is named in the evidence; a rule
// in Audit mode doesn't act either (only Enforce does) and is treated the same way.
export default defineControl({
  id: 'email-domain-allowlist-rules-absent',
  title: 'No mail flow rule lets whole sender domains skip spam filtering',
  category: 'apps',
  service: 'email',
  maxScore: 3,
  refs: {
    secureScore: 'exo_transportrulesallowlistdomains',
    cis: '6.2.2',
    learn: 'https://learn.microsoft.com/powershell/module/exchange/get-transportrule',
  },
  threats: ['Phishing from spoofed or compromised partner domains', 'Malware delivery bypassing filters'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'A transport rule that sets the spam confidence level to -1 for a sender domain delivers anything claiming that domain straight to the inbox, spoofed or not. CIS 6.2.2 and Secure Score (exo_transportrulesallowlistdomains) ask for no such rules. Passes when no enabled rule in Enforce mode has SenderDomainIs set together with SetSCL -1. Graph does not expose mail flow rules: Posture Lens reads them from Exchange Online (Get-TransportRule) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Exchange admin center › Mail flow › Rules: remove or narrow every rule that sets the spam confidence level to "Bypass spam filtering" for a sender domain.',
  ],
  fixAt: adminPages.exchangeTransportRules,
  setTo: {
    setting: 'Set the spam confidence level (SCL), in rules that match a sender domain',
    value: 'Anything but Bypass spam filtering, or remove the rule',
  },
  manualCheck: {
    how: 'powershell',
    what: ['Get-TransportRule: no rule has SenderDomainIs set together with SetSCL -1'],
    command:
      'Get-TransportRule | Where-Object { $_.SenderDomainIs -and $_.SetSCL -eq -1 } | Format-List Name,State,Mode,SenderDomainIs,SetSCL',
  },
  sources: { rules: exoSclRules },
  evaluate: ({ rules }, v) => {
    const allowing = rules.filter((r) => (r.SenderDomainIs?.length ?? 0) > 0 && r.SetSCL === -1);
    const acting = allowing.filter((r) => r.State === 'Enabled' && r.Mode === 'Enforce');
    // Every rule, so a pass shows what was read; none at all is said so.
    const ev =
      rules.length === 0
        ? [evidence('exoTransportRules', { Name: 'Mail flow rules', count: 0 }, ['count'])]
        : rules.map((r) =>
            evidence(
              'exoTransportRules',
              r,
              ['State', 'Mode', 'SenderDomainIs', 'SetSCL'],
              allowing.includes(r) && !acting.includes(r) ? 'Not acting (disabled or not in Enforce mode).' : undefined,
            ),
          );
    if (acting.length === 0)
      return v.pass(
        allowing.length === 0
          ? rules.length === 0
            ? 'The tenant has no mail flow rules, so none lets a sender domain bypass spam filtering.'
            : `None of the ${rules.length} mail flow rules lets a sender domain bypass spam filtering.`
          : `No acting mail flow rule lets a sender domain bypass spam filtering (${allowing.length} disabled or in audit mode would).`,
        ev,
      );
    return v.fail(
      `Mail from these sender domains skips spam filtering: ${acting.map((r) => `${r.Name} (${(r.SenderDomainIs ?? []).join(', ')})`).join('; ')}.`,
      ev,
      {
        noun: 'mail flow rules bypassing spam filtering',
        count: acting.length,
        sample: acting.map((r) => r.Name).slice(0, 5),
      },
    );
  },
});
