/**
 * The Microsoft 365 admin services Posture Lens reads besides Graph (issue 17): Exchange Online (with
 * Defender for Office 365's policies), Security & Compliance (Purview) and Teams. Each is opt-in per
 * tenant, needs a token for its own resource and a read role in the tenant, and is reached only from
 * the background or the CLI, never from a content script. Pure data: hosts and scopes per cloud.
 * Research and its open questions: ../shared/EXO-TEAMS-LIVE.md (§9 endpoints, §12 corrections).
 */

export type AdminService = 'exchange' | 'compliance' | 'teams';

/** lib/graph/clouds.ts's cloud names (admin-services.test.ts holds the two lists equal). */
export type ServiceCloud = 'global' | 'usgov' | 'usgovdod' | 'china';

export const ADMIN_SERVICES: readonly AdminService[] = ['exchange', 'compliance', 'teams'];

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
      'Teams external access and federation, meeting lobby and anonymous join, cloud storage and app policies (GET only).',
    permission: 'user_impersonation',
    api: 'Skype and Teams Tenant Admin API (48ac35b8-9aa8-4d74-927d-1f4a14a0b239)',
    roles: 'Global Reader, Teams Communications Support Engineer or Teams Administrator',
  },
};

/** Where one service is reached in one cloud, and the scope its token is asked for. */
export interface ServiceEndpoint {
  /** Root without a trailing slash: `https://outlook.office365.com`. */
  readonly root: string;
  /** The scope MSAL asks for: `https://outlook.office365.com/.default`. */
  readonly scope: string;
  /** False where no source we read confirmed the host in that cloud: a scan says so when it fails. */
  readonly verified: boolean;
}

const TEAMS_RESOURCE = '48ac35b8-9aa8-4d74-927d-1f4a14a0b239';
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
  },
  usgov: {
    exchange: at('https://outlook.office365.us', true),
    compliance: at('https://ps.compliance.protection.office365.us', false),
    teams: at('https://api.interfaces.records.gov.teams.microsoft.us', true, `${TEAMS_RESOURCE}/.default`),
  },
  usgovdod: {
    exchange: at('https://outlook-dod.office365.us', true),
    compliance: at('https://l5.ps.compliance.protection.office365.us', false),
    teams: at('https://api.interfaces.records.dod.teams.microsoft.us', false, `${TEAMS_RESOURCE}/.default`),
  },
  china: {
    exchange: at('https://partner.outlook.cn', false),
    compliance: at('https://ps.compliance.protection.partner.outlook.cn', false),
    teams: at('https://api.interfaces.records.teams.microsoftonline.cn', false, `${TEAMS_RESOURCE}/.default`),
  },
};
