/**
 * Exchange Online's `$batch` on the wire, in this one file because no Microsoft document describes it:
 * the shape is CIPP's (New-ExoBulkRequest.ps1; EXO-TEAMS-LIVE.md §1.4), which runs it against real
 * tenants, and is unverified by us. `POST {root}/adminapi/beta/{tenantId}/$batch` carries
 * `{ requests: [{ id, method: 'POST', url, body, headers }] }`, at most 10, each an InvokeCommand with
 * its absolute URL (a next page: the nextLink) and CmdletInput body; the answer is
 * `{ responses: [{ id, status, headers?, body }] }`, one per id, in any order.
 */
import type { CmdletInput } from '../graph/sources/cmdlet-allow-list';
import { isRecord } from '../graph/response-body';

/** Sub-requests in one `$batch` at most (CIPP splits its cmdlets in tens). */
export const MAX_BATCH = 10;

/** Where the batch goes and what rides with it. */
export interface BatchTarget {
  /** `{root}/adminapi/beta/{tenantId}/$batch`. */
  readonly url: string;
  readonly token: string;
  readonly anchor: string | undefined;
}

/** One InvokeCommand inside a batch. */
export interface BatchSubRequest {
  readonly id: string;
  readonly method: 'POST';
  /** Absolute: `{root}/adminapi/beta/{tenantId}/InvokeCommand`, or the nextLink of its last page. */
  readonly url: string;
  readonly body: CmdletInput;
  readonly headers: Readonly<Record<string, string>>;
}

/** One sub-request's answer; `headers` keys lower-cased. */
export interface BatchSubResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export function exoBatchUrl(root: string, tenantId: string): string {
  return `${root}/adminapi/beta/${encodeURIComponent(tenantId)}/$batch`;
}

/**
 * The headers of the batch and of each sub-request. CIPP gives every sub-request a clone of the
 * batch's headers (its token included) plus the cmdlet's name; we send the same, since that is the
 * shape known to be answered, and `odata.continue-on-error` so one failed cmdlet doesn't stop the rest.
 */
function batchHeaders(target: BatchTarget): Record<string, string> {
  return {
    Authorization: `Bearer ${target.token}`,
    'Content-Type': 'application/json',
    Prefer: 'odata.maxpagesize=1000;odata.continue-on-error',
    'X-ResponseFormat': 'json',
    ...(target.anchor ? { 'X-AnchorMailbox': target.anchor } : {}),
  };
}

export function subRequest(target: BatchTarget, id: string, url: string, body: CmdletInput): BatchSubRequest {
  const headers = { ...batchHeaders(target), 'X-CmdletName': body.CmdletInput.CmdletName };
  return { id, method: 'POST', url, body, headers };
}

export function batchInit(target: BatchTarget, requests: readonly BatchSubRequest[]): RequestInit {
  return { method: 'POST', headers: batchHeaders(target), body: JSON.stringify({ requests }) };
}

function lowerKeys(headers: unknown): Record<string, string> {
  if (!isRecord(headers)) return {};
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
}

// A body may come as JSON text rather than as an object; text that isn't JSON is handed on as it came.
function bodyOf(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}

/**
 * Each id's answer from a batch's body, or a sentence saying what is wrong with the whole answer.
 * An id with no answer is absent from the map (the caller says so for that request).
 */
export function batchResponses(
  body: unknown,
  ids: readonly string[],
):
  | { readonly ok: true; readonly byId: ReadonlyMap<string, BatchSubResponse> }
  | { readonly ok: false; readonly why: string } {
  if (!isRecord(body) || !Array.isArray(body.responses)) return { ok: false, why: 'its answer held no responses list' };
  const wanted = new Set(ids);
  const byId = new Map<string, BatchSubResponse>();
  for (const r of body.responses as unknown[]) {
    if (!isRecord(r) || typeof r.status !== 'number') continue;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : '';
    if (wanted.has(id) && !byId.has(id))
      byId.set(id, { status: r.status, headers: lowerKeys(r.headers), body: bodyOf(r.body) });
  }
  return { ok: true, byId };
}
