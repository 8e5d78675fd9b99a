/**
 * The simulated tenants' SharePoint Online tenant settings (issue 17): `GET /_api/SPO.Tenant`'s object,
 * one per tenant, merged in tenant-services.ts. Owned by the spo-* controls that read it. Named as
 * Get-SPOTenant names them, with enums as the numbers the REST API sends (SharingCapability 0 only the
 * organisation, 1 new and existing guests, 2 anyone, 3 existing guests; link types 1 specific people,
 * 2 organisation, 3 anyone; permissions 1 view, 2 edit). Each tenant's SharingCapability matches its
 * Graph sharepointSettings. Defaults as Microsoft ships a tenant: Anyone links allowed and never
 * expiring, edit by default, guests never expiring, verification codes re-checked every 30 days,
 * infected files downloadable, B2B integration off.
 */
import type { ServiceDataPart, ServiceObject } from '../service-data';

/** A tenant's settings as Microsoft creates them; `o` overrides some. */
const spoTenant = (o: ServiceObject): ServiceObject => ({
  SharingCapability: 2,
  OneDriveSharingCapability: 2,
  SharingDomainRestrictionMode: 0,
  SharingAllowedDomainList: '',
  SharingBlockedDomainList: '',
  DefaultSharingLinkType: 2,
  DefaultLinkPermission: 2,
  RequireAnonymousLinksExpireInDays: -1,
  FileAnonymousLinkType: 2,
  FolderAnonymousLinkType: 2,
  ExternalUserExpirationRequired: false,
  ExternalUserExpireInDays: 60,
  EmailAttestationRequired: false,
  EmailAttestationReAuthDays: 30,
  DisallowInfectedFileDownload: false,
  EnableAzureADB2BIntegration: false,
  PreventExternalUsersFromResharing: false,
  ShowEveryoneClaim: false,
  ShowEveryoneExceptExternalUsersClaim: true,
  LegacyAuthProtocolsEnabled: true,
  ...o,
});

/** Passes every spo-* control read from SharePoint: existing guests only, links tight, guests expiring. */
export const hardenedSharePoint: ServiceDataPart = {
  sharepoint: spoTenant({
    SharingCapability: 3,
    OneDriveSharingCapability: 3,
    SharingDomainRestrictionMode: 1,
    SharingAllowedDomainList: 'fabrikam.com',
    DefaultSharingLinkType: 1,
    DefaultLinkPermission: 1,
    RequireAnonymousLinksExpireInDays: 30,
    FileAnonymousLinkType: 1,
    FolderAnonymousLinkType: 1,
    ExternalUserExpirationRequired: true,
    ExternalUserExpireInDays: 30,
    EmailAttestationRequired: true,
    EmailAttestationReAuthDays: 15,
    DisallowInfectedFileDownload: true,
    EnableAzureADB2BIntegration: true,
    PreventExternalUsersFromResharing: true,
    LegacyAuthProtocolsEnabled: false,
  }),
};

/**
 * The demo: Anyone links still on (as its Graph settings say) but expiring in 14 days and view-only,
 * specific-people links by default, infected files blocked, B2B on; yet links default to edit, guests
 * never expire, verification codes are re-checked only every 30 days and OneDrive shares with anyone.
 */
export const contosoSharePoint: ServiceDataPart = {
  sharepoint: spoTenant({
    DefaultSharingLinkType: 1,
    DefaultLinkPermission: 2,
    RequireAnonymousLinksExpireInDays: 14,
    FileAnonymousLinkType: 1,
    FolderAnonymousLinkType: 1,
    EmailAttestationRequired: true,
    EmailAttestationReAuthDays: 30,
    DisallowInfectedFileDownload: true,
    EnableAzureADB2BIntegration: true,
  }),
};

/** A tenant as Microsoft creates it. */
export const freshDefaultsSharePoint: ServiceDataPart = { sharepoint: spoTenant({}) };
