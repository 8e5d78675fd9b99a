/**
 * Read-only, as an invariant (issue 17 §1): Exchange's and Security & Compliance's InvokeCommand is a
 * POST that can run any cmdlet the signed-in account's role allows, so the transports send only the
 * cmdlets listed here, each with only the parameters listed for it, and refuse anything else before a
 * byte leaves. Every name is a `Get-*` cmdlet (the type says so); Teams is read with GETs of the
 * configurations listed below. The simulator answers these and nothing else.
 */
import type { AdminService } from './admin-services';

/** One allowed cmdlet: where it runs and the parameters it may be given. */
export interface AllowedCmdletSpec {
  readonly service: 'exchange' | 'compliance';
  readonly parameters: readonly string[];
}

/**
 * Cmdlet → where it runs and the parameters it may take. Sources: CIPP's New-ExoRequest callers and
 * ScubaGear's providers (EXO-TEAMS-LIVE.md §1.5). Add a cmdlet here only with a control that reads it
 * (test/allow-list-used.test.ts fails on one nothing reads).
 */
export const CMDLET_ALLOW_LIST = {
  // Exchange Online
  'Get-OrganizationConfig': { service: 'exchange', parameters: [] },
  'Get-AdminAuditLogConfig': { service: 'exchange', parameters: [] },
  'Get-TransportConfig': { service: 'exchange', parameters: [] },
  'Get-TransportRule': { service: 'exchange', parameters: ['ResultSize'] },
  'Get-RemoteDomain': { service: 'exchange', parameters: ['Identity'] },
  'Get-AcceptedDomain': { service: 'exchange', parameters: [] },
  'Get-OwaMailboxPolicy': { service: 'exchange', parameters: [] },
  'Get-SharingPolicy': { service: 'exchange', parameters: [] },
  'Get-RoleAssignmentPolicy': { service: 'exchange', parameters: [] },
  'Get-ExternalInOutlook': { service: 'exchange', parameters: [] },
  'Get-MailboxAuditBypassAssociation': { service: 'exchange', parameters: ['ResultSize'] },
  'Get-EXOMailbox': { service: 'exchange', parameters: ['RecipientTypeDetails', 'ResultSize'] },
  // Defender for Office 365 (read on the Exchange endpoint)
  'Get-HostedOutboundSpamFilterPolicy': { service: 'exchange', parameters: [] },
  'Get-HostedContentFilterPolicy': { service: 'exchange', parameters: [] },
  'Get-HostedContentFilterRule': { service: 'exchange', parameters: [] },
  'Get-HostedConnectionFilterPolicy': { service: 'exchange', parameters: [] },
  'Get-AntiPhishPolicy': { service: 'exchange', parameters: [] },
  'Get-AntiPhishRule': { service: 'exchange', parameters: [] },
  'Get-SafeLinksPolicy': { service: 'exchange', parameters: [] },
  'Get-SafeLinksRule': { service: 'exchange', parameters: [] },
  'Get-SafeAttachmentPolicy': { service: 'exchange', parameters: [] },
  'Get-SafeAttachmentRule': { service: 'exchange', parameters: [] },
  'Get-MalwareFilterPolicy': { service: 'exchange', parameters: [] },
  'Get-MalwareFilterRule': { service: 'exchange', parameters: [] },
  'Get-AtpPolicyForO365': { service: 'exchange', parameters: [] },
  'Get-TeamsProtectionPolicy': { service: 'exchange', parameters: [] },
  'Get-EOPProtectionPolicyRule': { service: 'exchange', parameters: [] },
  'Get-ATPProtectionPolicyRule': { service: 'exchange', parameters: [] },
  'Get-ATPBuiltInProtectionRule': { service: 'exchange', parameters: [] },
  'Get-ReportSubmissionPolicy': { service: 'exchange', parameters: [] },
  // Security & Compliance (Purview), on the tenant's regional compliance host
  'Get-DlpCompliancePolicy': { service: 'compliance', parameters: [] },
  'Get-LabelPolicy': { service: 'compliance', parameters: [] },
} as const satisfies Record<`Get-${string}`, AllowedCmdletSpec>;

export type AllowedCmdlet = keyof typeof CMDLET_ALLOW_LIST;

/** A cmdlet parameter's value as InvokeCommand's JSON carries it. */
export type CmdletParameter = string | number | boolean | readonly string[];

/** The body InvokeCommand is POSTed: `{"CmdletInput":{"CmdletName":"Get-…","Parameters":{…}}}`. */
export interface CmdletInput {
  readonly CmdletInput: {
    readonly CmdletName: string;
    readonly Parameters?: Readonly<Record<string, CmdletParameter>>;
  };
}

/**
 * Teams configurations read with `GET {root}/Skype.Policy/configurations/{name}` (ScubaGear's Teams REST
 * provider, EXO-TEAMS-LIVE.md §12). Only these names are ever requested.
 */
export const TEAMS_CONFIGURATIONS = [
  'TeamsMeetingPolicy',
  'TenantFederationSettings',
  'TeamsClientConfiguration',
  'TeamsMessagingPolicy',
] as const;

export type TeamsConfiguration = (typeof TEAMS_CONFIGURATIONS)[number];

/**
 * SharePoint Online is read with exactly one request: `GET {adminRoot}/_api/SPO.Tenant` (ScubaGear's
 * Get-SPOTenantRest, which replaced Get-PnPTenant), answering the tenant's settings as Get-SPOTenant
 * names them. No other path or method is ever sent to SharePoint.
 */
export const SHAREPOINT_TENANT_PATH = '/_api/SPO.Tenant';

export function isAllowedCmdlet(name: unknown): name is AllowedCmdlet {
  return typeof name === 'string' && Object.hasOwn(CMDLET_ALLOW_LIST, name);
}

export function isTeamsConfiguration(name: unknown): name is TeamsConfiguration {
  return typeof name === 'string' && (TEAMS_CONFIGURATIONS as readonly string[]).includes(name);
}

const isParameterValue = (v: unknown): v is CmdletParameter =>
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/**
 * Whether `body` may be POSTed to `service`'s InvokeCommand: exactly `{ CmdletInput: { CmdletName,
 * Parameters? } }` naming an allowed cmdlet of that service with allowed parameters of plain values.
 * The one check both the transports and the simulator run; null when allowed, else why not.
 */
export function refusedCmdlet(service: AdminService, body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body is not a CmdletInput object';
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'CmdletInput') return 'the body holds more than CmdletInput';
  const input = (body as { CmdletInput: unknown }).CmdletInput;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'CmdletInput is not an object';
  const { CmdletName: name, Parameters: params, ...rest } = input as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `CmdletInput holds ${Object.keys(rest).join(', ')}`;
  if (!isAllowedCmdlet(name))
    return `${typeof name === 'string' ? name : 'that cmdlet'} is not on the read-only allow-list`;
  const spec: AllowedCmdletSpec = CMDLET_ALLOW_LIST[name];
  if (spec.service !== service) return `${name} runs on ${spec.service}, not ${service}`;
  if (params === undefined) return null;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return 'Parameters is not an object';
  for (const [key, value] of Object.entries(params)) {
    if (!spec.parameters.includes(key)) return `${name} may not be given -${key}`;
    if (!isParameterValue(value)) return `-${key} is not a plain value`;
  }
  return null;
}
