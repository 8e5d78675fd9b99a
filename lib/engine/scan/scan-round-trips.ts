/**
 * The scan's round trips when it also reads admin services: the longest chain of HTTP calls that had
 * to wait for each other, Graph's and the services' together. The services are read beside Graph's
 * first two waves (the directory-names wave needs the verdicts, so it waits for both), so a service's
 * chain only lengthens the scan by what it takes past Graph's waves: never the sum of the two.
 */
import type { ServiceStats } from './service-reader';

export interface RoundTripMarks {
  /** Graph's main chain when the names wave began (waves one and two; what forks read runs beside it). */
  readonly beforeNames: number;
  /** …when it ended. */
  readonly afterNames: number;
  /** …at the end of the scan (the Secure Score profile pages read beside the waves included). */
  readonly final: number;
}

export function scanRoundTrips(graph: RoundTripMarks, services: readonly ServiceStats[]): number {
  const longestService = Math.max(0, ...services.map((s) => s.roundTrips));
  const beforeVerdicts = Math.max(graph.beforeNames, longestService);
  return Math.max(graph.final, beforeVerdicts + (graph.afterNames - graph.beforeNames));
}
