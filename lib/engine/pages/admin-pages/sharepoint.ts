/** Pages of the SharePoint admin center. */
import { defineAdminPage, hashRoute, m365Admin, type AdminPage } from './define-admin-page';

/**
 * A SharePoint admin center page. The host is per tenant (`contoso-admin.sharepoint.com`), which a
 * static page can't know, so deep links go through Microsoft's documented redirect
 * `admin.microsoft.com/sharepoint?page=<route>&modern=true`, which opens the signed-in tenant's own
 * SharePoint admin center on that route; the matcher accepts both.
 */
const spoAdminRoute =
  (route: string) =>
  (u: URL): boolean =>
    (/^[a-z0-9-]+-admin\.sharepoint\.com$/.test(u.hostname) &&
      u.pathname.toLowerCase() === '/_layouts/15/online/adminhome.aspx' &&
      (hashRoute(u) === `#/${route.toLowerCase()}` || hashRoute(u).startsWith(`#/${route.toLowerCase()}?`))) ||
    (m365Admin(u) &&
      u.pathname.toLowerCase().replace(/\/+$/, '') === '/sharepoint' &&
      (u.searchParams.get('page') ?? '').toLowerCase() === route.toLowerCase());
const spoAdminPage = (id: string, title: string, route: string): AdminPage =>
  defineAdminPage({
    id,
    title,
    url: `https://admin.microsoft.com/sharepoint?page=${route}&modern=true`,
    matches: spoAdminRoute(route),
    examples: [
      `https://admin.microsoft.com/sharepoint?page=${route}&modern=true`,
      `https://contoso-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/${route}`,
      `https://woodgrovebank-admin.sharepoint.com/_layouts/15/online/AdminHome.aspx#/${route}/`,
    ],
  });

export const sharepointPages = {
  spoSharing: spoAdminPage('spoSharing', 'SharePoint admin center › Policies › Sharing', 'sharing'),
  spoAccessControl: spoAdminPage(
    'spoAccessControl',
    'SharePoint admin center › Policies › Access control',
    'accessControl',
  ),
  spoSettings: spoAdminPage('spoSettings', 'SharePoint admin center › Settings', 'settings'),
} as const satisfies Record<string, AdminPage>;
