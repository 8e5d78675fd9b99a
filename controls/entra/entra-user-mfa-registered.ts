import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import { domainFederation } from '../../lib/graph/sources/domain-federation';
import { licences } from '../../lib/graph/sources/licences';
import { memberRegistrationSummary } from '../../lib/graph/sources/registration-summary';
import { membersNotMfaCapableSample } from '../../lib/graph/sources/user-registration-details';
import { federatedMfa } from '../shared/federated-mfa';

export default defineControl({
  id: 'entra-user-mfa-registered',
  title: 'Every member account can complete MFA',
  category: 'identity',
  service: 'entra',
  maxScore: 9,
  refs: {
    secureScore: 'MFARegistrationV2',
    cis: '5.2.3.4',
    learn: 'https://learn.microsoft.com/graph/api/resources/userregistrationdetails',
  },
  threats: ['Password spray', 'Phishing', 'Account takeover'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  licence: licences.entraP1,
  rationale:
    'An account that has no MFA method registered can be claimed by whoever signs in first with its password. ' +
    'Reads the authentication methods registration report for members who are not MFA capable; credit is ' +
    'the share of members who are, as Secure Score gives it (CIS 5.2.3.4 accepts only documented exceptions). ' +
    'MFA done by a federated identity provider counts where the federation settings make Entra ID use it: ' +
    'members of a federated domain whose federatedIdpMfaBehavior is enforceMfaByFederatedIdp or ' +
    'acceptIfMfaDoneByFederatedIdp count as MFA-capable and are named; rejectMfaByFederatedIdp does not count ' +
    '(Microsoft Learn, internalDomainFederation: federatedIdpMfaBehavior values). Only the first page of ' +
    'members without Entra methods is read, so federated members beyond it are not credited.',
  remediation: [
    'Open Entra admin center › Authentication methods › User registration details and filter on "MFA capable: Not capable".',
    'Run a registration campaign (Authentication methods › Registration campaign) or require registration through a conditional access policy for "Register security information".',
    'Disable or delete accounts nobody uses rather than leaving them unregistered.',
  ],
  fixAt: adminPages.authMethodsUserRegistration,
  setTo: { setting: 'MFA capable (every member account)', value: 'Capable' },
  onPages: [
    { page: adminPages.authMethodsUserRegistration, labels: ['User registration details'] },
    { page: overlayPages.defenderSecureScore, labels: ['Ensure multifactor authentication is enabled for all users'] },
  ],
  sources: {
    summary: memberRegistrationSummary,
    notCapable: optional(membersNotMfaCapableSample),
    federation: domainFederation,
  },
  evaluate: ({ summary, notCapable, federation }, v, ctx) => {
    // The sample may be refused or throttled (it only adds federated credit), but a malformed one, such
    // as a member listed twice, is no answer Graph sends: unknown, so it neither earns nor costs points.
    const unread = ctx.unread?.notCapable;
    if (notCapable === undefined && unread?.kind === 'malformedField') return v.unknown(unread);
    const total = summary.totalUserCount;
    const capableRow = summary.userRegistrationFeatureCounts.find((f) => f.feature === 'mfaCapable');
    if (!capableRow)
      return v.malformed('memberRegistrationSummary', 'userRegistrationFeatureCounts[mfaCapable]', 'missing');
    if (total === 0)
      return v.malformed('memberRegistrationSummary', 'totalUserCount', 'the report counts no member accounts');
    // Members without Entra methods whose federated IdP performs MFA that Entra accepts can complete it.
    const fed = federatedMfa(notCapable ?? [], federation);
    const capable = Math.min(capableRow.userCount + fed.covered.length, total);
    const missing = total - capable;
    const pct = Math.floor((capable / total) * 100);
    const viaIdp = fed.covered.length > 0 ? `${fed.covered.length} through a federated identity provider` : '';
    const names = fed.uncovered.map((r) => r.userDisplayName ?? r.userPrincipalName);
    const ev = [
      evidence('memberRegistrationSummary', { displayName: 'Members by registration', ...summary }, [
        'totalUserCount',
        'userRegistrationFeatureCounts',
      ]),
      ...fed.evidence,
      ...fed.uncovered
        .slice(0, 20)
        .map((r) => evidence('membersNotMfaCapable', r, ['isMfaCapable', 'isMfaRegistered', 'methodsRegistered'])),
    ];
    if (missing === 0)
      return v.pass(`All ${total} member accounts can complete MFA${viaIdp ? `, ${viaIdp}` : ''}.`, ev);
    return v.partial(
      capable / total,
      `${missing} of ${total} member accounts can't complete MFA (${pct}% can${viaIdp ? `, ${viaIdp}` : ''}).`,
      ev,
      {
        noun: 'members who cannot complete MFA',
        count: missing,
        sample: sample(names),
      },
    );
  },
});
