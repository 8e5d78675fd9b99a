import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import { domains } from '../../lib/graph/sources/domains';

// 2147483647 is how Graph spells "never expires"; null (not set) is the default for tenants created
// since 2021, which Microsoft applies as never expiring. CISA ScubaGear MS.AAD.6.1v1 and Maester treat
// both as compliant, and so do we. https://github.com/cisagov/ScubaGear/blob/main/PowerShell/ScubaGear/baselines/aad.md
const NEVER = 2147483647;

export default defineControl({
  id: 'm365-password-expiry-disabled',
  title: 'Passwords are set never to expire',
  category: 'identity',
  service: 'm365',
  maxScore: 8,
  refs: {
    secureScore: 'PWAgePolicyNew',
    cis: '1.3.1',
    scuba: 'MS.AAD.6.1v1',
    learn: 'https://learn.microsoft.com/microsoft-365/admin/manage/set-password-expiration-policy',
  },
  threats: ['Weak, predictable passwords', 'Password reuse'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Forced periodic password changes make people pick predictable passwords (Summer2026!, Autumn2026!) and ' +
    'no longer count as good practice: NIST SP 800-63B §5.1.1.2 says verifiers should not require periodic ' +
    'changes, and Microsoft recommends never-expiring passwords with MFA. Passes when every verified, ' +
    'managed (not federated) domain has no expiry: 2147483647 days, or not set.',
  remediation: [
    'Open Microsoft 365 admin center › Settings › Org settings › Security & privacy › Password expiration policy.',
    "Tick 'Set passwords to never expire (recommended)' and save.",
    'Keep MFA required for everyone: it, not rotation, is what protects a leaked password.',
  ],
  fixAt: adminPages.m365PasswordExpiry,
  setTo: { setting: 'Set passwords to never expire (recommended)', value: 'Selected' },
  onPages: [
    {
      page: adminPages.m365PasswordExpiry,
      labels: ['Set passwords to never expire (recommended)', 'Set passwords to never expire'],
    },
    { page: overlayPages.m365SecurityPrivacy, labels: ['Password expiration policy'] },
    {
      page: overlayPages.defenderSecureScore,
      labels: ["Ensure the 'Password expiration policy' is set to 'Set passwords to never expire (recommended)'"],
    },
  ],
  sources: { domains },
  evaluate: ({ domains: all }, v) => {
    // Federated domains take their password policy from the identity provider, not Entra.
    const managed = all.filter((d) => d.isVerified && d.authenticationType === 'Managed');
    if (managed.length === 0) return v.malformed('domains', 'value', 'no verified managed domain to judge');
    const expiring = managed.filter(
      (d) => d.passwordValidityPeriodInDays != null && d.passwordValidityPeriodInDays !== NEVER,
    );
    const ev = managed.map((d) =>
      evidence(
        'domains',
        d,
        ['authenticationType', 'isVerified', 'passwordValidityPeriodInDays'],
        d.passwordValidityPeriodInDays == null ? 'Not set: never expires (Microsoft default since 2021).' : undefined,
      ),
    );
    if (expiring.length === 0) {
      return v.pass(
        `Passwords never expire on all ${managed.length} verified managed domain${managed.length === 1 ? '' : 's'}.`,
        ev,
      );
    }
    const first = expiring[0]!;
    return v.fail(
      `Passwords expire every ${first.passwordValidityPeriodInDays} days on ${first.id}${expiring.length > 1 ? ` and ${expiring.length - 1} other domain(s)` : ''}.`,
      ev,
      { noun: 'domains with password expiry', count: expiring.length, sample: sample(expiring.map((d) => d.id)) },
    );
  },
});
