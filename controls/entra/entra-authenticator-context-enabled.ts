import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import {
  authenticatorConfiguration,
  type FeatureConfiguration,
} from '../../lib/graph/sources/authentication-methods-policy';

const ALL_USERS = 'all_users';
// Graph's "nobody excluded" target: https://learn.microsoft.com/graph/api/resources/featuretarget
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** What is wrong with one feature setting, or null when it is on for everyone. */
function gap(name: string, f: FeatureConfiguration): string | null {
  if (f.state !== 'enabled')
    return `${name} is '${f.state}'${f.state === 'default' ? ' (Microsoft-managed, which Graph documents as disabled)' : ''}`;
  if (f.includeTarget.id !== ALL_USERS)
    return `${name} is on only for the ${f.includeTarget.targetType} ${f.includeTarget.id}`;
  if (f.excludeTarget.id !== NOBODY) return `${name} excludes the ${f.excludeTarget.targetType} ${f.excludeTarget.id}`;
  return null;
}

export default defineControl({
  id: 'entra-authenticator-context-enabled',
  title: 'Authenticator prompts show the app name and sign-in location',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  refs: {
    cis: '5.2.3.1',
    scuba: 'MS.AAD.3.3v2',
    eidsca: 'EIDSCA.AM06, EIDSCA.AM09',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/how-to-mfa-additional-context',
  },
  threats: ['MFA fatigue', 'Push bombing'],
  userImpact: 'low',
  implementationCost: 'low',
  notApplicableWhen:
    'Microsoft Authenticator is disabled in the authentication methods policy, so there is no push prompt to show context in.',
  rationale:
    'An attacker with a password can send push prompts until someone approves one. Showing the app being ' +
    'signed in to and where the request comes from lets people spot a sign-in that is not theirs. Passes ' +
    "when Microsoft Authenticator's 'Show application name' and 'Show geographic location' settings are " +
    'Enabled for all users with nobody excluded (CIS 5.2.3.1, CISA MS.AAD.3.3v2, EIDSCA.AM03/AM04). ' +
    "'Microsoft managed' does not count. With Authenticator off there are no push prompts, so it passes, " +
    'as CISA\'s baseline words it ("if Microsoft Authenticator is enabled").',
  remediation: [
    'Open Entra admin center › Authentication methods › Policies › Microsoft Authenticator › Configure.',
    "Set 'Show application name in push and passwordless notifications' to Enabled, target All users.",
    "Set 'Show geographic location in push and passwordless notifications' to Enabled, target All users.",
    'Remove any excluded group and save.',
  ],
  fixAt: adminPages.authMethodsPolicies,
  setTo: {
    setting:
      'Microsoft Authenticator › Show application name and Show geographic location in push and passwordless notifications',
    value: 'Enabled, for All users',
  },
  onPages: [{ page: adminPages.authMethodsPolicies, labels: ['Microsoft Authenticator'] }],
  sources: { authenticator: authenticatorConfiguration },
  evaluate: ({ authenticator }, v) => {
    const ev = [
      evidence('microsoftAuthenticatorConfiguration', authenticator, [
        'state',
        'featureSettings.displayAppInformationRequiredState',
        'featureSettings.displayLocationInformationRequiredState',
      ]),
    ];
    // Vacuous: with Authenticator off there is no push prompt whose context could be shown.
    if (authenticator.state === 'disabled')
      return v.notApplicable('Microsoft Authenticator is disabled, so there are no push prompts to judge.', ev);
    const f = authenticator.featureSettings;
    const gaps = [
      gap('Show application name', f.displayAppInformationRequiredState),
      gap('Show geographic location', f.displayLocationInformationRequiredState),
    ].filter((g): g is string => g !== null);
    if (gaps.length === 0)
      return v.pass('Microsoft Authenticator shows the application name and location to all users.', ev);
    return v.fail(`In Microsoft Authenticator, ${gaps.join('; ')}.`, ev);
  },
});
