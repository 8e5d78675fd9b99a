/**
 * How one `getAll` ends: each request's outcome as it is decided, the progress that reports, and the
 * single resolve (every request decided) or reject (aborted, or a bug) of the whole call.
 */
import type { RequestState } from './page-job';
import type { GraphGet, GraphOutcome, GraphProgress } from './sources/graph-request';

export interface SettlementEnd {
  readonly onProgress?: ((progress: GraphProgress) => void) | undefined;
  /** Every request's outcome, keyed and ordered as the requests were. */
  readonly resolve: (outcomes: Map<string, GraphOutcome>) => void;
  readonly reject: (error: Error) => void;
  /** Runs once, just before resolve or reject: stop listening for what no longer matters. */
  readonly cleanUp: () => void;
}

export interface Settlement {
  /** True once the call resolved or rejected; nothing more is sent or decided after. */
  readonly finished: boolean;
  /** Decides a request's outcome (once: later calls for it are ignored). */
  settle(state: RequestState, outcome: GraphOutcome): void;
  /** A request has one more page to read: one more step in the progress, and one done. */
  pageFound(): void;
  report(): void;
  /** Ends the call: rejects with `error`, else resolves with the outcomes so far. */
  finish(error?: unknown): void;
}

/** Progress starts at 0 of one step per request; each decided request and each page read is a step done. */
export function createSettlement(requests: readonly GraphGet[], end: SettlementEnd): Settlement {
  const outcomes = new Map<string, GraphOutcome>();
  const progress = { done: 0, total: requests.length };
  let unsettled = requests.length;
  let finished = false;

  const report = (): void => end.onProgress?.({ done: progress.done, total: progress.total });

  const finish = (error?: unknown): void => {
    if (finished) return;
    finished = true;
    end.cleanUp();
    if (error !== undefined)
      return end.reject(error instanceof Error ? error : new Error('Graph scan failed.', { cause: error }));
    end.resolve(new Map(requests.map((r) => [r.key, outcomes.get(r.key) as GraphOutcome])));
  };

  return {
    get finished() {
      return finished;
    },
    settle(state, outcome) {
      if (state.settled) return;
      state.settled = true;
      outcomes.set(state.request.key, outcome);
      progress.done += 1;
      unsettled -= 1;
      report();
      if (unsettled === 0) finish();
    },
    pageFound() {
      progress.done += 1;
      progress.total += 1;
      report();
    },
    report,
    finish,
  };
}
