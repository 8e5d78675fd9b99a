/**
 * One `getAll`: checks the requests, queues their first pages, and keeps sending what is ready while
 * the client has a free call slot, until every request has its outcome or the scan is aborted.
 */
import { abortError } from './abort';
import { takeCall } from './batch-plan';
import { runCall } from './call-round';
import type { ClientCore, Lane, Run } from './get-all-run';
import { firstJobs } from './page-job';
import type { GraphGet, GraphOutcome, GraphProgress } from './sources/graph-request';
import { createSettlement } from './settlement';

/** See `GraphClient.getAll`. */
export function getAllOn(
  core: ClientCore,
  lane: Lane,
  requests: readonly GraphGet[],
  onProgress?: (progress: GraphProgress) => void,
): Promise<Map<string, GraphOutcome>> {
  const { signal } = core;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  const invalid = invalidRequest(requests);
  if (invalid) return Promise.reject(invalid);
  if (requests.length === 0) return Promise.resolve(new Map<string, GraphOutcome>());

  return new Promise((resolve, reject) => {
    const onAbort = (): void => run.settlement.finish(abortError(signal));
    const cleanUp = (): void => {
      core.slots.stopWaiting(run.pump);
      signal?.removeEventListener('abort', onAbort);
    };
    const run: Run = {
      core,
      ready: firstJobs(requests, core.batching),
      lane,
      startDepth: lane.depth,
      settlement: createSettlement(requests, { onProgress, resolve, reject, cleanUp }),
      pump: () => pump(run),
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    core.slots.wait(run.pump);
    run.settlement.report();
    run.pump();
  });
}

/** Duplicate keys or an absolute URL: the caller's bug, refused before anything is sent. */
export function invalidRequest(requests: readonly GraphGet[]): TypeError | undefined {
  const keys = new Set<string>();
  for (const r of requests) {
    if (keys.has(r.key)) return new TypeError(`Duplicate Graph request key: ${r.key}`);
    if (!r.url.startsWith('/')) return new TypeError(`Graph request URL must be relative: ${r.url}`);
    keys.add(r.key);
  }
  return undefined;
}

function pump(run: Run): void {
  const { slots } = run.core;
  while (!run.settlement.finished && run.ready.length > 0 && slots.free()) {
    const jobs = takeCall(run.ready);
    slots.take();
    runCall(run, jobs).catch((error: unknown) => run.settlement.finish(error ?? new Error('Graph scan failed.')));
  }
}
