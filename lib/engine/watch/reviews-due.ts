/**
 * What came due for review between two scans of a tenant (issue 15 §4), for the watch to notify: a review
 * control whose cadence ran out (it stops earning its points) and a risk acceptance whose review date
 * came. Pure: the watch passes both scans as scored by the background (with the Reviewed marks and
 * dispositions) and the clock; it raises the notification, this only decides what to say.
 */
import type { DisposedControl, DisposedScan } from '../history/dispositions';

export interface ReviewComingDue {
  readonly controlId: string;
  readonly title: string;
  /** A review control's cadence ran out, or an accepted risk's review date came. */
  readonly kind: 'review' | 'riskAccepted';
  /** When it came due: ISO for a review, `YYYY-MM-DD` for an accepted risk's review date. */
  readonly dueAt: string;
  /** The points the control stopped earning: a review's full points; an accepted risk earned none. */
  readonly pointsLost: number;
  /** Who last marked the review Reviewed, or who accepted the risk. */
  readonly lastBy: string;
}

/** The moment a control came due, if it is due at `now`. */
function dueOf(c: DisposedControl, now: string): ReviewComingDue | null {
  const base = { controlId: c.id, title: c.title };
  const r = c.review;
  if (r?.dueAt && r.last && r.dueAt <= now) {
    return { ...base, kind: 'review', dueAt: r.dueAt, pointsLost: c.maxScore, lastBy: r.last.by };
  }
  const d = c.disposition;
  if (d?.kind === 'riskAccepted' && d.reviewBy && d.reviewBy <= now.slice(0, 10)) {
    return { ...base, kind: 'riskAccepted', dueAt: d.reviewBy, pointsLost: 0, lastBy: d.recordedBy };
  }
  return null;
}

/**
 * The reviews that became due after `previousScan` was taken and by `now` (ISO), from `newScan`'s
 * controls; with no previous scan, every review due now. Reviews due before the previous scan were
 * reported then and are left out; most points first.
 */
export function reviewsComingDue(
  previousScan: Pick<DisposedScan, 'scannedAt'> | null | undefined,
  newScan: Pick<DisposedScan, 'controls'>,
  now: string,
): ReviewComingDue[] {
  const since = previousScan?.scannedAt;
  return newScan.controls
    .map((c) => dueOf(c, now))
    .filter((d): d is ReviewComingDue => d !== null)
    .filter((d) => since === undefined || d.dueAt > (d.kind === 'review' ? since : since.slice(0, 10)))
    .sort((a, b) => b.pointsLost - a.pointsLost || a.controlId.localeCompare(b.controlId));
}
