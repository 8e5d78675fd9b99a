/**
 * `TeamsAppPermissionPolicy` (Get-CsTeamsAppPermissionPolicy): Global and every `Tag:` app permission
 * policy. Each catalogue's type says how its app list reads: `AllowedAppList` allows only the apps
 * listed (an empty list blocks them all), `BlockedAppList` allows every app but those listed (an empty
 * list allows them all). Microsoft's reference says these policies apply only to tenants not moved to
 * app-centric management. https://learn.microsoft.com/powershell/module/microsoftteams/get-csteamsapppermissionpolicy
 */
import { oneOf } from '../shape';
import { teamsConfiguration } from './teams-configuration';

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
