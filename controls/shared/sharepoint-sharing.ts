import type { SharingCapabilities } from '@microsoft/microsoft-graph-types';

/** The names the SharePoint admin center's Sharing page gives each `sharingCapability` value. */
export const sharingLevelNames: Readonly<Record<SharingCapabilities, string>> = {
  disabled: 'Only people in your organization',
  existingExternalUserSharingOnly: 'Existing guests',
  externalUserSharingOnly: 'New and existing guests',
  externalUserAndGuestSharing: 'Anyone',
  // Refused by the sources' parse; listed so the record is total.
  unknownFutureValue: 'a level Graph added later',
};

/** `'externalUserAndGuestSharing' (Anyone)`: the Graph value and what the admin center calls it. */
export function describeSharingLevel(level: SharingCapabilities): string {
  return `'${level}' (${sharingLevelNames[level]})`;
}
