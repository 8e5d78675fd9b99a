import { asRecords, defineDnsSource, type DnsRecords } from './define-dns-source';
import { customMailDomains, emailDomains, type EmailDomainRow } from './email-domains';

/**
 * The TXT records each custom mail domain publishes, where its SPF record lives (RFC 7208 §3).
 * Keyed by domain id.
 */
export const spfRecords = defineDnsSource<EmailDomainRow[], DnsRecords>({
  id: 'spfRecords',
  from: emailDomains,
  queryTemplate: 'TXT {domain}',
  queries: (domains) => customMailDomains(domains).map((d) => ({ key: d.id, name: d.id, type: 'TXT' })),
  parse: asRecords,
});
