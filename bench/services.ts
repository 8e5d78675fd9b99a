/**
 * What reading the admin services costs (issue 17: a full demo scan with every service on in at most
 * three round trips): the demo scanned again with Exchange Online, Security & Compliance and Teams
 * read from the simulator's own service ports, Exchange in `$batch` POSTs and then each InvokeCommand
 * alone for comparison. One line per service, and the scan's round trips (Graph's waves and the
 * services side by side: the longest chain, never the sum).
 */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import type { ServiceReader } from '../lib/engine/scan/service-reader';
import { ADMIN_SERVICES, adminServiceInfo, type AdminService } from '../lib/graph/sources/admin-services';
import { createServiceReader } from '../lib/services/create-service-reader';

/** The target for a full demo scan with every service on. */
const TARGET_ROUND_TRIPS = 3;

export type ScanWith = (services: ServiceReader) => Promise<{ scan: ScanResult; wallMs: number }>;

function reader(tenant: ScanResult['tenant'], roots: Record<AdminService, string>, batch: boolean): ServiceReader {
  return createServiceReader({
    tenantId: tenant.id,
    cloud: 'global',
    enabled: new Set(ADMIN_SERVICES),
    getToken: () => Promise.resolve('bench-service-token'),
    fetch,
    roots,
    batch,
    ...(tenant.initialDomain ? { initialDomain: tenant.initialDomain } : {}),
  });
}

function serviceLines(scan: ScanResult): string[] {
  return ADMIN_SERVICES.map((s) => {
    const st = scan.stats.services?.[s];
    const label = adminServiceInfo[s].label.padEnd(22);
    if (!st) return `    ${label} not read`;
    return `    ${label} requests ${String(st.requests).padStart(3)} · HTTP calls ${String(st.httpCalls).padStart(3)} · round trips ${st.roundTrips} · retries ${st.retries}`;
  });
}

const trips = (scan: ScanResult) => scan.stats.scanRoundTrips ?? scan.stats.roundTrips;

/** Prints the demo's admin-service lines; `first` is the demo's scan without them (whose tenant it is). */
export async function benchServices(
  first: ScanResult,
  roots: Record<AdminService, string>,
  scanWith: ScanWith,
): Promise<void> {
  const batched = await scanWith(reader(first.tenant, roots, true));
  const alone = await scanWith(reader(first.tenant, roots, false));
  const s = batched.scan;
  const live = s.controls.filter((c) => c.serviceRead?.live).length;
  console.log(`  every admin service on (${live} controls read live), Exchange in $batch:`);
  for (const line of serviceLines(s)) console.log(line);
  const met = trips(s) <= TARGET_ROUND_TRIPS;
  console.log(
    `    whole scan: ${trips(s)} round trips (Graph's ${s.stats.roundTrips}, the services beside them) · wall ${Math.round(batched.wallMs)} ms — ` +
      `target ≤ ${TARGET_ROUND_TRIPS}: ${met ? 'met' : 'NOT MET'}`,
  );
  const exo = alone.scan.stats.services?.exchange;
  console.log(
    `  Exchange with each InvokeCommand alone (no $batch): ${exo?.requests ?? 0} requests · HTTP calls ${exo?.httpCalls ?? 0} · ` +
      `round trips ${exo?.roundTrips ?? 0}; whole scan ${trips(alone.scan)} round trips · wall ${Math.round(alone.wallMs)} ms`,
  );
}
