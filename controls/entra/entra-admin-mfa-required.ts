import { adminPages } from '../../lib/engine/pages/admin-pages';
import { overlayPages } from '../../lib/engine/pages/overlay-pages';
import { defineControl, optional } from '../../lib/engine/verdict/control';
import { evidence, sample } from '../../lib/engine/verdict/evidence';
import { authenticationStrengths } from '../../lib/graph/sources/authentication-strengths';
import { conditionalAccessPolicies } from '../../lib/graph/sources/conditional-access-policies';
import { domainFederation } from '../../lib/graph/sources/domain-federation';
import { securityDefaults } from '../../lib/graph/sources/security-defaults';
import { adminRegistrations } from '../../lib/graph/sources/user-registration-details';
import { excludedGroupMembers } from '../../lib/graph/sources/excluded-group-members';
import { judgeAdminCoverage, missingRoles } from '../shared/admin-coverage';
import { federatedMfa } from '../shared/federated-mfa';
import { decideWithStrengths } from '../shared/authentication-strength';
import { exclusions, requiresMfa } from '../shared/conditional-access';
import { roleName } from '../../lib/graph/sources/privileged-role-ids';
import { privilegedRolesEvidence, privilegedRolesOf } from '../shared/privileged-roles';

export default defineControl({
  id: 'entra-admin-mfa-required',
  title: 'MFA is required for every administrator role',
  category: 'identity',
  service: 'entra',
  maxScore: 10,
  refs: {
    secureScore: 'AdminMFAV2',
    cis: '5.2.2.1',
    learn: 'https://learn.microsoft.com/entra/identity/conditional-access/policy-old-require-mfa-admin',
  },
  threats: ['Password spray', 'Credential stuffing', 'Phishing', 'Privilege escalation'],
  userImpact: 'low',
  implementationCost: 'low',
  rationale:
    'Administrator accounts are the first target of password attacks; MFA blocks more than 99% of them. ' +
    'Passes when security defaults are on, or when enforced conditional access policies require MFA (or an ' +
    'authentication strength) for all cloud apps for every privileged role that CIS 5.2.2.1 lists. Credit is ' +
    'proportional to the privileged roles covered, as Secure Score gives it. Report-only policies never count, ' +
    'nor do policies that exclude more than the two break-glass accounts CIS 1.1.2 allows.',
  remediation: [
    'Open Entra admin center › Conditional Access › Policies and create a new policy.',
    'Users: include the directory roles Global Administrator and the other privileged roles; exclude only your break-glass accounts.',
    'Target resources: All cloud apps.',
    'Grant: Require multifactor authentication (or the Phishing-resistant MFA authentication strength).',
    'Start in report-only to check the impact, then set Enable policy to On.',
  ],
  fixAt: adminPages.caPolicies,
  setTo: {
    setting: 'Conditional Access policy for privileged directory roles › Grant',
    value: 'Require multifactor authentication',
  },
  onPages: [
    { page: adminPages.securityDefaults, labels: ['Security defaults', 'Manage security defaults'] },
    {
      page: overlayPages.defenderSecureScore,
      labels: ['Ensure multifactor authentication is enabled for all users in administrative roles'],
    },
  ],
  sources: {
    policies: conditionalAccessPolicies,
    defaults: securityDefaults,
    groups: excludedGroupMembers,
    admins: optional(adminRegistrations),
    federation: optional(domainFederation),
    strengths: optional(authenticationStrengths),
  },
  evaluate: ({ policies, defaults, groups, admins, federation, strengths }, v, ctx) => {
    const roles = privilegedRolesOf(ctx);
    // Shown, not scored: admins without Entra MFA methods, less those whose federated IdP does MFA
    // that Entra accepts (only when the federation settings could be read).
    const { uncovered: notCapable } = federatedMfa(
      (admins ?? []).filter((a) => !a.isMfaCapable),
      federation ?? {},
    );
    const affected = admins
      ? {
          noun: 'administrators not yet registered for MFA',
          count: notCapable.length,
          sample: sample(notCapable.map((a) => a.userDisplayName ?? a.userPrincipalName)),
        }
      : undefined;
    if (defaults.isEnabled) {
      return v.pass(
        'Security defaults are on, which require MFA for every administrator.',
        [evidence('securityDefaults', defaults, ['isEnabled']), privilegedRolesEvidence(roles)],
        affected,
      );
    }
    // A policy counts when it requires MFA for all apps and every sign-in, enforced, excluding at most
    // the break-glass accounts; role exclusions are judged per role.
    const excluded = exclusions(groups, ctx);
    return decideWithStrengths(strengths, v, (reading) => {
      const {
        covered,
        missing,
        hint,
        evidence: coverage,
        unresolved,
      } = judgeAdminCoverage(policies, excluded, (p) => requiresMfa(p, reading), roles);
      const ev = [...coverage, evidence('securityDefaults', defaults, ['isEnabled'])];
      if (missing.length > 0 && unresolved)
        return v.unknown({ kind: 'notEvaluated', why: `Couldn't decide: ${unresolved}` }, ev);
      if (missing.length === 0) {
        return v.pass(
          `Enforced conditional access requires MFA for all ${covered.length} privileged roles.`,
          ev,
          affected,
        );
      }
      if (covered.length === 0) {
        return v.fail(
          `No enforced policy requires MFA for administrator roles, and security defaults are off.${hint}`,
          ev,
          affected,
        );
      }
      return v.partial(
        covered.length / roles.ids.length,
        `MFA is enforced for ${covered.length} of ${roles.ids.length} privileged roles; not for ${missingRoles(missing)}.${hint}`,
        ev,
        { noun: 'privileged roles without MFA', count: missing.length, sample: sample(missing.map(roleName)) },
      );
    });
  },
});
