import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { adminsNotSsprEnabled } from '../../lib/graph/sources/admins-not-sspr-enabled';
import { licences } from '../../lib/graph/sources/licences';
import { memberRegistrationSummary } from '../../lib/graph/sources/registration-summary';

export default defineControl({
  id: 'entra-sspr-enabled',
  title: 'Self-service password reset is enabled for every member',
  category: 'identity',
  service: 'entra',
  maxScore: 3,
  licence: licences.entraP1,
  refs: {
    secureScore: 'SelfServicePasswordReset',
    cis: '5.2.4.1',
    learn: 'https://learn.microsoft.com/entra/identity/authentication/concept-sspr-howitworks',
  },
  threats: ['Helpdesk social engineering', 'Weak recovery processes'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Users who can reset their own password with verified methods do not need a helpdesk that can be talked ' +
    'into resetting it for an attacker, and a compromised password is changed sooner. No Graph v1.0 property ' +
    "exposes the 'Self service password reset enabled: All / Selected / None' setting, so this reads a proxy: " +
    "the authentication methods registration report's ssprEnabled count for members (allowed to reset by " +
    'policy). Administrators follow a separate admin reset policy, so members holding an admin role who are ' +
    'not enabled are left out of the count. Passes when every other member is enabled; credit is the share ' +
    'that is, as Secure Score SelfServicePasswordReset gives it. CIS 5.2.4.1 (manual) asks for All; whether ' +
    'members registered reset methods is another control.',
  remediation: [
    'Open Entra admin center › Protection › Password reset › Properties.',
    "Set 'Self service password reset enabled' to All, and save.",
    'Under Authentication methods, require two methods to reset, and check that users are asked to register.',
  ],
  fixAt: adminPages.entraSsprProperties,
  setTo: { setting: 'Self service password reset enabled', value: 'All' },
  onPages: [{ page: adminPages.entraSsprProperties, labels: ['Self service password reset enabled'] }],
  sources: { summary: memberRegistrationSummary, admins: adminsNotSsprEnabled },
  evaluate: ({ summary, admins }, v) => {
    const row = summary.userRegistrationFeatureCounts.find((f) => f.feature === 'ssprEnabled');
    if (!row) return v.malformed('memberRegistrationSummary', 'userRegistrationFeatureCounts[ssprEnabled]', 'missing');
    const total = summary.totalUserCount - admins.length;
    if (total <= 0)
      return v.malformed('memberRegistrationSummary', 'totalUserCount', 'the report counts no non-admin members');
    const enabled = Math.min(row.userCount, total);
    const missing = total - enabled;
    const left = admins.length ? ` ${admins.length} administrator(s) on the admin reset policy are left out.` : '';
    const ev = [
      evidence(
        'memberRegistrationSummary',
        { displayName: 'Members by registration', totalUserCount: summary.totalUserCount, ssprEnabled: row.userCount },
        ['totalUserCount', 'ssprEnabled'],
      ),
      ...admins.map((a) =>
        evidence('adminsNotSsprEnabled', a, ['isAdmin', 'isSsprEnabled'], 'Administrator: left out of the count.'),
      ),
    ];
    if (missing === 0)
      return v.pass(`All ${total} member accounts are allowed to reset their own password (ssprEnabled).${left}`, ev);
    const affected = { noun: 'members not enabled for self-service password reset', count: missing, sample: [] };
    if (enabled === 0)
      return v.fail(`None of ${total} member accounts is allowed to reset their own password.${left}`, ev, affected);
    const pct = Math.floor((enabled / total) * 100);
    return v.partial(
      enabled / total,
      `${missing} of ${total} member accounts are not enabled for self-service password reset (${pct}% are).${left}`,
      ev,
      affected,
    );
  },
});
