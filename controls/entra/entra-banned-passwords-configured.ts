import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { groupSettings, SettingTemplateIds, settingValue } from '../../lib/graph/sources/group-settings';
import { licences } from '../../lib/graph/sources/licences';
import { templateEntry, wordValue } from '../shared/group-setting-entry';

const TEMPLATE = SettingTemplateIds.passwordRuleSettings;
const FIELDS = [
  'templateId',
  'EnableBannedPasswordCheck',
  'BannedPasswordCount',
  'LockoutThreshold',
  'LockoutDurationInSeconds',
];

export default defineControl({
  id: 'entra-banned-passwords-configured',
  title: 'A custom banned password list is enforced',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP1,
  refs: {
    secureScore: 'aad_custom_banned_passwords',
    cis: '5.2.3.2',
    eidsca: 'EIDSCA.PR03',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/concept-password-ban-bad',
  },
  threats: ['Password spraying', 'Guessable passwords'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    "Microsoft's global banned list doesn't know your organisation: company, product and place names, and " +
    'their variants, are what attackers spray first. Passes when the Password Rule Settings directory ' +
    'setting (template 5cf42378…) has EnableBannedPasswordCheck True and a non-empty BannedPasswordList ' +
    '(CIS 5.2.3.2, EIDSCA.PR03, Secure Score aad_custom_banned_passwords). No entry means the defaults, ' +
    'which have no custom list. The smart lockout threshold and duration (CIS v7 5.2.3.8/9) are shown, not scored.',
  remediation: [
    'Open Entra admin center › Protection › Authentication methods › Password protection.',
    "Set 'Enforce custom list' to Yes and add your organisation's names, brands, products and places.",
    'Keep the lockout threshold at 10 or fewer failed sign-ins, and save.',
  ],
  fixAt: adminPages.entraPasswordProtection,
  setTo: { setting: 'Enforce custom list', value: 'Yes' },
  onPages: [{ page: adminPages.entraPasswordProtection, labels: ['Enforce custom list'] }],
  sources: { settings: groupSettings },
  evaluate: ({ settings }, v) => {
    const found = templateEntry(settings, TEMPLATE, 'Password Rule Settings', v);
    if (found.kind === 'malformed') return found.verdict;
    if (found.kind === 'none')
      return v.fail('No Password Rule Settings entry: the defaults apply, with no custom banned password list.', [
        found.evidence,
      ]);
    const { entry, at } = found;
    const check = wordValue(v, found, 'EnableBannedPasswordCheck', /^(true|false)$/i, 'True or False');
    if (typeof check !== 'string') return check;
    const list = settingValue(entry, 'BannedPasswordList');
    // The template documents an empty string as "no custom list"; null isn't documented.
    if (list == null) return v.malformed('groupSettings', at('BannedPasswordList'), list === null ? 'null' : 'missing');
    // The portal saves the list tab-separated; commas and new lines are accepted as separators too.
    const words = list
      .split(/[\t,\r\n]+/)
      .map((w) => w.trim())
      .filter((w) => w.length > 0);
    const threshold = settingValue(entry, 'LockoutThreshold') ?? null;
    const duration = settingValue(entry, 'LockoutDurationInSeconds') ?? null;
    const ev = [
      evidence(
        'groupSettings',
        {
          id: entry.id,
          displayName: entry.displayName ?? 'Password Rule Settings',
          templateId: entry.templateId,
          EnableBannedPasswordCheck: check,
          BannedPasswordCount: words.length,
          LockoutThreshold: threshold,
          LockoutDurationInSeconds: duration,
        },
        FIELDS,
        'The banned words themselves are left out of the evidence.',
      ),
    ];
    const lockout =
      threshold === null
        ? ''
        : ` Smart lockout locks after ${threshold} failed sign-ins${duration === null ? '' : ` for ${duration} s`}${Number(threshold) > 10 ? ', more than the 10 CIS v7 5.2.3.8 allows' : ''}.`;
    if (check.toLowerCase() !== 'true')
      return v.fail(
        `The custom banned password list is not enforced (EnableBannedPasswordCheck is ${check}).${lockout}`,
        ev,
      );
    if (words.length === 0)
      return v.fail(`The custom banned password check is on, but BannedPasswordList is empty.${lockout}`, ev);
    return v.pass(
      `A custom list of ${words.length} banned password${words.length === 1 ? '' : 's'} is enforced.${lockout}`,
      ev,
    );
  },
});
