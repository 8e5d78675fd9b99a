/**
 * The read-only check of an Exchange Online `$batch` (exo-batch-wire.ts): at most 10 sub-requests,
 * each a POST of an allow-listed `Get-*` CmdletInput to InvokeCommand on the same origin as the batch.
 * One sub-request that isn't refuses the whole batch, so nothing of it leaves.
 */
import { refusedCmdlet } from '../graph/sources/cmdlet-allow-list';
import { isRecord } from '../graph/response-body';
import { MAX_BATCH } from './exo-batch-wire';

const INVOKE = /^\/adminapi\/beta\/[^/]+\/InvokeCommand$/;

/** Null when the sub-request only reads Exchange at `origin`, else why not. */
function refusedSubRequest(sub: unknown, origin: string): string | null {
  if (!isRecord(sub)) return 'a sub-request is not an object';
  const { method, url } = sub;
  if (method !== 'POST') return `a sub-request is a ${String(method)}, not an InvokeCommand POST`;
  if (typeof url !== 'string' || !URL.canParse(url)) return `a sub-request's url '${String(url)}' is not absolute`;
  const u = new URL(url);
  if (u.origin !== origin) return `a sub-request goes to ${u.origin}, not ${origin}`;
  if (!INVOKE.test(u.pathname)) return `a sub-request POSTs to ${u.pathname}, not InvokeCommand`;
  return refusedCmdlet('exchange', sub.body);
}

/** Null when a `$batch` POSTed to `batchUrl` only reads Exchange, else why not. */
export function refusedBatch(body: unknown, batchUrl: URL): string | null {
  if (!isRecord(body) || !Array.isArray(body.requests)) return 'a $batch without a requests list';
  const requests = body.requests as unknown[];
  if (requests.length === 0) return 'an empty $batch';
  if (requests.length > MAX_BATCH) return `a $batch of ${requests.length} requests (at most ${MAX_BATCH})`;
  for (const sub of requests) {
    const why = refusedSubRequest(sub, batchUrl.origin);
    if (why) return why;
  }
  return null;
}
