/**
 * Exchange Online's and Security & Compliance's transport: an allow-listed `Get-*` cmdlet POSTed to
 * `{root}/adminapi/beta/{tenantId}/InvokeCommand` (EXO-TEAMS-LIVE.md §1.2-1.4), every page merged into
 * `{ value: [...] }`. The allow-list is checked before anything is sent; the next page is read by
 * re-POSTing the same body to `@odata.nextLink`, on the same origin and path only.
 */
import { refusedCmdlet, type CmdletInput } from '../graph/sources/cmdlet-allow-list';
import type { ServiceRequest } from '../graph/sources/define-service-source';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { isRecord } from '../graph/response-body';
import { callService, refusedOutcome, type CallContext, type Chain } from './service-call';

/** Pages read for one cmdlet at most (1000 objects a page): more is a runaway nextLink, not a tenant. */
export const MAX_PAGES = 50;

/** The well-known system mailbox CIPP anchors InvokeCommand on. */
const SYSTEM_MAILBOX = 'SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}';

/**
 * The `X-AnchorMailbox` header (CIPP's; unverified for a delegated caller — EXO-TEAMS-LIVE.md §8.2, so
 * kept in this one function): Exchange anchors on the tenant, compliance on the initial domain, and
 * without an initial domain none is sent (ScubaGear sends none).
 */
export function anchorMailbox(
  service: 'exchange' | 'compliance',
  tenantId: string,
  initialDomain: string | undefined,
): string | undefined {
  if (service === 'exchange') return `APP:${SYSTEM_MAILBOX}@${tenantId}`;
  return initialDomain ? `UPN:${SYSTEM_MAILBOX}@${initialDomain}` : undefined;
}

/** Where one cmdlet service is called, and with what. */
export interface InvokeTarget {
  readonly service: 'exchange' | 'compliance';
  /** `{root}/adminapi/beta/{tenantId}/InvokeCommand`. */
  readonly url: string;
  readonly token: string;
  readonly anchor: string | undefined;
}

export function invokeCommandUrl(root: string, tenantId: string): string {
  return `${root}/adminapi/beta/${encodeURIComponent(tenantId)}/InvokeCommand`;
}

export function cmdletInput(request: Extract<ServiceRequest, { kind: 'cmdlet' }>): CmdletInput {
  const given = request.parameters && Object.keys(request.parameters).length > 0;
  return {
    CmdletInput: { CmdletName: request.cmdlet, ...(given ? { Parameters: request.parameters } : {}) },
  };
}

function headersOf(target: InvokeTarget): Record<string, string> {
  return {
    Authorization: `Bearer ${target.token}`,
    'Content-Type': 'application/json',
    Prefer: 'odata.maxpagesize=1000',
    'X-ResponseFormat': 'json',
    ...(target.anchor ? { 'X-AnchorMailbox': target.anchor } : {}),
  };
}

/** Why a nextLink isn't followed (another origin or path would receive the token and a POST), or null. */
export function refusedNextLink(next: string, from: string): string | null {
  if (!URL.canParse(next)) return `its @odata.nextLink '${next}' is not a URL`;
  const a = new URL(next);
  const b = new URL(from);
  if (a.origin !== b.origin) return `its @odata.nextLink points to ${a.origin}, not ${b.origin}`;
  if (a.pathname !== b.pathname) return `its @odata.nextLink points to ${a.pathname}, not InvokeCommand`;
  return null;
}

/** Runs one cmdlet through every page; never rejects. */
export async function invokeCmdlet(
  ctx: CallContext,
  target: InvokeTarget,
  request: Extract<ServiceRequest, { kind: 'cmdlet' }>,
  chain: Chain,
): Promise<GraphOutcome> {
  const body = cmdletInput(request);
  const refused = refusedCmdlet(target.service, body);
  if (refused) return refusedOutcome(ctx.label, refused);
  const init: RequestInit = { method: 'POST', headers: headersOf(target), body: JSON.stringify(body) };
  const value: unknown[] = [];
  let url = target.url;
  for (let page = 1; page <= MAX_PAGES; page++) {
    ctx.stats.requests += 1;
    const answer = await callService(ctx, url, init, chain);
    if (!answer.ok) return answer.failure;
    // Not a page of objects: handed on as it came, so the source's parse names what is missing.
    if (!isRecord(answer.body) || !Array.isArray(answer.body.value))
      return { ok: true, status: answer.status, body: answer.body, pages: page };
    value.push(...(answer.body.value as unknown[]));
    const next = answer.body['@odata.nextLink'];
    if (typeof next !== 'string') return { ok: true, status: answer.status, body: { value }, pages: page };
    const bad = refusedNextLink(next, target.url);
    if (bad) return { ok: false, status: answer.status, code: 'NextLinkRefused', message: `${ctx.label}: ${bad}.` };
    url = next;
  }
  return {
    ok: false,
    status: 200,
    code: 'TooManyPages',
    message: `${ctx.label} kept answering more pages of ${request.cmdlet} after ${MAX_PAGES}.`,
  };
}
