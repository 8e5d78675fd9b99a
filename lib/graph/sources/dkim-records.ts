import { asRecords, defineDnsSource, type DnsRecords } from './define-dns-source';
import { customMailDomains, emailDomains, type EmailDomainRow } from './email-domains';

/** The two selectors Exchange Online signs with; each is published as a CNAME to Microsoft's key. */
export const DKIM_SELECTORS = ['selector1', 'selector2'] as const;

/** `selector1._domainkey.contoso.com`: where a domain publishes one DKIM selector. */
export const dkimName = (selector: string, domain: string): string => `${selector}._domainkey.${domain}`;

/**
 * The CNAME records at `selector1._domainkey.<domain>` and `selector2._domainkey.<domain>` for each
 * custom mail domain (Exchange Online's DKIM setup). Keyed by the name looked up.
 */
export const dkimRecords = defineDnsSource<EmailDomainRow[], DnsRecords>({
  id: 'dkimRecords',
  from: emailDomains,
  queryTemplate: 'CNAME selector1._domainkey.{domain}, selector2._domainkey.{domain}',
  queries: (domains) =>
    customMailDomains(domains).flatMap((d) =>
      DKIM_SELECTORS.map((s) => ({ key: dkimName(s, d.id), name: dkimName(s, d.id), type: 'CNAME' as const })),
    ),
  parse: asRecords,
});
