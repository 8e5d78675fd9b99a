/**
 * The Microsoft 365 admin services Posture Lens reads besides Graph (issue 17): Exchange Online (with
 * Defender for Office 365's policies), Security & Compliance (Purview), Teams and SharePoint Online. Each is opt-in per
 * tenant, needs a token for its own resource and a read role in the tenant, and is reached only from
 * the background or the CLI, never from a content script. Pure data: hosts and scopes per cloud.
 * Research and its open questions: ../shared/EXO-TEAMS-LIVE.md (§9 endpoints, §12 corrections).
 */

export type AdminService = 'exchange' | 'compliance' | 'teams' | 'sharepoint';

/** lib/graph/clouds.ts's cloud names (admin-services.test.ts holds the two lists equal). */
export type ServiceCloud = 'global' | 'usgov' | 'usgovdod' | 'china';

export const ADMIN_SERVICES: readonly AdminService[] = ['exchange', 'compliance', 'teams', 'sharepoint'];

export function isAdminService(value: unknown): value is AdminService {
  return typeof value === 'string' && (ADMIN_SERVICES as readonly string[]).includes(value);
}

/** What a person reads about one service: on the Connect page, in reasons and in the CLI's help. */
export interface AdminServiceInfo {
  /** "Exchange Online": used in reasons ("Exchange Online refused this app: 401 …"). */
  readonly label: string;
  /** What turning it on lets Posture Lens read, in one sentence. */
  readonly reads: string;
  /** The delegated permission the app registration needs on the service's resource. */
  readonly permission: string;
  /** The API the permission belongs to, as Entra's "API permissions" page lists it. */
  readonly api: string;
  /** The least role in the tenant that lets the signed-in account read it. */
  readonly roles: string;
  /** What a person must know before consenting, when the permission allows more than is read. */
  readonly caveat?: string;
}

export const adminServiceInfo: Readonly<Record<AdminService, AdminServiceInfo>> = {
  exchange: {
    label: 'Exchange Online',
    reads:
      'Mail flow, mailbox auditing, forwarding, sharing and the Defender for Office 365 threat policies (Safe Links, Safe Attachments, anti-phishing, anti-spam), with Get-* cmdlets only.',
    permission: 'Exchange.Manage',
    api: 'Office 365 Exchange Online',
    roles:
      'Global Reader, or View-Only Organization Management (Exchange) with Security Reader for the threat policies',
  },
  compliance: {
    label: 'Security & Compliance',
    reads: 'Purview data loss prevention, sensitivity label and alert policies, with Get-* cmdlets only.',
    permission: 'Exchange.Manage',
    api: 'Office 365 Exchange Online',
    roles: 'Global Reader, or Compliance Administrator / Security Reader in the Purview portal',
  },
  teams: {
    label: 'Microsoft Teams',
    reads:
      'Teams external access and federation, meeting lobby, anonymous join, presenters, recording and control, cloud storage and message reporting (GET only).',
    permission: 'user_impersonation',
    api: 'Skype and Teams Tenant Admin API (48ac35b8-9aa8-4d74-927d-1f4a14a0b239)',
    roles: 'Global Reader, Teams Communications Support Engineer or Teams Administrator',
  },
  // Microsoft offers no read-only scope for SharePoint's admin API: its documentation asks for
  // AllSites.FullControl on behalf of a user. The read stays one GET of one path (SHAREPOINT_TENANT_PATH).
  sharepoint: {
    label: 'SharePoint Online',
    reads:
      'SharePoint and OneDrive sharing defaults: link type and permission, link and guest expiry, re-verification and infected-file download (one GET of the tenant settings).',
    permission: 'AllSites.FullControl',
    api: 'Office 365 SharePoint Online (00000003-0000-0ff1-ce00-000000000000)',
    roles: 'SharePoint Administrator or Global Administrator; Global Reader where SharePoint lets it read',
    caveat:
      'Microsoft has no read-only permission for SharePoint’s admin API: reading these settings on your behalf needs AllSites.FullControl, which would also let an app change them. Posture Lens sends exactly one request with it, GET /_api/SPO.Tenant on your tenant’s admin host, and refuses any other request to SharePoint before it leaves the browser. Sign in with the least role that reads the settings.',
  },
};

