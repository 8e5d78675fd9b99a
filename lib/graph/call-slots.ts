/**
 * The limit on parallel HTTP calls, shared by every `getAll` of one client: a run takes a slot per
 * call, and a slot given back wakes every run waiting for one.
 */
export interface CallSlots {
  /** True while fewer calls than the limit are in flight. */
  free(): boolean;
  take(): void;
  /** Gives a slot back, then wakes every waiting run. */
  release(): void;
  /** `wake` is called on every release until `stopWaiting(wake)`. */
  wait(wake: () => void): void;
  stopWaiting(wake: () => void): void;
}

export function createCallSlots(concurrency: number): CallSlots {
  let inFlight = 0;
  const waiting = new Set<() => void>();
  return {
    free: () => inFlight < concurrency,
    take: () => {
      inFlight += 1;
    },
    release: () => {
      inFlight -= 1;
      for (const wake of [...waiting]) wake();
    },
    wait: (wake) => {
      waiting.add(wake);
    },
    stopWaiting: (wake) => {
      waiting.delete(wake);
    },
  };
}
