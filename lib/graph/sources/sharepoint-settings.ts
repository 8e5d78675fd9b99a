import type { IdleSessionSignOut, SharepointSettings } from '@microsoft/microsoft-graph-types';
import { defineSource, type ParseResult, type SourceDef } from './define-source';
import { bool, count, entity, object, oneOf, optional, strings, type Need, type Shape } from './shape';

export type SpoSharing = Need<SharepointSettings, 'sharingCapability'>;
export type SpoSharingDomains = Need<SharepointSettings, 'sharingCapability' | 'sharingDomainRestrictionMode'> &
  Pick<SharepointSettings, 'sharingAllowedDomainList' | 'sharingBlockedDomainList'>;
export type SpoResharing = Need<SharepointSettings, 'isResharingByExternalUsersEnabled'>;
export type SpoLegacyAuth = Need<SharepointSettings, 'isLegacyAuthProtocolsEnabled'>;
export type SpoSyncRestriction = Need<
  SharepointSettings,
  'isUnmanagedSyncAppForTenantRestricted' | 'allowedDomainGuidsForSyncApp'
>;
export type SpoIdleSignOut = Need<IdleSessionSignOut, 'isEnabled'> &
  Pick<IdleSessionSignOut, 'warnAfterInSeconds' | 'signOutAfterInSeconds'>;
export type SpoIdleSettings = { idleSessionSignOut: SpoIdleSignOut };

// unknownFutureValue is refused: a value Graph adds later must not pass or fail by accident.
const sharingCapability = oneOf([
  'disabled',
  'existingExternalUserSharingOnly',
  'externalUserSharingOnly',
  'externalUserAndGuestSharing',
]);

/**
 * The settings object itself. The Graph docs sample wraps it in `value` ({ "value": { … } }), while the
 * service and SDK clients (Prowler, the Graph SDKs) answer the plain entity (graph-sources.md §2.11),
 * so both shapes are accepted: a body with an object `value` and no `sharingCapability` of its own is
 * unwrapped.
 */
export function unwrapSettings(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const o = body as Record<string, unknown>;
  const inner = o.value;
  return !('sharingCapability' in o) && typeof inner === 'object' && inner !== null && !Array.isArray(inner)
    ? inner
    : body;
}

/**
 * One GET (`/admin/sharepoint/settings`), read by several controls, each through its own narrow parse:
 * the request is made once (sources are de-duplicated by request), and a missing field makes only the
 * controls that read it unknown. https://learn.microsoft.com/graph/api/sharepointsettings-get
 */
function settingsSource<T>(id: string, shape: Shape<T>): SourceDef<T> {
  const parse = entity<T>(shape);
  return defineSource<T>({
    id,
    version: 'v1.0',
    path: '/admin/sharepoint/settings',
    permission: 'SharePointTenantSettings.Read.All',
    collection: false,
    parse: (body): ParseResult<T> => parse(unwrapSettings(body)),
  });
}

/** Who files can be shared with, tenant-wide. */
export const sharepointSharing = settingsSource<SpoSharing>('sharepointSettings', { sharingCapability });

/** Sharing level and the domain allow or block list. The lists are read only for the mode that uses them. */
export const sharepointSharingDomains = settingsSource<SpoSharingDomains>('sharepointSettings', {
  sharingCapability,
  sharingDomainRestrictionMode: oneOf(['none', 'allowList', 'blockList']),
  sharingAllowedDomainList: optional(strings),
  sharingBlockedDomainList: optional(strings),
});

export const sharepointResharing = settingsSource<SpoResharing>('sharepointSettings', {
  isResharingByExternalUsersEnabled: bool,
});

export const sharepointLegacyAuth = settingsSource<SpoLegacyAuth>('sharepointSettings', {
  isLegacyAuthProtocolsEnabled: bool,
});

/** Graph documents the GUID list as a plain collection: an empty list means no domain is trusted. */
export const sharepointSyncRestriction = settingsSource<SpoSyncRestriction>('sharepointSettings', {
  isUnmanagedSyncAppForTenantRestricted: bool,
  allowedDomainGuidsForSyncApp: strings,
});

export const sharepointIdleSignOut = settingsSource<SpoIdleSettings>('sharepointSettings', {
  idleSessionSignOut: object<SpoIdleSignOut>({
    isEnabled: bool,
    warnAfterInSeconds: optional(count.int64),
    signOutAfterInSeconds: optional(count.int64),
  }),
});
