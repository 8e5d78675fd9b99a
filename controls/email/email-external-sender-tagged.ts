import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { exoExternalInOutlook } from '../../lib/graph/sources/services/exo-external-in-outlook';
import { exoWarningRules, type WarningRule } from '../../lib/graph/sources/services/exo-transport-rules';

/** ScubaGear MS.EXO.7.1v1's rule: enabled, enforced, for mail from outside, prepending a subject tag. */
const warns = (r: WarningRule): boolean =>
  r.State === 'Enabled' &&
  r.Mode === 'Enforce' &&
  r.FromScope === 'NotInOrganization' &&
  (r.PrependSubject ?? '').trim() !== '';

// CIS 6.2.3 checks Outlook's built-in tag (Get-ExternalInOutlook Enabled); CISA MS.EXO.7.1v1's baseline asks
// for "external sender warnings" and its Rego looks only for a transport rule prepending a subject tag to
// mail from outside. Either warns the reader, so either passes here; the reason names which one did.
export default defineControl({
  id: 'email-external-sender-tagged',
  title: 'Outlook marks mail from external senders',
  category: 'apps',
  service: 'email',
  maxScore: 2,
  refs: {
    cis: '6.2.3',
    scuba: 'MS.EXO.7.1v1',
    learn: 'https://learn.microsoft.com/powershell/module/exchange/set-externalinoutlook',
  },
  threats: ['Phishing that impersonates colleagues', 'Business email compromise'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "An External tag on mail from outside the organisation helps people notice a message that pretends to come from a colleague. CIS 6.2.3 asks for Outlook's built-in external tagging (Set-ExternalInOutlook); CISA MS.EXO.7.1v1 accepts a mail flow rule that prepends a warning to the subject of mail from outside. Passes with either. Graph does not expose these: Posture Lens reads them from Exchange Online (Get-ExternalInOutlook, Get-TransportRule) when that service is on for the tenant, and otherwise shows what to check.",
  remediation: ['Run in Exchange Online PowerShell: Set-ExternalInOutlook -Enabled $true.'],
  fixAt: adminPages.exchangeTransportRules,
  setTo: { setting: 'Set-ExternalInOutlook -Enabled', value: '$true' },
  manualCheck: {
    how: 'powershell',
    what: ['Get-ExternalInOutlook: Enabled is True (or a transport rule prepends an external-sender warning)'],
    command: 'Get-ExternalInOutlook | Format-List Enabled,AllowList',
  },
  sources: { outlook: exoExternalInOutlook, rules: exoWarningRules },
  evaluate: ({ outlook, rules }, v) => {
    const warning = rules.filter(warns);
    const ev = [
      evidence('exoExternalInOutlook', outlook, ['Enabled']),
      ...warning.map((r) => evidence('exoTransportRules', r, ['State', 'Mode', 'FromScope', 'PrependSubject'])),
    ];
    if (outlook.Enabled) return v.pass('Outlook shows the External tag on mail from outside the organisation.', ev);
    if (warning.length > 0)
      return v.pass(
        `Mail from outside the organisation gets a subject warning from the mail flow rule ${warning.map((r) => r.Name).join(', ')} (Outlook's own External tag is off).`,
        ev,
      );
    return v.fail(
      "Nothing marks mail from outside: Outlook's External tag is off (Get-ExternalInOutlook Enabled is False) and no enforced mail flow rule prepends a warning to it.",
      ev,
    );
  },
});
