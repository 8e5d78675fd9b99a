/**
 * `TeamsAppPermissionPolicy` (Get-CsTeamsAppPermissionPolicy): Global and every `Tag:` app permission
 * policy. Each catalogue's type says how its app list reads: `AllowedAppList` allows only the apps
 * listed (an empty list blocks them all), `BlockedAppList` allows every app but those listed (an empty
 * list allows them all). Microsoft's reference says these policies apply only to tenants not moved to
 * app-centric management. https://learn.microsoft.com/powershell/module/microsoftteams/get-csteamsapppermissionpolicy
 */
import { oneOf } from '../shape';
import { teamsConfiguration } from './teams-configuration';

/** What a verdict from these policies can't promise, for the reasons people read. */
export const APP_CENTRIC_LIMIT =
  'on a tenant moved to app-centric management, its org-wide app settings decide instead';

/** How a catalogue's app list reads; anything else is malformed, never read as a restriction. */
export const catalogAppsType = oneOf(['AllowedAppList', 'BlockedAppList']);

export interface AppPermissions {
  /** Third-party apps (the Teams store). */
  readonly GlobalCatalogAppsType: string;
  /** Custom apps (the organisation's own app catalogue). */
  readonly PrivateCatalogAppsType: string;
}

export const teamsAppPermissions = teamsConfiguration<AppPermissions>(
  'teamsAppPermissionPolicies',
  'TeamsAppPermissionPolicy',
  { GlobalCatalogAppsType: catalogAppsType, PrivateCatalogAppsType: catalogAppsType },
);

export interface MicrosoftAppPermissions {
  /** Microsoft's own apps (the default catalogue). */
  readonly DefaultCatalogAppsType: string;
}

export const teamsMicrosoftAppPermissions = teamsConfiguration<MicrosoftAppPermissions>(
  'teamsAppPermissionPolicies',
  'TeamsAppPermissionPolicy',
  { DefaultCatalogAppsType: catalogAppsType },
);
