/**
 * `npm run bench`: the scan against the Graph simulator over HTTP with injected latency, batched and
 * unbatched, for the demo tenant and a generated 100,000-user tenant; the demo again with every admin
 * service on (per service, and the scan's round trips against issue 17's target); the admin-center overlay; the
 * popup's first paint from cache; fleets of 50 tenants (bench/fleet.ts); the Tenants overview over 50 tenants' 90 days (bench/tenants-overview.ts). Prints figures (counts and ratios where the machine is noisy);
 * asserts nothing.
 */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { ServiceReader } from '../lib/engine/scan/service-reader';
import { scanTenant } from '../lib/scanner/scan-tenant';
import { benchFleet } from './fleet';
import { benchOverlay } from './overlay';
import { benchPopup } from './popup';
import { benchServices } from './services';
import { benchTenantsOverview } from './tenants-overview';
import { startSimulator } from './serve-child';

const LATENCY_MS = 50;

interface Run {
  scan: ScanResult;
  wallMs: number;
  peakHeapMb: number;
}

async function measure(graphRoot: string, batch: boolean, readAudit = true, services?: ServiceReader): Promise<Run> {
  global.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const t0 = performance.now();
  try {
    const scan = await scanTenant({
      graphRoot,
      cloud: 'custom',
      fetch,
      getToken: () => Promise.resolve('bench-token'),
      batch,
      readAudit,
      // The simulator answers DNS-over-HTTPS from the tenant's publicDns beside Graph.
      doh: { url: `${graphRoot}/dns-query` },
      ...(services ? { services } : {}),
    });
    return {
      scan,
      wallMs: performance.now() - t0,
      peakHeapMb: Math.max(peak, process.memoryUsage().heapUsed) / 2 ** 20,
    };
  } finally {
    clearInterval(sampler);
  }
}

const row = (label: string, r: Run) =>
  `  ${label.padEnd(10)} requests ${String(r.scan.stats.graphRequests).padStart(5)} · HTTP calls ${String(r.scan.stats.httpCalls).padStart(5)} · round trips ${String(r.scan.stats.roundTrips).padStart(3)} · retries ${r.scan.stats.retries} · DNS lookups ${r.scan.stats.dnsLookups ?? 0} · wall ${Math.round(r.wallMs)} ms · peak heap ${r.peakHeapMb.toFixed(1)} MB`;

/** What the audit-log read costs: requests it adds, and round trips (it rides the first wave: none). */
function auditLine(withAudit: ScanResult, without: ScanResult): string {
  const a = withAudit.audit;
  const read =
    a?.status === 'read'
      ? `${a.events.length} events kept${a.truncated ? ' (the log held more: one page read per request)' : ''}`
      : `unavailable: ${a?.reason ?? 'not read'}`;
  const extraTrips = withAudit.stats.roundTrips - without.stats.roundTrips;
  return (
    `audit read: ${read}; +${withAudit.stats.graphRequests - without.stats.graphRequests} requests, ` +
    `+${extraTrips} round trips${extraTrips === 0 ? ' (in the first wave)' : ' — MORE ROUND TRIPS'}`
  );
}

async function bench(tenant: string, title: string, withServices = false): Promise<void> {
  const sim = await startSimulator(tenant, LATENCY_MS);
  try {
    const batched = await measure(sim.url, true);
    const unbatched = await measure(sim.url, false);
    const s = batched.scan;
    console.log(
      `\n${title} — ${s.tenant.displayName}: ${s.score.percent}% (${s.score.achieved}/${s.score.available}), ${s.controls.length} controls, ${LATENCY_MS} ms per HTTP call`,
    );
    console.log(row('batched', batched));
    console.log(row('unbatched', unbatched));
    console.log(
      `  batching: ${(unbatched.scan.stats.httpCalls / batched.scan.stats.httpCalls).toFixed(1)}× fewer HTTP calls, ` +
        `${(unbatched.scan.stats.roundTrips / batched.scan.stats.roundTrips).toFixed(1)}× fewer round trips, ` +
        `${(unbatched.wallMs / batched.wallMs).toFixed(1)}× faster wall time`,
    );
    const same =
      JSON.stringify(batched.scan.controls.map((c) => [c.id, c.status, c.score])) ===
      JSON.stringify(unbatched.scan.controls.map((c) => [c.id, c.status, c.score]));
    console.log(`  same verdicts batched and unbatched: ${same ? 'yes' : 'NO'}`);
    const noAudit = await measure(sim.url, true, false);
    console.log(row('no audit', noAudit));
    console.log(`  ${auditLine(s, noAudit.scan)}`);
    if (withServices) await benchServices(s, sim.services, (services) => measure(sim.url, true, true, services));
  } finally {
    sim.stop();
  }
}

await bench('contoso', 'Demo tenant', true);
await bench('large', '100,000-user tenant');
await benchOverlay();
await benchPopup();
await benchFleet();
await benchTenantsOverview();
