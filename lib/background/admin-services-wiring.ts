/**
 * The admin services' pieces (issue 17) as the background wires them: the per-tenant setting, each
 * tenant's initial domain (SharePoint's host is named after it), the reader each scan reads through,
 * and the Connect page's handlers.
 */
import { browser } from 'wxt/browser';
import { readInitialDomain } from '../scanner/read-initial-domain';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';
import { adminServiceHandlers } from './admin-service-handlers';
import { createAdminServicesSetting } from './admin-services';
import type { AuthPort } from './auth-port';
import { createInitialDomains } from './initial-domains';
import { createServiceReaders, type ServiceReaderFactory } from './service-readers';

export function wireAdminServices(deps: {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  auth: Pick<AuthPort, 'state' | 'consentToService' | 'activeSession'>;
  /** lib/services' createServiceReader. */
  create?: ServiceReaderFactory;
}) {
  const settings = createAdminServicesSetting({ getDb: () => deps.getDb() });
  const network: typeof fetch = (input, init) => fetch(input, init);
  const initialDomains = createInitialDomains({
    settings,
    latestScan: async (tenantId) => (await deps.getStore()).latestScan(tenantId),
    // Only the signed-in tenant can be read, with its silent Graph token.
    readSignedIn: async (tenantId) => {
      const session = await deps.auth.activeSession();
      return session?.account.tenantId === tenantId ? readInitialDomain(session, network) : null;
    },
  });
  return {
    readers: createServiceReaders({
      settings,
      initialDomains,
      ...(deps.create ? { create: deps.create } : {}),
      hostsAllowed: (origins) => browser.permissions.contains({ origins: [...origins] }),
      fetch: network,
    }),
    handlers: adminServiceHandlers({ auth: deps.auth, getStore: () => deps.getStore(), settings, initialDomains }),
  };
}
