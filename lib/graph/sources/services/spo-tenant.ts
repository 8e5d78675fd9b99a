/**
 * SharePoint Online's tenant settings, `GET {adminRoot}/_api/SPO.Tenant` (issue 17), read once per scan
 * whatever number of controls read them, each control through its own narrow shape, so a missing or
 * odd property makes only the controls that read it unknown. Properties are named as Get-SPOTenant
 * names them; over REST (odata=verbose, as ScubaGear's Get-SPOTenantRest reads them) the enums arrive
 * as their numbers, which ScubaGear's SharePoint Rego compares (SharingCapability 2 is "Anyone"). A name
 * instead of a number is not what this API sends, so it is malformed, never guessed.
 * https://learn.microsoft.com/powershell/module/sharepoint-online/get-spotenant
 */
import { defineServiceSource, type ServiceSourceDef } from '../define-service-source';
import { bool, entity, wholeNumber, type Shape } from '../shape';

function spoTenant<T>(shape: Shape<T>): ServiceSourceDef<T> {
  return defineServiceSource<T>({
    id: 'spoTenant',
    service: 'sharepoint',
    request: { kind: 'sharepointTenant' },
    collection: false,
    parse: entity(shape),
  });
}

/** SharingCapabilities: 0 only people in the organisation, 1 new and existing guests, 2 anyone, 3 existing guests. */
export const SHARING = { disabled: 0, newAndExistingGuests: 1, anyone: 2, existingGuests: 3 } as const;
const sharingLevel = wholeNumber(0, 3);
/** Day counts: 0 (or -1) means "no limit" where the setting allows none. */
const days = wholeNumber(-1, 2_147_483_647);
const positiveDays = wholeNumber(1, 2_147_483_647);

export interface SpoDefaultLinks {
  /** SharingLinkType: 0 none, 1 specific people (Direct), 2 people in the organisation (Internal), 3 anyone. */
  readonly DefaultSharingLinkType: number;
  /** SharingPermissionType: 0 none, 1 view, 2 edit. */
  readonly DefaultLinkPermission: number;
}

/** The link type and permission a new sharing link starts with. */
export const spoDefaultLinks = spoTenant<SpoDefaultLinks>({
  DefaultSharingLinkType: wholeNumber(0, 3),
  DefaultLinkPermission: wholeNumber(0, 2),
});

export interface SpoInfectedFiles {
  readonly DisallowInfectedFileDownload: boolean;
}

/** Whether files the malware scan flagged can still be downloaded. */
export const spoInfectedFiles = spoTenant<SpoInfectedFiles>({ DisallowInfectedFileDownload: bool });

export interface SpoAnyoneLinks {
  readonly SharingCapability: number;
  /** Days before an Anyone link expires; 0 or less: never. */
  readonly RequireAnonymousLinksExpireInDays: number;
  /** AnonymousLinkType: 0 none, 1 view, 2 edit. */
  readonly FileAnonymousLinkType: number;
  readonly FolderAnonymousLinkType: number;
}

/** Anyone links: whether they exist (SharePoint's sharing level), when they expire, what they allow. */
export const spoAnyoneLinks = spoTenant<SpoAnyoneLinks>({
  SharingCapability: sharingLevel,
  RequireAnonymousLinksExpireInDays: days,
  FileAnonymousLinkType: wholeNumber(0, 2),
  FolderAnonymousLinkType: wholeNumber(0, 2),
});

export interface SpoVerificationCode {
  readonly SharingCapability: number;
  readonly EmailAttestationRequired: boolean;
  readonly EmailAttestationReAuthDays: number;
}

/** Whether people who opened a file with a verification code must verify again, and how often. */
export const spoVerificationCode = spoTenant<SpoVerificationCode>({
  SharingCapability: sharingLevel,
  EmailAttestationRequired: bool,
  EmailAttestationReAuthDays: positiveDays,
});

export interface SpoGuestExpiry {
  readonly SharingCapability: number;
  readonly ExternalUserExpirationRequired: boolean;
  readonly ExternalUserExpireInDays: number;
}

/** Whether a guest's access to a site or OneDrive ends by itself, and after how many days. */
export const spoGuestExpiry = spoTenant<SpoGuestExpiry>({
  SharingCapability: sharingLevel,
  ExternalUserExpirationRequired: bool,
  ExternalUserExpireInDays: positiveDays,
});

export interface SpoB2BIntegration {
  readonly EnableAzureADB2BIntegration: boolean;
}

/** Whether SharePoint and OneDrive invite guests through Entra B2B (so Entra's guest policies apply). */
export const spoB2BIntegration = spoTenant<SpoB2BIntegration>({ EnableAzureADB2BIntegration: bool });

export interface SpoOneDriveSharing {
  readonly OneDriveSharingCapability: number;
}

/** OneDrive's external sharing level (same numbers as SharingCapability). */
export const spoOneDriveSharing = spoTenant<SpoOneDriveSharing>({ OneDriveSharingCapability: sharingLevel });

/** How people read a sharing level. */
export function sharingLevelWords(level: number): string {
  return (
    ['only people in your organization', 'new and existing guests', 'anyone', 'existing guests'][level] ??
    `level ${level}`
  );
}
