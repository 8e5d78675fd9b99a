import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import {
  appManagementPolicy,
  type CredentialRestrictions,
  type KeyRestriction,
  type PasswordRestriction,
} from '../../lib/graph/sources/app-management-policy';

const MAX_DAYS = 180;

/** ISO 8601 duration (P180D, P6M, P1Y, PT4320H) → days, months as 30 and years as 365; null when unreadable. */
export function durationDays(s: string): number | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(s);
  if (!m || s === 'P' || s.endsWith('T')) return null;
  const n = (i: number): number => Number(m[i] ?? 0);
  return n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86400;
}

type Judged = { gaps: string[]; bad?: { path: string; problem: string } };

/** What one side (applications or service principals) lacks; `where` names it in reasons. */
function judgeSide(side: CredentialRestrictions | null | undefined, where: string, key: string, now: string): Judged {
  const entries: Array<{ r: PasswordRestriction | KeyRestriction; path: string }> = [
    ...(side?.passwordCredentials ?? []).map((r, i) => ({ r, path: `${key}.passwordCredentials[${i}]` })),
    ...(side?.keyCredentials ?? []).map((r, i) => ({ r, path: `${key}.keyCredentials[${i}]` })),
  ];
  const gaps: string[] = [];
  const active = (
    type: string,
  ): { r: PasswordRestriction | KeyRestriction; path: string } | { bad: Judged['bad'] } | undefined => {
    const e = entries.find((x) => x.r.restrictionType === type && x.r.state === 'enabled');
    if (!e) return undefined;
    const after = e.r.restrictForAppsCreatedAfterDateTime;
    // Nullable in the schema with no documented meaning for null: never read as "all apps".
    if (after == null) return { bad: { path: `${e.path}.restrictForAppsCreatedAfterDateTime`, problem: 'missing' } };
    const t = Date.parse(after);
    if (Number.isNaN(t))
      return { bad: { path: `${e.path}.restrictForAppsCreatedAfterDateTime`, problem: `not a date (${after})` } };
    // A restriction only for apps created later leaves today's apps unrestricted.
    return t <= Date.parse(now) ? e : undefined;
  };
  for (const [type, label] of [
    ['passwordAddition', 'password secrets are not blocked'],
    ['customPasswordAddition', 'custom passwords are not blocked'],
  ] as const) {
    const e = active(type);
    if (e && 'bad' in e) return { gaps, bad: e.bad };
    if (!e) gaps.push(`${where}: ${label}`);
  }
  for (const [type, label] of [
    ['passwordLifetime', 'password lifetime'],
    ['asymmetricKeyLifetime', 'certificate lifetime'],
  ] as const) {
    const e = active(type);
    if (e && 'bad' in e) return { gaps, bad: e.bad };
    if (!e) {
      gaps.push(`${where}: ${label} is not limited`);
      continue;
    }
    const max = e.r.maxLifetime;
    if (max == null) return { gaps, bad: { path: `${e.path}.maxLifetime`, problem: 'missing' } };
    const days = durationDays(max);
    if (days === null)
      return { gaps, bad: { path: `${e.path}.maxLifetime`, problem: `not an ISO 8601 duration (${max})` } };
    if (days > MAX_DAYS) gaps.push(`${where}: ${label} is ${max}, over ${MAX_DAYS} days`);
  }
  return { gaps };
}

export default defineControl({
  id: 'entra-app-credential-policy-enforced',
  title: 'Apps cannot add password secrets and credentials expire within 180 days',
  category: 'apps',
  service: 'entra',
  maxScore: 4,
  refs: {
    cis: '5.1.5.3, 5.1.5.4, 5.1.5.5, 5.1.5.6',
    scuba: 'MS.AAD.5.5v1, MS.AAD.5.6v1',
    learn: 'https://learn.microsoft.com/graph/api/resources/tenantappmanagementpolicy',
  },
  threats: ['Persistence through added app secrets', 'Long-lived leaked client secrets'],
  userImpact: 'low',
  implementationCost: 'moderate',
  rationale:
    'Attackers who reach an app registration add a client secret to it and keep access for years, and ' +
    'secrets leak from code and config. The tenant default app management policy ' +
    '(GET /v1.0/policies/defaultAppManagementPolicy) can block password secrets and cap credential ' +
    'lifetimes. Follows CIS v7 5.1.5.3–5.1.5.6: passes when the policy is enabled and, for both ' +
    'applications and service principals, passwordAddition and customPasswordAddition are enforced and ' +
    'passwordLifetime and asymmetricKeyLifetime are at most P180D, each applying to existing apps ' +
    '(restrictForAppsCreatedAfterDateTime in the past). CISA MS.AAD.5.5v1–5.7v1 allow lifetimes up to 365 ' +
    'days; we follow the stricter CIS limit.',
  remediation: [
    'Open Entra admin center › Enterprise apps › Application policies (or use Microsoft Graph: PATCH /policies/defaultAppManagementPolicy).',
    'Enable the tenant default policy; block password addition and custom password addition for applications and service principals.',
    'Limit password and certificate lifetimes to 180 days, applying to apps created at any date (0001-01-01).',
    'Move apps that still need secrets to certificates or managed identities first, or exempt them with a custom app management policy.',
  ],
  fixAt: adminPages.entraEnterpriseApps,
  setTo: {
    setting: 'Tenant default app management policy',
    value: 'Enabled, blocking password addition, with credential lifetimes of 180 days or less',
  },
  sources: { policy: appManagementPolicy },
  evaluate: ({ policy }, v, ctx) => {
    const ev = [
      evidence('defaultAppManagementPolicy', policy, [
        'isEnabled',
        'applicationRestrictions',
        'servicePrincipalRestrictions',
      ]),
    ];
    if (!policy.isEnabled) return v.fail('The default app management policy is disabled.', ev);
    const gaps: string[] = [];
    for (const [side, where, key] of [
      [policy.applicationRestrictions, 'applications', 'applicationRestrictions'],
      [policy.servicePrincipalRestrictions, 'service principals', 'servicePrincipalRestrictions'],
    ] as const) {
      const j = judgeSide(side, where, key, ctx.now);
      if (j.bad) return v.malformed('defaultAppManagementPolicy', j.bad.path, j.bad.problem);
      gaps.push(...j.gaps);
    }
    if (gaps.length === 0)
      return v.pass(
        'The default app management policy blocks password secrets and limits credential lifetimes to 180 days for applications and service principals.',
        ev,
      );
    return v.fail(
      `The default app management policy falls short: ${gaps.slice(0, 3).join('; ')}${gaps.length > 3 ? ` and ${gaps.length - 3} more` : ''}.`,
      ev,
    );
  },
});
