/**
 * The admin centers Posture Lens annotates and links to. One list feeds the manifest's content-script
 * matches, `isAdminHost`, and the catalogue test that every fix link lands on one of them.
 */
export const adminHosts = [
  'admin.microsoft.com',
  'admin.cloud.microsoft',
  'entra.microsoft.com',
  'portal.azure.com',
  'security.microsoft.com',
  'purview.microsoft.com',
  'compliance.microsoft.com',
  'admin.exchange.microsoft.com',
  'admin.teams.microsoft.com',
  'intune.microsoft.com',
] as const;

/** SharePoint admin centers are per tenant: `contoso-admin.sharepoint.com`. */
const sharepointAdmin = /^[a-z0-9-]+-admin\.sharepoint\.com$/;

/**
 * Entra, Intune and Azure portal blades render inside cross-origin sandbox frames on these hosts,
 * so the content script must run there too (all_frames).
 */
export const portalFrameHostPatterns = [
  '*.reactblade.portal.azure.net',
  '*.reactblade-ms.portal.azure.net',
  '*.reactblade-rc.portal.azure.net',
] as const;

export function isAdminHost(url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return (adminHosts as readonly string[]).includes(url.hostname) || sharepointAdmin.test(url.hostname);
}

/** Match patterns for the manifest's content script. */
export const adminMatchPatterns: readonly string[] = [
  ...adminHosts.map((h) => `https://${h}/*`),
  'https://*.sharepoint.com/*',
  ...portalFrameHostPatterns.map((h) => `https://${h}/*`),
];
