import type { LicenceRequirement } from './define-source';

/** Licences by the service plans that carry them (subscribedSkus[].servicePlans[].servicePlanName). */
export const licences = {
  entraP1: { name: 'Microsoft Entra ID P1', servicePlans: ['AAD_PREMIUM', 'AAD_PREMIUM_P2'] },
  entraP2: { name: 'Microsoft Entra ID P2', servicePlans: ['AAD_PREMIUM_P2'] },
  intune: { name: 'Microsoft Intune', servicePlans: ['INTUNE_A', 'INTUNE_EDU', 'INTUNE_SMBIZ'] },
} as const satisfies Record<string, LicenceRequirement>;
