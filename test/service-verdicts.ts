/** The per-tenant verdict tables of the controls read from admin services (SharePoint, Teams, Purview…). */
import { catalogue } from '../controls';
import type { ControlResult } from '../lib/engine/verdict/result';
import type { TenantModel } from '../simulator/tenant-model';
import { scanWithServices } from './describe-control';

/**
 * The catalogue controls `ids` scanned against `tenant` with every admin service read (scanWithServices):
 * their results in the order asked, and their statuses by id.
 */
export async function serviceVerdicts(
  tenant: TenantModel,
  ids: readonly string[],
): Promise<{ results: ControlResult[]; statuses: Record<string, string> }> {
  const scan = await scanWithServices(
    tenant,
    catalogue.filter((c) => ids.includes(c.id)),
  );
  const results = ids.flatMap((id) => scan.controls.filter((r) => r.id === id));
  return { results, statuses: Object.fromEntries(results.map((r) => [r.id, r.status])) };
}
