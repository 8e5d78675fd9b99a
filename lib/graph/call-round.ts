/**
 * One HTTP call of a run, start to finish: counts it, sends it, then follows each request's answer
 * to its outcome, its next page, a retry after a wait, or a resend on its own.
 */
import { unlessAborted } from './abort';
import { wireRequestOf } from './batch-plan';
import { answersOf, type Answer } from './call-answers';
import type { Run } from './get-all-run';
import type { Job } from './page-job';
import { afterPage } from './paging';
import { groupByDelay, retryDecision } from './retry-policy';
import type { WireResult } from './transport';

interface Retry {
  readonly job: Job;
  readonly delayMs: number;
}

/** The call being answered: its depth in the chain of calls, and the retries it schedules. */
interface Call {
  readonly depth: number;
  readonly retries: Retry[];
  /** One random draw per call, so requests throttled together wait the same time and go back together. */
  readonly random: number;
}

/** Sends `jobs` in one HTTP call (its slot already taken) and follows every answer. */
export async function runCall(run: Run, jobs: readonly Job[]): Promise<void> {
  const { core } = run;
  const depth = Math.max(...jobs.map((j) => j.after)) + 1;
  core.stats.httpCalls += 1;
  core.stats.graphRequests += jobs.length;
  run.lane.depth = Math.max(run.lane.depth, run.startDepth + depth);
  core.stats.roundTrips = Math.max(core.stats.roundTrips, run.lane.depth);
  let result: WireResult;
  try {
    result = await core.transport.send(wireRequestOf(jobs));
  } finally {
    core.slots.release();
  }
  if (run.settlement.finished) return;

  const call: Call = { depth, retries: [], random: Math.random() };
  for (const answer of answersOf(jobs, result)) follow(run, answer, call);
  if (call.retries.length > 0) void retryLater(run, call.retries);
  run.pump();
}

function follow(run: Run, answer: Answer, call: Call): void {
  const { job } = answer;
  const { settlement } = run;
  switch (answer.kind) {
    case 'failed':
      return settlement.settle(job.state, answer.outcome);
    case 'alone':
      run.ready.push({ ...job, direct: true, after: call.depth });
      return;
    case 'page': {
      const step = afterPage(job.state, answer.status, answer.body, run.core.graphRoot);
      if ('outcome' in step) return settlement.settle(job.state, step.outcome);
      settlement.pageFound();
      const { version, url } = step.next;
      run.ready.push({ state: job.state, version, url, after: call.depth, retry: 0, direct: job.direct });
      return;
    }
    case 'throttled': {
      const { status, retryAfter, body } = answer;
      const decision = retryDecision(
        run.core.retry,
        { retry: job.retry, status, retryAfter, body },
        call.random,
        Date.now(),
      );
      if ('outcome' in decision) return settlement.settle(job.state, decision.outcome);
      call.retries.push({ job: { ...job, retry: job.retry + 1, after: call.depth }, delayMs: decision.delayMs });
      return;
    }
  }
}

/** Waits out each group of retries once, then queues the group again (unless the run ended meanwhile). */
async function retryLater(run: Run, retries: readonly Retry[]): Promise<void> {
  const { core, settlement } = run;
  await Promise.all(
    [...groupByDelay(retries)].map(async ([delayMs, jobs]) => {
      try {
        await unlessAborted(core.sleep(delayMs), core.signal);
      } catch (error) {
        return settlement.finish(error);
      }
      if (settlement.finished) return;
      core.stats.retries += jobs.length;
      run.ready.push(...jobs);
      run.pump();
    }),
  );
}
