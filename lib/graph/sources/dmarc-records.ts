import { asRecords, defineDnsSource, type DnsRecords } from './define-dns-source';
import { customMailDomains, emailDomains, type EmailDomainRow } from './email-domains';

/** The TXT records at `_dmarc.<domain>` for each custom mail domain (RFC 7489 §6.1). Keyed by domain id. */
export const dmarcRecords = defineDnsSource<EmailDomainRow[], DnsRecords>({
  id: 'dmarcRecords',
  from: emailDomains,
  queryTemplate: 'TXT _dmarc.{domain}',
  queries: (domains) => customMailDomains(domains).map((d) => ({ key: d.id, name: `_dmarc.${d.id}`, type: 'TXT' })),
  parse: asRecords,
});
