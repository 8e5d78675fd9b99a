/**
 * Settings › Admin services on the Connect page (issue 17): the shown tenant's services, turned on one
 * at a time. Turning one on for a signed-in tenant asks its consent there and then (the admin's click;
 * never during a scan); a consent not given leaves it off and says why. The demo tenant needs none.
 * SharePoint's consent and host are the tenant's admin host's, named after its initial domain: found
 * before the page shows the button, since the browser's permission is asked in the click itself.
 */
import type { ServiceCloud } from '../graph/sources/admin-services';
import type { Handlers } from '../messaging/handle';
import type { AdminServicesView } from '../messaging/admin-services-view';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import type { ScanStore } from '../store/scan-store';
import type { AdminServicesSetting } from './admin-services';
import type { AuthPort } from './auth-port';
import type { InitialDomains } from './initial-domains';

export function adminServiceHandlers(deps: {
  auth: Pick<AuthPort, 'state' | 'consentToService'>;
  getStore(): Promise<ScanStore>;
  settings: Pick<AdminServicesSetting, 'set' | 'views'>;
  initialDomains: Pick<InitialDomains, 'known' | 'find'>;
}): Pick<Handlers['pages'], 'getAdminServices' | 'setAdminService'> {
  /** What the page shows, and the tenant's initial domain (it stays in the background). */
  async function view(): Promise<{ view: AdminServicesView; initialDomain?: string }> {
    const [auth, store] = await Promise.all([deps.auth.state(), deps.getStore()]);
    const tenantId = (await store.activeTenantId()) ?? auth.active?.tenantId ?? null;
    if (!tenantId) return { view: { tenantId: null, tenantName: null, demo: false, services: [] } };
    const tenant = (await store.tenants()).find((t) => t.id === tenantId);
    const demo = tenant?.demo ?? tenantId === DEMO_TENANT_ID;
    const cloud: ServiceCloud = demo ? 'global' : (auth.connection?.cloud ?? 'global');
    // The demo's simulator needs no host: no Graph read for it.
    const initialDomain = await (demo ? deps.initialDomains.known(tenantId) : deps.initialDomains.find(tenantId));
    return {
      view: {
        tenantId,
        tenantName: tenant?.displayName ?? (auth.active?.tenantId === tenantId ? auth.active.tenantName : null),
        demo,
        services: await deps.settings.views(tenantId, cloud, initialDomain),
      },
      ...(initialDomain ? { initialDomain } : {}),
    };
  }
  const shown = async (): Promise<AdminServicesView> => (await view()).view;

  return {
    getAdminServices: shown,
    setAdminService: async ({ tenantId, service, on }) => {
      const { view: now, initialDomain } = await view();
      if (now.tenantId !== tenantId)
        throw new Error('Posture Lens now shows another tenant: nothing was changed. Check its admin services again.');
      if (on && !now.demo) {
        if ((await deps.auth.state()).active?.tenantId !== tenantId)
          throw new Error('Sign in to this tenant to turn its admin services on.');
        const unavailable = now.services.find((s) => s.service === service)?.unavailable;
        if (unavailable) throw new Error(unavailable);
        const refused = await deps.auth.consentToService(service, initialDomain);
        if (refused) throw new Error(refused);
      }
      await deps.settings.set(tenantId, service, on);
      return shown();
    },
  };
}
