import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { licences } from '../../lib/graph/sources/licences';
import { atpPresetRules, builtInProtectionRule } from '../../lib/graph/sources/services/preset-rules';
import { safeLinksPolicies, safeLinksRules, type SafeLinksPolicy } from '../../lib/graph/sources/services/safe-links';
import { coverageOf } from '../shared/defender-coverage';
import { judgePolicies } from '../shared/defender-verdict';

// CIS 2.1.1 (v7), which asks for every setting below. ScubaGear's Defender baseline has no Safe Links
// policy of its own (it relies on the presets, MS.DEFENDER.1.x), so CIS decides the settings here.
const ON = [
  'EnableSafeLinksForEmail',
  'EnableSafeLinksForTeams',
  'EnableSafeLinksForOffice',
  'ScanUrls',
  'EnableForInternalSenders',
  'DeliverMessageAfterScan',
  'TrackClicks',
] as const;

export default defineControl({
  id: 'defender-safe-links-enabled',
  title: 'Safe Links checks links in email, Teams and Office apps',
  category: 'apps',
  service: 'defender',
  maxScore: 6,
  refs: {
    secureScore: 'mdo_safelinksforemail',
    cis: '2.1.1',
    learn: 'https://learn.microsoft.com/defender-office-365/safe-links-about',
  },
  threats: [
    'Credential phishing links',
    'Malware downloads from links',
    'Weaponised links that turn malicious after delivery',
  ],
  userImpact: 'low',
  implementationCost: 'low',
  licence: licences.defenderOfficeP1,
  rationale:
    'Safe Links rewrites and checks links when they are clicked, catching phishing pages that turn malicious after delivery. CIS 2.1.1 and Secure Score (mdo_safelinksforemail, mdo_safelinksforOfficeApps) ask for a policy covering email, Teams and Office apps for all recipients, with click-through off. A policy protects only whom its rule covers, so every policy in effect must meet this, and together they must cover everyone; Built-In Protection, which covers whoever is left, lets people click through. It needs Defender for Office 365 Plan 1. Posture Lens reads the policies and rules from Exchange Online (Get-SafeLinksPolicy, Get-SafeLinksRule and the preset rules) when that service is on for the tenant, and otherwise shows what to check.',
  remediation: [
    'Microsoft Defender › Policies › Preset security policies: apply Standard protection to all recipients (it includes Safe Links).',
    'Or, under Policies › Safe Links, create a policy for all recipients with email, Teams and Office apps on, real-time URL scanning, internal senders, wait for scan, click tracking, and "Let users click through" off.',
  ],
  fixAt: adminPages.defenderSafeLinks,
  setTo: {
    setting: 'On: Safe Links checks a list of known, malicious links when users click links in email',
    value: 'Selected, in a policy for all recipients',
  },
  manualCheck: {
    how: 'powershell',
    what: [
      'A Safe Links policy (or the Standard or Strict preset) applies to all recipients',
      'EnableSafeLinksForEmail, EnableSafeLinksForTeams and EnableSafeLinksForOffice are True',
      'ScanUrls, EnableForInternalSenders, DeliverMessageAfterScan and TrackClicks are True; AllowClickThrough is False',
    ],
    command:
      'Get-SafeLinksPolicy | Format-List Name,EnableSafeLinksForEmail,EnableSafeLinksForTeams,EnableSafeLinksForOffice,ScanUrls,EnableForInternalSenders,DeliverMessageAfterScan,TrackClicks,AllowClickThrough; Get-SafeLinksRule | Format-List Name,SafeLinksPolicy,State,SentTo,SentToMemberOf,RecipientDomainIs',
  },
  // The policy flyout's section, and the older flyout's click-through option.
  onPages: [
    {
      page: adminPages.defenderSafeLinks,
      labels: ['URL & click protection settings', 'Do not allow users to click through to original URL'],
    },
  ],
  sources: {
    policies: safeLinksPolicies,
    rules: safeLinksRules,
    presets: atpPresetRules,
    builtIn: builtInProtectionRule,
  },
  evaluate: ({ policies, rules, presets, builtIn }, v) =>
    judgePolicies(
      v,
      coverageOf<SafeLinksPolicy>({
        policies,
        rules,
        rulesSource: safeLinksRules.id,
        presetRules: presets,
        presetSource: atpPresetRules.id,
        field: 'SafeLinksPolicy',
        fallback: (p) => p.IsBuiltInProtection,
        builtIn: { rule: builtIn, source: builtInProtectionRule.id },
      }),
      {
        kind: 'Safe Links policy',
        source: safeLinksPolicies.id,
        fields: [...ON, 'AllowClickThrough'],
        problems: (p) => [
          ...ON.filter((f) => !p[f]).map((f) => `${f} is False`),
          ...(p.AllowClickThrough ? ['AllowClickThrough is True'] : []),
        ],
        meets: 'checks links in email, Teams and Office apps, internal mail included, without click-through',
      },
    ),
});
