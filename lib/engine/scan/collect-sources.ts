/**
 * What a scan reads, collected from its controls once: the first wave's distinct Graph requests (the
 * parents of derived and DNS sources included, plus what every scan reads about the tenant itself), and
 * the second wave's distinct derived and DNS sources.
 */
import type { GraphGet } from '../../graph/sources/graph-request';
import type { DnsSourceDef } from '../../graph/sources/define-dns-source';
import {
  isDerived,
  isDnsSource,
  isServiceSource,
  sourceKey,
  sourceUrl,
  type AnySource,
  type DerivedSourceDef,
  type SourceDef,
} from '../../graph/sources/define-source';
import { serviceSourceKey, type AnyServiceSource } from '../../graph/sources/define-service-source';
import { organization } from '../../graph/sources/organization';
import { secureScoreControlProfiles } from '../../graph/sources/secure-score-control-profiles';
import { secureScores } from '../../graph/sources/secure-scores';
import { subscribedSkus } from '../../graph/sources/subscribed-skus';
import { sourceOf, type AnyControl, type SourceMap } from '../verdict/control';

/** What every scan reads besides its controls' sources: the tenant's identity, licences and Secure Score. */
export const SCAN_LEVEL_SOURCES: readonly SourceDef<unknown>[] = [
  organization,
  subscribedSkus,
  secureScores,
  secureScoreControlProfiles,
] as SourceDef<unknown>[];

/** Every source the controls declare, in order, repeats included. */
function declaredBy(controls: readonly AnyControl[]): AnySource[] {
  return controls.flatMap((c) => Object.values(c.sources as SourceMap).map(sourceOf));
}

/**
 * The Graph source each declared source needs in the first wave: itself, or a derived or DNS source's
 * parent. Admin-service sources are read by their own reader, beside it (collectServiceSources).
 */
export function firstWaveOf(controls: readonly AnyControl[]): SourceDef<unknown>[] {
  return declaredBy(controls).flatMap((s) => (isServiceSource(s) ? [] : [isDerived(s) || isDnsSource(s) ? s.from : s]));
}

/** Every distinct admin-service source the controls read (Exchange cmdlets, Teams configurations). */
export function collectServiceSources(controls: readonly AnyControl[]): AnyServiceSource[] {
  return distinct(declaredBy(controls).filter(isServiceSource), serviceSourceKey);
}

/** Distinct by key: the first one's place, the last one's definition. */
function distinct<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(keyOf(item), item);
  return [...byKey.values()];
}

/** Every distinct static source the controls read (derived sources' parents included), plus the tenant's identity and licences. */
export function collectSources(controls: readonly AnyControl[]): SourceDef<unknown>[] {
  return distinct([...SCAN_LEVEL_SOURCES, ...firstWaveOf(controls)], sourceKey);
}

/** Every distinct derived source and DNS source the controls read, by id: what the second wave reads. */
export function collectSecondWave(controls: readonly AnyControl[]): {
  readonly derived: DerivedSourceDef<unknown, unknown>[];
  readonly dns: DnsSourceDef<unknown, unknown>[];
} {
  const declared = declaredBy(controls);
  return {
    derived: distinct(declared.filter(isDerived), (s) => s.id),
    dns: distinct(declared.filter(isDnsSource), (s) => s.id),
  };
}

/** The Graph request for a source (or a derived source's follow-up): its key is the source's key. */
export function toGraphGet(
  s: Pick<SourceDef<unknown>, 'version' | 'path' | 'query' | 'headers' | 'collection'>,
): GraphGet {
  return {
    key: sourceKey(s),
    version: s.version,
    url: sourceUrl(s),
    collection: s.collection,
    ...(s.headers ? { headers: s.headers } : {}),
  };
}
