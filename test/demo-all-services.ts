/**
 * The demo tenant scanned with every admin service on, read through the real transports (lib/services)
 * from the simulator's Exchange, compliance and Teams hosts: issue 17's "every service on".
 */
import type { ScanResult } from '../lib/engine/scan/run-scan';
import { ADMIN_SERVICES } from '../lib/graph/sources/admin-services';
import { scanDemoTenant } from '../lib/scanner/demo-scan';
import { createServiceReader } from '../lib/services/create-service-reader';
import { TENANT_ID } from '../simulator/tenants/contoso-people';

/** `batch: false` sends each Exchange InvokeCommand alone, as before `$batch` (for the before/after figures). */
export function scanDemoWithAllServices({ batch = true }: { batch?: boolean } = {}): Promise<ScanResult> {
  return scanDemoTenant({
    services: (fetch) =>
      Promise.resolve(
        createServiceReader({
          tenantId: TENANT_ID,
          cloud: 'global',
          enabled: new Set(ADMIN_SERVICES),
          getToken: () => Promise.resolve('demo-service-token'),
          fetch,
          initialDomain: 'contoso.onmicrosoft.com',
          batch,
        }),
      ),
  });
}
