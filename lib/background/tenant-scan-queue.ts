/**
 * "Scan selected" (issue 16): tenants queued in the order chosen, at most `concurrency` scanned at once,
 * each with its own cancel and progress, each ending on its own (done, failed, needs consent,
 * cancelled) without holding up the others. The statuses are pushed to listeners at every change and
 * kept after the batch ends, until the next batch starts. No browser APIs: the scan itself is injected.
 */
import type { ScanProgress } from '../messaging/protocol';
import type { TenantScanStatus, TenantScansView } from '../messaging/partner-protocol';
import { SCAN_CANCELLED } from '../scanner/scan-control';
import { ALREADY_SCANNING, type TenantScanLocks } from './tenant-scan-locks';

/** How one tenant's scan ended. A scan whose signal was aborted ends `cancelled`, whatever it answers. */
export type TenantScanOutcome =
  | { readonly state: 'done' }
  | { readonly state: 'cancelled' }
  | { readonly state: 'failed' | 'needsConsent'; readonly message: string };

export interface TenantScanJob {
  readonly signal: AbortSignal;
  readonly onProgress: (p: ScanProgress) => void;
  /** Started by the scan schedule rather than by the user (the watch compares and notifies). */
  readonly background: boolean;
}

export interface TenantScanQueueDeps {
  /** Scans and saves one tenant; saves nothing once `signal` aborted. A throw is that tenant's failure. */
  scan(tenantId: string, job: TenantScanJob): Promise<TenantScanOutcome>;
  /** Shared with "Scan now": a tenant it is scanning is refused here, and one queued here refused there. */
  locks: TenantScanLocks;
  /** Milliseconds since the epoch. */
  clock(): number;
}

export interface EnqueueOptions {
  readonly concurrency: number;
  /** Tenants that can't be scanned (the demo, unknown), with the sentence saying why. */
  readonly refused?: ReadonlyMap<string, string>;
  readonly background?: boolean;
}

export const DEFAULT_TENANT_SCAN_CONCURRENCY = 3;

const isPending = (s: TenantScanStatus | undefined): boolean => s?.state === 'queued' || s?.state === 'running';
const messageFor = (o: TenantScanOutcome): string | null =>
  'message' in o ? o.message : o.state === 'cancelled' ? SCAN_CANCELLED : null;
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));

const endedAt = (at: string, state: TenantScanStatus['state'], message: string | null): Partial<TenantScanStatus> => ({
  state,
  message,
  progress: null,
  finishedAt: at,
});

/** Queued, holding the tenant's lock; or failed, saying why it can't be scanned (refused, or already being scanned). */
function statusWhenAsked(tenantId: string, opts: EnqueueOptions, locks: TenantScanLocks, at: string): TenantScanStatus {
  const base = { tenantId, progress: null, startedAt: null, finishedAt: null };
  const refusal = opts.refused?.get(tenantId) ?? (locks.claim(tenantId) ? null : ALREADY_SCANNING);
  if (refusal === null) return { ...base, state: 'queued', message: null };
  return { ...base, state: 'failed', message: refusal, finishedAt: at };
}

/** The batch's statuses in the order chosen, and who hears of them; an entry is replaced in place, so a tenant keeps its row. */
function createBatchStatuses() {
  const batch = { statuses: new Map<string, TenantScanStatus>(), concurrency: DEFAULT_TENANT_SCAN_CONCURRENCY };
  const listeners = new Set<(v: TenantScansView) => void>();
  let idleWaiters: (() => void)[] = [];
  const view = (): TenantScansView => {
    const tenants = [...batch.statuses.values()];
    return { tenants, concurrency: batch.concurrency, running: tenants.some(isPending) };
  };
  return {
    batch,
    view,
    set: (tenantId: string, change: Partial<TenantScanStatus>): void => {
      const was = batch.statuses.get(tenantId);
      if (was) batch.statuses.set(tenantId, { ...was, ...change });
    },
    publish: (): void => {
      const v = view();
      for (const l of listeners) l(v);
      if (v.running) return;
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    },
    subscribe: (listener: (v: TenantScansView) => void): (() => void) => {
      listeners.add(listener);
      listener(view());
      return () => listeners.delete(listener);
    },
    whenIdle: (): Promise<void> => {
      return view().running ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve();
    },
  };
}

export function createTenantScanQueue(deps: TenantScanQueueDeps) {
  const { batch, view, set, publish, subscribe, whenIdle } = createBatchStatuses();
  const running = new Map<string, AbortController>();
  const background = new Set<string>();

  const now = (): string => new Date(deps.clock()).toISOString();
  const ended = (state: TenantScanStatus['state'], message: string | null) => endedAt(now(), state, message);

  function finish(tenantId: string, outcome: TenantScanOutcome): void {
    running.delete(tenantId);
    background.delete(tenantId);
    deps.locks.release(tenantId);
    set(tenantId, ended(outcome.state, messageFor(outcome)));
    pump();
    publish();
  }

  function start(tenantId: string): void {
    const controller = new AbortController();
    running.set(tenantId, controller);
    set(tenantId, { state: 'running', progress: { done: 0, total: 0 }, startedAt: now() });
    const onProgress = (p: ScanProgress): void => {
      if (controller.signal.aborted || batch.statuses.get(tenantId)?.state !== 'running') return;
      set(tenantId, { progress: { done: p.done, total: p.total } });
      publish();
    };
    const job = { signal: controller.signal, onProgress, background: background.has(tenantId) };
    void Promise.resolve()
      .then(() => deps.scan(tenantId, job))
      .catch((err: unknown): TenantScanOutcome => ({ state: 'failed', message: messageOf(err) }))
      .then((outcome) => finish(tenantId, controller.signal.aborted ? { state: 'cancelled' } : outcome));
  }

  function pump(): void {
    for (const [tenantId, status] of batch.statuses) {
      if (running.size >= batch.concurrency) return;
      if (status.state === 'queued') start(tenantId);
    }
  }

  /** Queues `tenantIds` (a new batch when none is running, else added to it); answers the queue at once. */
  function enqueue(tenantIds: readonly string[], opts: EnqueueOptions): TenantScansView {
    if (!view().running) batch.statuses = new Map();
    batch.concurrency = opts.concurrency;
    for (const raw of tenantIds) {
      const tenantId = raw.toLowerCase();
      if (isPending(batch.statuses.get(tenantId))) continue;
      const status = statusWhenAsked(tenantId, opts, deps.locks, now());
      batch.statuses.set(tenantId, status);
      if (opts.background && status.state === 'queued') background.add(tenantId);
    }
    pump();
    publish();
    return view();
  }

  /** Cancels one tenant's scan, or every one (`null`): a queued one never starts, a running one saves nothing. */
  function cancel(tenantId: string | null): TenantScansView {
    for (const [id, status] of batch.statuses) {
      if (tenantId !== null && id !== tenantId.toLowerCase()) continue;
      if (status.state === 'queued') {
        background.delete(id);
        deps.locks.release(id);
        set(id, ended('cancelled', SCAN_CANCELLED));
      } else if (status.state === 'running') running.get(id)?.abort();
    }
    publish();
    return view();
  }

  return {
    enqueue,
    cancel,
    view,
    /** Hears every change; a listener joining hears the current view at once. */
    subscribe,
    /** Resolves when no tenant is queued or running (at once when none is). */
    whenIdle,
  };
}

export type TenantScanQueue = ReturnType<typeof createTenantScanQueue>;
