/**
 * One HTTP exchange with an admin service: sent (through the read-only guard), its body decoded, sent
 * again after 429/503/504 as Graph's client does (lib/graph/retry-policy.ts decides when), and turned
 * into a failure when the status or the body says so. Counts HTTP calls, retries and the chain of calls
 * that waited for each other, for the service's stats.
 */
import type { ServiceStats } from '../engine/scan/service-reader';
import { decodeBodyText } from '../graph/response-body';
import { isRetryableStatus } from '../graph/retry-after';
import { retryDecision, type RetryPolicy } from '../graph/retry-policy';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { serviceErrorOf } from './service-error';

export type ServiceFailure = Extract<GraphOutcome, { ok: false }>;

/** What every call of one service in one read shares. */
export interface CallContext {
  /** "Exchange Online": names the service in messages. */
  readonly label: string;
  readonly fetch: typeof fetch;
  readonly sleep: (ms: number) => Promise<void>;
  readonly policy: RetryPolicy;
  readonly now: () => number;
  readonly random: () => number;
  /** This service's counters, shared by its requests. */
  readonly stats: ServiceStats;
  readonly signal?: AbortSignal;
}

/** The calls one request made one after another (pages, retries), starting after what it waited for. */
export interface Chain {
  depth: number;
}

export type CallAnswer =
  | { readonly ok: true; readonly status: number; readonly body: unknown }
  | { readonly ok: false; readonly failure: ServiceFailure };

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

async function send(ctx: CallContext, url: string, init: RequestInit, chain: Chain) {
  ctx.stats.httpCalls += 1;
  chain.depth += 1;
  ctx.stats.roundTrips = Math.max(ctx.stats.roundTrips, chain.depth);
  const res = await ctx.fetch(url, { ...init, ...(ctx.signal ? { signal: ctx.signal } : {}) });
  const body = decodeBodyText(await res.text(), res.headers.get('content-type'));
  return { status: res.status, retryAfter: res.headers.get('retry-after') ?? undefined, body };
}

/** The failure a status and body say, or null when the answer is a success. */
export function failureOf(label: string, status: number, body: unknown): ServiceFailure | null {
  const error = serviceErrorOf(body);
  if (status < 400 && !error) return null;
  return {
    ok: false,
    status,
    ...(error?.code ? { code: error.code } : {}),
    message: error?.message ?? `${label} answered HTTP ${status}.`,
  };
}

/** Sends one call until it is answered, retrying throttled ones within the policy; never rejects. */
export async function callService(ctx: CallContext, url: string, init: RequestInit, chain: Chain): Promise<CallAnswer> {
  for (let retry = 0; ; retry++) {
    let answer;
    try {
      answer = await send(ctx, url, init, chain);
    } catch (err) {
      return { ok: false, failure: { ok: false, status: 'offline', message: messageOf(err) } };
    }
    if (isRetryableStatus(answer.status)) {
      const decision = retryDecision(ctx.policy, { ...answer, retry }, ctx.random(), ctx.now(), ctx.label);
      if ('outcome' in decision) return { ok: false, failure: decision.outcome };
      ctx.stats.retries += 1;
      await ctx.sleep(decision.delayMs);
      continue;
    }
    const failure = failureOf(ctx.label, answer.status, answer.body);
    return failure ? { ok: false, failure } : { ok: true, status: answer.status, body: answer.body };
  }
}

/** A request refused before it was sent: never on the wire, so not an HTTP status. */
export function refusedOutcome(label: string, why: string): ServiceFailure {
  return {
    ok: false,
    status: 'offline',
    code: 'RefusedByAllowList',
    message: `Not sent to ${label}: refused by the read-only allow-list (${why}).`,
  };
}
