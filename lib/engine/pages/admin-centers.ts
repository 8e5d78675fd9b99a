/**
 * The admin centers the overlay annotates, each switched on or off by the admin (Connect page). A
 * pure mapping from a URL's host to its admin center, shared by the background and the options page.
 */
export const adminCenters = {
  m365: 'Microsoft 365 admin center',
  entra: 'Microsoft Entra admin center and Azure portal',
  defender: 'Microsoft Defender portal',
  purview: 'Microsoft Purview portal',
  exchange: 'Exchange admin center',
  sharepoint: 'SharePoint admin center',
  teams: 'Teams admin center',
  intune: 'Intune admin center',
} as const;

export type AdminCenterId = keyof typeof adminCenters;

export const adminCenterIds = Object.keys(adminCenters) as AdminCenterId[];

const byHost: Readonly<Record<string, AdminCenterId>> = {
  'admin.microsoft.com': 'm365',
  'admin.cloud.microsoft': 'm365',
  'entra.microsoft.com': 'entra',
  'portal.azure.com': 'entra',
  'security.microsoft.com': 'defender',
  'purview.microsoft.com': 'purview',
  'compliance.microsoft.com': 'purview',
  'admin.exchange.microsoft.com': 'exchange',
  'admin.teams.microsoft.com': 'teams',
  'intune.microsoft.com': 'intune',
};

/**
 * The admin center a page belongs to. SharePoint pages reached through admin.microsoft.com's
 * `/sharepoint` redirect count as SharePoint, since that is what the admin sees.
 */
export function adminCenterOf(url: URL): AdminCenterId | null {
  if (url.protocol !== 'https:') return null;
  if (/^[a-z0-9-]+-admin\.sharepoint\.com$/.test(url.hostname)) return 'sharepoint';
  const center = Object.hasOwn(byHost, url.hostname) ? byHost[url.hostname] : undefined;
  if (center === 'm365' && url.pathname.toLowerCase().replace(/\/+$/, '') === '/sharepoint') return 'sharepoint';
  return center ?? null;
}

export function isAdminCenterId(id: unknown): id is AdminCenterId {
  return typeof id === 'string' && Object.hasOwn(adminCenters, id);
}

/** Which admin centers are annotated; a center missing from the stored value is on (the default). */
export type OverlaySwitches = Readonly<Record<AdminCenterId, boolean>>;

export function overlaySwitchesOf(stored: unknown): OverlaySwitches {
  const raw = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(adminCenterIds.map((id) => [id, raw[id] !== false])) as Record<AdminCenterId, boolean>;
}
