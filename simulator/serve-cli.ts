/**
 * Runs the simulator as a child process for e2e tests and benchmarks:
 *
 *   npx tsx simulator/serve-cli.ts --tenant contoso --port 0 --latency 50
 *   npx tsx simulator/serve-cli.ts --tenant large --users 100000
 *
 * The first stdout line is `listening http://127.0.0.1:PORT`; it serves until SIGTERM or SIGINT.
 * Graph is at `http://127.0.0.1:PORT/v1.0/…`; DNS-over-HTTPS (JSON), answered from the tenant's
 * `publicDns`, at `http://127.0.0.1:PORT/dns-query` (for the CLI's `--doh-url`). The admin services
 * (issue 17) each answer at the root of a port of their own (the CLI's `--exo-url`, `--compliance-url`,
 * `--teams-url`); the second stdout line names them: `services exchange=URL compliance=URL teams=URL sharepoint=URL`.
 * Options: --tenant contoso|freshDefaults|hardenedE5|large, --users N (large), --seed N,
 * --port N, --host H, --latency MS, --scopes "A B" (granted scopes), --global-admin,
 * --faults '<JSON array of Fault with string paths>',
 * --dns-faults '<JSON array of DnsFault with string names>',
 * --service-faults '<JSON array of ServiceFault>' (services/service-faults.ts).
 */
import { parseArgs } from 'node:util';
import { rebaseAuditLog } from './audit-log';
import { createDnsSimulator, type DnsFault } from './dns-simulator';
import { createGraphSimulator } from './simulator';
import type { ServiceFault } from './services/service-faults';
import type { Fault } from './faults';
import { serveSimulator } from './serve-http';
import type { TenantModel } from './tenant-model';
import { generateLargeTenant } from './tenants/generate-large-tenant';
import { isTenantName, tenants } from './tenants/index';
import { SNAPSHOT_DATE } from './tenants/well-known';

const ALIASES: Readonly<Record<string, string>> = { 'fresh-defaults': 'freshDefaults', 'hardened-e5': 'hardenedE5' };

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function tenantFrom(name: string, users: number, seed: number): TenantModel {
  if (name === 'large') return generateLargeTenant({ users, seed });
  const key = ALIASES[name] ?? name;
  if (!isTenantName(key)) fail(`unknown tenant '${name}' (contoso, freshDefaults, hardenedE5, large)`);
  return tenants[key]();
}

function number(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) fail(`${flag} takes a non-negative number`);
  return n;
}

function parseFaults(text: string | undefined, flag = '--faults'): Fault[] {
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error('not an array');
    return parsed as Fault[];
  } catch (e) {
    return fail(`${flag} must be a JSON array: ${e instanceof Error ? e.message : String(e)}`);
  }
}

const { values } = parseArgs({
  options: {
    tenant: { type: 'string', default: 'contoso' },
    users: { type: 'string' },
    seed: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    latency: { type: 'string' },
    scopes: { type: 'string' },
    'global-admin': { type: 'boolean', default: false },
    faults: { type: 'string' },
    'dns-faults': { type: 'string' },
    'service-faults': { type: 'string' },
  },
  strict: true,
});

const tenant = tenantFrom(
  values.tenant ?? 'contoso',
  number(values.users, 100_000, '--users'),
  number(values.seed, 1, '--seed'),
);
// Audit-log entries are dated before the tenants' fixed snapshot; moved to now, a scan today finds them.
rebaseAuditLog(tenant, SNAPSHOT_DATE, new Date());
const sim = createGraphSimulator(tenant, {
  latencyMs: number(values.latency, 0, '--latency'),
  faults: parseFaults(values.faults),
  serviceFaults: parseFaults(values['service-faults'], '--service-faults') as unknown as ServiceFault[],
  ...(values.scopes === undefined ? {} : { grantedScopes: values.scopes.split(/[\s,]+/).filter((s) => s !== '') }),
  ...(values['global-admin'] ? { callerIsGlobalAdmin: true } : {}),
});
const dns = createDnsSimulator(tenant, {
  faults: parseFaults(values['dns-faults'], '--dns-faults') as unknown as DnsFault[],
});
const running = await serveSimulator(sim, {
  port: number(values.port, 0, '--port'),
  host: values.host ?? '127.0.0.1',
  dns,
});
process.stdout.write(`listening ${running.url}\n`);
const roots = running.serviceRoots;
process.stdout.write(
  `services exchange=${roots.exchange} compliance=${roots.compliance} teams=${roots.teams} sharepoint=${roots.sharepoint}\n`,
);

const stop = (): void => {
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
