import type { ControlProfileRow } from '../../graph/sources/secure-score-control-profiles';
import type { ControlScoreRow, SecureScoreRow } from '../../graph/sources/secure-scores';
import { roundPoints } from '../verdict-kit';
import { dayOf, microsoftStatusOf } from './microsoft-status';
import type { ControlStateView, MicrosoftVerdict } from './microsoft-verdict';

/** Microsoft's answers, indexed: the latest snapshot, its control scores, and the live profiles. */
export interface MicrosoftData {
  readonly latest: SecureScoreRow;
  /** Snapshots newest first. */
  readonly snapshots: readonly SecureScoreRow[];
  /** Non-deprecated profiles, in Microsoft's rank order. */
  readonly profiles: readonly ControlProfileRow[];
  readonly profileById: ReadonlyMap<string, ControlProfileRow>;
  readonly scoreByName: ReadonlyMap<string, ControlScoreRow>;
}

/** Null when Microsoft returned no snapshot at all (a tenant younger than a day). */
export function indexMicrosoftData(
  snapshots: readonly SecureScoreRow[],
  allProfiles: readonly ControlProfileRow[],
): MicrosoftData | null {
  const sorted = [...snapshots].sort((a, b) => b.createdDateTime.localeCompare(a.createdDateTime));
  const latest = sorted[0];
  if (!latest) return null;
  const profiles = allProfiles
    .filter((p) => p.deprecated !== true)
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.id.localeCompare(b.id));
  return {
    latest,
    snapshots: sorted,
    profiles,
    profileById: new Map(profiles.map((p) => [p.id, p])),
    scoreByName: new Map(latest.controlScores.map((c) => [c.controlName, c])),
  };
}

/** The last state change Microsoft recorded, unless it is the untouched `Default`. */
export function stateOf(profile: ControlProfileRow): ControlStateView | undefined {
  const updates = [...(profile.controlStateUpdates ?? [])].sort((a, b) =>
    (b.updatedDateTime ?? '').localeCompare(a.updatedDateTime ?? ''),
  );
  const last = updates[0];
  if (!last || last.state.toLowerCase() === 'default') return undefined;
  return {
    state: last.state,
    ...(last.updatedBy ? { updatedBy: last.updatedBy } : {}),
    ...(last.updatedDateTime ? { updatedDateTime: last.updatedDateTime } : {}),
    ...(last.comment ? { comment: last.comment } : {}),
  };
}

/** Microsoft's verdict on one profile: scored today, or notLicensed when the snapshot leaves it out. */
export function verdictOf(profile: ControlProfileRow, data: MicrosoftData): MicrosoftVerdict {
  const scored = data.scoreByName.get(profile.id);
  const maxScore = roundPoints(Math.max(0, profile.maxScore));
  const score = scored ? roundPoints(Math.min(maxScore, Math.max(0, scored.score))) : 0;
  const state = stateOf(profile);
  return {
    profileId: profile.id,
    title: profile.title,
    status: scored ? microsoftStatusOf(score, maxScore) : 'notLicensed',
    score,
    maxScore,
    measuredAt: scored?.lastSynced ?? data.latest.createdDateTime,
    ...(scored?.implementationStatus ? { implementationStatus: scored.implementationStatus } : {}),
    ...(profile.remediation ? { remediation: profile.remediation } : {}),
    ...(profile.tier ? { tier: profile.tier } : {}),
    ...(profile.service ? { service: profile.service } : {}),
    ...(profile.threats?.length ? { threats: profile.threats } : {}),
    ...(state ? { state } : {}),
  };
}

/** "Microsoft Secure Score, measured 2026-11-23: 6 of 9 points (…)." */
export function microsoftSays(v: MicrosoftVerdict): string {
  if (v.status === 'notLicensed')
    return `Microsoft Secure Score doesn't score this for the tenant (not applicable or not licensed), as of ${dayOf(v.measuredAt)}.`;
  const detail = v.implementationStatus ? ` ${v.implementationStatus.trim().replace(/\.?$/, '.')}` : '';
  return `${v.score} of ${v.maxScore} points.${detail}`;
}
