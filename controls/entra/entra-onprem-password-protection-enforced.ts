import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { groupSettings, SettingTemplateIds } from '../../lib/graph/sources/group-settings';
import { licences } from '../../lib/graph/sources/licences';
import { organization } from '../../lib/graph/sources/organization';
import { templateEntry, wordValue } from '../shared/group-setting-entry';
import { syncedTenant } from '../shared/hybrid';

const TEMPLATE = SettingTemplateIds.passwordRuleSettings;
const CHECK = 'EnableBannedPasswordCheckOnPremises';
const MODE = 'BannedPasswordCheckOnPremisesMode';

export default defineControl({
  id: 'entra-onprem-password-protection-enforced',
  title: 'Password protection is enforced for on-premises Active Directory',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP1,
  refs: {
    secureScore: 'aad_password_protection',
    cis: '5.2.3.3',
    eidsca: 'EIDSCA.PR01, EIDSCA.PR02',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/howto-password-ban-bad-on-premises-operations',
  },
  threats: ['Password spraying', 'Guessable passwords'],
  userImpact: 'low',
  implementationCost: 'moderate',
  notApplicableWhen:
    'The tenant does not synchronise from on-premises Active Directory (organization.onPremisesSyncEnabled is null or false), so there is no on-premises directory to protect.',
  rationale:
    'In a hybrid tenant, passwords are set against on-premises domain controllers, where the cloud banned ' +
    'password lists do not apply unless Entra Password Protection is on and in Enforce mode; Audit only ' +
    'logs. Passes when the Password Rule Settings directory setting has EnableBannedPasswordCheckOnPremises ' +
    'True and BannedPasswordCheckOnPremisesMode Enforce (CIS 5.2.3.3, EIDSCA.PR01/PR02, Secure Score ' +
    'aad_password_protection). No entry means the defaults (on, Audit), which fail. A tenant that does not ' +
    'synchronise from on-premises AD (organization.onPremisesSyncEnabled not true) passes as not applicable. ' +
    'Whether the DC agents are installed cannot be read from Graph.',
  remediation: [
    'Install the Microsoft Entra Password Protection proxy service and the DC agent on every domain controller.',
    'Open Entra admin center › Protection › Authentication methods › Password protection.',
    "Set 'Enable password protection on Windows Server Active Directory' to Yes and 'Mode' to Enforced, and save.",
  ],
  fixAt: adminPages.entraPasswordProtection,
  setTo: { setting: 'Enable password protection on Windows Server Active Directory', value: 'Yes, with Mode Enforced' },
  onPages: [
    {
      page: adminPages.entraPasswordProtection,
      labels: ['Enable password protection on Windows Server Active Directory'],
    },
  ],
  sources: { org: organization, settings: groupSettings },
  evaluate: ({ org, settings }, v) => {
    const hybrid = syncedTenant(org, v);
    if ('verdict' in hybrid) return hybrid.verdict;
    const found = templateEntry(settings, TEMPLATE, 'Password Rule Settings', v);
    if (found.kind === 'malformed') return found.verdict;
    if (found.kind === 'none')
      return v.fail(
        'No Password Rule Settings entry: the defaults apply, so on-premises password protection only audits.',
        [hybrid.evidence, found.evidence],
      );
    const { entry } = found;
    const check = wordValue(v, found, CHECK, /^(true|false)$/i, 'True or False');
    if (typeof check !== 'string') return check;
    const mode = wordValue(v, found, MODE, /^(enforce|audit)$/i, 'Enforce or Audit');
    if (typeof mode !== 'string') return mode;
    const ev = [
      hybrid.evidence,
      evidence(
        'groupSettings',
        {
          id: entry.id,
          displayName: entry.displayName ?? 'Password Rule Settings',
          templateId: entry.templateId,
          [CHECK]: check,
          [MODE]: mode,
        },
        ['templateId', CHECK, MODE],
      ),
    ];
    if (check.toLowerCase() !== 'true')
      return v.fail(`On-premises password protection is off (${CHECK} is ${check}).`, ev);
    if (mode.toLowerCase() !== 'enforce')
      return v.fail(`On-premises password protection only audits (${MODE} is ${mode}).`, ev);
    return v.pass('On-premises password protection is on and enforced.', ev);
  },
});
