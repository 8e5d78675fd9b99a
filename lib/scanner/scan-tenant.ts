/**
 * A scan wired to real I/O: the Graph client (batching, paging, retries) over an injected fetch, a
 * DNS-over-HTTPS resolver when one is given, then the pure engine. One place, used by the extension's
 * background, its demo mode and the CLI alike.
 */
import { catalogVersion, catalogue } from '../../controls';
import type { AnyControl } from '../engine/verdict/control';
import type { Declarations } from '../engine/scan/declarations';
import type { ServiceReader } from '../engine/scan/service-reader';
import { runScan, type ScanResult } from '../engine/scan/run-scan';
import type { PreviousScan } from '../engine/secure-score/merge-secure-score';
import { createDohClient } from '../dns/doh-client';
import { createGraphClient, type GraphClient } from '../graph/client';
import type { DnsResolver } from '../graph/sources/define-dns-source';
import type { GraphProgress } from '../graph/sources/graph-request';
import { toolVersion } from './tool-version';

export interface ScanTenantOptions {
  graphRoot: string;
  cloud: string;
  fetch: typeof fetch;
  getToken: () => Promise<string>;
  controls?: readonly AnyControl[];
  batch?: boolean;
  concurrency?: number;
  sleep?: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (p: GraphProgress) => void;
  clock?: () => number;
  /**
   * The DNS-over-HTTPS resolver for DNS checks (SPF, DMARC), and the fetch to reach it (default
   * `fetch` above). Without it those controls are unknown: every name checked is sent to the
   * resolver, so it is never chosen silently (the CLI defaults to DEFAULT_DOH_URL and says so).
   */
  doh?: { url: string; fetch?: typeof fetch };
  /** The tenant's previous scan: Microsoft's new controls and stale verdicts are found against it. */
  previous?: PreviousScan | null;
  /** The scanned tenant's declarations (emergency accounts, exemptions, privileged roles); absent: none. */
  declarations?: Declarations;
  /** Read the Entra audit log since `previous` (default true). */
  readAudit?: boolean;
  /** Exchange Online, Security & Compliance, Teams and SharePoint Online (lib/services' createServiceReader); absent: none read. */
  services?: ServiceReader;
}

/** The Graph client and DNS resolver a scan reads through; a rescan of a few controls uses the same. */
export function scanReaders(opts: ScanTenantOptions): { client: GraphClient; dns: DnsResolver | undefined } {
  const client = createGraphClient({
    graphRoot: opts.graphRoot,
    fetch: opts.fetch,
    getToken: opts.getToken,
    ...(opts.batch !== undefined ? { batch: opts.batch } : {}),
    ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
    ...(opts.sleep ? { sleep: opts.sleep } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  const dns = opts.doh
    ? createDohClient({
        url: opts.doh.url,
        fetch: opts.doh.fetch ?? opts.fetch,
        ...(opts.signal ? { signal: opts.signal } : {}),
      })
    : undefined;
  return { client, dns };
}

export async function scanTenant(opts: ScanTenantOptions): Promise<ScanResult> {
  const { client, dns } = scanReaders(opts);
  return runScan({
    controls: opts.controls ?? catalogue,
    reader: client,
    ...(dns ? { dns } : {}),
    tool: { name: 'posture-lens', version: toolVersion, catalogVersion },
    cloud: opts.cloud,
    clock: opts.clock ?? (() => Date.now()),
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.previous ? { previous: opts.previous } : {}),
    ...(opts.declarations ? { declarations: opts.declarations } : {}),
    ...(opts.readAudit !== undefined ? { readAudit: opts.readAudit } : {}),
    ...(opts.services ? { services: opts.services } : {}),
  });
}
