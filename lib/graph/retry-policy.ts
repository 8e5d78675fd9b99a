/**
 * Whether a throttled (429) or unavailable (503/504) page GET is sent again, and when: after Graph's
 * `Retry-After` when it sent one, else after a jittered backoff; never past the scan's limits.
 * https://learn.microsoft.com/graph/throttling
 */
import type { GraphOutcome } from './sources/graph-request';
import { graphErrorOf } from './response-body';
import { backoffDelay, parseRetryAfter } from './retry-after';

type Failure = Extract<GraphOutcome, { ok: false }>;

export interface RetryPolicy {
  /** Retries per page GET. */
  readonly maxRetries: number;
  /** Longest `Retry-After` honoured; asked to wait longer, the request fails as throttled. */
  readonly maxRetryAfterSeconds: number;
}

/** One throttled answer to a page GET. */
export interface Throttled {
  /** Retries already spent on this page. */
  readonly retry: number;
  readonly status: number;
  readonly retryAfter: string | undefined;
  readonly body: unknown;
}

/** Send again after `delayMs`, or stop with `outcome`. */
export type RetryDecision = { readonly delayMs: number } | { readonly outcome: Failure };

const defaultCodes: Readonly<Record<number, string>> = {
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/**
 * The decision for one throttled answer. `random` is drawn once per HTTP call, so requests throttled
 * together wait the same time and are sent again together; `nowMs` dates a `Retry-After` given as a date.
 * `who` names the service in the sentence (the admin-service transports reuse this: "Exchange Online").
 */
export function retryDecision(
  policy: RetryPolicy,
  answer: Throttled,
  random: number,
  nowMs: number,
  who = 'Graph',
): RetryDecision {
  const { status } = answer;
  const code = graphErrorOf(answer.body).code ?? defaultCodes[status];
  const giveUp = (message: string): RetryDecision => ({
    outcome: { ok: false, status, ...(code ? { code } : {}), message },
  });
  if (answer.retry >= policy.maxRetries) {
    return giveUp(
      status === 429
        ? `${who} throttled the request and retries ran out.`
        : `${who} was unavailable (HTTP ${status}) and retries ran out.`,
    );
  }
  const maxWaitMs = policy.maxRetryAfterSeconds * 1000;
  const asked = parseRetryAfter(answer.retryAfter, nowMs);
  if (asked !== undefined && asked > maxWaitMs) {
    return giveUp(
      `${who} asked to wait ${Math.ceil(asked / 1000)} s before retrying, longer than the ${policy.maxRetryAfterSeconds} s this scan waits.`,
    );
  }
  return {
    delayMs:
      asked ??
      Math.min(
        maxWaitMs,
        backoffDelay(answer.retry, () => random),
      ),
  };
}

/** Retries grouped by how long they wait, in first-seen order: each group sleeps once and is sent again together. */
export function groupByDelay<J>(retries: readonly { readonly job: J; readonly delayMs: number }[]): Map<number, J[]> {
  const byDelay = new Map<number, J[]>();
  for (const { job, delayMs } of retries) byDelay.set(delayMs, [...(byDelay.get(delayMs) ?? []), job]);
  return byDelay;
}
