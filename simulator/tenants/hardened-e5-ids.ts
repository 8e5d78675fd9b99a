import { stableGuid } from '../seeded-random';

export const KEY = 'hardenedE5';
export const INITIAL = 'woodgrovebank.onmicrosoft.com';
export const PRIMARY = 'woodgrovebank.com';

export const userId = (alias: string): string => stableGuid(KEY, 'user', alias);
export const groupId = (name: string): string => stableGuid(KEY, 'group', name);

/** Ids in the golden tenant that tests refer to when they patch one thing. */
export const hardenedE5Ids = {
  tenantId: stableGuid('tenant', KEY),
  breakGlass: [userId('bg-admin01'), userId('bg-admin02')],
  /** Eligible (PIM) Global Administrator with a separate, cloud-only admin account. */
  eligibleGlobalAdmin: userId('adm-alex.chen'),
  postureReader: userId('svc-posture'),
  emergencyAccessGroup: groupId('Emergency Access Accounts'),
  pimApproversGroup: groupId('PIM Approvers'),
  guestsDynamicGroup: groupId('Guests (dynamic)'),
  deviceJoinGroup: groupId('Entra Join - Allowed'),
  groupCreatorsGroup: groupId('M365 Group Creators'),
  trustedLocation: stableGuid(KEY, 'location', 'Woodgrove HQ egress'),
  blockedCountries: stableGuid(KEY, 'location', 'Blocked countries'),
} as const;
