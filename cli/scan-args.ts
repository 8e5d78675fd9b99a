import { parseArgs } from 'node:util';
import { DEFAULT_DOH_URL } from '../lib/dns/doh-client';
import { clouds, isCloud, type Cloud } from '../lib/graph/clouds';
import { parseServiceArgs, SERVICE_OPTIONS, type ServiceArgs } from './service-args';

export type Format = 'table' | 'json' | 'csv' | 'junit';
const FORMATS: readonly Format[] = ['table', 'json', 'csv', 'junit'];

export interface ScanArgs {
  target: { kind: 'demo' } | { kind: 'graph'; graphRoot: string; cloud: Cloud | 'custom' };
  token: string | undefined;
  format: Format;
  out: string | undefined;
  failUnder: number | undefined;
  batch: boolean;
  /** DNS-over-HTTPS (JSON) resolver for the DNS checks (SPF, DMARC); the demo answers DNS itself. */
  dohUrl: string;
  /** A JSON file of emergency-access accounts, sanctioned exemptions and privileged roles (read in scan.ts). */
  declarations: string | undefined;
  /** Actions the table lists (`--top N`, default 10). */
  top: number;
  /** The table lists everything, not just the top actions. */
  all: boolean;
  /** A previous `--format json` report of the same tenant to compare with (read in scan.ts). */
  baseline: string | undefined;
  /** Exit 4 when a control regressed since the baseline. */
  failOnRegression: boolean;
  /** Exchange Online, Security & Compliance and Teams: read when their token is given (cli/service-args.ts). */
  services: ServiceArgs;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const usage = `Usage: npm run -s scan -- [--demo | --graph-url URL | --cloud CLOUD]
         [--token T] [--format table|json|csv|junit] [--out FILE]
         [--fail-under N] [--no-batch] [--doh-url URL] [--declarations FILE]
         [--top N] [--all] [--baseline FILE] [--fail-on-regression]
         [--exo-token T] [--compliance-token T] [--teams-token T]
         [--spo-token T] [--exo-url URL] [--compliance-url URL]
         [--teams-url URL] [--spo-url URL]

  --demo         scan the built-in demo tenant (no sign-in, no network)
  --graph-url    Graph root to scan, e.g. http://127.0.0.1:4567 (simulator)
  --cloud        national cloud whose Graph root to scan: global (default),
                 usgov, usgovdod or china
  --token        bearer token for Graph (or set POSTURE_LENS_TOKEN); get one:
                 az account get-access-token --resource-type ms-graph
                   --query accessToken -o tsv
  --format       output format (default table)
  --out          write the report to FILE instead of stdout
  --fail-under   exit 1 when the score percent is below N
  --no-batch     send every request on its own (for comparison)
  --doh-url      DNS-over-HTTPS (JSON) resolver for the SPF and DMARC checks
                 (default ${DEFAULT_DOH_URL});
                 the names of your mail domains are sent to it
  --declarations JSON file of your emergency-access accounts, sanctioned
                 exemptions and privileged roles (see README); excluded
                 accounts are judged against it. Without it, any two
                 excluded accounts are guessed to be break-glass
  --top          table: list the N actions worth most points (default 10)
  --all          table: list every action, the checks by hand and the rest
  --baseline     FILE, an earlier --format json report of the same tenant:
                 the report says what changed since (JSON: "changes"; table:
                 first, regressions leading) and who changed it, where the
                 audit log could be read
  --fail-on-regression
                 exit 4 when any control regressed since --baseline
  --exo-token    read Exchange Online and Defender for Office 365 (Get-*
                 cmdlets only) with this token (or set POSTURE_LENS_EXO_TOKEN):
                 az account get-access-token --resource
                   https://outlook.office365.com --query accessToken -o tsv
  --compliance-token
                 read Security & Compliance (Purview) with this token (or set
                 POSTURE_LENS_COMPLIANCE_TOKEN); default: the --exo-token
  --teams-token  read Microsoft Teams policies with this token (or set
                 POSTURE_LENS_TEAMS_TOKEN):
                 az account get-access-token
                   --resource 48ac35b8-9aa8-4d74-927d-1f4a14a0b239
                   --query accessToken -o tsv
  --spo-token    read SharePoint Online's tenant settings (one GET of
                 /_api/SPO.Tenant) with this token (or set
                 POSTURE_LENS_SPO_TOKEN); its admin URL is the token's
                 audience, so get it for your tenant's admin host:
                 az account get-access-token --resource
                   https://contoso-admin.sharepoint.com
                   --query accessToken -o tsv
  --exo-url, --compliance-url, --teams-url, --spo-url
                 the service's root instead of the cloud's, e.g.
                 http://127.0.0.1:4567 (Exchange then reads
                 URL/adminapi/beta/TENANT/InvokeCommand). TENANT is the tid
                 claim of --token, else of the service's token. A service
                 without a token is not read: its controls stay checks by hand

The table has colour only when stdout is a terminal and NO_COLOR is unset.

Exit codes: 0 scanned, 1 below --fail-under, 2 usage error, 3 sign-in refused or
Graph unreachable (then only the error is printed), 4 a control regressed since
--baseline (with --fail-on-regression; before 1 when both apply). An --out FILE
that can't be written, or a --baseline that can't be read or is of another
tenant, is a usage error.`;

const OPTIONS = {
  demo: { type: 'boolean' },
  'graph-url': { type: 'string' },
  cloud: { type: 'string' },
  token: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'fail-under': { type: 'string' },
  'no-batch': { type: 'boolean' },
  'doh-url': { type: 'string' },
  declarations: { type: 'string' },
  top: { type: 'string' },
  all: { type: 'boolean' },
  baseline: { type: 'string' },
  'fail-on-regression': { type: 'boolean' },
  ...SERVICE_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseScanArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ScanArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: OPTIONS,
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) throw new UsageError('');
  const targets = [
    values.demo ? 'demo' : null,
    values['graph-url'] ? 'graph-url' : null,
    values.cloud ? 'cloud' : null,
  ].filter(Boolean);
  if (targets.length > 1)
    throw new UsageError(`Choose one of --demo, --graph-url and --cloud, not ${targets.join(' and ')}.`);

