/**
 * The "Exclusions you sanction" setting: each tenant's declarations (lib/store/declaration-store.ts),
 * edited for the active tenant and read by every scan, background scan and rescan of that tenant.
 */
import { noDeclarations, type Declarations } from '../engine/scan/declarations';
import type { DeclarationsView } from '../messaging/protocol';
import { DEMO_TENANT_ID } from '../scanner/demo-scan';
import { createDeclarationStore } from '../store/declaration-store';
import type { StoreDb } from '../store/open-store';
import type { ScanStore } from '../store/scan-store';

export function createDeclarationsSetting(deps: {
  getDb(): Promise<StoreDb>;
  getStore(): Promise<ScanStore>;
  /** Who is saving: the signed-in account, or "this browser" for the demo. */
  recordedBy(demo: boolean): Promise<string>;
  clock(): number;
}) {
  const declarations = async () => createDeclarationStore(await deps.getDb());

  async function view(): Promise<DeclarationsView> {
    const store = await deps.getStore();
    const tenantId = (await store.activeTenantId()) ?? null;
    if (!tenantId)
      return { tenantId: null, tenantName: null, demo: false, declarations: noDeclarations, problem: null };
    const tenant = (await store.tenants()).find((t) => t.id === tenantId);
    const saved = await (await declarations()).forTenant(tenantId);
    return {
      ...saved,
      tenantName: tenant?.displayName ?? null,
      demo: tenant?.demo ?? tenantId === DEMO_TENANT_ID,
    };
  }

  return {
    view,
    /** Saves the active tenant's declarations; refused when the page was editing another tenant. */
    async set(tenantId: string, input: Declarations): Promise<DeclarationsView> {
      const current = await view();
      if (current.tenantId !== tenantId)
        throw new Error(
          'These declarations are not the tenant Posture Lens now shows (the active account changed): reload the page and try again.',
        );
      const at = new Date(deps.clock()).toISOString();
      await (await declarations()).save(tenantId, input, await deps.recordedBy(current.demo), at);
      return view();
    },
    /** What a scan of `tenantId` is judged against: its saved declarations, or none when unreadable. */
    async forTenant(tenantId: string): Promise<Declarations> {
      return (await (await declarations()).forTenant(tenantId)).declarations;
    },
  };
}
