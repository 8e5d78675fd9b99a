import { asRecords, defineDnsSource, type DnsQuery, type DnsRecords } from './define-dns-source';
import { orgDomainCandidates } from './dmarc-policy';
import { customMailDomains, emailDomains, type EmailDomainRow } from './email-domains';

/** The key a parent's `_dmarc.` answer is stored under: the name looked up, `_dmarc.contoso.com`. */
export const dmarcName = (domain: string): string => `_dmarc.${domain}`;

/** The tenant's verified domains, which bound where an organizational domain can be (dmarc-policy.ts). */
export const verifiedDomainIds = (domains: readonly EmailDomainRow[]): string[] =>
  domains.filter((d) => d.isVerified).map((d) => d.id);

/**
 * The TXT records at `_dmarc.<domain>` for each custom mail domain (RFC 7489 §6.1), keyed by domain
 * id; and, for a domain that may have a different organizational domain, those at `_dmarc.<parent>`
 * for each parent that may be it (§6.6.3 step 3), keyed by the name looked up. Planned up front, so a
 * domain that has its own record costs its parents' lookups too: a handful, shared across domains.
 */
export const dmarcRecords = defineDnsSource<EmailDomainRow[], DnsRecords>({
  id: 'dmarcRecords',
  from: emailDomains,
  queryTemplate: 'TXT _dmarc.{domain}',
  queries: (domains) => {
    const verified = verifiedDomainIds(domains);
    const queries = new Map<string, DnsQuery>();
    for (const d of customMailDomains(domains)) {
      queries.set(d.id, { key: d.id, name: dmarcName(d.id), type: 'TXT' });
      for (const parent of orgDomainCandidates(d.id, verified).parents)
        queries.set(dmarcName(parent), { key: dmarcName(parent), name: dmarcName(parent), type: 'TXT' });
    }
    return [...queries.values()];
  },
  parse: asRecords,
});
