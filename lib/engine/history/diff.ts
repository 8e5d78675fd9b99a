import type { ControlResult } from '../verdict/result';
import type { Status } from '../verdict/status';
import { roundPoints } from '../verdict/verdict-kit';
import type { ReviewState } from '../verdict/review-spec';

const sideOf = (c: DiffedControl): ChangeSide => ({
  status: c.status,
  score: c.score,
  ...(c.review ? { review: c.review.state } : {}),
});

/** A control's standing in one scan; a review control's says where the review stood (attested, not measured). */
export interface ChangeSide {
  readonly status: Status;
  readonly score: number;
  readonly review?: ReviewState;
}

export interface ControlChange {
  readonly id: string;
  readonly title: string;
  readonly before: ChangeSide | null;
  readonly after: ChangeSide | null;
  /** Points gained (positive) or lost (negative). */
  readonly delta: number;
  readonly kind: 'regression' | 'improvement' | 'changed' | 'added' | 'removed';
}

// Out-of-scope states (no licence, by hand, nothing to judge) sit between a decided fail and a pass.
const RANK: Record<Status, number> = {
  pass: 5,
  partial: 4,
  fail: 1,
  unknown: 2,
  notLicensed: 3,
  manual: 3,
  notApplicable: 3,
};

/** What a diff reads of each control: a stored scan's result, or a row of an earlier JSON report (CLI --baseline). */
export type DiffedControl = Pick<ControlResult, 'id' | 'title' | 'status' | 'score' | 'review'>;

/** What changed between two scans of a tenant: regressions first, then by points moved. */
export function diffScans(
  before: { readonly controls: readonly DiffedControl[] },
  after: { readonly controls: readonly DiffedControl[] },
): ControlChange[] {
  const old = new Map(before.controls.map((c) => [c.id, c]));
  const changes: ControlChange[] = [];
  for (const c of after.controls) {
    const o = old.get(c.id);
    old.delete(c.id);
    const now = sideOf(c);
    if (!o) {
      changes.push({ id: c.id, title: c.title, before: null, after: now, delta: c.score, kind: 'added' });
      continue;
    }
    if (o.status === c.status && o.score === c.score) continue;
    const delta = roundPoints(c.score - o.score);
    const kind =
      delta < 0 || RANK[c.status] < RANK[o.status]
        ? 'regression'
        : delta > 0 || RANK[c.status] > RANK[o.status]
          ? 'improvement'
          : 'changed';
    changes.push({ id: c.id, title: c.title, before: sideOf(o), after: now, delta, kind });
  }
  for (const o of old.values()) {
    changes.push({
      id: o.id,
      title: o.title,
      before: sideOf(o),
      after: null,
      delta: -o.score,
      kind: 'removed',
    });
  }
  const order = { regression: 0, removed: 1, changed: 2, improvement: 3, added: 4 } as const;
  return changes.sort(
    (a, b) => order[a.kind] - order[b.kind] || Math.abs(b.delta) - Math.abs(a.delta) || a.id.localeCompare(b.id),
  );
}
