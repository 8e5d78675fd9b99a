import { adminPages } from '../../lib/engine/pages/admin-pages';
import { defineControl } from '../../lib/engine/verdict/control';
import { evidence } from '../../lib/engine/verdict/evidence';
import { legacyPolicies } from '../../lib/graph/sources/legacy-policies';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const listed = (domains: readonly string[]): string =>
  domains.slice(0, 5).join(', ') + (domains.length > 5 ? ` and ${domains.length - 5} more` : '');

export default defineControl({
  id: 'entra-guest-invite-domains-restricted',
  title: 'Guest invitations go only to allowed domains',
  category: 'identity',
  service: 'entra',
  maxScore: 2,
  refs: {
    cis: '5.1.6.1',
    scuba: 'MS.AAD.8.3v1',
    learn: 'https://learn.microsoft.com/entra/external-id/allow-deny-list',
  },
  threats: ['Data exfiltration through guest accounts', 'Invitations to personal or attacker-controlled domains'],
  userImpact: 'moderate',
  implementationCost: 'moderate',
  rationale:
    'By default guest invitations can go to any domain, so files and teams can be shared with personal mail ' +
    'accounts or an attacker-controlled tenant. CIS 5.1.6.1 and CISA MS.AAD.8.3v1 ask for an allow-list of ' +
    'partner domains: a block-list still lets invitations go everywhere else. Read from the B2BManagementPolicy ' +
    "in Graph's undocumented beta legacy policies (as CIS v7's audit and Prowler do): passes when its " +
    'InvitationsAllowedAndBlockedDomainsPolicy holds AllowedDomains (an empty list allows no domain at all).',
  remediation: [
    'Open Entra admin center › External Identities › External collaboration settings.',
    "Under 'Collaboration restrictions', choose 'Allow invitations only to the specified domains (most restrictive)'.",
    'List your partner domains, and save.',
  ],
  fixAt: adminPages.entraExternalCollaboration,
  setTo: {
    setting: 'Collaboration restrictions',
    value: 'Allow invitations only to the specified domains (most restrictive)',
  },
  sources: { legacy: legacyPolicies },
  evaluate: ({ legacy }, v) => {
    const policy = legacy.find((p) => p.type === 'B2BManagementPolicy');
    if (!policy)
      return v.fail('There is no B2BManagementPolicy, so guest invitations can go to any domain.', [
        {
          source: 'legacyPolicies',
          fields: { types: legacy.map((p) => p.type) },
          note: `${legacy.length} legacy policies, none of type B2BManagementPolicy.`,
        },
      ]);
    let doc: unknown;
    try {
      doc = JSON.parse(policy.definition[0] ?? '');
    } catch {
      return v.malformed('legacyPolicies', `${policy.id}.definition[0]`, 'not JSON');
    }
    const domains = (doc as { B2BManagementPolicy?: { InvitationsAllowedAndBlockedDomainsPolicy?: unknown } } | null)
      ?.B2BManagementPolicy?.InvitationsAllowedAndBlockedDomainsPolicy;
    if (typeof domains !== 'object' || domains === null)
      return v.malformed(
        'legacyPolicies',
        `${policy.id}.definition[0].B2BManagementPolicy.InvitationsAllowedAndBlockedDomainsPolicy`,
        'missing',
      );
    const { AllowedDomains: allowed, BlockedDomains: blocked } = domains as Record<string, unknown>;
    for (const [name, value] of [
      ['AllowedDomains', allowed],
      ['BlockedDomains', blocked],
    ] as const) {
      if (value !== undefined && !isStrings(value))
        return v.malformed('legacyPolicies', `${policy.id}.definition[0].…${name}`, 'expected a list of domains');
    }
    const ev = [
      evidence('legacyPolicies', { ...policy, AllowedDomains: allowed ?? null, BlockedDomains: blocked ?? null }, [
        'type',
        'AllowedDomains',
        'BlockedDomains',
      ]),
    ];
    if (isStrings(allowed))
      return v.pass(
        allowed.length === 0
          ? 'Guest invitations are allowed to no domain at all.'
          : `Guest invitations go only to ${allowed.length} allowed domain${allowed.length === 1 ? '' : 's'}: ${listed(allowed)}.`,
        ev,
      );
    if (isStrings(blocked))
      return v.fail(
        `Guest invitations are blocked for ${listed(blocked)} only, so they can go to any other domain.`,
        ev,
      );
    return v.fail('Guest invitations can go to any domain: no allowed or blocked domain is listed.', ev);
  },
});
