/**
 * Exchange Online's reads in `$batch` POSTs of up to ten InvokeCommands (issue 17: a whole scan in at
 * most three round trips), every batch of a round in flight at once. Rounds: the first carries every
 * read; the next, what the last one left to do — next pages (the same body to the nextLink, as a lone
 * InvokeCommand pages) and sub-requests throttled with 429/503/504, sent again in a batch after the
 * longest wait the retry policy gives them. Retrying in the next batch, not alone, keeps every call a
 * `$batch` and costs a round trip only when something was throttled or paged. Each read's answer is
 * decoded exactly as a lone InvokeCommand's (service-call.ts failureOf: errors in a 200 body,
 * "is not recognized", 401/403…). The wire shape itself is in exo-batch-wire.ts.
 */
import type { ServiceGet } from '../engine/scan/service-reader';
import { refusedCmdlet, type CmdletInput } from '../graph/sources/cmdlet-allow-list';
import type { GraphOutcome } from '../graph/sources/graph-request';
import { isRecord } from '../graph/response-body';
import { isRetryableStatus } from '../graph/retry-after';
import { retryDecision } from '../graph/retry-policy';
import {
  batchInit,
  batchResponses,
  MAX_BATCH,
  subRequest,
  type BatchSubResponse,
  type BatchTarget,
} from './exo-batch-wire';
import { cmdletInput, MAX_PAGES, refusedNextLink } from './invoke-command';
import {
  callService,
  failureOf,
  refusedOutcome,
  type CallContext,
  type Chain,
  type ServiceFailure,
} from './service-call';

/** Where Exchange's batched reads go. */
export interface BatchedTarget {
  readonly batch: BatchTarget;
  /** `{root}/adminapi/beta/{tenantId}/InvokeCommand`: each sub-request's URL, and where nextLinks must point. */
  readonly invokeUrl: string;
  readonly startDepth: number;
}

/** One read in progress: its next call, and the objects its pages gave so far. */
interface Pending {
  readonly key: string;
  readonly body: CmdletInput;
  readonly url: string;
  readonly page: number;
  readonly retry: number;
  readonly value: readonly unknown[];
}

type SubAnswer = BatchSubResponse | ServiceFailure;
type Step = { readonly done: GraphOutcome } | { readonly again: Pending; readonly delayMs: number };

/** Every read refused when one is: a refused request is a broken catalogue, and nothing of it leaves. */
function refusals(ctx: CallContext, gets: readonly ServiceGet[]): (readonly [string, GraphOutcome])[] | null {
  const why = gets.map((g) =>
    g.request.kind === 'cmdlet'
      ? refusedCmdlet('exchange', cmdletInput(g.request))
      : `a ${g.request.kind} request is not read from exchange`,
  );
  const first = why.findIndex((w) => w !== null);
  if (first < 0) return null;
  const culprit = gets[first]?.key ?? '';
  const others = `this read also held ${culprit}, which it refuses, so none of it was sent`;
  return gets.map((g, i) => [g.key, refusedOutcome(ctx.label, why[i] ?? others)] as const);
}

const malformed = (label: string, status: number, why: string): ServiceFailure => ({
  ok: false,
  status,
  code: 'MalformedBatchAnswer',
  message: `${label}'s $batch answer is malformed: ${why}.`,
});

/** One batch sent (retried whole when the batch itself is throttled); one answer per read, in order. */
async function sendBatch(ctx: CallContext, t: BatchedTarget, batch: readonly Pending[], chain: Chain) {
  const requests = batch.map((p, i) => subRequest(t.batch, String(i + 1), p.url, p.body));
  const answer = await callService(ctx, t.batch.url, batchInit(t.batch, requests), chain);
  if (!answer.ok) {
    const f = answer.failure;
    return batch.map((): SubAnswer => ({ ...f, message: `${ctx.label}'s $batch failed: ${f.message}` }));
  }
  const read = batchResponses(
    answer.body,
    requests.map((r) => r.id),
  );
  if (!read.ok) return batch.map((): SubAnswer => malformed(ctx.label, answer.status, read.why));
  return requests.map(
    (r): SubAnswer =>
      read.byId.get(r.id) ??
      malformed(ctx.label, answer.status, `it held no response for ${r.body.CmdletInput.CmdletName} (id ${r.id})`),
  );
}

