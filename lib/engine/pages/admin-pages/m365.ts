/** Pages of the Microsoft 365 admin center (admin.microsoft.com, also reached as admin.cloud.microsoft). */
import { defineAdminPage, hashRoute, m365Admin, type AdminPage } from './define-admin-page';

/** A Microsoft 365 admin center org setting (Settings › Org settings › Services or Security & privacy). */
const m365Setting = (id: string, title: string, route: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://admin.microsoft.com/#/${route}`,
    matches: (u) => m365Admin(u) && hashRoute(u) === `#/${route.toLowerCase()}`,
    examples: [`https://admin.microsoft.com/#/${route}`, `https://admin.cloud.microsoft/#/${route}`],
  });

export const m365Pages = {
  m365PasswordExpiry: defineAdminPage({
    id: 'm365PasswordExpiry',
    title: 'Microsoft 365 admin center › Settings › Security & privacy › Password expiration policy',
    url: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/securityprivacy/:/settings/l1/passwordpolicy'),
    examples: [
      'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
      'https://admin.cloud.microsoft/#/Settings/SecurityPrivacy/:/Settings/L1/PasswordPolicy',
    ],
  }),
  m365Store: defineAdminPage({
    id: 'm365Store',
    title: 'Microsoft 365 admin center › Settings › Org settings › User owned apps and services',
    url: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/Store',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/services/:/settings/l1/store'),
    examples: [
      'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/Store',
      'https://admin.cloud.microsoft/#/Settings/Services/:/Settings/L1/Store/',
    ],
  }),
  m365Forms: defineAdminPage({
    id: 'm365Forms',
    title: 'Microsoft 365 admin center › Settings › Org settings › Microsoft Forms',
    url: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeForms',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/services/:/settings/l1/officeforms'),
    examples: [
      'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeForms',
      'https://admin.cloud.microsoft/#/Settings/Services/:/Settings/L1/OfficeForms',
    ],
  }),
  m365OfficeOnline: defineAdminPage({
    id: 'm365OfficeOnline',
    title: 'Microsoft 365 admin center › Settings › Org settings › Microsoft 365 on the web',
    url: 'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeOnline',
    matches: (u) => m365Admin(u) && hashRoute(u).startsWith('#/settings/services/:/settings/l1/officeonline'),
    examples: [
      'https://admin.microsoft.com/#/Settings/Services/:/Settings/L1/OfficeOnline',
      'https://admin.microsoft.com/Adminportal/Home#/Settings/Services/:/Settings/L1/OfficeOnline',
    ],
  }),
  m365IdleSessionTimeout: defineAdminPage({
    id: 'm365IdleSessionTimeout',
    title: 'Microsoft 365 admin center › Settings › Org settings › Security & privacy › Idle session timeout',
    url: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/IdleSessionTimeout',
    matches: (u) =>
      m365Admin(u) && hashRoute(u).startsWith('#/settings/securityprivacy/:/settings/l1/idlesessiontimeout'),
    examples: [
      'https://admin.microsoft.com/#/Settings/SecurityPrivacy/:/Settings/L1/IdleSessionTimeout',
      'https://admin.cloud.microsoft/#/Settings/SecurityPrivacy/:/Settings/L1/IdleSessionTimeout',
    ],
  }),
  m365ActiveGroups: defineAdminPage({
    id: 'm365ActiveGroups',
    title: 'Microsoft 365 admin center › Teams & groups › Active teams & groups',
    url: 'https://admin.microsoft.com/#/groups',
    matches: (u) => m365Admin(u) && /^#\/groups(\/:\/groupdetails.*)?$/.test(hashRoute(u)),
    examples: ['https://admin.microsoft.com/#/groups', 'https://admin.cloud.microsoft/#/groups/'],
  }),
  m365Sway: m365Setting(
    'm365Sway',
    'Microsoft 365 admin center › Settings › Org settings › Sway',
    'Settings/Services/:/Settings/L1/Sway',
  ),
  m365Calendar: m365Setting(
    'm365Calendar',
    'Microsoft 365 admin center › Settings › Org settings › Calendar',
    'Settings/Services/:/Settings/L1/Calendar',
  ),
  m365ModernAuth: m365Setting(
    'm365ModernAuth',
    'Microsoft 365 admin center › Settings › Org settings › Modern authentication',
    'Settings/Services/:/Settings/L1/ModernAuthentication',
  ),
  m365CustomerLockbox: m365Setting(
    'm365CustomerLockbox',
    'Microsoft 365 admin center › Settings › Org settings › Security & privacy › Customer Lockbox',
    'Settings/SecurityPrivacy/:/Settings/L1/CustomerLockbox',
  ),
} as const satisfies Record<string, AdminPage>;
