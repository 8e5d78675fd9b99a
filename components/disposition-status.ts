import { dispositionLabel, type DisposedControl } from '../lib/engine/history/dispositions';
import { statusIcon, statusLabel } from '../lib/engine/verdict/status-words';

export interface ShownStatus {
  readonly icon: string;
  readonly label: string;
  /** CSS class: the verdict's (`status-fail`…) or the disposition's (`status-resolved`, `status-accepted`). */
  readonly className: string;
}

/**
 * The status a control is shown with: a disposition that changes its points (third party, alternate
 * mitigation, risk accepted) replaces the verdict's label, as in Secure Score; planned, or one that no
 * longer applies (the control passes now), leaves the verdict as it is.
 */
export function shownStatus(c: DisposedControl): ShownStatus {
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
