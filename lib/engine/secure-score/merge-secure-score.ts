/**
 * Microsoft Secure Score merged into a scan, purely: Microsoft-only controls added, manual controls
 * decided by Microsoft, Microsoft's verdict set beside our live ones with any disagreement explained,
 * and the scan-level section (Microsoft's score, comparisons, history, states, new controls).
 *
 * Fail closed: an answer that was read but can't be used (malformed, another tenant's, dated after the
 * scan, inconsistent) makes what it would decide `unknown`, naming the field. An answer that wasn't
 * read at all (permission not granted, throttled, offline) leaves our controls as they were and the
 * section says why: there is then no borrowed verdict, only ours.
 */
import { sourceKey } from '../../graph/sources/define-source';
import { secureScoreControlProfiles, type ProfileItem } from '../../graph/sources/secure-score-control-profiles';
import type { SecureScoreRow } from '../../graph/sources/secure-scores';
import { describeReason, type UnknownReason } from '../verdict/reasons';
import type { ControlResult } from '../verdict/result';
import type { Read } from '../scan/run-control';
import type { Status } from '../verdict/status';
import { roundPoints } from '../verdict/verdict-kit';
import { ageOf } from './borrowed';
import { decideManual } from './decide-manual';
import { differenceOf } from './differences';
import { microsoftOnlyControls } from './microsoft-controls';
import { indexMicrosoftData, verdictOf, type MicrosoftData } from './microsoft-data';
import { readState } from './microsoft-state';
import { dayOf } from './microsoft-status';
import type { MicrosoftDifference, MicrosoftSection, MicrosoftStateRow } from './microsoft-verdict';
import { newControlsSince } from './new-controls';
import { SECURE_SCORE_SOURCES } from './secure-score-sources';

/** The parts of the previous scan of the tenant the merge compares with. */
export interface PreviousScan {
  readonly scannedAt: string;
  readonly controls: ReadonlyArray<{ readonly id: string; readonly status: Status }>;
  readonly microsoft?: MicrosoftSection;
}

export interface SecureScoreInput {
  /** Posture Lens's own results, as run-control made them. */
  readonly results: readonly ControlResult[];
  readonly scores: Read;
  readonly profiles: Read;
  readonly scannedAt: string;
  /** The scanned tenant's id (from the organization read); without it no answer can be confirmed as its own. */
  readonly tenantId?: string | undefined;
  readonly previous?: PreviousScan | null;
}

export interface SecureScoreMerge {
  readonly controls: ControlResult[];
  readonly microsoft: MicrosoftSection;
}

const percentOf = (n: number, of: number): number => (of > 0 ? Math.round((n / of) * 100) : 0);

function unavailable(r: UnknownReason): MicrosoftSection {
  if (r.kind === 'missingPermission') {
    return { available: false, permission: r.permission, why: `${r.permission} not granted` };
  }
  return { available: false, why: describeReason(r) };
}

/** Read, but not usable: the answer's content is what's wrong, not the request. */
const isUnusable = (r: UnknownReason): boolean => r.kind === 'malformedField' || r.kind === 'notEvaluated';

export function mergeSecureScore(input: SecureScoreInput): SecureScoreMerge {
  const { results, scannedAt, previous } = input;
  if (!input.profiles.ok) {
    const r = input.profiles.reason;
    // Without the profiles nothing can be listed; a malformed list still leaves Microsoft's controls undecided.
    return { controls: isUnusable(r) ? results.map((c) => undecided(c, r)) : [...results], microsoft: unavailable(r) };
  }
  if (!input.scores.ok && !isUnusable(input.scores.reason)) {
    return { controls: [...results], microsoft: unavailable(input.scores.reason) };
  }
  const data = indexMicrosoftData({
    scores: input.scores.ok
      ? { ok: true, value: input.scores.value as SecureScoreRow[] }
      : { ok: false, reason: input.scores.reason },
    profiles: input.profiles.value as ProfileItem[],
    scannedAt,
    tenantId: input.tenantId,
  });

  const before = new Map((previous?.controls ?? []).map((c) => [c.id, c.status]));
  const ours = results.map((r) => beside(r, data, scannedAt, previous, before.get(r.id)));
  const ourIds = new Set(results.flatMap((r) => (r.refs.secureScore ? [r.refs.secureScore] : [])));
  const controls = [...ours, ...microsoftOnlyControls(data, ourIds)];
  return { controls, microsoft: data.scoresProblem ? unavailable(data.scoresProblem) : section(data, ours, previous) };
}

