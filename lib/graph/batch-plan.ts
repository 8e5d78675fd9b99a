/**
 * Planning HTTP calls: which waiting page GETs share the next call, and the request that carries
 * them. https://learn.microsoft.com/graph/json-batching
 */
import { batchBody, maxBatchSize } from './batch';
import type { Job } from './page-job';
import type { WireRequest } from './transport';

/**
 * Takes the next call's jobs out of `ready`: the oldest job and, unless it must go alone, up to
 * 19 more of the same Graph version (the batch URL fixes the version), oldest first. Jobs left
 * behind keep their order.
 */
export function takeCall(ready: Job[]): Job[] {
  const first = ready.shift();
  if (!first) return [];
  const jobs = [first];
  if (first.direct) return jobs;
  for (let i = 0; i < ready.length && jobs.length < maxBatchSize;) {
    const job = ready[i] as Job;
    if (!job.direct && job.version === first.version) jobs.push(...ready.splice(i, 1));
    else i += 1;
  }
  return jobs;
}

/** The HTTP call for `jobs`: a lone direct job's own GET, else a `$batch` POST whose ids are 1…n in order. */
export function wireRequestOf(jobs: readonly Job[]): WireRequest {
  const first = jobs[0];
  if (!first) throw new RangeError('An HTTP call carries at least one request.');
  if (first.direct && jobs.length === 1)
    return { method: 'GET', version: first.version, url: first.url, headers: first.state.request.headers };
  return {
    method: 'POST',
    version: first.version,
    url: '/$batch',
    body: batchBody(jobs.map((job, i) => ({ id: String(i + 1), url: job.url, headers: job.state.request.headers }))),
  };
}
