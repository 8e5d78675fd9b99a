/**
 * A service source: one read of an admin service other than Graph (issue 17) — an allow-listed `Get-*`
 * cmdlet through Exchange's or Security & Compliance's InvokeCommand, or one Teams configuration — with
 * a `parse` that turns the answer into typed data or names the field that was missing or malformed.
 * Cmdlet output is PascalCase, as the cmdlet reference documents it; collections arrive as
 * `{ value: [...all pages] }` like Graph's. Controls declare these beside Graph sources; run-scan reads
 * them through the injected ServiceReader, in parallel with Graph's first wave.
 */
import { adminServiceInfo, type AdminService } from './admin-services';
import {
  CMDLET_ALLOW_LIST,
  SHAREPOINT_TENANT_PATH,
  type AllowedCmdlet,
  type CmdletParameter,
  type TeamsConfiguration,
} from './cmdlet-allow-list';
import type { LicenceRequirement, ParseResult } from './source-def';

/** What one service source asks its service for. */
export type ServiceRequest =
  | {
      readonly kind: 'cmdlet';
      readonly cmdlet: AllowedCmdlet;
      readonly parameters?: Readonly<Record<string, CmdletParameter>>;
    }
  | {
      readonly kind: 'teamsConfiguration';
      readonly configuration: TeamsConfiguration;
      /** One policy instance (`Global`); absent: every instance, as a collection. */
      readonly identity?: string;
    }
  | {
      /** `GET {adminRoot}/_api/SPO.Tenant`: the tenant's SharePoint and OneDrive settings, one object. */
      readonly kind: 'sharepointTenant';
    };

export interface ServiceSourceDef<T> {
  /** Stable name, e.g. `exoOrganizationConfig`; shown in evidence and reasons. */
  readonly id: string;
  readonly service: AdminService;
  readonly request: ServiceRequest;
  /** Answers `{ value: [...] }` across pages (cmdlets that return many objects). */
  readonly collection: boolean;
  /** Licence the read itself needs (a cmdlet missing from the tenant's plan answers an error without it). */
  readonly licence?: LicenceRequirement;
  readonly parse: (body: unknown) => ParseResult<T>;
}

export function defineServiceSource<T>(def: ServiceSourceDef<T>): ServiceSourceDef<T> {
  if (def.request.kind === 'cmdlet' && CMDLET_ALLOW_LIST[def.request.cmdlet].service !== def.service)
    throw new Error(
      `${def.request.cmdlet} runs on ${CMDLET_ALLOW_LIST[def.request.cmdlet].service}, not ${def.service}.`,
    );
  return Object.freeze({ ...def });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any service source, whatever it parses to
export type AnyServiceSource = ServiceSourceDef<any>;

export function isServiceSource(s: object): s is AnyServiceSource {
  return 'service' in s && 'request' in s;
}

const param = (name: string, v: CmdletParameter): string =>
  typeof v === 'boolean' ? `-${name}:$${String(v)}` : `-${name} ${Array.isArray(v) ? v.join(',') : String(v)}`;

/**
 * De-duplication key and the label people read, like a Graph source's `GET /v1.0/…`:
 * `Exchange Online: Get-RemoteDomain -Identity Default`,
 * `Microsoft Teams: GET /Skype.Policy/configurations/TeamsMeetingPolicy/configuration/Global`.
 */
export function serviceSourceKey(s: Pick<ServiceSourceDef<unknown>, 'service' | 'request'>): string {
  const label = adminServiceInfo[s.service].label;
  const r = s.request;
  if (r.kind === 'teamsConfiguration') return `${label}: GET ${teamsConfigurationPath(r.configuration, r.identity)}`;
  if (r.kind === 'sharepointTenant') return `${label}: GET ${SHAREPOINT_TENANT_PATH}`;
  const params = Object.entries(r.parameters ?? {}).map(([k, v]) => param(k, v));
  return [`${label}: ${r.cmdlet}`, ...params].join(' ');
}

/** The path below the Teams root: `/Skype.Policy/configurations/TeamsMeetingPolicy[/configuration/Global]`. */
export function teamsConfigurationPath(configuration: TeamsConfiguration, identity?: string): string {
  const base = `/Skype.Policy/configurations/${configuration}`;
  return identity === undefined ? base : `${base}/configuration/${encodeURIComponent(identity)}`;
}

/** The permission a service source's result lists, as Entra names it: "Exchange.Manage (Office 365 Exchange Online)". */
export function servicePermission(service: AdminService): string {
  const info = adminServiceInfo[service];
  return `${info.permission} (${info.api})`;
}