/** A manual control Microsoft would decide, when Microsoft's answer was read but can't be used. */
function undecided(r: ControlResult, reason: UnknownReason): ControlResult {
  if (r.status !== 'manual' || !r.refs.secureScore) return r;
  return {
    ...r,
    status: 'unknown',
    score: 0,
    reason: describeReason(reason),
    unknownReason: reason,
    sources: [...r.sources, ...SECURE_SCORE_SOURCES.keys],
    permissions: [...r.permissions, ...SECURE_SCORE_SOURCES.permissions],
    source: 'microsoft',
  };
}

/** One of our results with Microsoft's verdict beside it, or decided by it when ours is manual. */
function beside(
  r: ControlResult,
  data: MicrosoftData,
  scannedAt: string,
  previous: PreviousScan | null | undefined,
  previousStatus: Status | undefined,
): ControlResult {
  const profile = r.refs.secureScore ? data.profileById.get(r.refs.secureScore) : undefined;
  if (!profile) {
    // Microsoft's answer is unusable: a manual control it would decide can't be decided, whichever profile.
    if (data.scoresProblem && r.refs.secureScore) return undecided(r, data.scoresProblem);
    // A profile Microsoft listed without a usable id may be this control's: left manual, a fail Microsoft
    // recorded there would leave the available points and raise the percent (fuzz, FOUND.md class 9).
    const [first] = data.unidentified.paths;
    if (first !== undefined && r.refs.secureScore)
      return undecided(r, {
        kind: 'malformedField',
        source: sourceKey(secureScoreControlProfiles),
        path: first.replace(/ \(.*\)$/, ''),
        problem: `a profile without a usable id, which may be ${r.refs.secureScore}`,
      });
    return r;
  }
  const v = verdictOf(profile, data);
  if (r.status === 'manual') return decideManual(r, v);
  const prior = previous && previousStatus ? { scannedAt: previous.scannedAt, status: previousStatus } : undefined;
  const difference = differenceOf(r, v, scannedAt, prior);
  return { ...r, microsoft: difference ? { ...v, difference } : v };
}

function section(
  data: MicrosoftData,
  ours: readonly ControlResult[],
  previous: PreviousScan | null | undefined,
): MicrosoftSection {
  const latest = data.latest;
  if (!latest) return { available: false, why: 'Microsoft Secure Score has no snapshot for this tenant yet.' };
  const prev = previous?.microsoft?.available ? previous.microsoft : undefined;
  const fresh = newControlsSince(data.profiles, prev?.profileIds);
  const differences: MicrosoftDifference[] = ours.flatMap((r) =>
    r.microsoft?.difference
      ? [
          {
            controlId: r.id,
            title: r.title,
            ours: r.status,
            theirs: r.microsoft.status,
            microsoftTitle: r.microsoft.title,
            measuredAt: r.microsoft.measuredAt,
            ...r.microsoft.difference,
          },
        ]
      : [],
  );
  const states: MicrosoftStateRow[] = data.profiles.flatMap((p) => {
    const s = p.row ? readState(p.row.controlStateUpdates, data.scannedAt) : undefined;
    return s?.ok && s.state ? [{ profileId: p.id, title: p.title, ...s.state }] : [];
  });
  return {
    available: true,
    currentScore: roundPoints(latest.currentScore),
    maxScore: roundPoints(latest.maxScore),
    percent: percentOf(latest.currentScore, latest.maxScore),
    measuredAt: latest.createdDateTime,
    ...ageOf(latest.createdDateTime, data.scannedAt),
    comparisons: (latest.averageComparativeScores ?? []).map((c) => ({
      basis: c.basis,
      averageScore: roundPoints(c.averageScore),
      percent: percentOf(c.averageScore, latest.maxScore),
    })),
    history: [...data.snapshots].reverse().map((s) => ({
      date: dayOf(s.createdDateTime),
      currentScore: roundPoints(s.currentScore),
      maxScore: roundPoints(s.maxScore),
      percent: percentOf(s.currentScore, s.maxScore),
    })),
    states,
    profileIds: data.profiles.map((p) => p.id),
    newControls: fresh.controls,
    newPoints: fresh.points,
    ...(prev && previous ? { comparedWith: previous.scannedAt } : {}),
    differences,
  };
}
