/**
 * The built-in demo tenant, scanned through the same client and engine as a real tenant: the
 * simulator answers in-process instead of Microsoft Graph. No sign-in, no network.
 */
import type { ScanResult } from '../engine/run-scan';
import { createGraphSimulator } from '../simulator/simulator';
import { contoso } from '../simulator/tenants/contoso';
import { scanTenant } from './scan-tenant';

/** The simulator's root; never contacted over the network (its fetch is in-process). */
export const DEMO_GRAPH_ROOT = 'https://graph.microsoft.com';

export async function scanDemoTenant(opts: { clock?: () => number } = {}): Promise<ScanResult> {
  const sim = createGraphSimulator(contoso());
  return scanTenant({
    graphRoot: DEMO_GRAPH_ROOT,
    cloud: 'global',
    fetch: sim.fetch,
    getToken: () => Promise.resolve('demo-tenant-token'),
    ...(opts.clock ? { clock: opts.clock } : {}),
  });
}
