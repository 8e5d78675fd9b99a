/**
 * What `--demo` reads besides Graph (issue 17): every admin service, from the project's simulator in
 * process. The same reader a real tenant's scan gets (lib/services: allow-list, paging, the compliance
 * host's discovery), over the simulator's fetch, which answers Microsoft's service hosts itself: no
 * token, no network. Built over ADMIN_SERVICES, so a service added there is read by the demo too.
 */
import { ADMIN_SERVICES } from '../lib/graph/sources/admin-services';
import { DEMO_TENANT_ID, type DemoServices } from '../lib/scanner/demo-scan';
import { createServiceReader } from '../lib/services/create-service-reader';

/** The demo tenant's reader: every admin service on, as if each had been given a token. */
export const demoServices: DemoServices = (simulatorFetch, initialDomain) =>
  Promise.resolve(
    createServiceReader({
      tenantId: DEMO_TENANT_ID,
      cloud: 'global',
      enabled: new Set(ADMIN_SERVICES),
      getToken: () => Promise.resolve('demo-service-token'),
      fetch: simulatorFetch,
      initialDomain,
    }),
  );
