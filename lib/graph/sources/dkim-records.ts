import { asRecords, defineDnsSource, type DnsRecords } from './define-dns-source';
import { customMailDomains, emailDomains, type EmailDomainRow } from './email-domains';

/** The two selectors Exchange Online signs with; each is published as a CNAME to Microsoft's key. */
export const DKIM_SELECTORS = ['selector1', 'selector2'] as const;

/** `selector1._domainkey.contoso.com`: where a domain publishes one DKIM selector. */
export const dkimName = (selector: string, domain: string): string => `${selector}._domainkey.${domain}`;

/** Where the TXT answer at a selector name is kept: `selector1._domainkey.contoso.com TXT`. */
export const dkimKeyKey = (name: string): string => `${name} TXT`;

/**
 * The CNAME records at `selector1._domainkey.<domain>` and `selector2._domainkey.<domain>` for each
 * custom mail domain (Exchange Online's DKIM setup), keyed by the name looked up; and the TXT answer at
 * each, which the resolver reads at the end of the CNAME: the key record a verifier uses (RFC 6376
 * §3.6.2.2), keyed by `dkimKeyKey(name)`. CNAMEs first, so a failing name is reported as its CNAME.
 */
export const dkimRecords = defineDnsSource<EmailDomainRow[], DnsRecords>({
  id: 'dkimRecords',
  from: emailDomains,
  queryTemplate: 'CNAME and TXT selector1._domainkey.{domain}, selector2._domainkey.{domain}',
  queries: (domains) => {
    const names = customMailDomains(domains).flatMap((d) => DKIM_SELECTORS.map((s) => dkimName(s, d.id)));
    return [
      ...names.map((name) => ({ key: name, name, type: 'CNAME' as const })),
      ...names.map((name) => ({ key: dkimKeyKey(name), name, type: 'TXT' as const })),
    ];
  },
  parse: asRecords,
});
