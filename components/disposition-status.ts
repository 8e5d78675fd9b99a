import { dispositionLabel, type DisposedControl } from '../lib/engine/history/dispositions';
import { statusIcon, statusLabel } from '../lib/engine/verdict/status-words';
import { reviewIcon, reviewLabel } from '../lib/engine/verdict/review-spec';

export interface ShownStatus {
  readonly icon: string;
  readonly label: string;
  /** CSS class: the verdict's (`status-fail`…) or the disposition's (`status-resolved`, `status-accepted`). */
  readonly className: string;
}

/**
 * The status a control is shown with: a disposition that changes its points (third party, alternate
 * mitigation, risk accepted) replaces the verdict's label, as in Secure Score; planned, or one that no
 * longer applies (the control passes now), leaves the verdict as it is. A review control says where its
 * review stands (not reviewed, reviewed, review due).
 */
export function shownStatus(c: DisposedControl): ShownStatus {
  // A review is attested, not measured: its own words, never "passing" or "failing".
  if (c.review) {
    const state = c.review.state;
    return { icon: reviewIcon[state], label: reviewLabel[state], className: `status-${c.status} status-review` };
  }
  const d = c.disposition;
  if (!d?.applies || d.kind === 'planned') {
    return { icon: statusIcon[c.status], label: statusLabel[c.status], className: `status-${c.status}` };
  }
  if (d.kind === 'riskAccepted') {
    return {
      icon: '⚑',
      label: d.reviewDue ? `${dispositionLabel.riskAccepted} · review due` : dispositionLabel.riskAccepted,
      className: 'status-accepted',
    };
  }
  return { icon: '⇄', label: dispositionLabel[d.kind], className: 'status-resolved' };
}
