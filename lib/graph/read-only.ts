/**
 * Posture Lens only reads: every HTTP call to Graph is a GET, or a POST to `/$batch` whose requests
 * are all GETs. The transport checks each call here, so the invariant lives in one place and a
 * change that would write to a tenant throws before anything leaves the browser.
 */
import { isRecord } from './response-body';

/** The parts of an HTTP call the invariant looks at. */
export interface OutgoingCall {
  readonly method: string;
  /** Relative to the version root: a GET's URL, or `/$batch`. */
  readonly url: string;
  /** A `$batch` POST's JSON body. */
  readonly body?: unknown;
}

/** Throws unless `call` only reads: a GET, or a POST to `/$batch` carrying nothing but GETs. */
export function assertReadOnly(call: OutgoingCall): void {
  if (call.method === 'GET') return;
  if (call.method !== 'POST') throw new Error(`Posture Lens only reads: it never sends ${call.method}.`);
  if (call.url !== '/$batch') throw new Error('Posture Lens only POSTs to /$batch.');
  if (!carriesOnlyGets(call.body)) throw new Error('A $batch from Posture Lens carries GETs only.');
}

function carriesOnlyGets(body: unknown): boolean {
  if (!isRecord(body) || !Array.isArray(body.requests) || body.requests.length === 0) return false;
  return (body.requests as unknown[]).every((r) => isRecord(r) && r.method === 'GET');
}
