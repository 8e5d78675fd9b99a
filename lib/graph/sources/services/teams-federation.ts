/**
 * `TenantFederationSettings` (Get-CsTenantFederationConfiguration): who your users can chat and meet
 * with outside the tenant. Only a Global instance exists.
 * https://learn.microsoft.com/powershell/module/teams/get-cstenantfederationconfiguration
 */
import { bool, type Check } from '../shape';
import { teamsConfiguration } from './teams-configuration';

/**
 * Whom external access reaches. The REST answer's form is unverified live, so both forms ScubaGear
 * shows are read and anything else is malformed: its Rego treats `[]` as every domain and
 * `[{ AllowedDomain: ['Domain=…'] }]` as a list; its REST test writes `['AllowAllKnownDomains']` or
 * `['partner.com']`.
 */
export type AllowedDomains = { readonly kind: 'all' } | { readonly kind: 'list'; readonly domains: readonly string[] };

const ALL_KNOWN = 'AllowAllKnownDomains';

function domainsIn(entry: unknown): string[] | null {
  if (typeof entry === 'string' && entry.trim() !== '') return [entry.replace(/^Domain=/, '')];
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const list = (entry as { AllowedDomain?: unknown }).AllowedDomain;
  if (!Array.isArray(list) || !list.every((d) => typeof d === 'string' && d.trim() !== '')) return null;
  return (list as string[]).map((d) => d.replace(/^Domain=/, ''));
}

/** AllowedDomains read as every domain or a list; null when it isn't one of the known forms. */
export function allowedDomainsOf(v: unknown): AllowedDomains | null {
  if (!Array.isArray(v)) return null;
  const domains: string[] = [];
  for (const entry of v) {
    const found = domainsIn(entry);
    if (!found) return null;
    domains.push(...found);
  }
  return domains.length === 0 || domains.includes(ALL_KNOWN) ? { kind: 'all' } : { kind: 'list', domains };
}

const allowedDomains: Check = (v, p) =>
  allowedDomainsOf(v)
    ? null
    : { path: p, problem: v === undefined ? 'missing' : "expected [], ['AllowAllKnownDomains'] or a domain list" };

export interface ExternalAccess {
  readonly AllowFederatedUsers: boolean;
  readonly AllowedDomains: unknown;
}

/** Federation with other Microsoft 365 tenants: on or off, and with which domains. */
export const teamsExternalAccess = teamsConfiguration<ExternalAccess>(
  'teamsFederationSettings',
  'TenantFederationSettings',
  { AllowFederatedUsers: bool, AllowedDomains: allowedDomains },
);

export interface UnmanagedAccounts {
  readonly AllowTeamsConsumer: boolean;
  readonly AllowTeamsConsumerInbound: boolean;
}

/** Chat with personal (unmanaged) Teams accounts: out, and whether they may start it. */
export const teamsUnmanagedAccounts = teamsConfiguration<UnmanagedAccounts>(
  'teamsFederationSettings',
  'TenantFederationSettings',
  { AllowTeamsConsumer: bool, AllowTeamsConsumerInbound: bool },
);
