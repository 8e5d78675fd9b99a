/**
 * The admin services' pieces (issue 17) as the background wires them: the per-tenant setting, the
 * reader each scan reads through, and the Connect page's handlers.
 */
import { browser } from 'wxt/browser';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';
import { adminServiceHandlers } from './admin-service-handlers';
import { createAdminServicesSetting } from './admin-services';
import type { AuthPort } from './auth-port';
import { createServiceReaders, type ServiceReaderFactory } from './service-readers';

export function wireAdminServices(deps: {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  auth: Pick<AuthPort, 'state' | 'consentToService'>;
  /** lib/services' createServiceReader. */
  create?: ServiceReaderFactory;
}) {
  const settings = createAdminServicesSetting({ getDb: () => deps.getDb() });
  return {
    readers: createServiceReaders({
      settings,
      ...(deps.create ? { create: deps.create } : {}),
      hostsAllowed: (origins) => browser.permissions.contains({ origins: [...origins] }),
      fetch: (input, init) => fetch(input, init),
    }),
    handlers: adminServiceHandlers({ auth: deps.auth, getStore: () => deps.getStore(), settings }),
  };
}
