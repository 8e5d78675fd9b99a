/**
 * Microsoft's control profiles as the scan can use them: the live (not deprecated) ones, each id once,
 * each usable or carrying the reason it isn't (listed twice, malformed, another tenant's).
 */
import { sourceKey } from '../../graph/sources/define-source';
import {
  secureScoreControlProfiles,
  type ControlProfileRow,
  type ProfileItem,
} from '../../graph/sources/secure-score-control-profiles';
import type { UnknownReason } from '../verdict/reasons';
import { roundPoints } from '../verdict/verdict-kit';
import { quoted } from './microsoft-state';
import { readableTitles } from './profile-title';

const PROFILES = sourceKey(secureScoreControlProfiles);
const malformed = (path: string, problem: string): UnknownReason => ({
  kind: 'malformedField',
  source: PROFILES,
  path,
  problem,
});

/** One live profile: usable (`row`), or the reason it isn't, with the points it stands for. */
export interface LiveProfile {
  readonly id: string;
  /** Microsoft's title, or a readable one where Microsoft's is an id or shared (profile-title.ts). */
  readonly title: string;
  readonly controlCategory: string;
  /** Microsoft's maxScore; for an unusable one, what the snapshot shows it was worth (0 if nothing does). */
  readonly maxScore: number;
  readonly row?: ControlProfileRow;
  readonly problem?: UnknownReason;
}

/** Profiles without a usable id: which control they are is unknown, their points are not. */
export interface UnidentifiedProfiles {
  readonly paths: readonly string[];
  readonly maxScore: number;
}

/** How many times each profile id is listed, deprecated profiles included. */
function idCounts(items: readonly ProfileItem[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const p of items) {
    const id = p.ok ? p.profile.id : p.id;
    if (id !== null) seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  return seen;
}

/** One live profile with an id: usable when it parsed, is listed once and is this tenant's; else why not. */
function liveProfileOf(p: ProfileItem, id: string, listed: number, tenant: string | undefined): LiveProfile {
  const twice = listed > 1;
  if (p.ok && !twice) {
    const r = p.profile;
    const other = tenant !== undefined && r.azureTenantId.toLowerCase() !== tenant;
    return {
      id,
      title: r.title,
      controlCategory: r.controlCategory,
      maxScore: roundPoints(r.maxScore),
      ...(other
        ? {
            problem: malformed(`${id}.azureTenantId`, `'${quoted(r.azureTenantId, 60)}' is not this scan's tenant`),
          }
        : { row: r }),
    };
  }
  const problem = twice
    ? malformed(`${id}.id`, `listed ${listed} times`)
    : !p.ok
      ? malformed(p.path.replace(/^value\[\d+\]/, id), p.problem)
      : malformed(`${id}.id`, 'unusable');
  return {
    id,
    title: (p.ok ? p.profile.title : p.title) ?? id,
    controlCategory: p.ok ? p.profile.controlCategory : '',
    maxScore: p.ok ? roundPoints(p.profile.maxScore) : roundPoints(p.maxScore ?? 0),
    problem,
  };
}

/** The live (not deprecated) profiles, each id once, and the points of those without a usable id. */
export function liveProfiles(
  items: readonly ProfileItem[],
  tenant: string | undefined,
): { profiles: LiveProfile[]; unidentified: UnidentifiedProfiles } {
  const seen = idCounts(items);
  const live = items.filter((p) => (p.ok ? p.profile.deprecated !== true : !p.deprecated));
  const profiles: LiveProfile[] = [];
  const paths: string[] = [];
  let points = 0;
  for (const p of live) {
    if (!p.ok && p.id === null) {
      paths.push(`${p.path} (${p.problem})`);
      points += p.maxScore ?? 0;
      continue;
    }
    const id = p.ok ? p.profile.id : (p.id as string);
    if (profiles.some((x) => x.id === id)) continue;
    profiles.push(liveProfileOf(p, id, seen.get(id) ?? 0, tenant));
  }
  const titles = readableTitles(profiles.map((p) => ({ id: p.id, title: p.title, service: p.row?.service })));
  return {
    profiles: profiles.map((p) => ({ ...p, title: titles.get(p.id) ?? p.title })),
    unidentified: { paths, maxScore: roundPoints(points) },
  };
}
