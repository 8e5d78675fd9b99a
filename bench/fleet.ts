/**
 * `npm run bench`, fleets (issue 16 §5): 50 simulated tenants served over HTTP by one child process
 * (simulator/serve-fleet-cli.ts; every 4th refuses as unconsented), scanned as `--tenants` scans them,
 * at concurrency 1, 3 and 10: wall time, peak heap, requests per tenant. Then 10, 25 and 50 tenants at
 * concurrency 3, to show the CLI's memory stays flat as the fleet grows (the slope, MB per tenant).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { FleetRow } from '../cli/fleet/fleet-row';
import { runFleet } from '../cli/fleet/run-fleet';
import type { FleetEntry } from '../cli/fleet/tenants-file';
import { fleetOf, fleetToken } from '../simulator/fleet';
import { FLEET_STATS_PATH, type FleetStats } from '../simulator/serve-fleet';

const TENANTS = 50;
const LATENCY_MS = 50;

// A full collection before each reading, so "retained" is what the run kept, not garbage not yet collected.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function startFleet(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'simulator/serve-fleet-cli.ts', '--count', String(TENANTS), '--latency', String(LATENCY_MS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    lines.on('line', (l) => /^listening (\S+)/.test(l) && resolve(l.split(' ')[1]!));
    child.once('exit', (code) => reject(new Error(`fleet simulator exited with ${code}`)));
  });
  return { url, stop: () => void child.kill('SIGTERM') };
}

interface Measured {
  rows: FleetRow[];
  wallMs: number;
  peakMb: number;
  retainedMb: number;
  /** With `live`: the most heap still held after a full collection as any tenant ended. */
  liveMb?: number;
  stats: FleetStats;
}

async function measure(url: string, count: number, concurrency: number, live = false): Promise<Measured> {
  await fetch(`${url}${FLEET_STATS_PATH}?reset`, { method: 'POST' });
  const entries: FleetEntry[] = fleetOf(count).map((t, i) => ({
    name: `Tenant ${i + 1} (${t.posture})`,
    tenant: t.tid,
    token: fleetToken(t.tid),
    dohUrl: `${url}/tenants/${t.tid}/dns-query`,
    from: `bench:${i + 1}`,
  }));
  const outDir = mkdtempSync(join(tmpdir(), 'pl-bench-fleet-'));
  gc();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  let held = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const t0 = performance.now();
  try {
    const rows = await runFleet({
      entries,
      concurrency,
      outDir,
      graph: { graphRoot: url, cloud: 'custom' },
      dohUrl: `${url}/dns-query`,
      batch: true,
      failUnder: undefined,
      tokenCommand: undefined,
      env: {},
      fetch,
      // What the run holds, without the garbage V8 lets pile up longer in a longer run.
      ...(live ? { onTenant: () => (gc(), (held = Math.max(held, process.memoryUsage().heapUsed))) } : {}),
    });
    const wallMs = performance.now() - t0;
    clearInterval(sampler);
    gc();
    const stats = (await (await fetch(`${url}${FLEET_STATS_PATH}`)).json()) as FleetStats;
    const mb = (bytes: number) => bytes / 2 ** 20;
    const retainedMb = mb(process.memoryUsage().heapUsed - before);
    return {
      rows,
      wallMs,
      peakMb: mb(peak - before),
      retainedMb,
      ...(live ? { liveMb: mb(held - before) } : {}),
      stats,
    };
  } finally {
    clearInterval(sampler);
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** Each reason a tenant failed, with how many: the unconsented ones are expected, anything else is news. */
function failures(m: Measured): string[] {
  const counts = new Map<string, number>();
  for (const r of m.rows) if (r.reason) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return [...counts].map(
    ([reason, n]) => `    ${n} failed: ${reason.length > 140 ? `${reason.slice(0, 140)}…` : reason}`,
  );
}

function line(label: string, m: Measured): string {
  const scanned = m.rows.filter((r) => r.status === 'scanned');
  const requests = scanned.reduce((n, r) => n + (r.graphRequests ?? 0), 0) / Math.max(1, scanned.length);
  const calls =
    scanned.reduce((n, r) => n + (m.stats.tenants[r.tenant]?.httpCalls ?? 0), 0) / Math.max(1, scanned.length);
  return (
    `  ${label.padEnd(16)} ${scanned.length}/${m.rows.length} scanned · wall ${(m.wallMs / 1000).toFixed(1)} s · ` +
    `${Math.round(requests)} Graph requests in ${Math.round(calls)} HTTP calls per tenant · at once ${m.stats.scansAtOnce} · ` +
    `peak heap +${m.peakMb.toFixed(1)} MB${m.liveMb === undefined ? '' : ` · live +${m.liveMb.toFixed(1)} MB`} · retained ${m.retainedMb >= 0 ? '+' : ''}${m.retainedMb.toFixed(1)} MB\n` +
    failures(m).join('\n')
  );
}

/** Least-squares slope of y over x. */
function slope(points: readonly [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

export async function benchFleet(): Promise<void> {
  const fleet = await startFleet();
  try {
    console.log(`\nFleet — ${TENANTS} tenants over HTTP (every 4th unconsented), ${LATENCY_MS} ms per HTTP call`);
    for (const concurrency of [1, 3, 10])
      console.log(line(`concurrency ${concurrency}`, await measure(fleet.url, TENANTS, concurrency)));
    const growth: [number, Measured][] = [];
    for (const count of [10, 25, 50]) growth.push([count, await measure(fleet.url, count, 3, true)]);
    for (const [count, m] of growth) console.log(line(`${count} tenants, c3`, m));
    const peak = slope(growth.map(([n, m]) => [n, m.peakMb]));
    const live = slope(growth.map(([n, m]) => [n, m.liveMb ?? 0]));
    const retained = slope(growth.map(([n, m]) => [n, m.retainedMb]));
    const signed = (x: number, digits: number) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
    console.log(
      `  memory as the fleet grows, MB per tenant: live ${signed(live, 3)} (held after a full GC as each tenant ends), ` +
        `retained ${signed(retained, 3)} (after the run), peak ${signed(peak, 2)} (between collections: garbage V8 had not yet collected)`,
    );
  } finally {
    fleet.stop();
  }
}

// `npx tsx bench/fleet.ts`: this part alone.
if (process.argv[1]?.endsWith('bench/fleet.ts')) await benchFleet();
