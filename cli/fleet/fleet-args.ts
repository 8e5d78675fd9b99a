/**
 * The command line of a fleet run (issue 16 §5): `--tenants FILE` and/or repeated `--tenant T`, with
 * `--concurrency N` and `--out-dir DIR`. Kept apart from scan-args.ts: a fleet takes fewer options,
 * and each one-tenant option it can't honour is refused with the reason rather than ignored.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_DOH_URL } from '../../lib/dns/doh-client';
import { clouds, isCloud, type Cloud } from '../../lib/graph/clouds';
import { UsageError } from '../scan-args';

export interface FleetArgs {
  readonly tenantsFile: string | undefined;
  /** `--tenant` values, as given. */
  readonly tenants: readonly string[];
  readonly concurrency: number;
  readonly outDir: string;
  /** The Graph root of an entry without `graphUrl`. */
  readonly graph: { readonly graphRoot: string; readonly cloud: Cloud | 'custom' };
  /** The resolver of an entry without `dohUrl`. */
  readonly dohUrl: string;
  readonly batch: boolean;
  readonly failUnder: number | undefined;
  /** `--token-command`: the last place a tenant's token is looked for. */
  readonly tokenCommand: readonly string[] | undefined;
}

export const DEFAULT_CONCURRENCY = 3;
/** More at once than this is more throttling, not more speed (Graph limits per app and tenant, and the runner's cores). */
const MAX_CONCURRENCY = 32;

export const fleetUsage = `Fleets: npm run -s scan -- --tenants FILE | --tenant T [--tenant T …]
         --out-dir DIR [--concurrency N] [--token-command JSON]
         [--graph-url URL | --cloud CLOUD] [--doh-url URL] [--fail-under N] [--no-batch]

  --tenants      JSON array of {"name", "tenant", "graphUrl"?, "dohUrl"?,
                 "token"?, "tokenEnv"?, "tokenCommand"?} (see README, Fleets in CI)
  --tenant       a tenant id or domain to scan (repeat it); its token comes
                 from --token-command
  --out-dir      where each tenant's reports (NAME.json, .csv, .junit.xml,
                 .txt) and summary.json, summary.csv, summary.junit.xml go
  --concurrency  tenants scanned at once (default ${DEFAULT_CONCURRENCY}, at most ${MAX_CONCURRENCY})
  --token-command
                 a JSON array, program first, run without a shell for a tenant
                 with no token of its own; "{tenant}" in an argument is that
                 tenant: '["az","account","get-access-token","--tenant","{tenant}",
                 "--resource-type","ms-graph","--query","accessToken","-o","tsv"]'

Exit codes: the worst tenant's — 3 if any failed, else 1 if any is below
--fail-under, else 0; 2 usage error (tenants file included).`;

/** One-tenant options a fleet refuses, and why. */
const REFUSED: Readonly<Record<string, string>> = {
  token: 'each tenant has its own token: "token", "tokenEnv" or "tokenCommand" in the tenants file, or --token-command',
  demo: 'the demo is one tenant; scan the simulator with several instead (README, Fleets in CI)',
  format: 'every format is written for each tenant into --out-dir',
  out: 'the reports go into --out-dir',
  baseline: 'a baseline is one tenant’s report',
  'fail-on-regression': 'it needs --baseline, one tenant’s report',
  declarations: 'declarations name one tenant’s accounts',
  top: 'each tenant’s .txt report lists its top 10',
  all: 'each tenant’s .json report holds everything',
  'exo-token': 'fleet scans read Graph and DNS only',
  'compliance-token': 'fleet scans read Graph and DNS only',
  'teams-token': 'fleet scans read Graph and DNS only',
  'exo-url': 'fleet scans read Graph and DNS only',
  'compliance-url': 'fleet scans read Graph and DNS only',
  'teams-url': 'fleet scans read Graph and DNS only',
};

/** True when the command line asks for a fleet. */
export const isFleetRun = (argv: readonly string[]): boolean =>
  argv.some((a) => /^--tenants?(=|$)/.test(a) && a !== '--');

const isHttpUrl = (s: string): boolean => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol);

function parseTokenCommand(raw: string | undefined): readonly string[] | undefined {
  if (raw === undefined) return undefined;
  let argv: unknown;
  try {
    argv = JSON.parse(raw);
  } catch {
    argv = undefined;
  }
  if (!Array.isArray(argv) || argv.length === 0 || argv[0] === '' || !argv.every((a) => typeof a === 'string'))
    throw new UsageError(
      `--token-command must be a JSON array of arguments, program first, e.g. '["az","account",…]'.`,
    );
  return argv;
}

function graphOf(graphUrl: string | undefined, cloud: string | undefined): FleetArgs['graph'] {
  if (graphUrl !== undefined && cloud !== undefined) throw new UsageError('Choose one of --graph-url and --cloud.');
  if (graphUrl !== undefined) {
    if (!isHttpUrl(graphUrl)) throw new UsageError(`--graph-url must be an http(s) URL, not '${graphUrl}'.`);
    return { graphRoot: graphUrl.replace(/\/+$/, ''), cloud: 'custom' };
  }
  const c = cloud ?? 'global';
  if (!isCloud(c)) throw new UsageError(`--cloud must be one of ${Object.keys(clouds).join(', ')}.`);
  return { graphRoot: clouds[c].graphRoot, cloud: c };
}

function wholeNumber(raw: string | undefined, flag: string, min: number, max: number, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}.`);
  return n;
}

const OPTIONS = {
  tenants: { type: 'string' },
  tenant: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  'out-dir': { type: 'string' },
  'token-command': { type: 'string' },
  'graph-url': { type: 'string' },
  cloud: { type: 'string' },
  'doh-url': { type: 'string' },
  'fail-under': { type: 'string' },
  'no-batch': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseFleetArgs(argv: readonly string[]): FleetArgs {
  for (const a of argv) {
    const flag = /^--([a-z-]+)/.exec(a)?.[1];
    const why = flag === undefined ? undefined : REFUSED[flag];
    if (why) throw new UsageError(`--${flag} can't be used with --tenants or --tenant: ${why}.`);
  }
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], strict: true, options: OPTIONS }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) throw new UsageError('');
  if (values['out-dir'] === undefined || values['out-dir'].trim() === '')
    throw new UsageError('--out-dir DIR is needed: each tenant has a report of its own, and there is a summary.');
  const dohUrl = values['doh-url'] ?? DEFAULT_DOH_URL;
  if (!isHttpUrl(dohUrl)) throw new UsageError(`--doh-url must be an http(s) URL, not '${dohUrl}'.`);
  const failUnder =
    values['fail-under'] === undefined
      ? undefined
      : /^\d+(\.\d+)?$/.test(values['fail-under'].trim())
        ? Number(values['fail-under'])
        : NaN;
  if (failUnder !== undefined && !(failUnder >= 0 && failUnder <= 100))
    throw new UsageError('--fail-under must be a number from 0 to 100.');
  return {
    tenantsFile: values.tenants,
    tenants: values.tenant ?? [],
    concurrency: wholeNumber(values.concurrency, '--concurrency', 1, MAX_CONCURRENCY, DEFAULT_CONCURRENCY),
    outDir: values['out-dir'],
    graph: graphOf(values['graph-url'], values.cloud),
    dohUrl,
    batch: !values['no-batch'],
    failUnder,
    tokenCommand: parseTokenCommand(values['token-command']),
  };
}
