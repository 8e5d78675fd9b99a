import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoOutboundSpamPolicies } from '../../lib/graph/sources/services/exo-outbound-spam-policies';
import { exoRemoteDomains } from '../../lib/graph/sources/services/exo-remote-domains';
import {
  exoAcceptedDomains,
  recipientSide,
  type AcceptedDomain,
} from '../../lib/graph/sources/services/exo-accepted-domains';
import { exoForwardingRules, type ForwardingRule } from '../../lib/graph/sources/services/exo-transport-rules';

const AUTOMATIC_NOTE =
  "AutoForwardingMode Automatic is system-controlled: Microsoft has blocked external forwarding with it since 2020 (Microsoft Learn, outbound spam policies). CIS 6.2.1 asks for 'Off' explicitly, so it can't change under you.";

/** Enforced, enabled mail flow rules that redirect or blind-copy to recipients outside, or maybe outside. */
function forwardingRules(rules: readonly ForwardingRule[], accepted: readonly AcceptedDomain[]) {
  const acting = rules.filter((r) => r.State === 'Enabled' && r.Mode === 'Enforce');
  const sent = (r: ForwardingRule) => [...(r.RedirectMessageTo ?? []), ...(r.BlindCopyTo ?? [])];
  return {
    outside: acting.filter((r) => sent(r).some((x) => recipientSide(x, accepted) === 'outside')),
    unsure: acting.filter((r) => sent(r).some((x) => recipientSide(x, accepted) === 'unsure')),
    copying: rules.filter((r) => sent(r).length > 0),
  };
}

