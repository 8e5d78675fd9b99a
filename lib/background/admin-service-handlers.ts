/**
 * Settings › Admin services on the Connect page (issue 17): the shown tenant's services, turned on one
 * at a time. Turning one on for a signed-in tenant asks its consent there and then (the admin's click;
 * never during a scan); a consent not given leaves it off and says why. The demo tenant needs none.
 */
import type { ServiceCloud } from '../graph/sources/admin-services';
import type { Handlers } from '../messaging/handle';
import type { AdminServicesView } from '../messaging/admin-services-view';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import type { ScanStore } from '../store/scan-store';
import type { AdminServicesSetting } from './admin-services';
import type { AuthPort } from './auth-port';

export function adminServiceHandlers(deps: {
  auth: Pick<AuthPort, 'state' | 'consentToService'>;
  getStore(): Promise<ScanStore>;
  settings: Pick<AdminServicesSetting, 'set' | 'views'>;
}): Pick<Handlers['pages'], 'getAdminServices' | 'setAdminService'> {
  async function view(): Promise<AdminServicesView> {
    const [auth, store] = await Promise.all([deps.auth.state(), deps.getStore()]);
    const tenantId = (await store.activeTenantId()) ?? auth.active?.tenantId ?? null;
    if (!tenantId) return { tenantId: null, tenantName: null, demo: false, services: [] };
    const tenant = (await store.tenants()).find((t) => t.id === tenantId);
    const demo = tenant?.demo ?? tenantId === DEMO_TENANT_ID;
    const cloud: ServiceCloud = demo ? 'global' : (auth.connection?.cloud ?? 'global');
    return {
      tenantId,
      tenantName: tenant?.displayName ?? (auth.active?.tenantId === tenantId ? auth.active.tenantName : null),
      demo,
      services: await deps.settings.views(tenantId, cloud),
    };
  }

  return {
    getAdminServices: view,
    setAdminService: async ({ tenantId, service, on }) => {
      const shown = await view();
      if (shown.tenantId !== tenantId)
        throw new Error('Posture Lens now shows another tenant: nothing was changed. Check its admin services again.');
      if (on && !shown.demo) {
        if ((await deps.auth.state()).active?.tenantId !== tenantId)
          throw new Error('Sign in to this tenant to turn its admin services on.');
        const refused = await deps.auth.consentToService(service);
        if (refused) throw new Error(refused);
      }
      await deps.settings.set(tenantId, service, on);
      return view();
    },
  };
}
