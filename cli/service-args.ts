/**
 * The admin services on the command line (issue 17): a service is read when its token is given
 * (`--exo-token`, `--compliance-token`, `--teams-token`, `--spo-token`, or their environment variables); the
 * compliance token defaults to the Exchange one (same resource, Office 365 Exchange Online). Roots
 * default to the cloud's; `--exo-url` and friends replace them (tests, the simulator, other clouds).
 * SharePoint's admin root is the tenant's own: `--spo-url`, else the SharePoint token's audience
 * (cli/sharepoint-root.ts).
 */
import { adminServiceInfo, type AdminService } from '../lib/graph/sources/admin-services';

export interface ServiceArgs {
  /** The token each service is read with; a service without one is off. */
  readonly tokens: Readonly<Partial<Record<AdminService, string>>>;
  /** Roots given instead of the cloud's, without a trailing slash. */
  readonly roots: Readonly<Partial<Record<AdminService, string>>>;
}

/** Each service's flags and environment variable, as the usage and the "off" sentences name them. */
export const serviceFlags = {
  exchange: { token: 'exo-token', url: 'exo-url', env: 'POSTURE_LENS_EXO_TOKEN' },
  compliance: { token: 'compliance-token', url: 'compliance-url', env: 'POSTURE_LENS_COMPLIANCE_TOKEN' },
  teams: { token: 'teams-token', url: 'teams-url', env: 'POSTURE_LENS_TEAMS_TOKEN' },
  sharepoint: { token: 'spo-token', url: 'spo-url', env: 'POSTURE_LENS_SPO_TOKEN' },
} as const satisfies Record<AdminService, { token: string; url: string; env: string }>;

export const SERVICE_OPTIONS = {
  'exo-token': { type: 'string' },
  'compliance-token': { type: 'string' },
  'teams-token': { type: 'string' },
  'exo-url': { type: 'string' },
  'compliance-url': { type: 'string' },
  'teams-url': { type: 'string' },
  'spo-token': { type: 'string' },
  'spo-url': { type: 'string' },
} as const;

type ServiceValues = Partial<Record<keyof typeof SERVICE_OPTIONS, string>>;

/** The flag that turns a service on. */
const tokenFlag = (service: AdminService): string =>
  service === 'compliance' ? '--compliance-token (or --exo-token)' : `--${serviceFlags[service].token}`;

/** Why a service is off in a CLI run, naming the flag that would turn it on. */
export function serviceOffWhy(service: AdminService): string {
  return `${adminServiceInfo[service].label} was not read: no ${tokenFlag(service)} given.`;
}

/**
 * The services' tokens and roots, or a sentence saying what is wrong (thrown by the caller as a
 * usage error). `demo`: the demo serves no admin service yet, so a flag asking for one is an error
 * (a token in the environment is left alone).
 */
export function parseServiceArgs(
  values: ServiceValues,
  env: Readonly<Record<string, string | undefined>>,
  demo: boolean,
): ServiceArgs | string {
  if (demo)
    return Object.keys(SERVICE_OPTIONS).some((k) => values[k as keyof ServiceValues] !== undefined)
      ? '--demo reads no admin service yet: leave out the --exo-, --compliance-, --teams- and --spo- flags.'
      : { tokens: {}, roots: {} };
  const tokens: Partial<Record<AdminService, string>> = {};
  const roots: Partial<Record<AdminService, string>> = {};
  for (const [service, f] of Object.entries(serviceFlags) as [AdminService, (typeof serviceFlags)[AdminService]][]) {
    const token = values[f.token] ?? env[f.env];
    if (token) tokens[service] = token;
    const url = values[f.url];
    if (url === undefined) continue;
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      return `--${f.url} must be an http(s) URL, not '${url}'.`;
    roots[service] = url.replace(/\/+$/, '');
  }
  if (!tokens.compliance && tokens.exchange) tokens.compliance = tokens.exchange;
  for (const service of Object.keys(roots) as AdminService[])
    if (!tokens[service]) return `--${serviceFlags[service].url} needs ${tokenFlag(service)}.`;
  return { tokens, roots };
}
