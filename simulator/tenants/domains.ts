import type * as Graph from '@microsoft/microsoft-graph-types';
import { stableGuid } from '../seeded-random';
import { typed } from '../tenant-model';
import type { PublicDnsEntry, Typed } from '../tenant-model';

export interface DomainSpec {
  readonly isDefault?: boolean;
  readonly isInitial?: boolean;
  /** `null` = the default (90 days per the docs; "never" per ScubaGear), 2147483647 = never expires. */
  readonly passwordValidityPeriodInDays: number | null;
  readonly authenticationType?: 'Managed' | 'Federated';
  readonly supportedServices?: readonly string[];
  readonly isVerified?: boolean;
}

export const NEVER_EXPIRES = 2147483647;

export function domain(id: string, spec: DomainSpec): Graph.Domain {
  return {
    id,
    authenticationType: spec.authenticationType ?? 'Managed',
    availabilityStatus: null,
    isAdminManaged: true,
    isDefault: spec.isDefault ?? false,
    isInitial: spec.isInitial ?? false,
    isRoot: true,
    isVerified: spec.isVerified ?? true,
    passwordNotificationWindowInDays: 14,
    passwordValidityPeriodInDays: spec.passwordValidityPeriodInDays,
    supportedServices: [...(spec.supportedServices ?? ['Email', 'OfficeCommunicationsOnline'])],
    state: null,
  };
}

/** What `GET /domains/{id}/serviceConfigurationRecords` lists for an Exchange + Teams domain: expected records only. */
export function exchangeServiceRecords(tenantKey: string, domainId: string): Typed<Graph.DomainDnsRecord>[] {
  const id = (kind: string): string => stableGuid(tenantKey, 'dns', domainId, kind);
  const base = (kind: string, recordType: string, supportedService: string, label = domainId) => ({
    id: id(kind),
    isOptional: false,
    label,
    recordType,
    supportedService,
    ttl: 3600,
  });
  return [
    typed<Graph.DomainDnsMxRecord>('#microsoft.graph.domainDnsMxRecord', {
      ...base('mx', 'Mx', 'Email'),
      mailExchange: `${domainId.replace(/\./g, '-')}.mail.protection.outlook.com`,
      preference: 0,
    }),
    typed<Graph.DomainDnsTxtRecord>('#microsoft.graph.domainDnsTxtRecord', {
      ...base('spf', 'Txt', 'Email'),
      text: 'v=spf1 include:spf.protection.outlook.com -all',
    }),
    typed<Graph.DomainDnsCnameRecord>('#microsoft.graph.domainDnsCnameRecord', {
      ...base('autodiscover', 'CName', 'Email', `autodiscover.${domainId}`),
      canonicalName: 'autodiscover.outlook.com',
    }),
    typed<Graph.DomainDnsCnameRecord>('#microsoft.graph.domainDnsCnameRecord', {
      ...base('sip', 'CName', 'OfficeCommunicationsOnline', `sip.${domainId}`),
      canonicalName: 'sipdir.online.lync.com',
    }),
    typed<Graph.DomainDnsSrvRecord>('#microsoft.graph.domainDnsSrvRecord', {
      ...base('srv', 'Srv', 'OfficeCommunicationsOnline', `_sip._tls.${domainId}`),
      nameTarget: 'sipdir.online.lync.com',
      port: 443,
      priority: 100,
      protocol: '_tls',
      service: '_sip',
      weight: 1,
    }),
  ];
}

export interface PublishedMail {
  readonly spf?: string;
  readonly dmarc?: string;
  readonly dkim?: boolean;
}

/** A public key in the base64 form DKIM key records carry (RFC 6376 §3.6.1); demo data, no private half. */
const DEMO_DKIM_KEY =
  'MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC+W6scd3XWwvC/hPRksfDYFi3ztgyS9OSqnnjtNQeDdTSD1DRx/xFar2wjmzxp2+SnJ5pspaF77VZveN3P/HVmXZVghr3asoV9WBx/uW1nDIUxU35L4juXiTwsMAbgMyh3NqIKTNKyMDy4P8vpEhtH1iv/BrwMdBjHDVCycB8WnwIDAQAB';

/** Public DNS for a mail domain (MX to Exchange Online plus whatever SPF, DMARC and DKIM it publishes). */
export function publicDnsFor(
  domainId: string,
  tenantInitial: string,
  published: PublishedMail,
): Record<string, PublicDnsEntry> {
  const out: Record<string, PublicDnsEntry> = {
    [domainId]: {
      MX: [`0 ${domainId.replace(/\./g, '-')}.mail.protection.outlook.com`],
      TXT: published.spf ? [published.spf] : [],
    },
  };
  if (published.dmarc) out[`_dmarc.${domainId}`] = { TXT: [published.dmarc] };
  if (published.dkim) {
    const host = domainId.replace(/\./g, '-');
    for (const selector of ['selector1', 'selector2']) {
      const target = `${selector}-${host}._domainkey.${tenantInitial}`;
      out[`${selector}._domainkey.${domainId}`] = { CNAME: [target] };
      // Microsoft publishes the key record each CNAME leads to, in the initial domain's zone.
      out[target] = { TXT: [`v=DKIM1; k=rsa; p=${DEMO_DKIM_KEY}`] };
    }
  }
  return out;
}
