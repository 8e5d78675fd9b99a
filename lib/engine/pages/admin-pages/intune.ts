/** Pages of the Intune admin center. */
import { defineAdminPage, hashRoute, type AdminPage } from './define-admin-page';

export const intunePages = {
  intuneCompliance: defineAdminPage({
    id: 'intuneCompliance',
    title: 'Intune admin center › Devices › Compliance',
    url: 'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesComplianceMenu/~/policies',
    matches: (u) =>
      u.hostname === 'intune.microsoft.com' &&
      hashRoute(u).startsWith('#view/microsoft_intune_devicesettings/devicescompliancemenu/~/'),
    examples: [
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesComplianceMenu/~/policies',
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesComplianceMenu/~/complianceSettings/',
    ],
  }),
  intuneEnrollment: defineAdminPage({
    id: 'intuneEnrollment',
    title: 'Intune admin center › Devices › Enrollment',
    url: 'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesEnrollmentMenu/~/windowsEnrollment',
    matches: (u) =>
      u.hostname === 'intune.microsoft.com' &&
      hashRoute(u).startsWith('#view/microsoft_intune_devicesettings/devicesenrollmentmenu/~/'),
    examples: [
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesEnrollmentMenu/~/windowsEnrollment',
      'https://intune.microsoft.com/#view/Microsoft_Intune_DeviceSettings/DevicesEnrollmentMenu/~/appleEnrollment',
    ],
  }),
} as const satisfies Record<string, AdminPage>;
