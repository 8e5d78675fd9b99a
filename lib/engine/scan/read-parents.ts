import type { GraphOutcome } from '../../graph/sources/graph-request';
import { sourceKey, type SourceDef } from '../../graph/sources/define-source';
import { readSource, type Read } from './run-control';

/** A second-wave source (derived or DNS): planned from its parent's parsed data. */
interface HasParent {
  readonly id: string;
  readonly from: SourceDef<unknown>;
}

/**
 * The parents of second-wave sources, read from the first wave: a source whose parent can't be used
 * fails with the parent's own reason (`failed`, by source id) and plans nothing; the rest are `ready`.
 */
export function readParents<S extends HasParent>(
  sources: readonly S[],
  first: ReadonlyMap<string, GraphOutcome>,
): {
  readonly failed: Map<string, Read>;
  readonly ready: ReadonlyArray<{ readonly source: S; readonly parent: unknown }>;
} {
  const failed = new Map<string, Read>();
  const ready: Array<{ readonly source: S; readonly parent: unknown }> = [];
  for (const source of sources) {
    const parent = readSource(source.from, first.get(sourceKey(source.from)));
    if (parent.ok) ready.push({ source, parent: parent.value });
    else failed.set(source.id, parent);
  }
  return { failed, ready };
}
