import type { LicenceRequirement } from './define-source';

/** Licences by the service plans that carry them (subscribedSkus[].servicePlans[].servicePlanName). */
export const licences = {
  entraP1: { name: 'Microsoft Entra ID P1', servicePlans: ['AAD_PREMIUM', 'AAD_PREMIUM_P2'] },
  entraP2: { name: 'Microsoft Entra ID P2', servicePlans: ['AAD_PREMIUM_P2'] },
  intune: { name: 'Microsoft Intune', servicePlans: ['INTUNE_A', 'INTUNE_EDU', 'INTUNE_SMBIZ'] },
  defenderOfficeP1: {
    name: 'Microsoft Defender for Office 365 Plan 1',
    servicePlans: ['ATP_ENTERPRISE', 'THREAT_INTELLIGENCE'],
  },
  // Plan 2 (THREAT_INTELLIGENCE: E5, Defender for Office 365 Plan 2) adds ZAP for Teams, among others.
  defenderOfficeP2: { name: 'Microsoft Defender for Office 365 Plan 2', servicePlans: ['THREAT_INTELLIGENCE'] },
  customerLockbox: { name: 'Customer Lockbox', servicePlans: ['LOCKBOX_ENTERPRISE'] },
} as const satisfies Record<string, LicenceRequirement>;
