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

/**
 * A chain of reads that wait for each other: the scan's waves on the main lane, and reads that only
 * wait on what came before the fork (the Secure Score profiles' later pages) on a lane of their own,
 * so reads running side by side count as parallel round trips, not one after another.
 */
export interface Lane {
  depth: number;
}

/** One `getAll` in progress. */
export interface Run {
  readonly core: ClientCore;
  /** Page GETs waiting for an HTTP call, oldest first. */
  readonly ready: Job[];
  /** The chain this run continues. */
  readonly lane: Lane;
  /** The lane's depth when this run began: its call depths add to it. */
  readonly startDepth: number;
  readonly settlement: Settlement;
  /** Sends what is ready while slots are free. */
  readonly pump: () => void;
}