// Three reads, all must block. Outbound spam policies (CIS 6.2.1, Secure Score mdo_autoforwardingmode): no
// policy set to 'On'; 'Automatic' blocks today, as Microsoft documents, so it passes with a note where
// CIS's text wants 'Off'. Remote domains (CISA MS.EXO.1.1v2, EXOConfig.rego): no remote domain, Default
// or named, with AutoForwardEnabled, as ScubaGear without an allowed-domains config. Mail flow rules (CIS
// 6.2.1's third check): no enabled, enforced rule redirects or blind-copies to an address outside the
// accepted domains; a recipient named without an address can't be placed, so it leaves the verdict unknown.
export default defineControl({
  id: 'email-external-forwarding-blocked',
  title: 'Automatic forwarding of mail to external addresses is blocked',
  category: 'apps',
  service: 'email',
  maxScore: 6,
  refs: {
    secureScore: 'mdo_autoforwardingmode',
    cis: '6.2.1',
    scuba: 'MS.EXO.1.1v2',
    learn: 'https://learn.microsoft.com/defender-office-365/outbound-spam-policies-external-email-forwarding',
  },
  threats: ['Silent exfiltration of mail after account compromise', 'Business email compromise'],
  userImpact: 'moderate',
  implementationCost: 'low',
  rationale:
    'Attackers who take over a mailbox add a rule that forwards every message outside, and keep reading mail after the password is changed. CIS 6.2.1, CISA MS.EXO.1.1v2 and Secure Score (mdo_autoforwardingmode) block automatic external forwarding. Passes when no outbound spam policy turns forwarding On (Automatic, the default, is blocked by Microsoft since 2020 and is noted) no remote domain, Default or named, allows automatic forwarding, and no mail flow rule redirects or blind-copies mail to an address outside the accepted domains. Graph does not expose these: Posture Lens reads them from Exchange Online (Get-HostedOutboundSpamFilterPolicy, Get-RemoteDomain, Get-TransportRule, Get-AcceptedDomain) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-spam › Anti-spam outbound policy (Default), and every custom outbound policy: set "Automatic forwarding rules" to "Off - Forwarding is disabled".',
    'Exchange admin center › Mail flow › Remote domains: for Default and every named domain, clear "Allow automatic forwarding".',
    'Remove transport rules that redirect mail to external recipients, or allow named exceptions only.',
  ],
  fixAt: adminPages.defenderAntiSpam,
  setTo: { setting: 'Automatic forwarding rules', value: 'Off - Forwarding is disabled' },
  onPages: [{ page: adminPages.exchangeRemoteDomains, labels: ['Allow automatic forwarding'] }],
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-HostedOutboundSpamFilterPolicy: AutoForwardingMode is Off in every policy',
      'Get-RemoteDomain: AutoForwardEnabled is False for every remote domain',
      'Get-TransportRule: no rule redirects or blind-copies mail to external recipients',
    ],
    command:
      'Get-HostedOutboundSpamFilterPolicy | Format-List Name,AutoForwardingMode; Get-RemoteDomain | Format-List Name,DomainName,AutoForwardEnabled',
  },
  sources: {
    policies: exoOutboundSpamPolicies,
    domains: exoRemoteDomains,
    rules: exoForwardingRules,
    accepted: exoAcceptedDomains,
  },
  evaluate: ({ policies, domains, rules, accepted }, v) => {
    if (!policies.some((p) => p.IsDefault))
      return v.unknown({
        kind: 'malformedField',
        source: 'exoOutboundSpamPolicies',
        path: 'value',
        problem: 'no Default policy (IsDefault True), which every tenant has',
      });
    if (!domains.some((d) => d.DomainName === '*'))
      return v.unknown({
        kind: 'malformedField',
        source: 'exoRemoteDomains',
        path: 'value',
        problem: 'no Default remote domain (DomainName *), which every tenant has',
      });
    const on = policies.filter((p) => p.AutoForwardingMode === 'On');
    const automatic = policies.filter((p) => p.AutoForwardingMode === 'Automatic');
    const open = domains.filter((d) => d.AutoForwardEnabled);
    const redirects = forwardingRules(rules, accepted);
    const ev = [
      ...policies.map((p) =>
        evidence(
          'exoOutboundSpamPolicies',
          p,
          ['AutoForwardingMode', 'IsDefault'],
          p.AutoForwardingMode === 'Automatic' ? AUTOMATIC_NOTE : undefined,
          ['AutoForwardingMode'],
        ),
      ),
      ...domains.map((d) =>
        evidence('exoRemoteDomains', d, ['DomainName', 'AutoForwardEnabled'], undefined, ['AutoForwardEnabled']),
      ),
      ...redirects.copying.map((r) =>
        evidence('exoTransportRules', r, ['State', 'Mode', 'RedirectMessageTo', 'BlindCopyTo']),
      ),
    ];
    const problems = [
      ...on.map((p) => `outbound spam policy ${p.Name} turns automatic forwarding On`),
      ...open.map((d) => `remote domain ${d.Name} (${d.DomainName}) allows automatic forwarding`),
      ...redirects.outside.map((r) => `mail flow rule ${r.Name} sends mail outside`),
    ];
    if (problems.length > 0)
      return v.fail(`Mail can be forwarded outside automatically: ${problems.join('; ')}.`, ev, {
        noun: 'policies, remote domains and rules forwarding outside',
        count: problems.length,
        sample: [...on, ...open, ...redirects.outside].map((x) => x.Name).slice(0, 5),
      });
    if (redirects.unsure.length > 0)
      return v.unknown(
        {
          kind: 'notEvaluated',
          why: `Mail flow rule ${redirects.unsure.map((r) => r.Name).join(', ')} sends mail to a recipient named without an address, which may be a contact outside; check where it goes.`,
        },
        ev,
      );
    return v.pass(
      automatic.length > 0
        ? `Automatic external forwarding is blocked: no remote domain allows it, no mail flow rule sends mail outside, and ${automatic.map((p) => p.Name).join(', ')} leave${automatic.length === 1 ? 's' : ''} it to Microsoft (Automatic, blocked).`
        : 'Automatic external forwarding is blocked: every outbound spam policy sets it Off, no remote domain allows it and no mail flow rule sends mail outside.',
      ev,
    );
  },
});
