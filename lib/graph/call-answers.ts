/**
 * One HTTP call's answer, read per request: a page that arrived, a throttled GET to retry, a failure
 * that is final, or a request to send again on its own. Nothing here sends or waits.
 * https://learn.microsoft.com/graph/json-batching#response-format
 */
import { readBatchResponses } from './batch';
import type { Job } from './page-job';
import type { GraphOutcome } from './sources/graph-request';
import { graphErrorOf } from './response-body';
import { isRetryableStatus } from './retry-after';
import type { WireResult } from './transport';

type Failure = Extract<GraphOutcome, { ok: false }>;
type Response = Extract<WireResult, { kind: 'response' }>;

/** What one job's part of a call's answer asks for next. */
export type Answer =
  | { readonly kind: 'page'; readonly job: Job; readonly status: number; readonly body: unknown }
  | {
      readonly kind: 'throttled';
      readonly job: Job;
      readonly status: number;
      readonly retryAfter: string | undefined;
      readonly body: unknown;
    }
  | { readonly kind: 'failed'; readonly job: Job; readonly outcome: Failure }
  /** No usable answer for this job: send it again, once, outside a batch. */
  | { readonly kind: 'alone'; readonly job: Job };

/** One answer per job, in the jobs' order; `jobs` are those `wireRequestOf` sent in this call. */
export function answersOf(jobs: readonly Job[], result: WireResult): Answer[] {
  if (result.kind === 'offline')
    return jobs.map((job) => failed(job, { ok: false, status: 'offline', message: result.message }));
  if (result.kind === 'noToken')
    return jobs.map((job) =>
      failed(job, { ok: false, status: 401, code: 'TokenUnavailable', message: result.message }),
    );
  const first = jobs[0];
  if (first?.direct) return [answerOf(first, result.status, result.header, result.body)];
  return batchAnswersOf(jobs, result);
}

function batchAnswersOf(jobs: readonly Job[], envelope: Response): Answer[] {
  const { status } = envelope;
  if (status >= 200 && status < 300) {
    const inner = readBatchResponses(envelope.body);
    return jobs.map((job, i) => {
      const response = inner?.get(String(i + 1));
      return response ? answerOf(job, response.status, response.header, response.body) : alone(job);
    });
  }
  if (isRetryableStatus(status))
    return jobs.map((job) => throttled(job, status, envelope.header('retry-after'), envelope.body));
  // The token or the caller is refused, whichever request it carries: asking again one by one would only repeat it.
  if (status === 401 || status === 403) return jobs.map((job) => failed(job, failureOf(status, envelope.body)));
  // A 400 (one request Graph can't parse fails the whole batch), 404 or 5xx: send each request once on its own.
  return jobs.map(alone);
}

function answerOf(job: Job, status: number, header: (name: string) => string | undefined, body: unknown): Answer {
  if (status >= 200 && status < 300) return { kind: 'page', job, status, body };
  if (isRetryableStatus(status)) return throttled(job, status, header('retry-after'), body);
  return failed(job, failureOf(status, body));
}

const failed = (job: Job, outcome: Failure): Answer => ({ kind: 'failed', job, outcome });
const alone = (job: Job): Answer => ({ kind: 'alone', job });
const throttled = (job: Job, status: number, retryAfter: string | undefined, body: unknown): Answer => ({
  kind: 'throttled',
  job,
  status,
  retryAfter,
  body,
});

/** A failed request's outcome, with Graph's own `error.code` and `error.message` when it sent them. */
export function failureOf(status: number, body: unknown): Failure {
  const { code, message } = graphErrorOf(body);
  return { ok: false, status, ...(code ? { code } : {}), message: message ?? `Graph answered HTTP ${status}.` };
}
