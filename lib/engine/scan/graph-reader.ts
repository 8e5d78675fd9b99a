import type { GraphGet, GraphOutcome, GraphProgress, GraphStats } from '../../graph/sources/graph-request';

/**
 * What a scan reads Graph through: many GETs in one go (the Graph client batches them), each answered
 * with an outcome by its key, never a rejection for one failed request. Injected, so the engine has no I/O.
 */
export interface GraphReader {
  getAll(requests: readonly GraphGet[], onProgress?: (p: GraphProgress) => void): Promise<Map<string, GraphOutcome>>;
  readonly stats: GraphStats;
  /**
   * A reader for reads that wait only on what was read so far, running beside the next waves (the
   * Graph client counts their round trips as parallel). Absent: they are read on this reader.
   */
  fork?(): Pick<GraphReader, 'getAll' | 'stats'>;
  /**
   * The main chain's round trips so far, beside which the admin services are read (the scan's own
   * round-trip count needs it). Absent: `stats.roundTrips` stands in.
   */
  chainDepth?(): number;
}

/** Hands out one progress reporter per wave of reads, as `progressAcrossWaves` does. */
export interface WaveReporters {
  next(): ((p: GraphProgress) => void) | undefined;
}
