import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { spamFilterPolicies, spamFilterRules, type SpamFilterPolicy } from '../../lib/graph/sources/services/anti-spam';
import {
  malwareFilterPolicies,
  malwareFilterRules,
  type MalwareFilterPolicy,
} from '../../lib/graph/sources/services/malware-filter';
import { eopPresetRules } from '../../lib/graph/sources/services/preset-rules';
import { coverageOf } from '../shared/defender-coverage';
import { bothOf, judgePolicies } from '../shared/defender-verdict';

// Secure Score (mdo_zapspam, mdo_zapphish, mdo_zapmalware) decides mail ZAP; neither CIS v7 nor ScubaGear
// has an item for it (CIS 2.4.4 is ZAP for Teams: defender-teams-zap-enabled). A policy protects only
// whom its rule covers, so every anti-spam and anti-malware policy in effect must purge.
export default defineControl({
  id: 'defender-zap-enabled',
  title: 'Zero-hour auto purge removes spam, phishing and malware after delivery',
  category: 'apps',
  service: 'defender',
  maxScore: 3,
  refs: {
    secureScore: 'mdo_zapspam',
    learn: 'https://learn.microsoft.com/defender-office-365/zero-hour-auto-purge',
  },
  threats: ['Phishing and malware that are recognised only after delivery'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Zero-hour auto purge (ZAP) pulls spam, phishing and malware out of mailboxes once Microsoft learns a delivered message is bad. Secure Score (mdo_zapspam, mdo_zapphish, mdo_zapmalware) asks for it on; it is on by default, so a policy with it off was turned off by someone. Posture Lens reads the anti-spam and anti-malware policies and their rules from Exchange Online (Get-HostedContentFilterPolicy, Get-MalwareFilterPolicy, their rules and the preset rules) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Anti-spam and Anti-malware: turn zero-hour auto purge back on in every policy.',
  ],
  fixAt: adminPages.defenderAntiSpam,
  setTo: { setting: 'Zero-hour auto purge (ZAP)', value: 'On' },
  manualCheck: {
    how: 'powershell',
    what: [
      'Get-HostedContentFilterPolicy: SpamZapEnabled and PhishZapEnabled are True in every policy in effect',
      'Get-MalwareFilterPolicy: ZapEnabled is True in every policy in effect',
    ],
    command:
      'Get-HostedContentFilterPolicy | Format-List Name,SpamZapEnabled,PhishZapEnabled; Get-MalwareFilterPolicy | Format-List Name,ZapEnabled',
  },
  onPages: [{ page: adminPages.defenderAntiSpam, labels: ['Zero-hour auto purge (ZAP)'] }],
  sources: {
    spam: spamFilterPolicies,
    spamRules: spamFilterRules,
    malware: malwareFilterPolicies,
    malwareRules: malwareFilterRules,
    presets: eopPresetRules,
  },
  evaluate: ({ spam, spamRules, malware, malwareRules, presets }, v) => {
    const preset = { presetRules: presets, presetSource: eopPresetRules.id };
    const spamVerdict = judgePolicies(
      v,
      coverageOf<SpamFilterPolicy>({
        policies: spam,
        rules: spamRules,
        rulesSource: spamFilterRules.id,
        ...preset,
        field: 'HostedContentFilterPolicy',
        fallback: (p) => p.IsDefault,
      }),
      {
        kind: 'Anti-spam policy',
        source: spamFilterPolicies.id,
        fields: ['SpamZapEnabled', 'PhishZapEnabled'],
        problems: (p) =>
          (['SpamZapEnabled', 'PhishZapEnabled'] as const).filter((f) => !p[f]).map((f) => `${f} is False`),
        meets: 'purges spam and phishing',
      },
    );
    const malwareVerdict = judgePolicies(
      v,
      coverageOf<MalwareFilterPolicy>({
        policies: malware,
        rules: malwareRules,
        rulesSource: malwareFilterRules.id,
        ...preset,
        field: 'MalwareFilterPolicy',
        fallback: (p) => p.IsDefault,
      }),
      {
        kind: 'Anti-malware policy',
        source: malwareFilterPolicies.id,
        fields: ['ZapEnabled'],
        problems: (p) => (p.ZapEnabled ? [] : ['ZapEnabled is False']),
        meets: 'purges malware',
      },
    );
    return bothOf(v, spamVerdict, malwareVerdict);
  },
});
