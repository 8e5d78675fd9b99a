import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { systemPreferredMfa } from '../../lib/graph/sources/authentication-methods-policy';

const ALL_USERS = 'all_users';

export default defineControl({
  id: 'entra-system-preferred-mfa-enabled',
  title: 'System-preferred MFA is enabled for all users',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: {
    cis: '5.2.3.6',
    learn:
      'https://learn.microsoft.com/entra/identity/authentication/concept-system-preferred-multifactor-authentication',
  },
  threats: ['SIM swapping', 'One-time code phishing'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'People tend to keep the first method they registered, often SMS. System-preferred MFA asks each user ' +
    'for the strongest method they have registered instead. Passes when systemCredentialPreferences is ' +
    "'enabled' for all users with nobody excluded (CIS 5.2.3.6). 'Microsoft managed' ('default') does not count: " +
    'Graph documents its value as disabled. The setting is read from the Graph beta endpoint, the only one that has it.',
  remediation: [
    'Open Entra admin center › Authentication methods › Settings.',
    "Under 'System-preferred multifactor authentication', set State to Enabled and Include to All users.",
    'Remove any excluded users or groups and save.',
  ],
  fixAt: adminPages.authMethodsSettings,
  setTo: { setting: 'System-preferred multifactor authentication › State', value: 'Enabled, for All users' },
  onPages: [{ page: adminPages.authMethodsSettings, labels: ['System-preferred multifactor authentication'] }],
  sources: { policy: systemPreferredMfa },
  evaluate: ({ policy }, v) => {
    const prefs = policy.systemCredentialPreferences;
    const ev = [
      evidence('authenticationMethodsPolicy', policy, [
        'systemCredentialPreferences.state',
        'systemCredentialPreferences.includeTargets',
        'systemCredentialPreferences.excludeTargets',
      ]),
    ];
    if (prefs.state !== 'enabled')
      return v.fail(
        `System-preferred MFA is '${prefs.state}'${prefs.state === 'default' ? ' (Microsoft-managed, which Graph documents as disabled)' : ''}.`,
        ev,
      );
    if (!prefs.includeTargets.some((t) => t.id === ALL_USERS))
      return v.fail(
        `System-preferred MFA is enabled only for ${prefs.includeTargets.length} ${prefs.includeTargets.length === 1 ? 'group or user' : 'groups or users'}, not all users.`,
        ev,
      );
    if (prefs.excludeTargets.length > 0)
      return v.fail(
        `System-preferred MFA is enabled for all users but excludes ${prefs.excludeTargets.map((t) => `the ${t.targetType} ${t.id}`).join(', ')}.`,
        ev,
      );
    return v.pass('System-preferred MFA is enabled for all users, with nobody excluded.', ev);
  },
});
