import { evidence } from '../../lib/engine/verdict/evidence';
import type { Evidence } from '../../lib/engine/verdict/verdict';
import type { DomainFederationRow } from '../../lib/graph/sources/domain-federation';
import type { RegistrationRow } from '../../lib/graph/sources/user-registration-details';

/**
 * The federatedIdpMfaBehavior values under which Entra ID accepts MFA done by the domain's identity
 * provider (Microsoft Learn, internalDomainFederation): `enforceMfaByFederatedIdp` sends the user back
 * to the IdP for MFA, `acceptIfMfaDoneByFederatedIdp` accepts the IdP's MFA claim. Under
 * `rejectMfaByFederatedIdp` Entra always performs MFA itself, so the user needs Entra methods.
 */
const ACCEPTED = new Set<string>(['enforceMfaByFederatedIdp', 'acceptIfMfaDoneByFederatedIdp']);

export interface FederatedMfa {
  /** Accounts without Entra MFA methods whose UPN domain's IdP performs MFA that Entra accepts. */
  readonly covered: readonly RegistrationRow[];
  /** The rest: accounts that really can't complete MFA. */
  readonly uncovered: readonly RegistrationRow[];
  /** Each federated domain with its behaviour, then each covered account, named as such. */
  readonly evidence: readonly Evidence[];
}

const domainOf = (upn: string): string => upn.slice(upn.lastIndexOf('@') + 1).toLowerCase();

/** Splits accounts that can't complete MFA with Entra methods by whether their federated IdP does it for them. */
export function federatedMfa(
  notCapable: readonly RegistrationRow[],
  federation: Readonly<Record<string, readonly DomainFederationRow[]>>,
): FederatedMfa {
  const accepting = new Map<string, DomainFederationRow>();
  const ev: Evidence[] = [];
  for (const [domain, configs] of Object.entries(federation).sort(([a], [b]) => a.localeCompare(b))) {
    // Graph returns one configuration per domain; should there be several, every one must accept.
    const accepts = configs.length > 0 && configs.every((c) => ACCEPTED.has(c.federatedIdpMfaBehavior));
    for (const c of configs) {
      const note = accepts
        ? `Entra ID accepts MFA done by this identity provider (${c.federatedIdpMfaBehavior}), so members of ${domain} count as MFA-capable.`
        : `Under ${c.federatedIdpMfaBehavior} Entra ID does not accept this identity provider's MFA: members of ${domain} need their own Entra methods.`;
      ev.push({
        source: 'domainFederation',
        id: domain,
        ...(c.displayName ? { displayName: c.displayName } : {}),
        fields: { federatedIdpMfaBehavior: c.federatedIdpMfaBehavior },
        note,
      });
    }
    if (accepts) accepting.set(domain.toLowerCase(), configs[0]!);
  }
  const covered = notCapable.filter((r) => accepting.has(domainOf(r.userPrincipalName)));
  for (const r of covered.slice(0, 20)) {
    const behaviour = accepting.get(domainOf(r.userPrincipalName))!.federatedIdpMfaBehavior;
    ev.push(
      evidence(
        'membersNotMfaCapable',
        r,
        ['userPrincipalName', 'isMfaCapable', 'methodsRegistered'],
        `MFA by the federated identity provider of ${domainOf(r.userPrincipalName)} (${behaviour}).`,
      ),
    );
  }
  return { covered, uncovered: notCapable.filter((r) => !covered.includes(r)), evidence: ev };
}
