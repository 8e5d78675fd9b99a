/**
 * SharePoint Online's transport: `GET {adminRoot}/_api/SPO.Tenant` with `Accept: application/json;odata=verbose`,
 * as ScubaGear's Get-SPOTenantRest reads it (it replaced Get-PnPTenant). The verbose answer wraps the
 * settings in `d`; the engine gets that object, named as Get-SPOTenant names its properties.
 */
import { SHAREPOINT_TENANT_PATH } from '../graph/sources/cmdlet-allow-list';
import { isRecord } from '../graph/response-body';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { callService, type CallContext, type Chain } from './service-call';

/** ScubaGear's headers: verbose OData, so the settings arrive under `d`. */
function sharePointHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=verbose' };
}

/** Reads the tenant's settings once; never rejects. A body without `d` is handed on as it is (the source finds it malformed). */
export async function readSharePointTenant(
  ctx: CallContext,
  target: { readonly root: string; readonly token: string },
  chain: Chain,
): Promise<GraphOutcome> {
  ctx.stats.requests += 1;
  const url = `${target.root}${SHAREPOINT_TENANT_PATH}`;
  const answer = await callService(ctx, url, { method: 'GET', headers: sharePointHeaders(target.token) }, chain);
  if (!answer.ok) return answer.failure;
  const body = isRecord(answer.body) && isRecord(answer.body.d) ? answer.body.d : answer.body;
  return { ok: true, status: answer.status, body, pages: 1 };
}
