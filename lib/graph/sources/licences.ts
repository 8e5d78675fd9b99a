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
  // No plan is DLP alone: Information Protection for Office 365 (MIP_S_CLP1/2) and Exchange Online
  // Plan 2 come with every plan that includes it (Business Premium, E3, E5); Business Basic/Standard have neither.
  dataLossPrevention: {
    name: 'Microsoft Purview data loss prevention (Microsoft 365 Business Premium, E3 or E5)',
    servicePlans: ['MIP_S_CLP1', 'MIP_S_CLP2', 'EXCHANGE_S_ENTERPRISE'],
  },
  sensitivityLabels: {
    name: 'Microsoft Purview Information Protection (sensitivity labels)',
    servicePlans: ['MIP_S_CLP1', 'MIP_S_CLP2', 'RMS_S_PREMIUM', 'RMS_S_PREMIUM2'],
  },
} as const satisfies Record<string, LicenceRequirement>;