  const format = (values.format ?? 'table') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);

  let failUnder: number | undefined;
  if (values['fail-under'] !== undefined) {
    const raw = values['fail-under'].trim();
    failUnder = /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(failUnder) || failUnder < 0 || failUnder > 100)
      throw new UsageError('--fail-under must be a number from 0 to 100.');
  }

  const top = values.top === undefined ? 10 : /^\d+$/.test(values.top.trim()) ? Number(values.top) : NaN;
  if (!Number.isSafeInteger(top) || top < 1) throw new UsageError('--top must be a whole number from 1.');

  let target: ScanArgs['target'];
  if (values.demo) target = { kind: 'demo' };
  else if (values['graph-url']) {
    const url = values['graph-url'];
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw new UsageError(`--graph-url must be an http(s) URL, not '${url}'.`);
    target = { kind: 'graph', graphRoot: url.replace(/\/+$/, ''), cloud: 'custom' };
  } else {
    const cloud = values.cloud ?? 'global';
    if (!isCloud(cloud)) throw new UsageError(`--cloud must be one of ${Object.keys(clouds).join(', ')}.`);
    target = { kind: 'graph', graphRoot: clouds[cloud].graphRoot, cloud };
  }

  const dohUrl = values['doh-url'] ?? DEFAULT_DOH_URL;
  if (!URL.canParse(dohUrl) || !/^https?:$/.test(new URL(dohUrl).protocol))
    throw new UsageError(`--doh-url must be an http(s) URL, not '${dohUrl}'.`);

  if (values['fail-on-regression'] && values.baseline === undefined)
    throw new UsageError('--fail-on-regression needs --baseline FILE, the report to compare with.');

  const services = parseServiceArgs(values, env, target.kind === 'demo');
  if (typeof services === 'string') throw new UsageError(services);

  const token = values.token ?? env.POSTURE_LENS_TOKEN;
  if (target.kind === 'graph' && !token)
    throw new UsageError('A token is needed: pass --token or set POSTURE_LENS_TOKEN (see --help).');
  return {
    target,
    token,
    format,
    out: values.out,
    failUnder,
    batch: !values['no-batch'],
    dohUrl,
    declarations: values.declarations,
    top,
    all: values.all ?? false,
    baseline: values.baseline,
    failOnRegression: values['fail-on-regression'] ?? false,
    services,
  };
}