/** A round's batches, `cap` in flight at a time; the answers in the order of `pending`. */
async function sendRound(ctx: CallContext, t: BatchedTarget, pending: readonly Pending[], depth: number, cap: number) {
  const batches = Array.from({ length: Math.ceil(pending.length / MAX_BATCH) }, (_, i) =>
    pending.slice(i * MAX_BATCH, (i + 1) * MAX_BATCH),
  );
  const answers: SubAnswer[][] = [];
  let next = 0;
  let end = depth;
  const lane = async () => {
    const chain: Chain = { depth };
    for (let i = next++; i < batches.length; i = next++) answers[i] = await sendBatch(ctx, t, batches[i] ?? [], chain);
    end = Math.max(end, chain.depth);
  };
  await Promise.all(Array.from({ length: Math.min(cap, batches.length) }, lane));
  return { answers: answers.flat(), depth: end };
}

/** A page read: merged, and its nextLink (same origin and path only) made the read's next call. */
function nextPage(ctx: CallContext, t: BatchedTarget, p: Pending, a: BatchSubResponse): Step {
  const b = a.body;
  // Not a page of objects: handed on as it came, so the source's parse names what is missing.
  if (!isRecord(b) || !Array.isArray(b.value)) return { done: { ok: true, status: a.status, body: b, pages: p.page } };
  const value = [...p.value, ...(b.value as unknown[])];
  const next = b['@odata.nextLink'];
  if (typeof next !== 'string') return { done: { ok: true, status: a.status, body: { value }, pages: p.page } };
  const bad = refusedNextLink(next, t.invokeUrl);
  if (bad) return { done: { ok: false, status: a.status, code: 'NextLinkRefused', message: `${ctx.label}: ${bad}.` } };
  if (p.page >= MAX_PAGES) {
    const message = `${ctx.label} kept answering more pages of ${p.body.CmdletInput.CmdletName} after ${MAX_PAGES}.`;
    return { done: { ok: false, status: 200, code: 'TooManyPages', message } };
  }
  ctx.stats.requests += 1;
  return { again: { ...p, url: next, page: p.page + 1, retry: 0, value }, delayMs: 0 };
}

/** What one read's answer in a batch means: done, or sent again (throttled, or a next page). */
function settle(ctx: CallContext, t: BatchedTarget, p: Pending, a: SubAnswer, random: number): Step {
  if ('ok' in a) return { done: a };
  if (isRetryableStatus(a.status)) {
    const throttled = { retry: p.retry, status: a.status, retryAfter: a.headers['retry-after'], body: a.body };
    const decision = retryDecision(ctx.policy, throttled, random, ctx.now(), ctx.label);
    if ('outcome' in decision) return { done: decision.outcome };
    ctx.stats.retries += 1;
    return { again: { ...p, retry: p.retry + 1 }, delayMs: decision.delayMs };
  }
  const failure = failureOf(ctx.label, a.status, a.body);
  return failure ? { done: failure } : nextPage(ctx, t, p, a);
}

/** Every Exchange read answered, in the order of `gets`; never rejects. */
export async function readExchangeBatched(
  ctx: CallContext,
  t: BatchedTarget,
  gets: readonly ServiceGet[],
  cap: number,
): Promise<(readonly [string, GraphOutcome])[]> {
  const refused = refusals(ctx, gets);
  if (refused) return refused;
  const out = new Map<string, GraphOutcome>();
  let pending: Pending[] = gets.flatMap((g) =>
    g.request.kind === 'cmdlet'
      ? [{ key: g.key, body: cmdletInput(g.request), url: t.invokeUrl, page: 1, retry: 0, value: [] }]
      : [],
  );
  ctx.stats.requests += pending.length;
  let depth = t.startDepth;
  while (pending.length > 0) {
    const round = await sendRound(ctx, t, pending, depth, cap);
    depth = round.depth;
    const random = ctx.random();
    const again: Pending[] = [];
    let wait = 0;
    for (const [i, p] of pending.entries()) {
      const step = settle(ctx, t, p, round.answers[i] ?? malformed(ctx.label, 200, 'an answer went missing'), random);
      if ('done' in step) out.set(p.key, step.done);
      else {
        again.push(step.again);
        wait = Math.max(wait, step.delayMs);
      }
    }
    if (wait > 0) await ctx.sleep(wait);
    pending = again;
  }
  return gets.map((g) => [g.key, out.get(g.key) ?? malformed(ctx.label, 200, 'an answer went missing')] as const);
}
