/** What the units of one `getAll` share: the client they run on, and the run's own queue and ending. */
import type { CallSlots } from './call-slots';
import type { Job } from './page-job';
import type { GraphStats } from './sources/graph-request';
import type { RetryPolicy } from './retry-policy';
import type { Settlement } from './settlement';
import type { Transport } from './transport';

/** One client's parts, built once by `createGraphClient` and shared by all its `getAll`s. */
export interface ClientCore {
  /** No trailing slash. */
  readonly graphRoot: string;
  readonly transport: Transport;
  readonly slots: CallSlots;
  /** Cumulative over every `getAll` of this client. */
  readonly stats: GraphStats;
  readonly retry: RetryPolicy;
  readonly sleep: (ms: number) => Promise<void>;
  /** False sends every GET on its own. */
  readonly batching: boolean;
  readonly signal?: AbortSignal | undefined;
}

/** One `getAll` in progress. */
export interface Run {
  readonly core: ClientCore;
  /** Page GETs waiting for an HTTP call, oldest first. */
  readonly ready: Job[];
  /** `stats.roundTrips` when this run began: its call depths add to it. */
  readonly startDepth: number;
  readonly settlement: Settlement;
  /** Sends what is ready while slots are free. */
  readonly pump: () => void;
}
