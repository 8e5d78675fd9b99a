import type { Domain } from '@microsoft/microsoft-graph-types';
import { defineSource } from './define-source';
import { bool, collection, str, strings, type Need, type Shape } from './shape';

export type EmailDomainRow = Need<Domain, 'id' | 'isVerified' | 'supportedServices'>;

const domain: Shape<EmailDomainRow> = { id: str, isVerified: bool, supportedServices: strings };

/**
 * The tenant's domains and the services each is set up for (`Email`, `OfficeCommunicationsOnline`, …),
 * for the email-authentication checks. The `domains` source reads other fields for other controls.
 * https://learn.microsoft.com/graph/api/domain-list
 */
export const emailDomains = defineSource<EmailDomainRow[]>({
  id: 'emailDomains',
  version: 'v1.0',
  path: '/domains',
  query: { $select: 'id,isVerified,supportedServices' },
  permission: 'Domain.Read.All',
  collection: true,
  parse: collection(domain),
});

// The initial domains (contoso.onmicrosoft.com and its national-cloud twins) live in Microsoft's DNS
// zones: Microsoft publishes their SPF record and the tenant cannot change it.
const MICROSOFT_MANAGED_SUFFIXES = ['.onmicrosoft.com', '.onmicrosoft.us', '.onmschina.cn'];

export function isMicrosoftManagedDomain(id: string): boolean {
  const name = id.toLowerCase().replace(/\.$/, '');
  return MICROSOFT_MANAGED_SUFFIXES.some((s) => name.endsWith(s));
}

/** A verified domain set up for Exchange email whose DNS the tenant runs: the domains SPF and DMARC checks judge. */
export function isCustomMailDomain(d: EmailDomainRow): boolean {
  return d.isVerified && d.supportedServices.includes('Email') && !isMicrosoftManagedDomain(d.id);
}

/** The custom mail domains, in a stable order. */
export function customMailDomains(domains: readonly EmailDomainRow[]): EmailDomainRow[] {
  return domains.filter(isCustomMailDomain).sort((a, b) => a.id.localeCompare(b.id));
}
