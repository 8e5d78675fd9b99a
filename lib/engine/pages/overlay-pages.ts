/**
 * Admin-center pages the overlay annotates although no control's "Open in admin center" link goes
 * there: overview pages that list settings fixed on deeper pages. Same shape and rules as
 * admin-pages/ (a pure matcher and example URLs, tested cross-negatively with every admin page).
 */
import { defineAdminPage, hashRoute, m365Admin, type AdminPage } from './admin-pages/define-admin-page';

export const overlayPages = {
  m365OrgSettings: defineAdminPage({
    id: 'm365OrgSettings',
    title: 'Microsoft 365 admin center › Settings › Org settings › Services',
    url: 'https://admin.microsoft.com/#/Settings/Services',
    matches: (u) => m365Admin(u) && hashRoute(u) === '#/settings/services',
    examples: [
      'https://admin.microsoft.com/#/Settings/Services',
      'https://admin.cloud.microsoft/#/Settings/Services/',
      'https://admin.microsoft.com/Adminportal/Home#/Settings/Services',
    ],
  }),
  m365SecurityPrivacy: defineAdminPage({
    id: 'm365SecurityPrivacy',
    title: 'Microsoft 365 admin center › Settings › Org settings › Security & privacy',
    url: 'https://admin.microsoft.com/#/Settings/SecurityPrivacy',
    matches: (u) => m365Admin(u) && hashRoute(u) === '#/settings/securityprivacy',
    examples: [
      'https://admin.microsoft.com/#/Settings/SecurityPrivacy',
      'https://admin.cloud.microsoft/#/Settings/SecurityPrivacy/',
    ],
  }),
  defenderSecureScore: defineAdminPage({
    id: 'defenderSecureScore',
    title: 'Microsoft Defender portal › Exposure management › Secure Score › Recommended actions',
    url: 'https://security.microsoft.com/securescore?viewid=actions',
    matches: (u) =>
      u.hostname === 'security.microsoft.com' && u.pathname.toLowerCase().replace(/\/+$/, '') === '/securescore',
    examples: [
      'https://security.microsoft.com/securescore?viewid=actions',
      'https://security.microsoft.com/securescore?viewid=overview&tid=6b9d1d5c-0a0e-4d38-9b8d-6c5c2e1e1b11',
    ],
  }),
} as const satisfies Record<string, AdminPage>;

export type OverlayPageId = keyof typeof overlayPages;
