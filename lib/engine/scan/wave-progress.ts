import type { GraphProgress } from '../../graph/sources/graph-request';

/**
 * A scan reads Graph in waves (the sources, then follow-ups planned from them); the client counts each
 * wave from zero. This adds the finished waves in, so progress only grows: 40 of 40, then 41 of 46.
 */
export function progressAcrossWaves(report: ((p: GraphProgress) => void) | undefined) {
  let before = { done: 0, total: 0 };
  let current = { done: 0, total: 0 };
  return {
    /** The reporter for the next wave; call it when that wave starts. */
    next(): ((p: GraphProgress) => void) | undefined {
      before = { done: before.done + current.done, total: before.total + current.total };
      current = { done: 0, total: 0 };
      if (!report) return undefined;
      return (p) => {
        current = { done: p.done, total: p.total };
        report({ done: before.done + p.done, total: before.total + p.total });
      };
    },
  };
}
