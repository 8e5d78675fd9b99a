/**
 * Microsoft Teams' transport: `GET {root}/Skype.Policy/configurations/{name}[/configuration/{identity}]`
 * (the ConfigAPI the Teams admin center and ScubaGear use, EXO-TEAMS-LIVE.md §3, §12), only for the
 * configurations listed in TEAMS_CONFIGURATIONS. A collection answers a JSON array, handed to the engine
 * as `{ value: [...] }`; one instance answers the object itself.
 */
import { isTeamsConfiguration } from '../graph/sources/cmdlet-allow-list';
import { teamsConfigurationPath, type ServiceRequest } from '../graph/sources/define-service-source';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { callService, refusedOutcome, type CallContext, type Chain } from './service-call';

type TeamsRequest = Extract<ServiceRequest, { kind: 'teamsConfiguration' }>;

/** The headers CIPP's New-TeamsRequestV2 sends (`x-authz-scope: tenant` scopes the read to the tenant). */
function teamsHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/json', 'x-authz-scope': 'tenant' };
}

/** Reads one Teams configuration (all instances, or one); never rejects. */
export async function readTeamsConfiguration(
  ctx: CallContext,
  target: { readonly root: string; readonly token: string },
  request: TeamsRequest,
  chain: Chain,
): Promise<GraphOutcome> {
  if (!isTeamsConfiguration(request.configuration))
    return refusedOutcome(ctx.label, `${String(request.configuration)} is not a listed Teams configuration`);
  const url = `${target.root}${teamsConfigurationPath(request.configuration, request.identity)}`;
  ctx.stats.requests += 1;
  const answer = await callService(ctx, url, { method: 'GET', headers: teamsHeaders(target.token) }, chain);
  if (!answer.ok) return answer.failure;
  const body = Array.isArray(answer.body) ? { value: answer.body } : answer.body;
  return { ok: true, status: answer.status, body, pages: 1 };
}