/** Where one service is reached in one cloud, and the scope its token is asked for. */
export interface ServiceEndpoint {
  /**
   * Root without a trailing slash: `https://outlook.office365.com`. SharePoint's holds the tenant's
   * placeholder, `https://{tenant}-admin.sharepoint.com`: `tenantServiceEndpoint` fills it in.
   */
  readonly root: string;
  /** The scope MSAL asks for: `https://outlook.office365.com/.default`. */
  readonly scope: string;
  /** False where no source we read confirmed the host in that cloud: a scan says so when it fails. */
  readonly verified: boolean;
}

const TEAMS_RESOURCE = '48ac35b8-9aa8-4d74-927d-1f4a14a0b239';
/** Stands for the tenant's initial-domain prefix in SharePoint's admin root. */
export const TENANT_PLACEHOLDER = '{tenant}';
const spo = (domain: string, verified: boolean): ServiceEndpoint =>
  at(`https://${TENANT_PLACEHOLDER}-admin.${domain}`, verified);
const at = (root: string, verified: boolean, scope = `${root}/.default`): ServiceEndpoint => ({
  root,
  scope,
  verified,
});

/**
 * Hosts per cloud (ScubaGear's EXORestHelper and TeamsRestHelper; CIPP's New-ExoRequest). The
 * compliance root is the *discovery* host: the tenant's regional host is found from it (compliance-host.ts).
 */
export const serviceEndpoints: Readonly<Record<ServiceCloud, Readonly<Record<AdminService, ServiceEndpoint>>>> = {
  global: {
    exchange: at('https://outlook.office365.com', true),
    compliance: at('https://ps.compliance.protection.outlook.com', true),
    teams: at('https://api.interfaces.records.teams.microsoft.com', true, `${TEAMS_RESOURCE}/.default`),
    sharepoint: spo('sharepoint.com', true),
  },
  usgov: {
    exchange: at('https://outlook.office365.us', true),
    compliance: at('https://ps.compliance.protection.office365.us', false),
    teams: at('https://api.interfaces.records.gov.teams.microsoft.us', true, `${TEAMS_RESOURCE}/.default`),
    sharepoint: spo('sharepoint.us', true),
  },
  usgovdod: {
    exchange: at('https://outlook-dod.office365.us', true),
    compliance: at('https://l5.ps.compliance.protection.office365.us', false),
    teams: at('https://api.interfaces.records.dod.teams.microsoft.us', false, `${TEAMS_RESOURCE}/.default`),
    sharepoint: spo('sharepoint-mil.us', false),
  },
  china: {
    exchange: at('https://partner.outlook.cn', false),
    compliance: at('https://ps.compliance.protection.partner.outlook.cn', false),
    teams: at('https://api.interfaces.records.teams.microsoftonline.cn', false, `${TEAMS_RESOURCE}/.default`),
    sharepoint: spo('sharepoint.cn', false),
  },
};

/**
 * One tenant's endpoint for a service. SharePoint's admin host is the tenant's own, named after its
 * initial domain's prefix (`contoso.onmicrosoft.com` → `https://contoso-admin.sharepoint.com`, as
 * ScubaGear and Monkey365 derive it); null when that domain is unknown or not an initial domain's shape.
 */
export function tenantServiceEndpoint(
  cloud: ServiceCloud,
  service: AdminService,
  initialDomain?: string,
): ServiceEndpoint | null {
  const e = serviceEndpoints[cloud][service];
  if (!e.root.includes(TENANT_PLACEHOLDER)) return e;
  const prefix = initialDomain?.toLowerCase().match(/^([a-z0-9][a-z0-9-]{0,62})\.onmicrosoft\.(?:com|us|cn)$/)?.[1];
  if (prefix === undefined) return null;
  const root = e.root.replace(TENANT_PLACEHOLDER, prefix);
  return { root, scope: `${root}/.default`, verified: e.verified };
}
