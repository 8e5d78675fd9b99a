import type { ControlResult } from '../verdict/result';
import type { Status } from '../verdict/status';
import { shownDate, spanText, UTC_TEXT } from '../format/dates';
import { measuredDay } from './microsoft-status';
import type { Difference, MicrosoftVerdict } from './microsoft-verdict';
import { shownPoints } from '../format/points';

/** What a previous scan said about the control, when the scanner passed one in. */
export interface PreviousVerdict {
  readonly scannedAt: string;
  readonly status: Status;
}

const DECIDED: ReadonlySet<Status> = new Set(['pass', 'partial', 'fail']);

/**
 * Whether our verdict and Microsoft's disagree and the likely reason: a licence difference, a
 * Microsoft measurement older than a change our scans saw, or a different rule (both named).
 * Unknown and manual on our side aren't disagreements: we didn't decide.
 */
export function differenceOf(
  ours: ControlResult,
  theirs: MicrosoftVerdict,
  scannedAt: string,
  previous?: PreviousVerdict,
): Difference | undefined {
  // An attestation or an unusable answer is not a measurement to disagree with: the panel shows it as such.
  if (theirs.status === 'attested' || theirs.status === 'unknown') return undefined;
  if (ours.status === 'notLicensed' && theirs.status !== 'notLicensed') {
    return {
      kind: 'licence',
      explanation: `A licence difference: Posture Lens found no ${ours.licence ?? 'licence for this check'} in the tenant's subscriptions, yet Microsoft scored it ${shownPoints(theirs.score)} of ${shownPoints(theirs.maxScore)} points.`,
    };
  }
  if (theirs.status === 'notLicensed' && DECIDED.has(ours.status)) {
    return {
      kind: 'licence',
      explanation: `A licence difference: Microsoft doesn't score "${theirs.title}" for this tenant (not applicable or not licensed), while Posture Lens could read and decide it.`,
    };
  }
  if (!DECIDED.has(ours.status) || theirs.status === 'notLicensed' || ours.status === theirs.status) return undefined;

  const measured = measuredDay(theirs.measuredAt);
  const lagMs = Date.parse(scannedAt) - Date.parse(theirs.measuredAt);
  const changedSince = previous !== undefined && previous.status !== ours.status;
  const measuredBeforeChange =
    previous !== undefined &&
    (Date.parse(theirs.measuredAt) <= Date.parse(previous.scannedAt) || previous.status === theirs.status);
  if (previous && changedSince && measuredBeforeChange) {
    return {
      kind: 'stale',
      explanation: `Likely stale on Microsoft's side: Microsoft measured on ${measured}, and the setting changed since — our scan of ${measuredDay(previous.scannedAt)} found ${previous.status}, this one ${ours.status}. Microsoft refreshes every 24–48 hours.`,
    };
  }
  // "2 days before this scan (3 Dec 2026, 08:00 UTC)": the distance is what matters, the date lets you check.
  const lag =
    lagMs >= 30 * 60_000
      ? ` Microsoft measured ${spanText(lagMs)} before this scan (${shownDate(theirs.measuredAt, UTC_TEXT)}), so a recent change may also explain it.`
      : '';
  return {
    kind: 'rule',
    explanation: `A different rule: Posture Lens checks "${ours.title}"; Microsoft checks "${theirs.title}".${lag}`,
  };
}
