/**
 * Microsoft Secure Score merged into a scan, purely: Microsoft-only controls added, manual controls
 * decided by Microsoft, Microsoft's verdict set beside our live ones with any disagreement explained,
 * and the scan-level section (Microsoft's score, comparisons, history, states, new controls).
 */
import type { ControlProfileRow } from '../../graph/sources/secure-score-control-profiles';
import type { SecureScoreRow } from '../../graph/sources/secure-scores';
import { describeReason } from '../reasons';
import type { ControlResult } from '../result';
import type { Read } from '../run-control';
import type { Status } from '../status';
import { roundPoints } from '../verdict-kit';
import { decideManual } from './decide-manual';
import { differenceOf } from './differences';
import { microsoftOnlyControls } from './microsoft-controls';
import { indexMicrosoftData, stateOf, verdictOf, type MicrosoftData } from './microsoft-data';
import { dayOf } from './microsoft-status';
import type { MicrosoftDifference, MicrosoftSection, MicrosoftStateRow } from './microsoft-verdict';
import { newControlsSince } from './new-controls';

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
  readonly previous?: PreviousScan | null;
}

export interface SecureScoreMerge {
  readonly controls: ControlResult[];
  readonly microsoft: MicrosoftSection;
}

const percentOf = (n: number, of: number): number => (of > 0 ? Math.round((n / of) * 100) : 0);

function unavailable(read: Read & { ok: false }): MicrosoftSection {
  const r = read.reason;
  if (r.kind === 'missingPermission') {
    return { available: false, permission: r.permission, why: `${r.permission} not granted` };
  }
  return { available: false, why: describeReason(r) };
}

export function mergeSecureScore(input: SecureScoreInput): SecureScoreMerge {
  const { results, scannedAt, previous } = input;
  if (!input.scores.ok) return { controls: [...results], microsoft: unavailable(input.scores) };
  if (!input.profiles.ok) return { controls: [...results], microsoft: unavailable(input.profiles) };
  const data = indexMicrosoftData(input.scores.value as SecureScoreRow[], input.profiles.value as ControlProfileRow[]);
  if (!data) {
    return {
      controls: [...results],
      microsoft: { available: false, why: 'Microsoft Secure Score has no snapshot for this tenant yet.' },
    };
  }

  const before = new Map((previous?.controls ?? []).map((c) => [c.id, c.status]));
  const ours = results.map((r) => beside(r, data, scannedAt, previous, before.get(r.id)));
  const ourIds = new Set(results.flatMap((r) => (r.refs.secureScore ? [r.refs.secureScore] : [])));
  const controls = [...ours, ...microsoftOnlyControls(data, ourIds)];
  return { controls, microsoft: section(data, ours, previous) };
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
  if (!profile) return r;
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
  const { latest } = data;
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
    const s = stateOf(p);
    return s ? [{ profileId: p.id, title: p.title, ...s }] : [];
  });
  return {
    available: true,
    currentScore: roundPoints(latest.currentScore),
    maxScore: roundPoints(latest.maxScore),
    percent: percentOf(latest.currentScore, latest.maxScore),
    measuredAt: latest.createdDateTime,
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
